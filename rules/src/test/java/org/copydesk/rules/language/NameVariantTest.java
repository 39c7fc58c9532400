package org.copydesk.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NameVariantTest {
  @Test
  void flagsTheMinoritySpellingOfOneName() {
    RuleTester.of(new NameVariant())
        .expect("Talks\n\nPresident Kassym-Jomart Tokayev met the envoy on Monday. Tokayev said the talks went "
            + "well, and later <<Tokaev>> thanked him.")
        .expect("War\n\nPresident Volodymyr Zelenskyy spoke on Monday. Zelenskyy said aid was coming, and "
            + "officials said <<Zelensky>> would travel.")
        .check();
  }

  @Test
  void onATieFlagsTheLaterSpelling() {
    RuleTester.of(new NameVariant())
        .expect("History\n\nMikhail Gorbachev ended the Cold War, historians say. In 1991 Mikhail <<Gorbachov>> "
            + "resigned.")
        .check();
  }

  /** The hard case: one or two edits apart, but the first names say these are two people. */
  @Test
  void staysQuietWhenTheFirstNamesDiffer() {
    RuleTester.of(new NameVariant())
        .expect("Court\n\nAshot Mirzoyan filed the case on Monday. Later, Ashot <<Mirzoyev>> told reporters he "
            + "would appeal.")
        .expectNothing("Court\n\nAshot Mirzoyan filed the case on Monday. Later, Farid Mirzoyev told reporters "
            + "he would appeal.")
        .expectNothing("Politics\n\nBoris Johnson spoke first. Later, Ian Johnston, a local councillor, replied "
            + "to Johnson.")
        .expectNothing("Politics\n\nThe minister, Johnson, spoke first. Later the mayor, Johnston, replied.")
        .expect("Politics\n\nBoris Johnson spoke first. Later, Boris <<Johnston>> replied to the mayor.")
        .check();
  }

  @Test
  void staysQuietOnOtherWordsThatLookAlike() {
    RuleTester.of(new NameVariant())
        .expectNothing("Tennis\n\nAustria beat Australia on Monday, and Australia will play again soon.")
        .expectNothing("Kenya\n\nThe Kenyan runner won in Kenya and thanked Kenyan fans.")
        .expectNothing("Family\n\nIvan Petrov and his wife, Anna Petrova, arrived. Petrov spoke first.")
        .expectNothing("War\n\nVolodymyr Zelensky and Olena Zelenska visited Kyiv. Zelensky spoke.")
        .expectNothing("Cast\n\nActors Mario Rossi and Maria Rossi both won awards. Mario thanked the jury.")
        .expectNothing("Parks\n\nThe Grant Park concert moved to the Grand Hotel, organisers said.")
        .expectNothing("Talks\n\nPresident Tokayev met the envoy. Tokayev's office said the talks went well.")
        .check();
  }

  @Test
  void variantsAreCloseSpellingsNotFormsOfOneWord() {
    assertThat(NameVariant.variants("Tokaev", "Tokayev")).isTrue();
    assertThat(NameVariant.variants("Zelensky", "Zelenskyy")).isTrue();
    assertThat(NameVariant.variants("Gorbachov", "Gorbachev")).isTrue();
    assertThat(NameVariant.variants("Lopez", "López")).isTrue();
    assertThat(NameVariant.variants("Kenya", "Kenyan")).isFalse();
    assertThat(NameVariant.variants("Petrov", "Petrova")).isFalse();
    assertThat(NameVariant.variants("Zelensky", "Zelenska")).isFalse();
    assertThat(NameVariant.variants("Mario", "Maria")).isFalse();
    assertThat(NameVariant.variants("Smith", "Smythe")).isFalse(); // two edits in a short name
    assertThat(NameVariant.variants("Biden", "BIDEN")).isFalse();
  }
}
