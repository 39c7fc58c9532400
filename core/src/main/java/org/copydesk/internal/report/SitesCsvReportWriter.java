package org.copydesk.internal.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.SiteRollup;

/**
 * The site rollup as CSV, one row per site, most pages first, in the same RFC 4180 form as the claims list
 * ({@link ClaimsCsvReportWriter#cell}). Counts are of pages; each count has a share column (0 to 1, three
 * decimals); {@code worst_1_source} and {@code worst_1_score} to {@code worst_5_…} name the lowest-scoring pages,
 * lowest first (empty where a site has fewer pages). A batch without a rollup (fewer than two pages with a URL)
 * gives the header alone.
 */
public final class SitesCsvReportWriter implements ReportWriter {
  /** The columns, in order. */
  public static final List<String> COLUMNS = columns();

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("site", "pages", "ai_disclosed", "ai_disclosed_share", "ai_suspected",
        "ai_suspected_share", "leakage", "leakage_share", "residue_or_branding", "residue_or_branding_share",
        "unattributed_claims", "unattributed_claims_share", "failed", "failed_share", "mean_score"));
    for (int i = 1; i <= SiteRollup.WORST_PAGES; i++) {
      c.add("worst_" + i + "_source");
      c.add("worst_" + i + "_score");
    }
    return List.copyOf(c);
  }

  @Override
  public String name() {
    return "sites-csv";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    ClaimsCsvReportWriter.row(out, COLUMNS);
    if (batch.sites() == null) {
      return;
    }
    for (SiteRollup.Site s : batch.sites().sites()) {
      List<String> cells = new ArrayList<>();
      cells.add(s.site());
      cells.add(String.valueOf(s.pages()));
      for (int count : Formats.siteCounts(s).values()) {
        cells.add(String.valueOf(count));
        cells.add(String.format(Locale.ROOT, "%.3f", s.share(count)));
      }
      cells.add(String.format(Locale.ROOT, "%.1f", s.meanScore()));
      for (int i = 0; i < SiteRollup.WORST_PAGES; i++) {
        SiteRollup.Page p = i < s.worstPages().size() ? s.worstPages().get(i) : null;
        cells.add(p == null ? "" : p.source());
        cells.add(p == null ? "" : String.valueOf(p.score()));
      }
      ClaimsCsvReportWriter.row(out, cells);
    }
  }
}
