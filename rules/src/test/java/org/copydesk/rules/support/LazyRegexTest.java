package org.copydesk.rules.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class LazyRegexTest {
  @Test
  void compilesWithItsFlagsOnFirstUseAndKeepsTheResult() {
    LazyRegex r = new LazyRegex("as an ai language model", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertThat(r.source()).isEqualTo("as an ai language model");
    Pattern p = r.pattern();
    assertThat(p.flags()).isEqualTo(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertThat(p.matcher("Sure! As an AI language model, I cannot").find()).isTrue();
    assertThat(r.pattern()).isSameAs(p);
    assertThat(r.starts()).isNotNull().isSameAs(r.starts());
  }

  @Test
  void aPatternCompiledAlreadyIsKept() {
    Pattern p = Pattern.compile("(?i)click\\s+here");
    LazyRegex r = LazyRegex.of(p);
    assertThat(r.pattern()).isSameAs(p);
    assertThat(r.source()).isEqualTo(p.pattern());
  }

  @Test
  void aBrokenPatternFailsWhenFirstUsedNotWhenMade() {
    LazyRegex r = new LazyRegex("(unclosed", 0);
    assertThatThrownBy(r::pattern).isInstanceOf(PatternSyntaxException.class);
  }
}
