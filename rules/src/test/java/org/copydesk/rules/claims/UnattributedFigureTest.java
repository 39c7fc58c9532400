package org.copydesk.rules.claims;

import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnattributedFigureTest {
  @Test
  void flagsStatisticsWithoutASource() {
    RuleTester.of(new UnattributedFigure())
        .expect("Turnout\n\nTurnout rose to <<more than 60%>> this year.")
        .expect("Bridge\n\nThe new bridge will cost <<€1.2bn>> and open in 2028.")
        .expect("Rally\n\n<<About 3,000>> people attended the rally in the main square.")
        .expect("Jobs\n\nThe company now employs <<12,500>> people across the region.")
        .expect("Trade\n\nTrade between the two countries reached <<$4.5 billion>> last year.")
        .check();
  }

  @Test
  void staysQuietOnAttributedAndOrdinaryNumbers() {
    RuleTester.of(new UnattributedFigure())
        .expectNothing("Turnout\n\nTurnout rose to more than 60%, the electoral board said.")
        .expectNothing("Village\n\nAccording to the census, 1,200 people live in the village.")
        .expectNothing("Council\n\nThe council approved 25 strategic documents in 2024.")
        .expectNothing("Derby\n\nRovers won 2-1 with a header in the 88th minute at 9:45 pm.")
        .expectNothing("Prices\n\n“Prices rose 4% in a single month,” the minister told parliament.")
        .expectNothing("Study\n\nThe study found that 40% of participants improved. It also noted that 12% got "
            + "worse.")
        .expectNothing("Inflation hits 4%\n\nPrices kept rising in the spring, the statistics office said.")
        .check();
  }
}
