package org.copydesk.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.InvalidInputException;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.ReportWriters;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of a whole audit with the built-in rules: any input (its format sniffed, as for standard input and the
 * HTTP service) is either rejected with an {@link InvalidInputException} with a one-line message, or audited with
 * no rule failing (the engine would report a crashing rule as a processing error) and written by every report
 * writer. Seeds: {@code AuditFuzzTestInputs/audit/}.
 */
class AuditFuzzTest {
  private static final Copydesk COPYDESK = Copydesk.builder().build();

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void audit(byte[] data) {
    String content = FuzzInputs.strictUtf8(data);
    if (content == null) {
      content = FuzzInputs.lenientUtf8(data); // lone surrogates reach audit(String, ...) from a caller's string
    }
    Article article;
    try {
      article = Articles.parse(content, null, "fuzz");
    } catch (InvalidInputException e) {
      FuzzInputs.requireOneLine(e);
      return;
    }
    Report report = COPYDESK.audit(article);
    if (!report.errors().isEmpty()) {
      throw new AssertionError("a rule failed: " + report.errors());
    }
    ReportBatch batch = new ReportBatch("fuzz", COPYDESK.ruleSetVersion(), List.of(report), List.of(),
        Map.of("fuzz", article.sourceMap()));
    for (ReportWriter w : ReportWriters.all()) {
      try {
        w.write(batch, new StringBuilder(), false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
