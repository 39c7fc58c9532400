package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.junit.jupiter.api.Test;

class NamesTermsLanguageTest {

  private static Article article(String text) throws Exception {
    return Articles.parse(text, Format.TEXT, "t");
  }

  @Test
  void nameSequencesWithConnectors() throws Exception {
    Article a = article("Leaders of the Shanghai Cooperation Organization met officials from the Bank of England."
        + " Bank of England officials left early.");
    Analysis an = new Analysis(a);
    assertThat(an.names()).extracting(n -> a.text(n.span()), NameSequence::sentenceInitial).containsExactly(
        tuple("Leaders of the Shanghai Cooperation Organization", true),
        tuple("Bank of England", false),
        tuple("Bank of England", true));
    assertThat(an.names().get(1).words()).extracting(Token::text).containsExactly("Bank", "England");
    assertThat(an.names().get(0).words()).extracting(Token::text)
        .containsExactly("Leaders", "Shanghai", "Cooperation", "Organization");
  }

  @Test
  void nameInsideASentence() throws Exception {
    Article a = article("Delegates said the Shanghai Cooperation Organization had grown.");
    Analysis an = new Analysis(a);
    assertThat(an.names()).singleElement().satisfies(n -> {
      assertThat(a.text(n.span())).isEqualTo("Shanghai Cooperation Organization");
      assertThat(n.sentenceInitial()).isFalse();
      assertThat(n.words()).hasSize(3);
    });
  }

  @Test
  void quotedOpeningIsSentenceInitial() throws Exception {
    Article a = article("\u201cNew Delhi will host it,\u201d the minister said.");
    Analysis an = new Analysis(a);
    assertThat(an.names()).singleElement().satisfies(n -> {
      assertThat(a.text(n.span())).isEqualTo("New Delhi");
      assertThat(n.sentenceInitial()).isTrue();
    });
  }

  @Test
  void singleCapitalisedWordsAndTrailingConnectorsAreNotNames() throws Exception {
    Article a = article("Delegates met in Paris and the talks of the day ended.");
    assertThat(new Analysis(a).names()).isEmpty();
  }

  @Test
  void termStats() throws Exception {
    Article a = article("The budget vote failed. The Budget was late, and the budget office said so.");
    TermStats t = new Analysis(a).terms();
    assertThat(t.count("budget")).isEqualTo(3);
    assertThat(t.count("the")).isZero(); // stop word
    assertThat(t.count("so")).isZero(); // too short
    assertThat(t.count("vote")).isEqualTo(1);
    assertThat(t.counts()).containsOnlyKeys("budget", "vote", "failed", "late", "office");
    assertThat(t.total()).isEqualTo(7);
  }

  @Test
  void detectsEnglish() throws Exception {
    assertThat(new Analysis(article("The president of the commission said that prices rose in March and that "
        + "inflation was stable for the families.")).language()).isEqualTo("en");
  }

  @Test
  void detectsSpanish() throws Exception {
    assertThat(new Analysis(article("El presidente de la comisi\u00f3n dijo que los precios subieron en el mes de "
        + "marzo y que la inflaci\u00f3n se mantuvo estable para las familias.")).language()).isEqualTo("es");
  }

  @Test
  void detectsGerman() throws Exception {
    assertThat(new Analysis(article("Der Pr\u00e4sident der Kommission sagte, dass die Preise im M\u00e4rz "
        + "gestiegen sind und die Inflation f\u00fcr die Familien stabil ist.")).language()).isEqualTo("de");
  }

  @Test
  void tooFewStopWordsIsUndetermined() throws Exception {
    assertThat(new Analysis(article("Budget vote delayed.")).language()).isEqualTo("und");
  }

  @Test
  void declaredLanguageWins() throws Exception {
    Article a = Articles.parse("---\nlanguage: es-MX\n---\nThe president of the commission said that prices rose in "
        + "March and that inflation was stable for the families.\n", Format.MARKDOWN, "t.md");
    assertThat(new Analysis(a).language()).isEqualTo("es");
  }
}
