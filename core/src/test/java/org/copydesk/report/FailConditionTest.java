package org.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.article.Span;
import org.copydesk.rule.Category;
import org.copydesk.rule.Severity;
import org.junit.jupiter.api.Test;

/** failOn conditions, category weights and the verdict they give. */
class FailConditionTest {
  private static int offset;

  private static Finding finding(String ruleId, Severity severity) {
    Category cat = Category.valueOf(ruleId.substring(0, ruleId.indexOf('.')).toUpperCase(Locale.ROOT));
    int at = offset++ * 10;
    return new Finding(ruleId, cat, severity, 1.0, "m", new Span(at, at + 3), new Location(1, at + 1, 1, at + 4),
        "abc", List.of(), Map.of());
  }

  private static Verdict verdict(String failOn, List<Finding> findings) {
    Policy p = Policy.parse("failOn: " + failOn + "\n", "p.yml");
    return Report.verdict(findings, Score.of(findings, p), p);
  }

  @Test
  void parsesEveryForm() {
    assertThat(FailCondition.parse("error")).containsExactly(new FailCondition.AtLeast(Severity.ERROR));
    assertThat(FailCondition.parse("score<60")).containsExactly(new FailCondition.ScoreBelow(60));
    assertThat(FailCondition.parse(" Score < 7 ")).containsExactly(new FailCondition.ScoreBelow(7));
    assertThat(FailCondition.parse("claims")).containsExactly(new FailCondition.InCategory(Category.CLAIMS));
    assertThat(FailCondition.parse("never")).isEmpty();
    assertThat(FailCondition.parse("warning, score<70, warning"))
        .containsExactly(new FailCondition.AtLeast(Severity.WARNING), new FailCondition.ScoreBelow(70));
    assertThat(FailCondition.format(FailCondition.parse("error,score<60,language"))).isEqualTo(
        "error,score<60,language");
    assertThat(FailCondition.format(List.of())).isEqualTo("never");
  }

  @Test
  void rejectsWhatIsNotACondition() {
    assertThatThrownBy(() -> FailCondition.parse("sometimes"))
        .hasMessage("unknown fail condition 'sometimes'; expected " + FailCondition.EXPECTED);
    assertThatThrownBy(() -> FailCondition.parse("score<101")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> FailCondition.parse("score>50")).hasMessageContaining("'score>50'");
    assertThatThrownBy(() -> FailCondition.parse("never,error")).hasMessageContaining("'never' cannot be combined");
    assertThatThrownBy(() -> FailCondition.parse("error,")).hasMessageContaining("unknown fail condition ''");
  }

  @Test
  void severityFailsAtOrAboveIt() {
    List<Finding> warning = List.of(finding("style.a", Severity.WARNING));
    assertThat(verdict("error", warning)).isEqualTo(Verdict.WARN);
    assertThat(verdict("warning", warning)).isEqualTo(Verdict.FAIL);
    assertThat(verdict("info", warning)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void scoreBelowFailsOnTheOverallScoreOnly() {
    List<Finding> two = List.of(finding("claims.a", Severity.ERROR), finding("style.b", Severity.WARNING));
    // 100 - 25 - 10 = 65
    assertThat(verdict("score<66", two)).isEqualTo(Verdict.FAIL);
    assertThat(verdict("score<65", two)).as("an error alone no longer fails: failOn replaces the default")
        .isEqualTo(Verdict.WARN);
  }

  @Test
  void categoryFailsOnAFindingOfItAtOrAboveWarnOn() {
    List<Finding> styleWarning = List.of(finding("style.a", Severity.WARNING));
    List<Finding> claimsInfo = List.of(finding("claims.a", Severity.INFO));
    assertThat(verdict("claims", styleWarning)).isEqualTo(Verdict.WARN);
    assertThat(verdict("style", styleWarning)).isEqualTo(Verdict.FAIL);
    assertThat(verdict("claims", claimsInfo)).as("info is below warnOn").isEqualTo(Verdict.PASS);
    Policy infoWarns = Policy.parse("failOn: claims\nwarnOn: info\n", "p.yml");
    assertThat(Report.verdict(claimsInfo, Score.of(claimsInfo, infoWarns), infoWarns)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aListFailsWhenAnyConditionIsMet() {
    List<Finding> styleWarning = List.of(finding("style.a", Severity.WARNING));
    assertThat(verdict("[error, claims]", styleWarning)).isEqualTo(Verdict.WARN);
    assertThat(verdict("[error, style]", styleWarning)).isEqualTo(Verdict.FAIL);
    assertThat(verdict("error,style", styleWarning)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void failBelowStillFailsUnlessNever() {
    List<Finding> many = List.of(finding("claims.a", Severity.ERROR), finding("style.b", Severity.ERROR),
        finding("language.c", Severity.ERROR));
    // 100 - 75 = 25, below failBelow 50
    assertThat(verdict("claims", many)).isEqualTo(Verdict.FAIL);
    assertThat(verdict("never", many)).isEqualTo(Verdict.WARN);
    assertThat(verdict("score<20", many)).as("a score<N of failOn's own replaces failBelow").isEqualTo(Verdict.WARN);
    assertThat(verdict("score<26", many)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void categoryWeightsMultiplyThatCategorysDeductions() {
    List<Finding> fs = List.of(finding("claims.a", Severity.WARNING), finding("style.b", Severity.WARNING));
    Policy p = Policy.parse("categories:\n  claims: 2.5\n  style: 0\n", "p.yml");
    assertThat(p.weight(Category.CLAIMS)).isEqualTo(2.5);
    assertThat(p.weight(Category.LANGUAGE)).isEqualTo(1.0);
    Score s = Score.of(fs, p);
    assertThat(s.deductions()).extracting(Deduction::ruleId, Deduction::points)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("claims.a", 25.0));
    assertThat(s.overall()).isEqualTo(75);
    assertThat(s.categories().get(Category.CLAIMS)).isEqualTo(75);
    assertThat(s.categories().get(Category.STYLE)).isEqualTo(100);
    assertThat(Score.of(fs, Policy.defaults()).overall()).isEqualTo(80);
  }

  @Test
  void weightOneIsTheDefaultAndEqual() {
    assertThat(Policy.parse("categories:\n  claims: 1\n", "p.yml")).isEqualTo(Policy.defaults());
  }
}
