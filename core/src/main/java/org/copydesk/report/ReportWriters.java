package org.copydesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.copydesk.internal.report.CheckstyleReportWriter;
import org.copydesk.internal.report.ClaimsCsvReportWriter;
import org.copydesk.internal.report.GithubReportWriter;
import org.copydesk.internal.report.GitlabReportWriter;
import org.copydesk.internal.report.HtmlReportWriter;
import org.copydesk.internal.report.JsonReportWriter;
import org.copydesk.internal.report.JunitReportWriter;
import org.copydesk.internal.report.MarkdownReportWriter;
import org.copydesk.internal.report.SarifReportWriter;
import org.copydesk.internal.report.SitesCsvReportWriter;
import org.copydesk.internal.report.TextReportWriter;

/**
 * The built-in report writers, by name. Each is made when first asked for: a one-off {@code copydesk check} that
 * writes text does not pay for the JSON mapper or the HTML page's script hash.
 */
public final class ReportWriters {
  /** The writers' makers, in the order {@code --help} lists them. */
  private static final List<Supplier<ReportWriter>> MAKERS = List.of(TextReportWriter::new, JsonReportWriter::new,
      HtmlReportWriter::new, SarifReportWriter::new, JunitReportWriter::new, CheckstyleReportWriter::new,
      GithubReportWriter::new, GitlabReportWriter::new, MarkdownReportWriter::new, ClaimsCsvReportWriter::new,
      SitesCsvReportWriter::new);
  /** The writers made so far, by their place in {@link #MAKERS}; one instance each, kept once made. */
  private static final AtomicReferenceArray<ReportWriter> MADE = new AtomicReferenceArray<>(MAKERS.size());

  private ReportWriters() {}

  /** All writers, in the order {@code --help} lists them. */
  public static List<ReportWriter> all() {
    List<ReportWriter> out = new ArrayList<>(MAKERS.size());
    for (int i = 0; i < MAKERS.size(); i++) {
      out.add(writer(i));
    }
    return List.copyOf(out);
  }

  /** The writer with a name (those listed before it are made too, to learn their names). */
  public static Optional<ReportWriter> byName(String name) {
    for (int i = 0; i < MAKERS.size(); i++) {
      ReportWriter w = writer(i);
      if (w.name().equals(name)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  private static ReportWriter writer(int i) {
    ReportWriter w = MADE.get(i);
    if (w == null) {
      MADE.compareAndSet(i, null, MAKERS.get(i).get());
      w = MADE.get(i);
    }
    return w;
  }

  /** The JSON report schema version written by the JSON writer. */
  public static final String JSON_SCHEMA_VERSION = JsonReportWriter.SCHEMA_VERSION;
}
