package org.copydesk.rules.language;

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
}
