package org.copydesk.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.copydesk.report.SiteRollup;
import org.copydesk.report.Suppressed;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Category;
import org.copydesk.rule.Severity;
import org.junit.jupiter.api.Test;

class SiteRollupTest {
  private static final String TEXT = "Markets rose on Friday.\n\nCertainly! Here is the article.\n\n"
      + "Leave a Reply\n\nTourism is 40% of the economy.\n";

  private static Report page(String source, String... rules) throws Exception {
    Article a = Articles.parse(TEXT, Format.TEXT, source);
    List<Finding> findings = new ArrayList<>();
    for (String rule : rules) {
      String needle = switch (rule) {
        case "provenance.assistant-leakage" -> "Certainly!";
        case "integrity.template-residue" -> "Leave a Reply";
        case "claims.unattributed-figure" -> "40%";
        default -> "Markets";
      };
      Category c = Category.valueOf(rule.substring(0, rule.indexOf('.')).toUpperCase(java.util.Locale.ROOT));
      findings.add(WriterFixtures.finding(a, needle, "", rule, c, Severity.WARNING, 1, "m", List.of(), Map.of()));
    }
    findings.sort(Finding.ORDER);
    return WriterFixtures.report(a, findings, List.of(), List.of());
  }

  @Test
  void countsPagesPerSiteNotFindings() throws Exception {
    List<Report> reports = List.of(
        page("a1", "provenance.assistant-leakage", "claims.unattributed-figure", "claims.unattributed-figure"),
        page("a2", "integrity.template-residue"),
        page("b1"),
        page("a3"),
        page("local.md", "provenance.assistant-leakage"));
    Map<String, String> sites = Map.of("a1", "a.com", "a2", "a.com", "a3", "a.com", "b1", "b.org");
    SiteRollup rollup = SiteRollup.of(reports, r -> sites.get(r.source()));
    assertThat(rollup.sites()).extracting(SiteRollup.Site::site).containsExactly("a.com", "b.org");
    SiteRollup.Site a = rollup.sites().get(0);
    assertThat(a.pages()).isEqualTo(3);
    assertThat(a.leakage()).isEqualTo(1);
    assertThat(a.unattributedClaims()).isEqualTo(1);
    assertThat(a.residueOrBranding()).isEqualTo(1);
    assertThat(a.aiDisclosed()).isZero();
    assertThat(a.share(a.leakage())).isEqualTo(1.0 / 3);
    double mean = reports.subList(0, 2).stream().mapToInt(r -> r.score().overall()).sum() + 100;
    assertThat(a.meanScore()).isEqualTo(mean / 3);
    assertThat(a.worstPages()).extracting(SiteRollup.Page::source).containsExactly("a1", "a2", "a3");
    assertThat(a.worstPages().get(2).verdict()).isEqualTo(Verdict.PASS);
    assertThat(rollup.sites().get(1).pages()).isEqualTo(1);
  }

  @Test
  void suppressedFindingsDoNotCount() throws Exception {
    Report r = page("a1", "provenance.assistant-leakage");
    Report off = r.withSuppressed(f -> true, "baseline", "known", org.copydesk.report.Policy.defaults());
    assertThat(SiteRollup.Signals.of(r).leakage()).isTrue();
    assertThat(SiteRollup.Signals.of(off).leakage()).isFalse();
    assertThat(off.suppressed()).extracting(Suppressed::directive).containsExactly("baseline");
  }

  @Test
  void tiesAreInCodePointOrderAsUtf8SortsThem() throws Exception {
    // U+FF21 (a fullwidth A) sorts after U+1F600 (an emoji, a surrogate pair) in UTF-16, before it in UTF-8
    List<Report> reports = List.of(page("\uFF21"), page("\uD83D\uDE00"));
    SiteRollup rollup = SiteRollup.of(reports, r -> "x.org");
    assertThat(rollup.sites().get(0).worstPages()).extracting(SiteRollup.Page::source)
        .containsExactly("\uFF21", "\uD83D\uDE00");
  }

  @Test
  void sitesWithAsManyPagesAreInNameOrderAndWorstPagesAreCapped() throws Exception {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      reports.add(page("z" + i));
      reports.add(page("m" + i));
    }
    SiteRollup rollup = SiteRollup.of(reports, r -> r.source().substring(0, 1) + ".net");
    assertThat(rollup.sites()).extracting(SiteRollup.Site::site).containsExactly("m.net", "z.net");
    assertThat(rollup.sites().get(0).worstPages()).hasSize(SiteRollup.WORST_PAGES)
        .extracting(SiteRollup.Page::source).containsExactly("m0", "m1", "m2", "m3", "m4");
  }
}
