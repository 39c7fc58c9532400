package org.copydesk.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Claim;
import org.copydesk.report.Report;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class InconsistentFigureTest {
  @Test
  void flagsOneQuantityGivenTwoValues() {
    RuleTester.of(new InconsistentFigure())
        .expect("Plant\n\nThe new plant will create <<4,200>> jobs in the valley. Local officials welcomed the "
            + "4,800 jobs the plant will bring to the valley.")
        .expect("Fábrica\n\nLa fábrica dará empleo a <<1.200>> trabajadores en la comarca. El alcalde celebró "
            + "los 1.900 trabajadores que tendrá la fábrica.")
        .expect("Usine\n\nL'usine emploie <<2 300>> salariés dans la région. La direction veut garder les "
            + "2 900 salariés de l'usine.")
        .check();
  }

  @Test
  void flagsArithmeticThatCannotHold() {
    RuleTester.of(new InconsistentFigure())
        .expect("Strike\n\n<<Some 5,000>> of the 3,000 staff at the plant joined the strike.")
        .expect("Poll\n\nThe survey found that <<120%>> of voters want a referendum.")
        .expect("Poll\n\nThe survey found that <<55%>> of voters back the plan and 52% of voters oppose it.")
        .expect("Umfrage\n\nLaut der Umfrage sind <<58 Prozent>> der Befragten dafür und 49 Prozent der Befragten "
            + "dagegen.")
        .check();
  }

  @Test
  void staysQuietOnFiguresThatCanAllBeRight() {
    RuleTester.of(new InconsistentFigure())
        .expectNothing("Plant\n\nThe new plant will create 4,200 jobs in the valley. It replaces a mill that had "
            + "1,900 jobs in 2010.")
        .expectNothing("Plant\n\nThe plant will create more than 4,200 jobs in the valley. Officials in the "
            + "valley expect 4,800 jobs at the plant.")
        .expectNothing("Jobs\n\nThe plant has 4,200 jobs. The region lost 4,800 jobs in the recession.")
        .expectNothing("Vote\n\nTurnout was 65%, and 52% of voters backed the plan.")
        .expectNothing("Poll\n\nSome 45% of voters back the plan, 40% of voters oppose it and 15% of voters are "
            + "undecided.")
        .expectNothing("Staff\n\nAbout 1,200 of the 3,000 staff joined the strike.")
        .expectNothing("Debt\n\nPublic debt reached 120% of GDP last year.")
        .expectNothing("Sales\n\nSales rose from 4,200 cars to 4,800 cars.")
        .check();
  }

  @Test
  void marksBothClaimsConflictingWithANoteNamingTheOther() throws Exception {
    Report r = Copydesk.builder().build().audit(Articles.parse("Plant\n\nThe new plant will create 4,200 jobs in "
        + "the valley, the company said. Local officials welcomed the 4,800 jobs the plant will bring to the "
        + "valley.", Format.TEXT, "t"));
    assertThat(r.claims()).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(Claim.Status.CONFLICTING));
    assertThat(r.claims().get(0).note()).contains("4,800");
    assertThat(r.claims().get(0).attribution()).isEqualTo("the company said");
    assertThat(r.claims().get(1).note()).contains("4,200");
  }

  @Test
  void theDocumentedExamplesBehaveAsDocumented() throws Exception {
    for (RuleDescriptor.Example e : new InconsistentFigure().descriptor().examples()) {
      long n = Copydesk.builder().build().audit(Articles.parse("Example\n\n" + e.text(), Format.TEXT, "t"))
          .findings().stream().filter(f -> f.ruleId().equals(InconsistentFigure.ID)).count();
      assertThat(n > 0).as(e.text()).isEqualTo(e.flagged());
    }
  }
}
