package org.copydesk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A batch's pages grouped by site, with the signals a "content-farm radar" reads: for each site, how many pages
 * were audited, how many disclose AI use, how many look AI-written without saying so, how many carry chatbot
 * leakage, website residue or foreign branding, or unattributed figures, how many fail the policy, the mean score
 * and the worst pages. Immutable.
 *
 * @param sites one entry per site, most pages first (ties by name, in code-point order)
 */
public record SiteRollup(List<Site> sites) {
  /** How many of a site's lowest-scoring pages {@link Site#worstPages()} lists. */
  public static final int WORST_PAGES = 5;

  public SiteRollup {
    sites = List.copyOf(sites);
  }

  /**
   * One site's figures. Each count is of pages, not findings: a page with three leaked chatbot lines counts once.
   *
   * @param site the registered domain ({@code example.co.uk})
   * @param pages pages audited
   * @param aiDisclosed pages whose text or metadata declares AI use ({@link Provenance.AiUse#DECLARED})
   * @param aiSuspected pages with AI signals and no disclosure ({@link Provenance.AiUse#SUSPECTED})
   * @param leakage pages with chatbot text left in ({@code provenance.assistant-leakage})
   * @param residueOrBranding pages with website furniture or a foreign business name in the article
   *     ({@code integrity.template-residue}, {@code integrity.off-topic-branding})
   * @param unattributedClaims pages with at least one figure that names no source
   *     ({@code claims.unattributed-figure})
   * @param failed pages the policy fails
   * @param meanScore the mean overall score, 0 to 100
   * @param worstPages the lowest-scoring pages, lowest first, at most {@link #WORST_PAGES}
   */
  public record Site(String site, int pages, int aiDisclosed, int aiSuspected, int leakage, int residueOrBranding,
      int unattributedClaims, int failed, double meanScore, List<Page> worstPages) {
    public Site {
      Objects.requireNonNull(site, "site");
      worstPages = List.copyOf(worstPages);
    }

    /** {@code count} as a share of this site's pages, 0 to 1. */
    public double share(int count) {
      return pages == 0 ? 0 : (double) count / pages;
    }
  }

  /**
   * A page named in a rollup.
   *
   * @param source the report's source (the page's URL for a crawl)
   * @param score its overall score
   * @param verdict its verdict
   */
  public record Page(String source, int score, Verdict verdict) {}

  /**
   * What one page contributes to its site's figures; also what a Spark job stores per page to aggregate.
   *
   * @param aiDisclosed AI use declared
   * @param aiSuspected AI use suspected, not declared
   * @param leakage chatbot leakage found
   * @param residueOrBranding template residue or off-topic branding found
   * @param unattributedClaims an unattributed figure found
   * @param failed the verdict is FAIL
   */
  public record Signals(boolean aiDisclosed, boolean aiSuspected, boolean leakage, boolean residueOrBranding,
      boolean unattributedClaims, boolean failed) {
    private static final Set<String> LEAKAGE = Set.of("provenance.assistant-leakage");
    private static final Set<String> RESIDUE = Set.of("integrity.template-residue", "integrity.off-topic-branding");
    private static final Set<String> UNATTRIBUTED = Set.of("claims.unattributed-figure");

    /**
     * The signals of one report: leakage, residue and unattributed figures from its live findings (suppressed ones
     * do not count), AI use from its provenance summary (which suppressed findings still inform), failed from its
     * verdict.
     */
    public static Signals of(Report r) {
      boolean leak = false;
      boolean residue = false;
      boolean unattributed = false;
      for (Finding f : r.findings()) {
        leak |= LEAKAGE.contains(f.ruleId());
        residue |= RESIDUE.contains(f.ruleId());
        unattributed |= UNATTRIBUTED.contains(f.ruleId());
      }
      Provenance.AiUse ai = r.provenance().aiUse();
      return new Signals(ai == Provenance.AiUse.DECLARED, ai == Provenance.AiUse.SUSPECTED, leak, residue,
          unattributed, r.verdict() == Verdict.FAIL);
    }
  }

  /**
   * Ties are broken in code-point order, which is the byte order of UTF-8: the order a Spark job or a database
   * sorting UTF-8 strings gives, so the same pages give the same rollup everywhere.
   */
  private static final Comparator<String> CODE_POINTS = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };

  /**
   * Groups reports by site. {@code siteOf} gives a report's site, or {@code null} to leave it out (an article with
   * no URL).
   */
  public static SiteRollup of(List<Report> reports, Function<Report, String> siteOf) {
    Map<String, List<Report>> bySite = new HashMap<>();
    for (Report r : reports) {
      String site = siteOf.apply(r);
      if (site != null) {
        bySite.computeIfAbsent(site, k -> new ArrayList<>()).add(r);
      }
    }
    List<Site> sites = new ArrayList<>(bySite.size());
    bySite.forEach((site, pages) -> sites.add(site(site, pages)));
    sites.sort(Comparator.comparingInt(Site::pages).reversed().thenComparing(Site::site, CODE_POINTS));
    return new SiteRollup(sites);
  }

  private static Site site(String site, List<Report> pages) {
    int disclosed = 0;
    int suspected = 0;
    int leakage = 0;
    int residue = 0;
    int unattributed = 0;
    int failed = 0;
    long scores = 0;
    for (Report r : pages) {
      Signals s = Signals.of(r);
      disclosed += s.aiDisclosed() ? 1 : 0;
      suspected += s.aiSuspected() ? 1 : 0;
      leakage += s.leakage() ? 1 : 0;
      residue += s.residueOrBranding() ? 1 : 0;
      unattributed += s.unattributedClaims() ? 1 : 0;
      failed += s.failed() ? 1 : 0;
      scores += r.score().overall();
    }
    List<Page> worst = pages.stream()
        .sorted(Comparator.comparingInt((Report r) -> r.score().overall())
            .thenComparing(Report::source, CODE_POINTS))
        .limit(WORST_PAGES)
        .map(r -> new Page(r.source(), r.score().overall(), r.verdict()))
        .toList();
    return new Site(site, pages.size(), disclosed, suspected, leakage, residue, unattributed, failed,
        (double) scores / pages.size(), worst);
  }
}
