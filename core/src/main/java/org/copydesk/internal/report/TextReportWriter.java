package org.copydesk.internal.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.article.SourceMap;
import org.copydesk.report.Deduction;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.SiteRollup;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Category;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;

/**
 * The human report: {@code path:line:col: severity rule-id: message}, the source line with the span marked,
 * suggestions, then scores, deductions and the verdict. Colour only when asked (a terminal).
 */
public final class TextReportWriter implements ReportWriter {
  private static final int WINDOW = 100;

  @Override
  public String name() {
    return "text";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    Ansi a = new Ansi(color);
    for (Report r : batch.reports()) {
      SourceMap sm = batch.sources().get(r.source());
      for (Finding f : r.findings()) {
        finding(out, a, r, f, sm);
      }
      summary(out, a, r);
    }
    for (ReportBatch.InputFailure f : batch.failures()) {
      out.append(a.red("error")).append(": ").append(f.message()).append('\n');
    }
    if (batch.baseline() != null) {
      org.copydesk.report.Baseline.Summary b = batch.baseline();
      out.append(String.format(Locale.ROOT, "baseline %s: %d new finding%s, %d known, %d fixed%n", b.file(),
          b.newFindings(), b.newFindings() == 1 ? "" : "s", b.known(), b.fixed().size()));
      for (org.copydesk.report.Baseline.Entry e : b.fixed()) {
        out.append("  ").append(a.green("fixed")).append(": ").append(e.source()).append(": ").append(e.ruleId())
            .append(" \"").append(e.excerpt()).append("\"\n");
      }
    }
    if (batch.reports().size() + batch.failures().size() > 1) {
      out.append(String.format(Locale.ROOT, "%d articles: %d failed, %d warned, %d passed%s%n",
          batch.reports().size(), batch.count(Verdict.FAIL), batch.count(Verdict.WARN), batch.count(Verdict.PASS),
          batch.failures().isEmpty() ? "" : ", " + batch.failures().size() + " unreadable"));
      Map<String, Integer> byRule = Formats.findingsByRule(batch);
      if (!byRule.isEmpty()) {
        StringBuilder totals = new StringBuilder("findings by rule:");
        byRule.forEach((rule, n) -> totals.append(' ').append(rule).append(' ').append(n).append(','));
        out.append(totals.substring(0, totals.length() - 1)).append('\n');
      }
    }
    if (batch.sites() != null) {
      sites(out, a, batch.sites());
    }
  }

  /** How many sites the text report lists; the JSON, CSV and HTML reports list them all. */
  private static final int SITES_SHOWN = 20;

