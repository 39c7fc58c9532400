package org.copydesk.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {
  @Test
  void findsTheLongestWordOutsideGroupsAndQuantifiers() {
    assertThat(RequiredLiteral.of("(?iu)\\bas an ai(?: language)? model\\b")).isEqualTo("as an ai");
    assertThat(RequiredLiteral.of("\\bfeel free to (?:ask|let me know)\\b")).isEqualTo("feel free to ");
    assertThat(RequiredLiteral.of("(?iu)(?<![\\p{L}])plays\\s+a\\s+crucial\\s+role")).isEqualTo("crucial");
    assertThat(RequiredLiteral.of("\\p{IsAlphabetic}+ and \\p{L}")).isEqualTo(" and "); // class names are not text
    assertThat(RequiredLiteral.of("[a-z&&[^x]]okay]")).isEqualTo("okay]");
  }

  @Test
  void lowerFoldsLikeCaseInsensitivePatterns() {
    assertThat(RequiredLiteral.lower("İçin ÜBER Straße")).isEqualTo("için über straße");
    assertThat(RequiredLiteral.lower("umarım ΣΑΣ ς")).isEqualTo("umarim σασ σ"); // as (?iu) compares them
  }

  @Test
  void aRequiredGroupOfAlternativesGivesAnyOf() {
    assertThat(RequiredLiteral.anyOf("^\\W*(?:certainly|sure|of course)[!,.]*\\s+here"))
        .containsExactly("certainly", "sure", "of course"); // ties keep the first
    assertThat(RequiredLiteral.allOf("^\\W*(?:certainly|sure|of course)[!,.]*\\s+here"))
        .containsExactly(List.of("certainly", "sure", "of course"), List.of("here"));
    assertThat(RequiredLiteral.allOf("(?iu)(?<![\\p{L}])it['’]s\\s+not\\s+just\\s+about"))
        .containsExactly(List.of("not"), List.of("just"), List.of("about"));
    assertThat(RequiredLiteral.anyOf("(?iu)(?:paving|pave|paves)\\s+the\\s+way")).containsExactly("paving", "pave", "paves");
    assertThat(RequiredLiteral.anyOf("(?:ab|cdef)x")).isNull(); // "ab" is too short to check
    assertThat(RequiredLiteral.anyOf("\\bmy (?:(?:knowledge|training) (?:cutoff|cut-off)|training data)\\b"))
        .containsExactly("knowledge", "training", "training data"); // nested groups unite
    assertThat(RequiredLiteral.anyOf("(?=lookahead)\\d+")).isNull();
    assertThat(RequiredLiteral.mayMatch(List.of("pave", "paving"), "they pave the way")).isTrue();
    assertThat(RequiredLiteral.mayMatch(List.of("pave", "paving"), "nothing here")).isFalse();
    assertThat(RequiredLiteral.mayMatch(null, "anything")).isTrue();
  }

  @Test
  void givesUpWhenAMatchNeedNotContainAnyLiteral() {
    assertThat(RequiredLiteral.anyOf("ab|defgh")).isNull(); // "ab" is too short to check
    assertThat(RequiredLiteral.of("(?:certainly|sure)!")).isNull();
    assertThat(RequiredLiteral.of("\\[\\[[A-Z_]{2,30}\\]\\]")).isEqualTo("[["); // rare punctuation is enough
    assertThat(RequiredLiteral.of("e\\.g\\. \\d")).isEqualTo("e.g. "); // escaped punctuation is literal text
    assertThat(RequiredLiteral.of("\\Qliteral\\E")).isNull();
    assertThat(RequiredLiteral.of("colou?r")).isEqualTo("colo");
    assertThat(RequiredLiteral.of("umarım bu")).isEqualTo("umarim bu"); // dotless ı folds to i, as (?iu) folds it
    assertThat(RequiredLiteral.of("взят из источника")).isEqualTo("взят из источника");
    assertThat(RequiredLiteral.anyOf("(?iu)foo\\s+bar|bazqux")).containsExactly("foo", "bazqux");
  }
}
