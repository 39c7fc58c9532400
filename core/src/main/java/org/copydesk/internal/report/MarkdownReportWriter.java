package org.copydesk.internal.report;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.copydesk.report.Finding;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.Suppressed;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;

/**
 * A Markdown summary for pull-request and merge-request comments (GitHub Flavored Markdown tables): a table of
 * the articles with verdict, score and finding counts, the findings per rule, then each article's findings with
 * line, severity, rule, message and suggestion, its suppressed findings and failed rules, and the unreadable
 * inputs. Text from articles is escaped, so it cannot break a table, add markup or HTML, or mention people.
 */
public final class MarkdownReportWriter implements ReportWriter {
  /** ASCII punctuation that means something in GitHub Markdown inside a line; each is escaped with a backslash. */
  private static final String SPECIAL = "\\`*_[]<>|~&@#!$";

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    out.append("## Copydesk report\n\n");
    out.append(String.format(Locale.ROOT, "%d article%s: %d failed, %d warned, %d passed",
        batch.reports().size(), batch.reports().size() == 1 ? "" : "s", batch.count(Verdict.FAIL),
        batch.count(Verdict.WARN), batch.count(Verdict.PASS)));
    if (!batch.failures().isEmpty()) {
      out.append(", ").append(String.valueOf(batch.failures().size())).append(" unreadable");
    }
    out.append(".\n\n");
    out.append("| File | Verdict | Score | Errors | Warnings | Info | Suppressed |\n");
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (Report r : batch.reports()) {
      out.append("| ").append(escape(r.source())).append(" | ").append(verdict(r.verdict())).append(" | ")
          .append(String.valueOf(r.score().overall())).append("/100 | ")
          .append(String.valueOf(Formats.count(r, Severity.ERROR))).append(" | ")
          .append(String.valueOf(Formats.count(r, Severity.WARNING))).append(" | ")
          .append(String.valueOf(Formats.count(r, Severity.INFO))).append(" | ")
          .append(String.valueOf(r.suppressed().size())).append(" |\n");
    }
    for (ReportBatch.InputFailure f : batch.failures()) {
      out.append("| ").append(escape(f.source())).append(" | unreadable | – | – | – | – | – |\n");
    }
    Map<String, Integer> byRule = Formats.findingsByRule(batch);
    if (!byRule.isEmpty()) {
      out.append("\n| Rule | Findings |\n| --- | ---: |\n");
      for (Map.Entry<String, Integer> e : byRule.entrySet()) {
        out.append("| ").append(escape(e.getKey())).append(" | ").append(String.valueOf(e.getValue()))
            .append(" |\n");
      }
    }
    for (Report r : batch.reports()) {
      article(out, r);
    }
    if (!batch.failures().isEmpty()) {
      out.append("\n### Unreadable inputs\n\n");
      for (ReportBatch.InputFailure f : batch.failures()) {
        out.append("- ").append(escape(f.source())).append(": ").append(escape(f.message())).append('\n');
      }
    }
  }

  private static void article(Appendable out, Report r) throws IOException {
    out.append("\n### ").append(escape(r.source())).append(" — ").append(r.verdict().name())
        .append(", score ").append(String.valueOf(r.score().overall())).append("/100\n\n");
    if (r.findings().isEmpty()) {
      out.append("No findings.\n");
    } else {
      out.append("| Line | Severity | Rule | Message | Suggestion |\n");
      out.append("| ---: | --- | --- | --- | --- |\n");
      for (Finding f : r.findings()) {
        String suggestions = f.suggestions().stream().map(Suggestion::label).map(MarkdownReportWriter::escape)
            .collect(Collectors.joining("<br>"));
        out.append("| ").append(f.location().toString()).append(" | ").append(f.severity().id()).append(" | ")
            .append(escape(f.ruleId())).append(" | ").append(escape(f.message())).append(" | ")
            .append(suggestions).append(" |\n");
      }
    }
    if (!r.suppressed().isEmpty()) {
      out.append("\nSuppressed in the article:\n\n");
      for (Suppressed s : r.suppressed()) {
        Finding f = s.finding();
        out.append("- ").append(f.location().toString()).append(' ').append(escape(f.ruleId())).append(": ")
            .append(escape(f.message())).append(" (").append(escape(s.directive())).append(" on line ")
            .append(String.valueOf(s.line()));
        if (s.reason() != null) {
          out.append(": ").append(escape(s.reason()));
        }
        out.append(")\n");
      }
    }
    if (!r.errors().isEmpty()) {
      out.append("\nRules that failed:\n\n");
      for (ProcessingError e : r.errors()) {
        out.append("- ").append(escape(e.ruleId())).append(": ").append(escape(e.message())).append('\n');
      }
    }
  }

  private static String verdict(Verdict v) {
    return v == Verdict.PASS ? "PASS" : "**" + v.name() + "**";
  }

  /**
   * Escapes text for a table cell or list item: Markdown punctuation gets a backslash, line breaks become
   * {@code <br>}, other control characters a space.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        sb.append("<br>");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          sb.append('\\');
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
