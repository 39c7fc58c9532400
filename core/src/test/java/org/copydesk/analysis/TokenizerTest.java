package org.copydesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer is written out by hand for speed; it must cut text exactly as the regular expression it replaced,
 * which this test keeps as the reference: on every fixture and on random text over a hard alphabet.
 */
class TokenizerTest {
  private static final Pattern REFERENCE = Pattern.compile(
      "\\p{L}[\\p{L}\\p{M}]*(?:['’\\-]\\p{L}[\\p{L}\\p{M}]*)*|\\d+(?:[.,:]\\d+)*|\\S");

  @Test
  void cutsLikeTheReferencePatternOnTheFixtures() throws IOException, InvalidInputException {
    int tokens = 0;
    try (Stream<Path> files = Files.walk(Path.of("..", "fixtures"))) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|md|html|json)$")
          && !p.toString().endsWith(".expected.json")).sorted().toList()) {
        Article a = Articles.parse(Files.readString(f), Format.fromFileName(f.toString()).orElseThrow(), f.toString());
        tokens += compare(a);
      }
    }
    assertThat(tokens).isGreaterThan(1000);
  }

  @Test
  void cutsLikeTheReferencePatternOnRandomText() throws InvalidInputException {
    Random r = new Random(7);
    String alphabet = "ab Z'’-.,:09١٣\u0301\u20DD\u0903é\u00A0\t\n\r\u000B\f!?\uD835\uDC00\uD83D\uDE00ß";
    int[] cps = alphabet.codePoints().toArray();
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder("T\n\n");
      for (int i = 0, n = r.nextInt(60); i < n; i++) {
        sb.appendCodePoint(cps[r.nextInt(cps.length)]);
      }
      compare(Articles.parse(sb.toString(), Format.TEXT, "random.txt"));
    }
  }

  private static int compare(Article a) {
    Analysis analysis = new Analysis(a);
    List<String> expected = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      Matcher m = REFERENCE.matcher(a.text()).region(s.span().start(), s.span().end());
      while (m.find()) {
        String g = m.group();
        Token.Kind kind = Character.isLetter(g.codePointAt(0)) ? Token.Kind.WORD
            : Character.isDigit(g.charAt(0)) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
        expected.add(kind + " " + m.start() + "-" + m.end() + " " + g + " " + s.index());
      }
    }
    List<String> actual = analysis.tokens().stream()
        .map(t -> t.kind() + " " + t.span().start() + "-" + t.span().end() + " " + t.text() + " " + t.sentence())
        .toList();
    assertThat(actual).as(a.text()).containsExactlyElementsOf(expected);
    return actual.size();
  }
}
