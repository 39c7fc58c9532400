package org.copydesk.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.copydesk.article.SourceMap;

/**
 * The result of one run over many inputs: a report per article, the inputs that could not be read, and the
 * versions that produced them.
 *
 * @param toolVersion Copydesk's version
 * @param ruleSetVersion the rule set's version
 * @param reports one per article, in input order
 * @param failures inputs that could not be read
 * @param sources original inputs by report source, for writers that quote lines (may be empty)
 * @param baseline what a check against a baseline found, or {@code null} when there was no baseline
 * @param sites the pages grouped by site, or {@code null} when the batch has no rollup (fewer than two pages with
 *     a URL)
 */
public record ReportBatch(
    String toolVersion,
    String ruleSetVersion,
    List<Report> reports,
    List<InputFailure> failures,
    Map<String, SourceMap> sources,
    Baseline.Summary baseline,
    SiteRollup sites) {

  /**
   * An input that could not be read.
   *
   * @param source the path or name
   * @param message one line saying why
   */
  public record InputFailure(String source, String message) {}

  public ReportBatch {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    reports = List.copyOf(reports);
    failures = List.copyOf(failures);
    sources = sources == null ? Map.of() : Map.copyOf(sources);
  }

  /** A batch without a site rollup. */
  public ReportBatch(String toolVersion, String ruleSetVersion, List<Report> reports, List<InputFailure> failures,
      Map<String, SourceMap> sources, Baseline.Summary baseline) {
    this(toolVersion, ruleSetVersion, reports, failures, sources, baseline, null);
  }

  /** A batch checked without a baseline. */
  public ReportBatch(String toolVersion, String ruleSetVersion, List<Report> reports, List<InputFailure> failures,
      Map<String, SourceMap> sources) {
    this(toolVersion, ruleSetVersion, reports, failures, sources, null, null);
  }

  /** A copy with other reports (a baseline or a change filter applied), keeping everything else. */
  public ReportBatch withReports(List<Report> newReports, Baseline.Summary newBaseline) {
    return new ReportBatch(toolVersion, ruleSetVersion, newReports, failures, sources, newBaseline, sites);
  }

  /** A copy with a site rollup. */
  public ReportBatch withSites(SiteRollup rollup) {
    return new ReportBatch(toolVersion, ruleSetVersion, reports, failures, sources, baseline, rollup);
  }

  /** How many reports have a verdict. */
  public long count(Verdict verdict) {
    return reports.stream().filter(r -> r.verdict() == verdict).count();
  }
}
