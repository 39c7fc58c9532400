package org.copydesk.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {
  @Test
  void findsTheLongestWordOutsideGroupsAndQuantifiers() {
    assertThat(RequiredLiteral.of("(?iu)\\bas an ai(?: language)? model\\b")).isEqualTo("model");
    assertThat(RequiredLiteral.of("\\bfeel free to (?:ask|let me know)\\b")).isEqualTo("feel"); // ties keep the first
    assertThat(RequiredLiteral.of("(?iu)(?<![\\p{L}])plays\\s+a\\s+crucial\\s+role")).isEqualTo("crucial");
  }

  @Test
  void lowerFoldsLikeCaseInsensitivePatterns() {
    assertThat(RequiredLiteral.lower("İçin ÜBER Straße")).isEqualTo("için über straße");
  }

  @Test
  void aRequiredGroupOfAlternativesGivesAnyOf() {
    assertThat(RequiredLiteral.anyOf("^\\W*(?:certainly|sure|of course)[!,.]*\\s+here")).containsExactly("here");
    assertThat(RequiredLiteral.anyOf("(?iu)(?:paving|pave|paves)\\s+the\\s+way")).containsExactly("paving", "pave", "paves");
    assertThat(RequiredLiteral.anyOf("(?:ab|cdef)x")).isNull(); // "ab" is too short to check
    assertThat(RequiredLiteral.anyOf("(?=lookahead)\\d+")).isNull();
    assertThat(RequiredLiteral.mayMatch(List.of("pave", "paving"), "they pave the way")).isTrue();
    assertThat(RequiredLiteral.mayMatch(List.of("pave", "paving"), "nothing here")).isFalse();
    assertThat(RequiredLiteral.mayMatch(null, "anything")).isTrue();
  }

  @Test
  void givesUpWhenAMatchNeedNotContainAnyLiteral() {
    assertThat(RequiredLiteral.anyOf("ab|defgh")).isNull(); // "ab" is too short to check
    assertThat(RequiredLiteral.of("(?:certainly|sure)!")).isNull();
    assertThat(RequiredLiteral.of("\\[\\[[A-Z_]{2,30}\\]\\]")).isNull();
    assertThat(RequiredLiteral.of("colou?r")).isEqualTo("colo");
    assertThat(RequiredLiteral.of("umarım bu")).isNull(); // dotless ı folds to i: not a safe literal
    assertThat(RequiredLiteral.of("взят из источника")).isEqualTo("источника");
    assertThat(RequiredLiteral.anyOf("(?iu)foo\\s+bar|bazqux")).containsExactly("foo", "bazqux");
  }
}
