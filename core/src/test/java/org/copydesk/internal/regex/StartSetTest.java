package org.copydesk.internal.regex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartSetTest {
  @Test
  void readsTheFirstCharactersOfWordListsBehindAssertions() {
    StartSet s = StartSet.of(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])\\b(?:said|told|Über)\\s+(\\w+)"));
    assertThat(s).isNotNull();
    for (char c : "sStTüÜ".toCharArray()) {
      assertThat(s.mayStart(c)).as("%s", c).isTrue();
    }
    for (char c : "aX1 ".toCharArray()) {
      assertThat(s.mayStart(c)).as("%s", c).isFalse();
    }
    assertThat(s.mayStart('ſ')).isTrue(); // the long s folds as "s" does
    StartSet digits = StartSet.of(Pattern.compile("(?:about\\s+)?\\d+(?:[.,]\\d+)?%"));
    assertThat(digits.mayStart('7')).isTrue();
    assertThat(digits.mayStart('a')).isTrue();
    assertThat(digits.mayStart('A')).isFalse(); // no case folding here
    assertThat(digits.mayStart('b')).isFalse();
    // case flags given to Pattern.compile count as if written at the start
    StartSet caseless = StartSet.of(Pattern.compile("said|(?-i:Told)", Pattern.CASE_INSENSITIVE
        | Pattern.UNICODE_CASE));
    assertThat(caseless.mayStart('S')).isTrue();
    assertThat(caseless.mayStart('T')).isTrue();
    assertThat(caseless.mayStart('t')).isFalse();
  }

  @Test
  void givesNoSetWhereItCannotReadTheStartOrAMatchMayBeEmpty() {
    for (String r : List.of("\\w+said", "(?:said)?", ".x", "[^a]x", "(?x)a b", "a*", "\\p{L}+", "(a)|\\1b",
        "(?:a|)", "\\Qab\\E", "(?U)\\d", "[#-\\.]x", "\\Gab", "\\c(x")) {
      assertThat(StartSet.of(Pattern.compile(r))).as(r).isNull();
    }
    assertThat(StartSet.of(Pattern.compile("ab", Pattern.MULTILINE))).isNull();
    assertThat(StartSet.of(Pattern.compile("ab", Pattern.COMMENTS))).isNull();
  }

  @Test
  void knowsWhichGuardEveryMatchPassesFirst() {
    for (String r : List.of("(?iu)\\b(?:said|told)", "(?:\\bsaid|\\btold)x", "(?=s)\\bsaid",
        "(?:(?:\\bsaid)|\\b(?:told))+", "(?:\\bsaid|(?<!\\p{L})told)")) {
      assertThat(StartSet.of(Pattern.compile(r)).guard()).as(r).isEqualTo(StartSet.BOUNDARY);
    }
    for (String r : List.of("(?<![\\p{L}\\p{N}])(?:a|b)", "^(?<!\\p{L})said", "(?<![\\p{L}])\\bsaid",
        "\\b(?<![\\p{N}.,\\p{L}])said")) {
      assertThat(StartSet.of(Pattern.compile(r)).guard()).as(r).isEqualTo(StartSet.LETTER);
    }
    for (String r : List.of("(?:\\(|\\b)said", "(?:x)?\\bsaid", "(?<![^\\p{L}])said", "said|\\btold", "(?<!\\w)said",
        "(?:\\bsaid)?told", "x\\bsaid", "(?=\\b)said", "(?<=\\p{L})said", "(?<!\\p{Lu})said",
        "(?<![\\\\p{L}])said", "(?<![\\P{L}])said")) {
      assertThat(StartSet.of(Pattern.compile(r)).guard()).as(r).isEqualTo(StartSet.NONE);
    }
  }

  /**
   * A word boundary is relied on only between ASCII word characters: from JDK 19 on, "\\b" sees a boundary between
   * "é" and "s" (word characters are ASCII ones unless (?U)), while JDK 17 sees none; a lookbehind refusing letters
   * refuses "é" on every JDK.
   */
  @Test
  void reliesOnAWordBoundaryOnlyBetweenAsciiWordCharacters() {
    StartSet boundary = StartSet.of(Pattern.compile("\\b(?:said|told)"));
    assertThat(boundary.guarded('a', 's')).isTrue();
    assertThat(boundary.guarded('_', 's')).isTrue();
    assertThat(boundary.guarded('é', 's')).isFalse();
    assertThat(boundary.guarded('a', 'é')).isFalse();
    assertThat(boundary.guarded(' ', 's')).isFalse();
    StartSet letter = StartSet.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:said|told)"));
    assertThat(letter.guarded('é', 's')).isTrue();
    assertThat(letter.guarded('1', 's')).isFalse();
    assertThat(letter.guarded('\uDC00', 's')).isFalse(); // half of a letter outside the BMP: not relied on
  }

  /**
   * Random patterns (word lists behind boundaries and lookbehinds, optional parts, classes, case flags, groups,
   * quantifiers) on random texts: the search that skips positions finds the same matches, with the same groups,
   * as {@link Matcher#find()}.
   */
  @Test
  void findsExactlyWhatFindFinds() {
    Random random = new Random(20261204);
    String letters = "saidtSAéÉßẞıİIikKſ1_\u0301\uD835\uDC00";
    String[] heads = {"", "\\b", "(?<![\\p{L}\\p{N}])", "(?<!\\w)", "^", "(?=[st])", "(?!x)", "(?<!\\p{L})",
        "(?<![^\\p{L}])", "\\B", "(?<![\\p{L}_])\\b"};
    String[] atoms = {"sa", "ti", "\\d", "[st]", "[a-d]", "(?:ab|k)", "(s)", "x?a", "(?>ı)", "\\.", "\\s+", "\\w",
        "(?i:K)", "(?:i|İ)+", "é{1,2}", "[ßẞ]", "(?:d|)a", "\\p{L}", "[\\p{L}&&[^s]]", "\\bs", "(?:\\b|-)a", "_",
        "\\b(?:\\d|ti)"};
    String[] flags = {"", "(?i)", "(?iu)", "(?u)"};
    int withSet = 0;
    int guarded = 0;
    int checked = 0;
    for (int n = 0; n < 4000; n++) {
      List<String> alts = new ArrayList<>();
      for (int a = 0, count = 1 + random.nextInt(5); a < count; a++) {
        StringBuilder b = new StringBuilder();
        for (int k = 0, len = 1 + random.nextInt(3); k < len; k++) {
          b.append(atoms[random.nextInt(atoms.length)]);
        }
        alts.add(b.toString());
      }
      String regex = flags[random.nextInt(flags.length)] + heads[random.nextInt(heads.length)] + "(?:"
          + String.join("|", alts) + ")" + (random.nextBoolean() ? "\\b" : "");
      int given = random.nextInt(4) == 0 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
          : random.nextInt(8) == 0 ? Pattern.CASE_INSENSITIVE : 0;
      Pattern p = Pattern.compile(regex, given);
      StartSet s = StartSet.of(p);
      if (s == null) {
        continue;
      }
      withSet++;
      guarded += s.guard() != StartSet.NONE ? 1 : 0;
      for (int t = 0; t < 20; t++) {
        String text = word(random, letters + " x-.,", random.nextInt(30));
        assertThat(skipping(p, s, text)).as("%s (flags %d) on \"%s\"", regex, given, text)
            .isEqualTo(plain(p, text));
        checked++;
      }
    }
    assertThat(withSet).as("patterns with a start set").isGreaterThan(1000);
    assertThat(guarded).as("patterns whose matches start behind a guard").isGreaterThan(300);
    assertThat(checked).isEqualTo(withSet * 20);
  }

  private static List<String> plain(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  private static List<String> skipping(Pattern p, StartSet s, String text) {
    List<String> out = new ArrayList<>();
    StartSet.Search matches = StartSet.search(s, p.matcher(text), text);
    while (matches.next()) {
      out.add(describe(matches.matcher()));
    }
    return out;
  }

  private static String describe(Matcher m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append(' ').append(m.start(g)).append(':').append(m.end(g));
    }
    return b.toString();
  }

  private static String word(Random random, String alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
