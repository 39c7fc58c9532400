package org.copydesk.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NameTypoTest {
  @Test
  void flagsRealWordsThatBreakInstitutionalNames() {
    RuleTester.of(new NameTypo())
        .expect("Vote\n\nThe resolution was adopted at the <<Untied>> Nations General Assembly on Tuesday.")
        .expect("Rates\n\nOfficials at the Federal <<Reverse>> Bank of New York said rates would hold.")
        .expect("Pilgrims\n\nThousands of pilgrims walked the Sacred <<Shrinks>> Route this week.")
        .check();
  }

  @Test
  void staysQuietOnCorrectNamesInflectionsAndOrdinaryNames() {
    RuleTester.of(new NameTypo())
        .expectNothing("Heritage\n\nThe Spiritual Shrines of the SCO States project was launched in Astana.")
        .expectNothing("Schools\n\nThe Westmoor Parents' Forum said it supported the ban.")
        .expectNothing("Markets\n\nRachel Kim, an analyst at Harbor Point Securities, said the results were strong.")
        .expectNothing("Sport\n\nThe Los Angeles Lakers beat the Boston Celtics on Friday.")
        .expectNothing("Rates\n\nThe Federal Reserve and the United Nations issued statements.")
        .check();
  }

  @Test
  void titleCaseAgreesWithItsDefinitionInRegularExpressions() {
    assertThat(NameTypo.titleCase("Spiritual Shrines of the SCO States")).isTrue();
    assertThat(NameTypo.titleCase("The council approved the budget")).isFalse();
    Random r = new Random(3);
    int[] cps = "aB Éé\t\n-'1\uD835\uDC00\uD801\uDC00xYZ".codePoints().toArray();
    for (int round = 0; round < 5000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = r.nextInt(30); i < n; i++) {
        sb.appendCodePoint(cps[r.nextInt(cps.length)]);
      }
      String text = sb.toString();
      assertThat(NameTypo.titleCase(text)).as(text).isEqualTo(reference(text));
    }
  }

  /** The definition: split at whitespace, drop what is not a letter, count words of four or more letters. */
  private static boolean reference(String text) {
    int words = 0;
    int caps = 0;
    for (String w : Pattern.compile("\\s+").split(text)) {
      String clean = w.replaceAll("[^\\p{L}]", "");
      if (clean.length() >= 4) {
        words++;
        if (Character.isUpperCase(clean.charAt(0))) {
          caps++;
        }
      }
    }
    return words >= 2 && caps >= words * 0.8;
  }

  @Test
  void aFirstLetterChangedIsASlipOnlyInAWholeName() {
    RuleTester.of(new NameTypo())
        .expect("Relief\n\nVolunteers from the Red <<Gross>> handed out blankets at the station on Monday.")
        .expect("Holiday\n\nTourists crowded onto the Great <<Ball>> of China at Badaling over the holiday.")
        .check();
    // "Red Cross", "Cold War" and "Great Wall" are entries, but here they are part of longer names
    RuleTester.of(new NameTypo())
        .expectNothing("Clinic\n\nThe Maple Red Gross Clinic reopened on Friday after repairs.")
        .expectNothing("Film\n\nShe works at Gold War Studios in Leeds.")
        .expectNothing("Dance\n\nThe Great Ball Trust said the dance would go ahead.")
        .expectNothing("Clinic\n\nThe McNeil Red Gross Clinic reopened on Friday after repairs.")
        .check();
    // a lower-case term keeps its first letter: "dross" is no slip for "gross"
    RuleTester.of(new TermTypo())
        .expectNothing("Economy\n\nThe figures showed a fall in dross domestic product for the second quarter.")
        .check();
    assertThat(RealWords.firstLetterFits("mall", "wall", true, true)).isTrue();
    assertThat(RealWords.firstLetterFits("mall", "wall", true, false)).isFalse();
    assertThat(RealWords.firstLetterFits("mall", "wall", false, true)).isFalse();
    assertThat(RealWords.firstLetterFits("malls", "wall", true, true)).isFalse();
    assertThat(RealWords.firstLetterFits("pace", "space", false, false)).isTrue();
    assertThat(RealWords.firstLetterFits("unclear", "nuclear", false, false)).isTrue();
    boolean[] capital = {true, true, true, true, false};
    boolean[] content = {true, true, true, true, true};
    assertThat(RealWords.wholeName(capital, content, 1, 3)).isFalse(); // "Berrien [County Health] Department"
    assertThat(RealWords.wholeName(capital, content, 0, 4)).isTrue();
    content[0] = false; // "The [World Wealth Organization] declared"
    assertThat(RealWords.wholeName(capital, content, 1, 4)).isTrue();
  }

  @Test
  void twoOneLetterConsonantEndingsAreTwoWordsNotADerivation() {
    // "greed" and "green" share "gree" and end in "d" and "n": no suffix makes one of the other
    assertThat(RealWords.derivation("greed", "green")).isFalse();
    assertThat(RealWords.derivation("senate", "senator")).isTrue();
    assertThat(RealWords.derivation("stone", "stony")).isTrue();
    RuleTester.of(new NameTypo())
        .expect("Vote\n\nThe <<Greed>> Party doubled its number of councillors in the city on Thursday.")
        .check();
  }
}
