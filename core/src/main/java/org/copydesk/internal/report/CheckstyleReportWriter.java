package org.copydesk.internal.report;

import java.io.IOException;
import org.copydesk.report.Finding;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.rule.Severity;

/**
 * Checkstyle XML, read by Jenkins' Warnings plugin, reviewdog, SonarQube importers and others: a {@code file}
 * per article with an {@code error} per finding ({@code source} is the rule id), failed rules and unreadable
 * inputs as errors from {@code copydesk.rule-failure} and {@code copydesk.input-error}. Suppressed findings
 * are left out: the format has no notion of them. {@code version} is the checkstyle format version these
 * tools expect, not Copydesk's.
 */
public final class CheckstyleReportWriter implements ReportWriter {
  static final String FORMAT_VERSION = "4.3";

  @Override
  public String name() {
    return "checkstyle";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    out.append(Xml.DECLARATION);
    out.append("<checkstyle").append(Xml.attr("version", FORMAT_VERSION)).append(">\n");
    for (Report r : batch.reports()) {
      out.append("  <file").append(Xml.attr("name", r.source())).append(">\n");
      for (Finding f : r.findings()) {
        out.append("    <error").append(Xml.attr("line", f.location().line()))
            .append(Xml.attr("column", f.location().column())).append(Xml.attr("severity", severity(f.severity())))
            .append(Xml.attr("message", f.message())).append(Xml.attr("source", f.ruleId())).append("/>\n");
      }
      for (ProcessingError e : r.errors()) {
        error(out, "rule " + e.ruleId() + " failed: " + e.message(), "copydesk.rule-failure");
      }
      out.append("  </file>\n");
    }
    for (ReportBatch.InputFailure f : batch.failures()) {
      out.append("  <file").append(Xml.attr("name", f.source())).append(">\n");
      error(out, f.message(), "copydesk.input-error");
      out.append("  </file>\n");
    }
    out.append("</checkstyle>\n");
  }

  private static void error(Appendable out, String message, String source) throws IOException {
    out.append("    <error").append(Xml.attr("line", 1)).append(Xml.attr("severity", "error"))
        .append(Xml.attr("message", message)).append(Xml.attr("source", source)).append("/>\n");
  }

  private static String severity(Severity s) {
    return s.id(); // error, warning, info: the checkstyle names too
  }
}
