package org.copydesk.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.copydesk.rule.RulePack;
import org.copydesk.rule.Suggestion;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MisspellingTest {
  /** A sentence of English function words, so that a short case is detected as English. */
  private static final String ENGLISH = " It was the first of its kind, and it will not be the last, officials said.";

  @Test
  void flagsNonWordsInEachCheckedLanguage() {
    RuleTester.of(new Misspelling())
        .expect("Budget\n\nThe <<goverment>> said it would <<recieve>> the report on Monday.")
        .expect("Show\n\nThe pieces looked like huge pieces of <<jewerly>> in the window of the shop.")
        .expect("Presupuesto\n\nEl <<gobeirno>> dijo que el informe llegará el lunes a la comisión.")
        .expect("Budget\n\nLe <<gouvernemnt>> a annoncé que le rapport sera publié lundi.")
        .expect("Orçamento\n\nO <<govrno>> afirmou que o relatório será publicado na segunda-feira.")
        .check();
  }

  @Test
  void acceptsBritishAndAmericanSpellings() {
    RuleTester.of(new Misspelling())
        .expectNothing("Design\n\nThe colour of the programme was chosen by the organisation.")
        .expectNothing("Design\n\nThe color of the program was chosen by the organization.")
        .check();
  }

  /** Each negative has a positive twin: the same misspelling in plain prose is reported. */
  @Test
  void leavesNamesCodeLinksAndOtherLanguagesAlone() {
    RuleTester.of(new Misspelling())
        .expect("Budget\n\nThe minister will <<recieve>> the report on Monday." + ENGLISH)
        .expectNothing("Budget\n\nThe minister, Recieve Tokaev, got the report on Monday." + ENGLISH) // a name
        .expectNothing("Budget\n\nThe RECIEVE unit got the report on Monday." + ENGLISH) // an acronym
        .expectNothing("Budget\n\nThe report is at www.recieve.com on Monday." + ENGLISH)
        .expectNothing("Budget\n\nThe report is sent from desk@recieve.org on Monday." + ENGLISH)
        .expectNothing("Budget\n\nFollow @recieve for the report on Monday." + ENGLISH)
        .expectNothing("Budget\n\nFollow #recieve for the report on Monday." + ENGLISH)
        .expectNothing("Budget\n\nCall recieve() in the script on Monday." + ENGLISH)
        .expectNothing("Budget\n\nCall recieve_report in the script on Monday." + ENGLISH)
        .expectNothing("Budget\n\nCall recieve2 in the script on Monday." + ENGLISH)
        .expectNothing("Budget\n\nThe minister will recieve the report on Monday and recieve the reply too."
            + ENGLISH) // used twice: probably right
        .expectNothing("Budget\n\nThe minister said “dijo que el gobierno recieve la reforma” on Monday."
            + ENGLISH) // another language
        .expectNothing("Budget\n\nThe minister called it a “recieve” on Monday." + ENGLISH) // a term introduced
        .expect("Budget\n\nThe minister will get a <<recieve>>-style report on Monday." + ENGLISH)
        .expectNothing("Budget\n\nThe minister will get a well-known report on Monday." + ENGLISH)
        .expectNothing("Budget\n\nThe teh report came on Monday." + ENGLISH) // too short to tell
        .check();
  }

  @Test
  void leavesCompoundsLoanwordsAndUnknownNamesAlone() {
    RuleTester.of(new Misspelling())
        .expectNothing("Space\n\nThe uncrewed flight and the fanbase both grew on Monday." + ENGLISH)
        .expectNothing("Space\n\nThe crowd arrived en masse on Monday." + ENGLISH)
        .expectNothing("Health\n\nBacteria such as Liberibacter colli carry the receptor." + ENGLISH)
        .expect("Health\n\nBacteria such as these <<colli>> carry the receptor." + ENGLISH)
        .check();
  }

  @Test
  void leavesSentencesInLanguagesWithoutADictionaryAlone() {
    RuleTester.of(new Misspelling())
        .expectNothing("Presupuesto\n\nEl gobierno dijo que la reforma llegará el lunes a la comisión. Kita harus "
            + "hati terhadap aliran yang menanamkan kebencian sehingga akhirnya membantai kaum.")
        .expect("Presupuesto\n\nEl gobierno dijo que la reforma llegará el lunes a la comisión. La comisión "
            + "debe <<estudair>> la reforma con cuidado y sin prisa.")
        .check();
  }

  @Test
  void leavesGermanAlone() {
    RuleTester.of(new Misspelling())
        .expectNothing("Haushalt\n\nDie Regirung hat gesagt, dass sie den Bericht am Montag erhalten wird und nicht "
            + "früher, und die fahrerlose Bahn wurde bergab geschickt.")
        .check();
  }

  @Test
  void suggestsRankedWordsInTheCaseOfTheTextWithAConfidence() {
    Report r = audit("Budget\n\nThe goverment said it would recieve the report on Monday.");
    assertThat(r.findings()).extracting(Finding::excerpt).containsExactly("goverment", "recieve");
    assertThat(r.findings().get(0).suggestions()).extracting(Suggestion::replacement).first()
        .isEqualTo("government");
    assertThat(r.findings().get(1).suggestions()).extracting(Suggestion::replacement).first()
        .isEqualTo("receive");
    assertThat(r.findings().get(0).confidence()).isGreaterThanOrEqualTo(0.75);
    assertThat(r.findings().get(0).message()).contains("\"government\"");
  }

  @Test
  void isLessSureWhenTheBestWordIsTwoEditsAwayOrHasRivals() {
    assertThat(Misspelling.confidence(1, 0)).isGreaterThan(Misspelling.confidence(2, 0));
    assertThat(Misspelling.confidence(1, 0)).isGreaterThan(Misspelling.confidence(1, 1));
    assertThat(Misspelling.confidence(1, 1)).isGreaterThan(Misspelling.confidence(1, 2));
    assertThat(Misspelling.confidence(2, 9)).isGreaterThanOrEqualTo(0.4);
  }

  @Test
  void keepsTheCaseOfTheWordInItsSuggestion() {
    assertThat(NameTypo.matchCase("government", "Goverment")).isEqualTo("Government");
    assertThat(NameTypo.matchCase("government", "GOVERMENT")).isEqualTo("GOVERNMENT");
  }

  private static Report audit(String text) {
    RulePack pack = new RulePack() {
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
        return List.of(new Misspelling());
      }
    };
    try {
      return Copydesk.builder().addPack(pack).build().audit(text, Format.TEXT, "a.txt");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
