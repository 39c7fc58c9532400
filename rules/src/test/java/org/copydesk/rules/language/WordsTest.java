package org.copydesk.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  /** A short non-word's suggestions, searched once (about ten milliseconds) and then remembered. */
  @Test
  void remembersTheSuggestionsForANonWord() {
    Words en = Dictionaries.words("en");
    var first = en.suggestions("govt");
    assertThat(first).contains("got", "gov", "gout").doesNotContain("govt");
    assertThat(en.suggestions("govt")).isSameAs(first);
    assertThat(en.suggestions("recieve")).startsWith("receive");
  }
}
