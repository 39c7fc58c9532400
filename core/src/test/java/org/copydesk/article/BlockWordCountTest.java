package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockWordCountTest {
  private static Block block(String text) {
    return new Block(0, BlockType.PARAGRAPH, new Span(0, text.length()), text);
  }

  @Test
  void countsWhitespaceSeparatedWords() {
    assertThat(block("").wordCount()).isZero();
    assertThat(block("  \t ").wordCount()).isZero();
    assertThat(block("one").wordCount()).isEqualTo(1);
    assertThat(block("  one  two\t\tthree \n").wordCount()).isEqualTo(3);
    assertThat(block("non\u00a0breaking space").wordCount()).isEqualTo(2); // U+00A0 is not a separator
  }

  @Test
  void agreesWithSplittingOnRegexWhitespace() {
    Random r = new Random(7);
    String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003\u001C.";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(12); i > 0; i--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      String t = text.strip();
      int expected = t.isEmpty() ? 0 : t.split("\\s+").length;
      assertThat(block(text).wordCount()).as("%s", text).isEqualTo(expected);
    }
  }
}
