package org.copydesk.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequiredLiteralTest {
  @Test
  void findsTheLongestWordOutsideGroupsAndQuantifiers() {
    assertThat(RequiredLiteral.of("(?iu)\\bas an ai(?: language)? model\\b")).isEqualTo("model");
    assertThat(RequiredLiteral.of("\\bfeel free to (?:ask|let me know)\\b")).isEqualTo("feel"); // ties keep the first
    assertThat(RequiredLiteral.of("(?iu)(?<![\\p{L}])plays\\s+a\\s+crucial\\s+role")).isEqualTo("crucial");
  }

  @Test
  void givesUpWhenAMatchNeedNotContainAnyLiteral() {
    assertThat(RequiredLiteral.of("abc|defgh")).isNull();
    assertThat(RequiredLiteral.of("(?:certainly|sure)!")).isNull();
    assertThat(RequiredLiteral.of("\\[\\[[A-Z_]{2,30}\\]\\]")).isNull();
    assertThat(RequiredLiteral.of("colou?r")).isEqualTo("colo");
    assertThat(RequiredLiteral.of("umarım bu")).isNull(); // non-ASCII: lower-casing is locale-sensitive
  }
}
