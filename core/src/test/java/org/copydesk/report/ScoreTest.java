package org.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.copydesk.article.Span;
import org.copydesk.rule.Category;
import org.copydesk.rule.Severity;
import org.junit.jupiter.api.Test;

class ScoreTest {
  private static int offset;

  private static Finding finding(String ruleId, Severity severity, double confidence) {
    Category cat = Category.valueOf(ruleId.substring(0, ruleId.indexOf('.')).toUpperCase(java.util.Locale.ROOT));
    int at = offset++ * 10;
    return new Finding(ruleId, cat, severity, confidence, "m", new Span(at, at + 3), new Location(1, at + 1, 1, at + 4),
        "abc", List.of(), Map.of());
  }

  /** A score with no deductions. (An EnumMap: the Score constructor rejects an empty {@code Map.of()}.) */
  private static Score score(int overall) {
    return new Score(overall, new EnumMap<>(Category.class), List.of());
  }

  @Test
  void nothingFoundIsAHundred() {
    Score s = Score.of(List.of(), Policy.defaults());
    assertThat(s.overall()).isEqualTo(100);
    assertThat(s.categories()).containsOnlyKeys(Category.values()).allSatisfy((c, v) -> assertThat(v).isEqualTo(100));
    assertThat(s.deductions()).isEmpty();
    assertThat(Report.verdict(List.of(), s, Policy.defaults())).isEqualTo(Verdict.PASS);
  }

  @Test
  void capsConfidenceWeightingCategoriesAndFindingIndexes() {
    List<Finding> fs = List.of(
        finding("claims.a", Severity.ERROR, 1.0),     // 0: 25
        finding("claims.b", Severity.WARNING, 0.5),   // 1: 5
        finding("claims.a", Severity.ERROR, 1.0),     // 2: 25 -> rule a capped at 30
        finding("style.c", Severity.INFO, 0.8),       // 3: 0.8
        finding("style.c", Severity.WARNING, 0.25));  // 4: 2.5
    Score s = Score.of(fs, Policy.defaults());
    assertThat(s.deductions()).extracting(Deduction::ruleId, Deduction::category, Deduction::points,
        Deduction::capped, Deduction::findings).containsExactly(
        tuple("claims.a", Category.CLAIMS, 30.0, true, List.of(0, 2)),
        tuple("claims.b", Category.CLAIMS, 5.0, false, List.of(1)),
        tuple("style.c", Category.STYLE, 3.3, false, List.of(3, 4)));
    // 100 - 38.3 = 61.7
    assertThat(s.overall()).isEqualTo(62);
    assertThat(s.categories().get(Category.CLAIMS)).isEqualTo(65);
    assertThat(s.categories().get(Category.STYLE)).isEqualTo(97);
    assertThat(s.categories().get(Category.PROVENANCE)).isEqualTo(100);
  }

  @Test
  void scoresFloorAtZero() {
    List<Finding> fs = List.of(
        finding("claims.a", Severity.ERROR, 1), finding("claims.a", Severity.ERROR, 1),
        finding("style.b", Severity.ERROR, 1), finding("style.b", Severity.ERROR, 1),
        finding("integrity.c", Severity.ERROR, 1), finding("integrity.c", Severity.ERROR, 1),
        finding("language.d", Severity.ERROR, 1), finding("language.d", Severity.ERROR, 1));
    Score s = Score.of(fs, Policy.defaults());
    assertThat(s.overall()).isZero();
    assertThat(s.deductions()).extracting(Deduction::points).containsOnly(30.0);
    // Equal points: ordered by rule id.
    assertThat(s.deductions()).extracting(Deduction::ruleId)
        .containsExactly("claims.a", "integrity.c", "language.d", "style.b");
  }

  @Test
  void zeroPointFindingsMakeNoDeduction() {
    Policy p = Policy.parse("points:\n  info: 0\n", "p");
    Score s = Score.of(List.of(finding("style.c", Severity.INFO, 1)), p);
    assertThat(s.deductions()).isEmpty();
    assertThat(s.overall()).isEqualTo(100);
  }

  @Test
  void customRuleCap() {
    Policy p = Policy.parse("ruleCap: 10\n", "p");
    Score s = Score.of(List.of(finding("claims.a", Severity.ERROR, 0.6)), p);
    assertThat(s.deductions()).singleElement().satisfies(d -> {
      assertThat(d.points()).isEqualTo(10.0);
      assertThat(d.capped()).isTrue();
    });
    assertThat(s.overall()).isEqualTo(90);
  }

  @Test
  void verdictThresholds() {
    Policy p = Policy.defaults();
    Finding info = finding("style.c", Severity.INFO, 1);
    Finding warning = finding("style.d", Severity.WARNING, 1);
    Finding error = finding("claims.a", Severity.ERROR, 1);
    Score clean = score(100);
    assertThat(Report.verdict(List.of(info), clean, p)).isEqualTo(Verdict.PASS);
    assertThat(Report.verdict(List.of(warning), clean, p)).isEqualTo(Verdict.WARN);
    assertThat(Report.verdict(List.of(info, error), clean, p)).isEqualTo(Verdict.FAIL);
    // Score thresholds alone: warn below 80, fail below 50.
    assertThat(Report.verdict(List.of(info), score(80), p)).isEqualTo(Verdict.PASS);
    assertThat(Report.verdict(List.of(info), score(79), p)).isEqualTo(Verdict.WARN);
    assertThat(Report.verdict(List.of(info), score(50), p)).isEqualTo(Verdict.WARN);
    assertThat(Report.verdict(List.of(info), score(49), p)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void failOnWarningFailsOnWarnings() {
    Policy p = Policy.parse("failOn: warning\n", "p");
    Score clean = score(100);
    assertThat(Report.verdict(List.of(finding("style.d", Severity.WARNING, 1)), clean, p)).isEqualTo(Verdict.FAIL);
    assertThat(Report.verdict(List.of(finding("style.c", Severity.INFO, 1)), clean, p)).isEqualTo(Verdict.PASS);
  }

  @Test
  void failOnNeverNeverFails() {
    Policy p = Policy.parse("failOn: never\n", "p");
    List<Finding> errors = List.of(finding("claims.a", Severity.ERROR, 1), finding("claims.a", Severity.ERROR, 1));
    assertThat(Report.verdict(errors, score(0), p)).isEqualTo(Verdict.WARN);
    assertThat(Report.verdict(List.of(), score(100), p)).isEqualTo(Verdict.PASS);
    assertThat(Report.verdict(errors, Score.of(errors, p), Policy.defaults().withFailOn(null)))
        .isEqualTo(Verdict.WARN);
  }
}
