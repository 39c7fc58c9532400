package org.copydesk.internal.report;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.copydesk.report.Finding;
import org.copydesk.report.Location;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Suggestion;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request: one
 * {@code ::error}, {@code ::warning} or {@code ::notice} line per finding (by severity), failed rules and
 * unreadable inputs as errors, then one {@code ::notice} with the batch summary. Values are escaped as the
 * runner expects ({@code %}, CR and LF everywhere, also {@code :} and {@code ,} in properties); columns are
 * given only for findings on one line, as annotations support no others.
 */
public final class GithubReportWriter implements ReportWriter {

  @Override
  public String name() {
    return "github";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    for (Report r : batch.reports()) {
      for (Finding f : r.findings()) {
        StringBuilder msg = new StringBuilder(f.message());
        for (Suggestion s : f.suggestions()) {
          msg.append("\nSuggestion: ").append(s.label());
        }
        command(out, level(f), r.source(), f.location(), f.ruleId(), msg.toString());
      }
      for (ProcessingError e : r.errors()) {
        command(out, "error", r.source(), null, "rule " + e.ruleId() + " failed", e.message());
      }
    }
    for (ReportBatch.InputFailure f : batch.failures()) {
      command(out, "error", f.source(), null, "unreadable input", f.message());
    }
    command(out, "notice", null, null, "copydesk summary", summary(batch));
  }

  private static String level(Finding f) {
    switch (f.severity()) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "notice";
    }
  }

  private static void command(Appendable out, String level, String file, Location loc, String title,
      String message) throws IOException {
    StringBuilder props = new StringBuilder();
    if (file != null) {
      prop(props, "file", file);
    }
    if (loc != null) {
      prop(props, "line", String.valueOf(loc.line()));
      if (loc.line() == loc.endLine()) {
        prop(props, "col", String.valueOf(loc.column()));
      }
      prop(props, "endLine", String.valueOf(loc.endLine()));
      if (loc.line() == loc.endLine()) {
        prop(props, "endColumn", String.valueOf(loc.endColumn()));
      }
    }
    prop(props, "title", title);
    out.append("::").append(level).append(' ').append(props).append("::").append(data(message)).append('\n');
  }

  private static void prop(StringBuilder props, String key, String value) {
    props.append(props.length() == 0 ? "" : ",").append(key).append('=').append(property(value));
  }

  /** Escapes a command's message. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  private static String summary(ReportBatch batch) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d article%s: %d failed, %d warned, %d passed",
        batch.reports().size(), batch.reports().size() == 1 ? "" : "s", batch.count(Verdict.FAIL),
        batch.count(Verdict.WARN), batch.count(Verdict.PASS)));
    if (!batch.failures().isEmpty()) {
      sb.append(", ").append(batch.failures().size()).append(" unreadable");
    }
    for (Report r : batch.reports()) {
      sb.append(String.format(Locale.ROOT, "\n%s %s %d/100, %d finding%s", r.verdict().name(), r.source(),
          r.score().overall(), r.findings().size(), r.findings().size() == 1 ? "" : "s"));
      if (!r.suppressed().isEmpty()) {
        sb.append(", ").append(r.suppressed().size()).append(" suppressed");
      }
    }
    Map<String, Integer> byRule = Formats.findingsByRule(batch);
    if (!byRule.isEmpty()) {
      sb.append("\nfindings by rule:");
      byRule.forEach((id, n) -> sb.append(' ').append(id).append(' ').append(n).append(','));
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }
}
