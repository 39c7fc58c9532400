package org.copydesk.internal.report;

import java.io.IOException;
import java.util.List;
import org.copydesk.report.Claim;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;

/**
 * The claims list as CSV for a fact-checking desk: one row per claim of every article in the batch, under one
 * header, in RFC 4180 form (comma-separated, CRLF line ends, fields with a comma, quote or line break in double
 * quotes with quotes doubled). A field that a spreadsheet would run as a formula (it starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, as OWASP advises against
 * CSV injection. Findings, scores and verdicts are not in it: use another format for those.
 */
public final class ClaimsCsvReportWriter implements ReportWriter {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("file", "line", "column", "status", "kind", "claim", "hedge",
      "attribution", "sentence", "note");

  @Override
  public String name() {
    return "claims-csv";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    row(out, COLUMNS);
    for (Report r : batch.reports()) {
      for (Claim c : r.claims()) {
        row(out, List.of(r.source(), String.valueOf(c.location().line()), String.valueOf(c.location().column()),
            c.status().id(), c.kind(), c.text(), orEmpty(c.hedge()), orEmpty(c.attribution()), c.sentence(),
            orEmpty(c.note())));
      }
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  static void row(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** One field: defused against formula injection, then quoted if it has to be. */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