  private static void sites(Appendable out, Ansi a, SiteRollup rollup) throws IOException {
    List<SiteRollup.Site> sites = rollup.sites();
    out.append(a.bold(String.format(Locale.ROOT, "sites: %d, most pages first%s", sites.size(),
        sites.size() > SITES_SHOWN ? " (the first " + SITES_SHOWN + "; all are in --format sites-csv)" : "")))
        .append('\n');
    for (SiteRollup.Site s : sites.subList(0, Math.min(SITES_SHOWN, sites.size()))) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s: %d page%s, mean score %.1f", s.site(),
          s.pages(), s.pages() == 1 ? "" : "s", s.meanScore()));
      int i = 0;
      for (int count : Formats.siteCounts(s).values()) {
        String heading = Formats.SITE_HEADINGS.get(i++).toLowerCase(Locale.ROOT);
        if (count > 0) {
          line.append(String.format(Locale.ROOT, ", %s %d%%", heading, Math.round(s.share(count) * 100)));
        }
      }
      out.append(line).append('\n');
    }
  }

  private static void finding(Appendable out, Ansi a, Report r, Finding f, SourceMap sm) throws IOException {
    out.append(a.bold(r.source() + ":" + f.location().line() + ":" + f.location().column())).append(": ")
        .append(severity(a, f.severity())).append(' ')
        .append(a.dim(f.ruleId())).append(": ")
        .append(f.message())
        .append(a.dim(String.format(Locale.ROOT, " (confidence %.2f)", f.confidence())))
        .append('\n');
    if (sm != null && f.location().line() <= sm.lineCount()) {
      quoteLine(out, a, sm.line(f.location().line()), f);
    } else {
      out.append("    | ").append(f.excerpt()).append('\n');
    }
    for (Suggestion s : f.suggestions()) {
      out.append("    = ").append(a.green("suggestion")).append(": ").append(s.label()).append('\n');
    }
  }

  private static void quoteLine(Appendable out, Ansi a, String line, Finding f) throws IOException {
    int[] cps = line.codePoints().toArray();
    int start = Math.min(f.location().column() - 1, cps.length);
    int end = f.location().endLine() == f.location().line() ? Math.min(f.location().endColumn() - 1, cps.length)
        : cps.length;
    end = Math.max(end, start + 1);
    int from = Math.max(0, start - WINDOW / 2);
    int to = Math.min(cps.length, Math.max(end + 20, from + WINDOW));
    StringBuilder text = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    if (from > 0) {
      text.append('…');
      marks.append(' ');
    }
    for (int i = from; i < to; i++) {
      int cp = cps[i] == '\t' ? ' ' : cps[i];
      text.appendCodePoint(cp);
      marks.append(i >= start && i < end ? '^' : ' ');
    }
    if (to < cps.length) {
      text.append('…');
    }
    String lineNo = String.valueOf(f.location().line());
    out.append(" ".repeat(Math.max(0, 4 - lineNo.length()))).append(a.dim(lineNo)).append(" | ")
        .append(text.toString()).append('\n');
    out.append("     | ").append(a.caret(marks.toString().stripTrailing())).append('\n');
  }

  private static void summary(Appendable out, Ansi a, Report r) throws IOException {
    StringBuilder cats = new StringBuilder();
    for (Map.Entry<Category, Integer> e : r.score().categories().entrySet()) {
      cats.append(cats.length() == 0 ? "" : ", ").append(e.getKey().id()).append(' ').append(e.getValue());
    }
    long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = r.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
    long infos = r.findings().size() - errors - warnings;
    out.append(a.bold(r.source())).append(": score ").append(a.bold(r.score().overall() + "/100"))
        .append(" (").append(cats).append(")\n");
    out.append("  provenance: ").append(provenance(r.provenance())).append('\n');
    if (!r.claims().isEmpty()) {
      out.append("  claims: ").append(claims(r.claims())).append('\n');
    }
    for (Deduction d : r.score().deductions()) {
      out.append(String.format(Locale.ROOT, "  -%5.1f  %s (%d finding%s%s)%n", d.points(), d.ruleId(),
          d.findings().size(), d.findings().size() == 1 ? "" : "s", d.capped() ? ", capped" : ""));
    }
    out.append("  ").append(verdict(a, r.verdict()))
        .append(String.format(Locale.ROOT, ": %d error%s, %d warning%s, %d info%n",
            errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", infos));
    if (!r.suppressed().isEmpty()) {
      Map<String, Long> by = new java.util.TreeMap<>();
      r.suppressed().forEach(x -> by.merge(x.directive(), 1L, Long::sum));
      StringBuilder how = new StringBuilder();
      by.forEach((k, v) -> how.append(how.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
      out.append("  ").append(a.dim("suppressed: " + r.suppressed().size() + " (" + how + ")")).append('\n');
    }
    for (org.copydesk.report.ProcessingError e : r.errors()) {
      out.append("  ").append(a.red("rule failed")).append(": ").append(e.ruleId()).append(": ")
          .append(e.message()).append('\n');
    }
    out.append('\n');
  }

  /** "5 (2 attributed, 2 unattributed, 1 not in source)": the claims list by status. */
  private static String claims(java.util.List<org.copydesk.report.Claim> claims) {
    Map<org.copydesk.report.Claim.Status, Long> by = new java.util.EnumMap<>(org.copydesk.report.Claim.Status.class);
    claims.forEach(c -> by.merge(c.status(), 1L, Long::sum));
    StringBuilder s = new StringBuilder().append(claims.size()).append(" (");
    by.forEach((k, v) -> s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ").append(v).append(' ')
        .append(k.id().replace('-', ' ')));
    return s.append(')').toString();
  }

  private static String provenance(org.copydesk.report.Provenance p) {
    StringBuilder s = new StringBuilder();
    switch (p.aiUse()) {
      case DECLARED:
        s.append("AI use declared");
        if (p.kind() != null) {
          s.append(" (").append(p.kind()).append(')');
        }
        s.append(", human review ").append(p.humanReview().id().replace('-', ' '));
        break;
      case SUSPECTED:
        s.append("AI use suspected");
        break;
      default:
        s.append("no AI use seen");
    }
    p.signals().forEach((k, v) -> s.append("; ").append(k).append(' ')
        .append(String.format(Locale.ROOT, "%.1f", v)).append(" per 1,000 words"));
    return s.toString();
  }

  private static String severity(Ansi a, Severity s) {
    switch (s) {
      case ERROR:
        return a.red("error");
      case WARNING:
        return a.yellow("warning");
      default:
        return a.cyan("info");
    }
  }

  private static String verdict(Ansi a, Verdict v) {
    switch (v) {
      case FAIL:
        return a.red(a.bold("FAIL"));
      case WARN:
        return a.yellow(a.bold("WARN"));
      default:
        return a.green(a.bold("PASS"));
    }
  }

  /** ANSI SGR codes, or nothing when colour is off. */
  private static final class Ansi {
    private final boolean on;

    Ansi(boolean on) {
      this.on = on;
    }

    private String sgr(String code, String s) {
      return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    String red(String s) {
      return sgr("31", s);
    }

    String yellow(String s) {
      return sgr("33", s);
    }

    String green(String s) {
      return sgr("32", s);
    }

    String cyan(String s) {
      return sgr("36", s);
    }

    String bold(String s) {
      return sgr("1", s);
    }

    String dim(String s) {
      return sgr("2", s);
    }

    String caret(String s) {
      return sgr("1;35", s);
    }
  }
}
