package org.copydesk.internal.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * JUnit XML, which most CI systems show as a test report: a {@code testsuite} per article whose properties
 * carry the verdict, the scores and the findings per rule; a {@code verdict} test case that fails when the
 * article fails; a test case per finding, failed for errors and warnings and passed (with the finding as
 * output) for info; suppressed findings as skipped test cases; failed rules and unreadable inputs as errors.
 * No timestamps or times, so the same batch gives the same bytes.
 */
public final class JunitReportWriter implements ReportWriter {

  @Override
  public String name() {
    return "junit";
  }

  /** One test case, written as XML. */
  private record Case(String name, String classname, String outcome, String message, String type, String body) {}

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    List<String> suites = new ArrayList<>();
    int[] totals = new int[4]; // tests, failures, errors, skipped
    for (Report r : batch.reports()) {
      suites.add(suite(r.source(), properties(r), cases(r), totals));
    }
    for (ReportBatch.InputFailure f : batch.failures()) {
      suites.add(suite(f.source(), List.of(),
          List.of(new Case("read", f.source(), "error", f.message(), "input-error", f.message())), totals));
    }
    out.append(Xml.DECLARATION);
    out.append("<testsuites").append(Xml.attr("name", "copydesk")).append(Xml.attr("tests", totals[0]))
        .append(Xml.attr("failures", totals[1])).append(Xml.attr("errors", totals[2]))
        .append(Xml.attr("skipped", totals[3])).append(">\n");
    for (String s : suites) {
      out.append(s);
    }
    out.append("</testsuites>\n");
  }

  private static List<String[]> properties(Report r) {
    List<String[]> p = new ArrayList<>();
    p.add(new String[] {"verdict", r.verdict().id()});
    p.add(new String[] {"score", String.valueOf(r.score().overall())});
    r.score().categories().forEach((c, v) -> p.add(new String[] {"score." + c.id(), String.valueOf(v)}));
    p.add(new String[] {"ruleSetVersion", r.ruleSetVersion() == null ? "" : r.ruleSetVersion()});
    p.add(new String[] {"findings", String.valueOf(r.findings().size())});
    Formats.findingsByRule(r).forEach((id, n) -> p.add(new String[] {"findings." + id, String.valueOf(n)}));
    p.add(new String[] {"suppressed", String.valueOf(r.suppressed().size())});
    return p;
  }

  private static List<Case> cases(Report r) {
    List<Case> cases = new ArrayList<>();
    String verdictLine = String.format(Locale.ROOT, "%s: score %d/100, %d error(s), %d warning(s), %d info",
        r.verdict().name(), r.score().overall(), Formats.count(r, Severity.ERROR),
        Formats.count(r, Severity.WARNING), Formats.count(r, Severity.INFO));
    cases.add(new Case("verdict", r.source(), r.verdict() == Verdict.FAIL ? "failure" : "passed",
        verdictLine, "verdict", verdictLine));
    for (Finding f : r.findings()) {
      String outcome = f.severity() == Severity.INFO ? "passed" : "failure";
      cases.add(new Case(caseName(f), r.source(), outcome, f.message(), f.severity().id(), details(r, f)));
    }
    for (Suppressed s : r.suppressed()) {
      String why = "suppressed by " + s.directive() + " on line " + s.line()
          + (s.reason() == null ? "" : ": " + s.reason());
      cases.add(new Case(caseName(s.finding()), r.source(), "skipped", why, null, null));
    }
    for (ProcessingError e : r.errors()) {
      cases.add(new Case("rule " + e.ruleId(), r.source(), "error", e.message(), "rule-failure",
          e.ruleId() + ": " + e.message()));
    }
    return cases;
  }

  private static String caseName(Finding f) {
    return f.ruleId() + " at " + f.location().line() + ":" + f.location().column();
  }

  private static String details(Report r, Finding f) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.source()).append(':').append(f.location().line()).append(':').append(f.location().column())
        .append(": ").append(f.severity().id()).append(' ').append(f.ruleId()).append(": ").append(f.message())
        .append(String.format(Locale.ROOT, " (confidence %.2f)", f.confidence()))
        .append("\nexcerpt: ").append(f.excerpt());
    for (Suggestion s : f.suggestions()) {
      sb.append("\nsuggestion: ").append(s.label());
    }
    return sb.toString();
  }

  private static String suite(String name, List<String[]> properties, List<Case> cases, int[] totals) {
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    StringBuilder body = new StringBuilder();
    if (!properties.isEmpty()) {
      body.append("    <properties>\n");
      for (String[] p : properties) {
        body.append("      <property").append(Xml.attr("name", p[0])).append(Xml.attr("value", p[1])).append("/>\n");
      }
      body.append("    </properties>\n");
    }
    for (Case c : cases) {
      body.append("    <testcase").append(Xml.attr("name", c.name())).append(Xml.attr("classname", c.classname()));
      switch (c.outcome()) {
        case "passed":
          if (c.body() == null) {
            body.append("/>\n");
          } else {
            body.append(">\n      <system-out>").append(Xml.text(c.body())).append("</system-out>\n")
                .append("    </testcase>\n");
          }
          break;
        case "skipped":
          skipped++;
          body.append(">\n      <skipped").append(Xml.attr("message", c.message())).append("/>\n")
              .append("    </testcase>\n");
          break;
        default: // failure or error
          if (c.outcome().equals("failure")) {
            failures++;
          } else {
            errors++;
          }
          body.append(">\n      <").append(c.outcome()).append(Xml.attr("message", c.message()))
              .append(Xml.attr("type", c.type())).append('>').append(Xml.text(c.body()))
              .append("</").append(c.outcome()).append(">\n    </testcase>\n");
      }
    }
    totals[0] += cases.size();
    totals[1] += failures;
    totals[2] += errors;
    totals[3] += skipped;
    return "  <testsuite" + Xml.attr("name", name) + Xml.attr("tests", cases.size()) + Xml.attr("failures", failures)
        + Xml.attr("errors", errors) + Xml.attr("skipped", skipped) + ">\n" + body + "  </testsuite>\n";
  }
}
