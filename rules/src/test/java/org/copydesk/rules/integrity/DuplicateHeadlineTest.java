package org.copydesk.rules.integrity;

import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DuplicateHeadlineTest {
  private static final String BODY = "\n\nThe council approved the plan on Tuesday after a long debate, and officials "
      + "said the new rules would take effect in April across the whole district.";

  @Test
  void flagsASecondHeadlineThatRestatesTheFirst() {
    RuleTester.of(new DuplicateHeadline())
        .expect("Kazakhstan's SCO Chairmanship: Milestones and Future Prospects\n\n<<Kazakhstan Successfully Concludes "
            + "Chairmanship of Shanghai Cooperation Organization, Hands Over to China>>" + BODY)
        .expect("Council Approves New Parking Rules for District\n\n<<District Council Approves Parking Rules After "
            + "Long Debate>>" + BODY)
        .check();
  }

  @Test
  void staysQuietOnStandfirstsBylinesAndSubheadings() {
    RuleTester.of(new DuplicateHeadline())
        .expectNothing("Council Approves New Parking Rules\n\nResidents will pay for permits from April, and "
            + "visitors get two free hours." + BODY)
        .expectNothing("Council Approves New Parking Rules\n\nBy Maria Lopez, City Hall reporter" + BODY)
        .expectNothing("Council Approves New Parking Rules\n\nWhat Happens Next" + BODY)
        .expectNothing("The Latest: Man stabbed on Bay Area train\n\nHAYWARD, Calif. (AP) — The Latest on a stabbing on a "
            + "Bay Area train" + BODY)
        .expectNothing("Ferry fares to rise 6% in April\n\nIsland councillors ask operator to freeze season tickets"
            + BODY)
        .check();
  }
}
