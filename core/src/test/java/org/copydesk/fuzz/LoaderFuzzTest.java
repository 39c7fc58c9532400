package org.copydesk.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Block;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.SourceMap;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of the article loaders: whatever the bytes, reading them gives an article whose every character maps
 * back into the input, or an {@link InvalidInputException} with a one-line message; nothing else escapes.
 *
 * <p>A plain build replays the seed corpus under {@code LoaderFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1}
 * fuzzes one method (docs/fuzzing.md). {@code @Timeout} is the bound on one input: JUnit applies it to each seed,
 * Jazzer passes it to libFuzzer as {@code -timeout} when fuzzing.
 */
class LoaderFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void text(byte[] data) {
    load(data, Format.TEXT);
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void markdown(byte[] data) {
    load(data, Format.MARKDOWN);
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void html(byte[] data) {
    load(data, Format.HTML);
  }

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void json(byte[] data) {
    load(data, Format.JSON);
  }

  /** No format given: the loaders' sniffing picks one, as for standard input and the HTTP service. */
  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void sniffed(byte[] data) {
    load(data, null);
  }

  /**
   * Reads the bytes as the CLI and the service do; when they are not UTF-8 (so the byte path stops at the
   * encoding check), also hands their lenient decoding, lone surrogates included, to the string entry point.
   */
  static void load(byte[] data, Format format) {
    try {
      check(Articles.read(new ByteArrayInputStream(data), format, "fuzz"));
    } catch (InvalidInputException e) {
      FuzzInputs.requireOneLine(e);
    }
    if (FuzzInputs.strictUtf8(data) == null) {
      try {
        check(Articles.parse(FuzzInputs.lenientUtf8(data), format, "fuzz"));
      } catch (InvalidInputException e) {
        FuzzInputs.requireOneLine(e);
      }
    }
  }

  /** Every offset of the article's text maps into its input, and every block starts at a real position. */
  private static void check(Article a) {
    SourceMap map = a.sourceMap();
    int length = map.original().length();
    for (int i = 0; i <= a.text().length(); i++) {
      int o = map.originalOffset(i);
      if (o < 0 || o > length) {
        throw new AssertionError("text offset " + i + " maps to " + o + ", outside the input (length " + length + ")");
      }
    }
    for (Block b : a.blocks()) {
      map.start(b.span().start());
      map.end(b.span());
    }
  }
}
