package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.Span;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  private static List<Quantity> quantities(Article a) {
    return new Analysis(a).quantities();
  }

  private static Article article(String text) throws Exception {
    return Articles.parse(text, Format.TEXT, "t");
  }

  @Test
  void hedgedPercentIncludesTheHedge() throws Exception {
    Article a = article("The SCO represents more than 40% of the world\u2019s population.");
    Quantity q = quantities(a).get(0);
    assertThat(q.kind()).isEqualTo(Quantity.Kind.PERCENT);
    assertThat(a.text(q.span())).isEqualTo("more than 40%");
    assertThat(q.span()).isEqualTo(new Span(19, 32));
    assertThat(q.value()).isEqualTo(40.0);
    assertThat(q.unit()).isEqualTo("%");
    assertThat(q.hedge()).isEqualTo("more than");
    assertThat(q.isHedged()).isTrue();
    assertThat(q.sentence()).isZero();
    assertThat(quantities(a)).hasSize(1);
  }

  @Test
  void moneyWithScaleWords() throws Exception {
    Article a = article("The debt is $23 trillion. The fund holds \u20ac1.2bn. A fee of 500 euros applies.");
    List<Quantity> qs = quantities(a);
    assertThat(qs).extracting(Quantity::kind, q -> a.text(q.span()), Quantity::value, Quantity::unit).containsExactly(
        tuple(Quantity.Kind.MONEY, "$23 trillion", 2.3e13, "$"),
        tuple(Quantity.Kind.MONEY, "\u20ac1.2bn", 1.2e9, "\u20ac"),
        tuple(Quantity.Kind.MONEY, "500 euros", 500.0, "euros"));
    assertThat(qs).extracting(Quantity::sentence).containsExactly(0, 1, 2);
    assertThat(qs.get(0).isHedged()).isFalse();
  }

  @Test
  void countsYearsOrdinalsScoresAndTimes() throws Exception {
    Article a = article("In 2024, 1,200 people and ten nations joined. The 2024-2025 season was their 24th."
        + " They won 2-1 at 10:30 on Sunday.");
    assertThat(quantities(a)).extracting(Quantity::kind, q -> a.text(q.span()), Quantity::value).containsExactly(
        tuple(Quantity.Kind.YEAR, "2024", 2024.0),
        tuple(Quantity.Kind.COUNT, "1,200", 1200.0),
        tuple(Quantity.Kind.COUNT, "ten", 10.0),
        tuple(Quantity.Kind.YEAR, "2024-2025", 2024.0),
        tuple(Quantity.Kind.ORDINAL, "24th", 24.0),
        tuple(Quantity.Kind.SCORE, "2-1", 0.0),
        tuple(Quantity.Kind.TIME, "10:30", 0.0));
  }

  @Test
  void hedgedCountKeepsItsHedge() throws Exception {
    Article a = article("Officials said about 1,200 people came.");
    Quantity q = quantities(a).get(0);
    assertThat(q.kind()).isEqualTo(Quantity.Kind.COUNT);
    assertThat(a.text(q.span())).isEqualTo("about 1,200");
    assertThat(q.hedge()).isEqualTo("about");
    assertThat(q.value()).isEqualTo(1200.0);
  }

  @Test
  void percentSpelledOut() throws Exception {
    Article a = article("Growth was 3.5 percent last year.");
    assertThat(quantities(a)).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Quantity.Kind.PERCENT);
      assertThat(a.text(q.span())).isEqualTo("3.5 percent");
      assertThat(q.value()).isEqualTo(3.5);
    });
  }

  @Test
  void spansRefersToTheArticleText() throws Exception {
    Article a = article("Budget Talks\n\nSpending rose by nearly $4 million this year.");
    Quantity q = quantities(a).get(0);
    assertThat(a.text(q.span())).isEqualTo("nearly $4 million");
    assertThat(q.value()).isEqualTo(4e6);
    assertThat(a.sourceMap().start(q.span().start()).toString()).isEqualTo("3:18");
  }

  @Test
  void dotsThatCanOnlyGroupThousandsWhenTheLanguageIsUnknown() throws Exception {
    // one short sentence: too few words to tell its language
    Article a = article("Rund 1.300 Kutter.");
    assertThat(new Analysis(a).language()).isEqualTo("und");
    assertThat(quantities(a)).extracting(Quantity::value).containsExactly(1300.0);
    // a group that does not end in zero stays a decimal; so does any figure in an English article
    assertThat(quantities(article("Rund 1.234 Kutter."))).extracting(Quantity::value).containsExactly(1.234);
    assertThat(quantities(article("The rod measured 1.300 metres after the engineers cut it down to size in the "
        + "workshop, and it was then sent to the site for the final fitting on the bridge.")))
        .extracting(Quantity::value).containsExactly(1.3);
  }
}
