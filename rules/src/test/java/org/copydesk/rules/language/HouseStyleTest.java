package org.copydesk.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;
import org.copydesk.report.Policy;
import org.copydesk.report.Report;
import org.copydesk.rule.HouseLexicon;
import org.copydesk.rule.RulePack;
import org.copydesk.rule.Suggestion;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HouseStyleTest {
  private static final HouseLexicon HOUSE = HouseLexicon.of(List.of("E-Mail Express"),
      Map.of("e-mail", "email", "per cent", "percent", "Covid", "COVID-19", "cent", "penny"));

  @Test
  void flagsWrongFormsAsWholeWordsInAnyCaseWhenWrittenInLowerCase() {
    RuleTester.of(new HouseStyle()).lexicon(HOUSE)
        .expect("Contact\n\nSend an <<e-mail>> to the desk. <<E-mail>> is read daily; <<E-MAIL>> us.")
        .expect("Rates\n\nPrices rose 4 <<per\ncent>> this year and 3 <<per cent>> last year.")
        .expect("Health\n\nThe <<Covid>> ward reopened.")
        .check();
  }

  @Test
  void leavesOtherFormsPartsOfWordsAndHouseTermsAlone() {
    RuleTester.of(new HouseStyle()).lexicon(HOUSE)
        .expectNothing("Contact\n\nSend an email to the desk; e-mails are read daily.")
        .expectNothing("Health\n\nThe covid ward and the COVID ward reopened.")
        .expectNothing("Business\n\nE-Mail Express, a courier, was sold.")
        .expectNothing("Rates\n\nPrices rose 4 percent; the centre was open.")
        .check();
  }

  @Test
  void reportsNothingWithoutCorrections() {
    RuleTester.of(new HouseStyle())
        .expectNothing("Contact\n\nSend an e-mail to the desk, 4 per cent of the time.")
        .check();
  }

  @Test
  void suggestsTheHouseFormInTheCaseOfTheText() throws Exception {
    Policy policy = Policy.defaults().withLexicon(HOUSE);
    Copydesk c = Copydesk.builder().policy(policy).addPack(pack(new HouseStyle())).build();
    Report r = c.audit("Contact\n\nE-mail the desk. Rates rose 4 per cent.", Format.TEXT, "a.txt");
    assertThat(r.findings()).extracting(Finding::excerpt).containsExactly("E-mail", "per cent");
    assertThat(r.findings()).extracting(f -> f.suggestions().get(0)).extracting(Suggestion::replacement)
        .containsExactly("Email", "percent");
    assertThat(r.findings().get(0).message()).isEqualTo("house style: \"E-mail\" is written \"Email\"");
  }

  @Test
  void theLanguageRulesLeaveHouseWordsAlone() {
    HouseLexicon lexicon = HouseLexicon.of(List.of("Sacred Shrinks", "Recieve"), Map.of("goverment", "gov't"));
    RuleTester.of(new NameTypo()).lexicon(lexicon)
        .expectNothing("Pilgrims\n\nThousands of pilgrims walked the Sacred Shrinks Route this week.")
        .expect("Vote\n\nThe resolution was adopted at the <<Untied>> Nations General Assembly on Tuesday.")
        .check();
    RuleTester.of(new Misspelling()).lexicon(lexicon)
        .expectNothing("Budget\n\nThe goverment said it would recieve the report on Monday.")
        .expect("Budget\n\nThe department said it would <<adress>> the report on Monday.")
        .check();
  }

  private static RulePack pack(HouseStyle rule) {
    return new RulePack() {
      @Override
      public String name() {
        return "test";
      }

      @Override
      public String version() {
        return "0";
      }

      @Override
      public List<org.copydesk.rule.Rule> rules() {
        return List.of(rule);
      }
    };
  }
}
