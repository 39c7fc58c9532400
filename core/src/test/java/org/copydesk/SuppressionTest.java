package org.copydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;
import org.copydesk.report.Policy;
import org.copydesk.report.Report;
import org.copydesk.report.Suppressed;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Severity;
import org.copydesk.testing.TestRules;
import org.junit.jupiter.api.Test;

class SuppressionTest {
  private static final Copydesk COPYDESK = Copydesk.builder()
      .policy(Policy.defaults())
      .addPack(TestRules.pack("t",
          TestRules.word("claims.budget", Severity.ERROR, "budget"),
          TestRules.word("style.vote", Severity.INFO, "vote")))
      .build();

  private static Report audit(String markdown) throws Exception {
    return COPYDESK.audit(Articles.parse(markdown, Format.MARKDOWN, "a.md"));
  }

  @Test
  void noDirectivesNothingSuppressed() throws Exception {
    Report r = audit("# Budget\n\nThe budget vote failed.\n");
    assertThat(r.suppressed()).isEmpty();
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("claims.budget", "style.vote");
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void regionDisablesOneRuleUntilEnable() throws Exception {
    Report r = audit("# Budget\n\n<!-- copydesk-disable claims.budget -- quoted from the minutes -->\n\n"
        + "The budget vote failed.\n\n<!-- copydesk-enable claims.budget -->\n\nA budget again.\n");
    assertThat(r.suppressed()).extracting(s -> s.finding().ruleId(), s -> s.finding().location().line(),
        Suppressed::directive, Suppressed::reason, Suppressed::line)
        .containsExactly(tuple("claims.budget", 5, "disable", "quoted from the minutes", 3));
    assertThat(r.findings()).extracting(Finding::ruleId, f -> f.location().line())
        .containsExactly(tuple("style.vote", 5), tuple("claims.budget", 9));
  }

  @Test
  void unclosedRegionRunsToTheEndAndCategoryNamesMatch() throws Exception {
    Report r = audit("The vote.\n\n<!-- copydesk-disable claims -->\n\nThe budget.\n\nThe budget vote.\n");
    assertThat(r.suppressed()).extracting(s -> s.finding().location().line()).containsExactly(5, 7);
    assertThat(r.findings()).extracting(Finding::ruleId, f -> f.location().line())
        .containsExactly(tuple("style.vote", 1), tuple("style.vote", 7));
    assertThat(r.verdict()).isNotEqualTo(Verdict.FAIL);
    assertThat(r.score().overall()).isGreaterThan(90);
  }

  @Test
  void enableTakesOnlyTheRulesItNames() throws Exception {
    // A bare disable stays until a bare enable; "enable claims" does not switch style back on.
    Report all = audit("<!-- copydesk-disable -->\nThe budget vote.\n<!-- copydesk-enable claims -->\n"
        + "The budget vote.\n");
    assertThat(all.findings()).isEmpty();
    // Two categories off, one back on.
    Report two = audit("<!-- copydesk-disable claims style -->\nThe budget vote.\n<!-- copydesk-enable claims -->\n"
        + "The budget vote.\n");
    assertThat(two.findings()).extracting(Finding::ruleId, f -> f.location().line())
        .containsExactly(tuple("claims.budget", 4));
    // A category closes the rules inside it.
    Report cat = audit("<!-- copydesk-disable claims.budget -->\nThe budget.\n<!-- copydesk-enable claims -->\n"
        + "The budget.\n");
    assertThat(cat.findings()).extracting(f -> f.location().line()).containsExactly(4);
  }

  @Test
  void directivesIgnoreCase() throws Exception {
    Report r = audit("<!-- COPYDESK-Disable-Next-Line Claims.Budget -->\nThe budget.\n");
    assertThat(r.findings()).isEmpty();
    assertThat(r.suppressed()).hasSize(1);
  }

  @Test
  void disableWithoutRulesSwitchesEverythingOff() throws Exception {
    Report r = audit("<!-- copydesk-disable -->\nThe budget vote.\n<!-- copydesk-enable -->\nThe vote.\n");
    assertThat(r.suppressed()).hasSize(2);
    assertThat(r.findings()).extracting(f -> f.location().line()).containsExactly(4);
  }

  @Test
  void nextLineSkipsBlankLinesAndOnlyThatLine() throws Exception {
    Report r = audit("<!-- copydesk-disable-next-line claims.budget -->\n\nThe budget.\n\nThe budget.\n");
    assertThat(r.suppressed()).extracting(s -> s.finding().location().line(), Suppressed::directive)
        .containsExactly(tuple(3, "disable-next-line"));
    assertThat(r.findings()).extracting(f -> f.location().line()).containsExactly(5);
  }

  @Test
  void sameLine() throws Exception {
    Report r = audit("The budget vote. <!-- copydesk-disable-line style.* -->\n\nThe vote.\n");
    assertThat(r.suppressed()).extracting(s -> s.finding().ruleId()).containsExactly("style.vote");
    assertThat(r.findings()).extracting(Finding::ruleId, f -> f.location().line())
        .containsExactly(tuple("claims.budget", 1), tuple("style.vote", 3));
  }

  @Test
  void ignoreTakesOneMatchWithItsText() throws Exception {
    Report r = audit("<!-- copydesk-ignore style.vote \"vote\" -- the name of the bill -->\n\n"
        + "The budget vote and the vote.\n");
    assertThat(r.suppressed()).extracting(s -> s.finding().location().column(), Suppressed::directive,
        Suppressed::reason).containsExactly(tuple(12, "ignore", "the name of the bill"));
    assertThat(r.findings()).extracting(Finding::ruleId, f -> f.location().column())
        .containsExactly(tuple("claims.budget", 5), tuple("style.vote", 25));
  }

  @Test
  void htmlCommentsWorkAndPlainTextIgnoresLookalikes() throws Exception {
    Report html = COPYDESK.audit(Articles.parse("<html><body><article><p>The vote was held.</p>"
        + "<!-- copydesk-disable style.vote --><p>The vote again.</p></article></body></html>",
        Format.HTML, "a.html"));
    assertThat(html.findings()).hasSize(1);
    assertThat(html.suppressed()).hasSize(1);
    Report text = COPYDESK.audit(Articles.parse("<!-- copydesk-disable -->\nThe budget.\n", Format.TEXT, "a.txt"));
    assertThat(text.suppressed()).isEmpty();
    assertThat(text.findings()).hasSize(1);
  }

  @Test
  void suppressedFindingsStillSayWhatTheArticleDeclares() throws Exception {
    // Provenance is computed over live and suppressed findings: a switched-off finding still counts as evidence.
    Report r = audit("<!-- copydesk-disable -->\nThe budget.\n");
    assertThat(r.findings()).isEmpty();
    assertThat(r.provenance().evidence()).isEmpty();
  }
}
