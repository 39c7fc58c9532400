package org.copydesk.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.article.Span;
import org.copydesk.rules.claims.Figures.Figure;
import org.copydesk.rules.claims.Figures.Kind;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private static Figure one(String text, String language) {
    List<Figure> fs = Figures.find(text, new Span(0, text.length()), language);
    assertThat(fs).as(text).hasSize(1);
    return fs.get(0);
  }

  private static boolean same(String rewrite, String source, String language) {
    return one(rewrite, language).supportedBy(one(source, language));
  }

  @Test
  void oneValueWhateverTheSpelling() {
    assertThat(same("1.5 million people", "1,500,000 people", "en")).isTrue();
    assertThat(same("1.5m people", "1,500,000 people", "en")).isTrue();
    assertThat(same("$23 trillion", "23 trillion dollars", "en")).isTrue();
    assertThat(same("40,3 %", "40.3%", "es")).isTrue();
    assertThat(same("1.500 millones de euros", "€1.5bn", "es")).isTrue();
    assertThat(same("910 Millionen Euro", "910 Mio. Euro", "de")).isTrue();
    assertThat(same("Fifty per cent of", "half of the bill", "en")).isTrue();
    assertThat(same("one in five", "20%", "en")).isTrue();
    assertThat(same("a quarter of", "25%", "en")).isTrue();
    assertThat(same("1.4 gigawatts", "1,400 MW", "en")).isTrue();
    assertThat(same("more than double the", "more than twice the", "en")).isTrue();
    assertThat(same("0.25 percentage points", "a quarter of a percentage point", "en")).isTrue();
    assertThat(same("25 basis points", "0.25 percentage points", "en")).isTrue();
    assertThat(same("half a point", "0.5 percentage points", "en")).isTrue();
    assertThat(same("1 500 000 personnes", "1,5 million de personnes", "fr")).isTrue();
  }

  @Test
  void differentValuesAndKindsDiffer() {
    assertThat(same("1.5 billion", "1.5 million", "en")).isFalse();
    assertThat(same("40%", "40 countries", "en")).isFalse();
    assertThat(same("$5 million", "€5 million", "en")).isFalse();
    assertThat(same("1.4 gigawatts", "1.4 kilometres", "en")).isFalse();
    assertThat(same("a quarter of", "27%", "en")).isFalse();
  }

  @Test
  void roundingAndHedges() {
    assertThat(same("40%", "40.3%", "en")).isTrue();
    assertThat(same("about 40%", "43%", "en")).isTrue();
    assertThat(same("more than 40%", "40.3%", "en")).isTrue();
    assertThat(same("more than 40%", "39%", "en")).isFalse();
    assertThat(same("nearly a third of", "23.4%", "en")).isFalse();
    assertThat(same("nearly a third of", "32%", "en")).isTrue();
    assertThat(same("45%", "40.3%", "en")).isFalse();
    assertThat(same("1.5 million", "1,523,000", "en")).isTrue();
  }

  @Test
  void decimalSeparatorsFollowTheLanguage() {
    assertThat(one("1,5", "en").value()).isEqualTo(1.5);
    assertThat(one("1,500", "en").value()).isEqualTo(1500);
    assertThat(one("1,500", "de").value()).isEqualTo(1.5);
    assertThat(one("1.500", "de").value()).isEqualTo(1500);
    assertThat(one("1,234", "en").alternative()).isEqualTo(1.234);
    assertThat(one("15,000", "en").alternative()).isNaN();
    assertThat(one("2 billion", "fr").value()).isEqualTo(2e12);
    assertThat(one("2 billion", "en").value()).isEqualTo(2e9);
  }

  @Test
  void kindsOfFigures() {
    assertThat(one("in 2024", "en").kind()).isEqualTo(Kind.YEAR);
    assertThat(one("on 12 March", "en").kind()).isEqualTo(Kind.DATE);
    assertThat(one("the 24th summit", "en").kind()).isEqualTo(Kind.ORDINAL);
    assertThat(one("at 10:30", "en").kind()).isEqualTo(Kind.TIME);
    assertThat(one("2,000 people", "en").kind()).isEqualTo(Kind.COUNT);
    assertThat(one("3 percentage points", "en").kind()).isEqualTo(Kind.POINTS);
    assertThat(Figures.find("COVID-19 and the G20 and 2-1", new Span(0, 28), "en")).isEmpty();
  }

  @Test
  void aRewriteMayRoundButNotAddPrecision() {
    assertThat(same("40%", "40.3%", "en")).isTrue();
    assertThat(same("1.5 million residents", "1,523,000 residents", "en")).isTrue();
    assertThat(same("40.4%", "40%", "en")).isFalse();
    assertThat(same("$1.6 billion", "$2 billion", "en")).isFalse();
    assertThat(same("3.4 million residents", "3 million residents", "en")).isFalse();
  }

  @Test
  void hedgesPointingOppositeWaysDisagree() {
    assertThat(same("over 40%", "more than 40%", "en")).isTrue();
    assertThat(same("under 40%", "more than 40%", "en")).isFalse();
    assertThat(same("nearly 40%", "more than 40%", "en")).isFalse();
    assertThat(same("as much as $1 billion", "up to $1 billion", "en")).isTrue();
    assertThat(one("as many as 500 people", "en").direction()).isEqualTo(Figures.Direction.DOWN);
  }

  @Test
  void percentagePointsAreNotPercent() {
    assertThat(same("2%", "2 percentage points", "en")).isFalse();
    assertThat(same("0.25%", "25 basis points", "en")).isFalse();
    assertThat(same("2 points de pourcentage", "2 percentage points", "fr")).isTrue();
  }

  @Test
  void unitsJoinedByAHyphenOrSingular() {
    assertThat(one("a 42-kilometre line", "en").kind()).isEqualTo(Kind.MEASURE);
    assertThat(same("a 42-kilometre line", "42 km", "en")).isTrue();
    assertThat(same("a 330-metre tower", "330 metres", "en")).isTrue();
    assertThat(same("a 10-mile route", "16 km", "en")).isTrue();
  }
}
