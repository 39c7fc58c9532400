package org.copydesk.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobTest {
  @Test
  void aPatternWithoutASlashMatchesANameAtAnyDepth() {
    Glob g = Glob.of("*.html");
    assertThat(g.matches("a.html")).isTrue();
    assertThat(g.matches("x/y/a.html")).isTrue();
    assertThat(g.matches("a.htm")).isFalse();
    assertThat(Glob.of("drafts").matches("news/drafts/a.md")).as("a folder at any depth").isTrue();
    assertThat(Glob.of("drafts/").matches("drafts/a.md")).isTrue();
  }

  @Test
  void aPatternWithASlashIsAnchored() {
    assertThat(Glob.of("drafts/*.md").matches("drafts/a.md")).isTrue();
    assertThat(Glob.of("drafts/*.md").matches("news/drafts/a.md")).isFalse();
    assertThat(Glob.of("drafts/*.md").matches("drafts/x/a.md")).as("* stays in one name").isFalse();
    assertThat(Glob.of("/drafts").matches("drafts/x/a.md")).isTrue();
    assertThat(Glob.of("/drafts").matches("news/drafts/a.md")).isFalse();
  }

  @Test
  void doubleStarCrossesFolders() {
    assertThat(Glob.of("drafts/**").matches("drafts/x/y/a.md")).isTrue();
    assertThat(Glob.of("**/wire/*.json").matches("wire/a.json")).isTrue();
    assertThat(Glob.of("**/wire/*.json").matches("2024/05/wire/a.json")).isTrue();
    assertThat(Glob.of("opinion/**/*.md").matches("opinion/a.md")).isTrue();
    assertThat(Glob.of("opinion/**/*.md").matches("opinion/x/a.md")).isTrue();
    assertThat(Glob.of("opinion/**/*.md").matches("opinion/x/a.html")).isFalse();
  }

  @Test
  void classesAlternativesAndLiterals() {
    assertThat(Glob.of("*.{md,txt}").matches("a.txt")).isTrue();
    assertThat(Glob.of("*.{md,txt}").matches("a.html")).isFalse();
    assertThat(Glob.of("draft-[0-9].md").matches("draft-7.md")).isTrue();
    assertThat(Glob.of("draft-[!0-9].md").matches("draft-7.md")).isFalse();
    assertThat(Glob.of("a?.md").matches("ab.md")).isTrue();
    assertThat(Glob.of("a+b (1).md").matches("a+b (1).md")).as("regex characters are literal").isTrue();
    assertThat(Glob.of("a.md").matches("aXmd")).isFalse();
  }

  @Test
  void badPatternsSayWhy() {
    assertThatThrownBy(() -> Glob.of("  ")).hasMessageContaining("empty pattern");
    assertThatThrownBy(() -> Glob.of("a[bc")).hasMessageContaining("'[' without ']'");
    assertThatThrownBy(() -> Glob.of("{a,b")).hasMessageContaining("'{' without '}'");
    assertThatThrownBy(() -> Glob.of("a}")).hasMessageContaining("'}' without '{'");
    assertThatThrownBy(() -> Glob.of("/")).hasMessageContaining("names no file");
  }

  @Test
  void aBackwardRangeIsAnErrorOfTheGlobNotOfARegularExpression() {
    // found by PolicyFuzzTest: the class went to the regex compiler as written, whose error spans three lines
    assertThatThrownBy(() -> Glob.of("[z-a]")).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("the range 'z-a' in '[z-a]' runs backwards; expected a range such as [a-z]");
    assertThat(Glob.of("[a-]").matches("-")).as("a '-' at either end is literal").isTrue();
    assertThat(Glob.of("[-a]").matches("-")).isTrue();
    assertThat(Glob.of("[!-a]").matches("b")).isTrue();
    assertThat(Glob.of("[\uD83D\uDE00x].md").matches("\uD83D\uDE00.md")).as("a class member outside the BMP")
        .isTrue();
  }
}
