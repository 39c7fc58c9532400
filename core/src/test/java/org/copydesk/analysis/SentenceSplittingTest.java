package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.Limits;
import org.copydesk.article.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SentenceSplittingTest {

  private static Analysis analyse(String text) throws Exception {
    return new Analysis(Articles.parse(text, Format.TEXT, "t"));
  }

  /** A run of terminators is looked at once, not once per character (a line of dots was quadratic). */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aMillionDotsAreOneSentenceAfterTheTitle() throws Exception {
    String text = "Title\n\n" + ".".repeat(1_000_000) + " x.\n";
    Analysis a = new Analysis(Articles.parse(text, Format.TEXT, "dots.txt",
        Limits.defaults().withMaxLineLength(2_000_000)));
    assertThat(a.sentences()).extracting(x -> x.span().end() - x.span().start()).containsExactly(5, 1_000_003);
  }

  @Test
  void abbreviationsInitialsDecimalsAndQuotes() throws Exception {
    Analysis a = analyse("Mr. Smith met Dr. Jones in the U.S. Capitol on Monday. J. Smith said growth was 3.5 percent."
        + " \"It is over,\" he said. \"We won.\" Then they left! Why? Nobody knows\u2026 Really.");
    assertThat(a.sentences()).extracting(Sentence::text).containsExactly(
        "Mr. Smith met Dr. Jones in the U.S. Capitol on Monday.",
        "J. Smith said growth was 3.5 percent.",
        "\"It is over,\" he said.",
        "\"We won.\"",
        "Then they left!",
        "Why?",
        "Nobody knows\u2026",
        "Really.");
  }

  @Test
  void sentenceSpansAndIndexes() throws Exception {
    Analysis a = analyse("Prices rose. Wages fell.\n\nSecond paragraph here.");
    assertThat(a.sentences()).hasSize(3);
    Sentence second = a.sentences().get(1);
    assertThat(second.index()).isEqualTo(1);
    assertThat(second.blockIndex()).isEqualTo(0);
    assertThat(second.span()).isEqualTo(new Span(13, 24));
    assertThat(a.sentences().get(2).blockIndex()).isEqualTo(1);
    assertThat(a.sentences().get(2).span()).isEqualTo(new Span(26, 48));
    assertThat(a.sentenceAt(15)).isSameAs(second);
    assertThat(a.sentenceAt(12)).isNull(); // the space between sentences
    assertThat(a.sentenceAt(25)).isNull(); // between blocks
  }

  @Test
  void lowercaseAfterAPeriodDoesNotSplit() throws Exception {
    Analysis a = analyse("Sales grew 2.5 percent in the U.S. last year. Prices rose.");
    assertThat(a.sentences()).extracting(Sentence::text)
        .containsExactly("Sales grew 2.5 percent in the U.S. last year.", "Prices rose.");
  }

  @Test
  void chromeBlocksAreNotAnalysed() throws Exception {
    Analysis a = new Analysis(Articles.parse(
        "<html><body><nav>Home. World.</nav><article><p>Body sentence one. Body sentence two.</p></article>"
            + "<footer>Footer text.</footer></body></html>", Format.HTML, "t"));
    assertThat(a.sentences()).extracting(Sentence::text)
        .containsExactly("Body sentence one.", "Body sentence two.");
  }

  @Test
  void tokensOfASentence() throws Exception {
    Analysis a = analyse("Prices rose 3.5% in Sao Paulo's markets. Done.");
    assertThat(a.tokens(a.sentences().get(0))).extracting(Token::kind, Token::text).containsExactly(
        org.assertj.core.api.Assertions.tuple(Token.Kind.WORD, "Prices"),
        org.assertj.core.api.Assertions.tuple(Token.Kind.WORD, "rose"),
        org.assertj.core.api.Assertions.tuple(Token.Kind.NUMBER, "3.5"),
        org.assertj.core.api.Assertions.tuple(Token.Kind.PUNCT, "%"),
        org.assertj.core.api.Assertions.tuple(Token.Kind.WORD, "in"),
        org.assertj.core.api.Assertions.tuple(Token.Kind.WORD, "Sao"),
        org.assertj.core.api.Assertions.tuple(Token.Kind.WORD, "Paulo's"),
        org.assertj.core.api.Assertions.tuple(Token.Kind.WORD, "markets"),
        org.assertj.core.api.Assertions.tuple(Token.Kind.PUNCT, "."));
    assertThat(a.tokens(a.sentences().get(1))).extracting(Token::text).containsExactly("Done", ".");
  }
}
