package org.copydesk.report;

import java.util.List;
import java.util.Optional;
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

/** The built-in report writers, by name. */
public final class ReportWriters {
  private static final List<ReportWriter> ALL = List.of(new TextReportWriter(), new JsonReportWriter(),
      new HtmlReportWriter(), new SarifReportWriter(), new JunitReportWriter(), new CheckstyleReportWriter(),
      new GithubReportWriter(), new GitlabReportWriter(), new MarkdownReportWriter(),
      new ClaimsCsvReportWriter(), new SitesCsvReportWriter());

  private ReportWriters() {}

  /** All writers, in the order {@code --help} lists them. */
  public static List<ReportWriter> all() {
    return ALL;
  }

  /** The writer with a name. */
  public static Optional<ReportWriter> byName(String name) {
    return ALL.stream().filter(w -> w.name().equals(name)).findFirst();
  }

  /** The JSON report schema version written by the JSON writer. */
  public static final String JSON_SCHEMA_VERSION = JsonReportWriter.SCHEMA_VERSION;
}
