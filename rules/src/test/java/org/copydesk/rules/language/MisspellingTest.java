package org.copydesk.rules.language;

import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MisspellingTest {
  @Test
  void flagsListedMisspellingsOnly() {
    RuleTester.of(new Misspelling())
        .expect("Budget\n\nThe <<goverment>> said it would <<recieve>> the report on Monday.")
        .expectNothing("Budget\n\nThe government said it would receive the report on Monday.")
        .check();
  }

  @Test
  void keepsTheCaseOfTheWordInItsSuggestion() {
    org.assertj.core.api.Assertions.assertThat(NameTypo.matchCase("government", "Goverment"))
        .isEqualTo("Government");
    org.assertj.core.api.Assertions.assertThat(NameTypo.matchCase("government", "GOVERMENT"))
        .isEqualTo("GOVERNMENT");
  }
}
