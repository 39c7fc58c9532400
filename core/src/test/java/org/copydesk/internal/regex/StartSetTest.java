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
  void readsThePrefixesEveryMatchBeginsWith() {
    StartSet words = StartSet.of(Pattern.compile("(?iu)\\b(?:three|thirty|a\\s+hundred|US\\$)"));
    assertThat(words.hasPrefixes()).isTrue();
    assertThat(prefixed(words, "three", "Thirty", "THRee", "a hundred", "a\thundred", "a  hundred", "us$"))
        .containsOnly(true);
    assertThat(prefixed(words, "the", "a", "an", "th", "us")).containsOnly(false);
    // a quantified piece ends the prefixes that repeat it; what is not read ends them too; lookarounds add nothing
    StartSet pieces = StartSet.of(Pattern.compile("(?:ab)+c|x?yz|q\\p{L}r|\\d{2}%|m(?=n)no"));
    assertThat(prefixed(pieces, "abc", "abab", "ab!", "yz", "xyz", "q!", "qrr", "42%", "420", "mno"))
        .containsOnly(true);
    assertThat(prefixed(pieces, "a", "ba", "xy!", "y!", "mn", "no", "zz")).containsOnly(false);
    // characters fold as the engine folds them
    StartSet folded = StartSet.of(Pattern.compile("(?iu)sun|kin"));
    assertThat(prefixed(folded, "\u017Fun", "\u212Ain", "SUN")).containsOnly(true);
    // too many prefixes are cut shorter, never dropped
    StartSet many = StartSet.of(Pattern.compile("[a-z][a-z][a-z]x"));
    assertThat(many.hasPrefixes()).isTrue();
    assertThat(prefixed(many, "abcx", "zzz")).containsOnly(true);
    assertThat(prefixed(many, "a1", "1a")).containsOnly(false);
    // one character each says no more than the first set
    assertThat(StartSet.of(Pattern.compile("a|b\\w")).hasPrefixes()).isFalse();
  }

  @Test
  void readsThePrefixesOnceASetHasSearchedEnough() {
    Pattern p = Pattern.compile("(?iu)\\b(?:three|thirty)");
    StartSet s = StartSet.of(p);
    for (int n = 0; n < StartSet.PREFIXES_AFTER; n++) {
      assertThat(StartSet.search(s, p.matcher("the three"), "the three").next()).isTrue();
    }
    assertThat(s.prefixesRead()).isFalse();
    assertThat(StartSet.search(s, p.matcher("thirty"), "thirty").next()).isTrue();
    assertThat(s.prefixesRead()).isTrue();
    assertThat(StartSet.search(s, p.matcher("the three"), "the three").next()).isTrue();
    assertThat(s.prefixed("the", 0)).isFalse();
  }

  @Test
  void foundAndFirstAnswerAsFindBeforeAndAfterTheSetIsRead() {
    Pattern p = Pattern.compile("(?iu)\\b(?:said|told)\\s+(\\w+)");
    String[] texts = {"He said hello and told them", "nothing here", "TOLD you", "unsaid words"};
    for (int n = 0; n < StartSet.SETS_AFTER + StartSet.PREFIXES_AFTER + 20; n++) {
      String t = texts[n % texts.length];
      Matcher plain = p.matcher(t);
      boolean found = plain.find();
      assertThat(StartSet.found(p, t)).as(t).isEqualTo(found);
      Matcher m = StartSet.first(p, t);
      if (!found) {
        assertThat(m).as(t).isNull();
        continue;
      }
      assertThat(m).as(t).isNotNull();
      assertThat(m.start()).isEqualTo(plain.start());
      assertThat(m.group(1)).isEqualTo(plain.group(1));
      assertThat(m.find()).isEqualTo(plain.find()); // the next match too
    }
  }

  /**
   * Many patterns searched from several threads at once, each often enough that its start set and then its prefixes
   * are read while the others search it, and more patterns than the table of kept sets first holds (it grows
   * meanwhile): every answer is the one {@code find()} gives.
   */
  @Test
  void foundIsSafeAcrossThreads() throws Exception {
    List<Pattern> patterns = new ArrayList<>();
    for (int n = 0; n < 600; n++) {
      patterns.add(Pattern.compile("(?iu)\\b(?:w" + n + "|said|thr" + n + ")\\b"));
    }
    String[] texts = {"she said w12", "w599 and w7 thr3", "nothing", "SAID", "the throne"};
    int rounds = StartSet.SETS_AFTER + StartSet.PREFIXES_AFTER + 20; // per thread, so each set is read mid-run
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        wrong.add(pool.submit(() -> {
          int bad = 0;
          for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < patterns.size(); i++) {
              Pattern p = patterns.get((i + offset * 151) % patterns.size());
              String text = texts[(i + round + offset) % texts.length];
              bad += StartSet.found(p, text) == p.matcher(text).find() ? 0 : 1;
            }
          }
          return bad;
        }));
      }
      for (java.util.concurrent.Future<Integer> f : wrong) {
        assertThat(f.get()).isZero();
      }
    } finally {
      pool.shutdown();
    }
    for (Pattern p : patterns) {
      assertThat(StartSet.readFor(p)).as("the set and prefixes of %s were read", p).isTrue();
    }
  }

  /**
   * The prefixes fold every character as the engine folds under Unicode case, and rely on that fold being the same
   * for a character's every case form, and on folding twice changing nothing: so a character the engine takes for
   * a pattern's character, by any of its comparisons, folds like it.
   */
  @Test
  void foldIsTheSameForEveryCaseFormOfACharacter() {
    int checked = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      int f = StartSet.fold(c);
      assertThat(StartSet.fold(f)).as("U+%04X", c).isEqualTo(f);
      assertThat(StartSet.fold(Character.toLowerCase(c))).as("U+%04X", c).isEqualTo(f);
      assertThat(StartSet.fold(Character.toUpperCase(c))).as("U+%04X", c).isEqualTo(f);
      assertThat(StartSet.fold(Character.toTitleCase(c))).as("U+%04X", c).isEqualTo(f);
      assertThat(f).as("U+%04X", c).isLessThanOrEqualTo(Character.MAX_VALUE);
      checked++;
    }
    assertThat(checked).isEqualTo(Character.MAX_VALUE + 1 - 2048);
  }

  private static List<Boolean> prefixed(StartSet set, String... texts) {
    List<Boolean> out = new ArrayList<>();
    for (String t : texts) {
      out.add(set.prefixed(t, 0));
    }
    return out;
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
        "(?:(?:\\bsaid)|\\b(?:told))+")) {
      assertThat(StartSet.of(Pattern.compile(r)).guard()).as(r).isEqualTo(StartSet.BOUNDARY);
    }
    for (String r : List.of("(?<![\\p{L}\\p{N}])(?:a|b)", "(?<![\\p{L}])\\bsaid",
        "\\b(?<![\\p{N}.,\\p{L}])said")) {
      assertThat(StartSet.of(Pattern.compile(r)).guard()).as(r).isEqualTo(StartSet.LETTER);
    }
    for (String r : List.of("^said", "^(?<!\\p{L})said", "\\Asaid|\\Atold", "(?iu)^(?:said|told)", "\\b^said",
        "(?:^said|^told)", "(?:^(?<!\\p{L})said)", "(?:\\Asaid|\\b^told)x", "(?=s)^said")) {
      assertThat(StartSet.of(Pattern.compile(r)).onlyAtStart()).as(r).isTrue();
    }
    // an alternative anchored at the start has no say in the guard: elsewhere every match passes the others'
    assertThat(StartSet.of(Pattern.compile("(?:^said|\\btold)")).guard()).isEqualTo(StartSet.BOUNDARY);
    // alternatives with different guards: a match behind "(?<!\\p{L})" may start between two word characters
    Pattern mixed = Pattern.compile("(?:\\bsaid|(?<!\\p{L})told)");
    assertThat(StartSet.search(StartSet.of(mixed), mixed.matcher("1told"), "1told").next()).isTrue();
    for (String r : List.of("(?:\\bsaid|(?<!\\p{L})told)", "(?m)^said", "(?m:^said)",
        "(?:\\(|\\b)said", "(?:x)?\\bsaid", "(?<![^\\p{L}])said", "said|\\btold", "(?<!\\w)said",
        "(?:\\bsaid)?told", "x\\bsaid", "(?=\\b)said", "(?<=\\p{L})said", "(?<!\\p{Lu})said",
        "(?<![\\\\p{L}])said", "(?<![\\P{L}])said")) {
      assertThat(StartSet.of(Pattern.compile(r)).guard()).as(r).isEqualTo(StartSet.NONE);
    }
  }

  /**
   * An alternative of the whole pattern anchored at the text's start is tried there only, and not read past its
   * anchor: what follows may be anything ({@code .}, {@code \\W}, a property), and may match the empty string.
   */
  @Test
  void triesAnAlternativeAnchoredAtTheStartThereOnly() {
    String[] texts = {"", " by Ana", "reporting by Ana, by Bo", "x(by", "(said) and reporting by", "  ", "cookie ok",
        "Accept cookies", "\nby the way", "said", "a said b said"};
    for (String r : List.of("^said", "\\Asaid|\\Atold", "(?iu)^\\W*by\\b|reporting\\s+by", "(?iu)^\\(|reporting",
        "(?iu)^(?:(?!cookie).)*cookie.*accept|^\\W*we\\s+use", "^\\s*|said", "(?=\\p{L})^\\p{L}+|\\bsaid\\b",
        "\\b^said|x", "^.|\\Bai", "(?i)^$|by", "said|^", "(?:^|\\s)said", "(?iu)(?:in\\s+your|^\\W*by\\b)",
        "x(?:^|y)b", "(?:^|by)+a", "(?:(?:^)|b)y", "(?=^)b|y", "(?<!^)said")) {
      Pattern p = Pattern.compile(r);
      StartSet s = StartSet.of(p);
      assertThat(s).as(r).isNotNull();
      for (String t : texts) {
        assertThat(skipping(p, s, t)).as("%s on \"%s\"", r, t).isEqualTo(plain(p, t));
      }
      s.hasPrefixes(); // and with the prefixes read
      for (String t : texts) {
        assertThat(skipping(p, s, t)).as("%s on \"%s\" (prefixes)", r, t).isEqualTo(plain(p, t));
      }
      // found() reads a pattern's set and its prefixes after enough searches; then it answers through them
      for (int k = 0; k <= StartSet.SETS_AFTER + StartSet.PREFIXES_AFTER; k++) {
        StartSet.found(p, texts[k % texts.length]);
      }
      assertThat(StartSet.readFor(p)).as(r).isTrue();
      for (String t : texts) {
        assertThat(StartSet.found(p, t)).as("%s on \"%s\"", r, t).isEqualTo(p.matcher(t).find());
      }
    }
    StartSet only = StartSet.of(Pattern.compile("(?iu)^\\W*by\\b|^\\s*\\("));
    assertThat(only.mayStart('b')).isFalse(); // nothing is read past the anchors: the text's start alone is tried
    assertThat(StartSet.of(Pattern.compile("^\\W|reporting")).mayStart('r')).isTrue();
    assertThat(StartSet.of(Pattern.compile("(?m)^\\W*by"))).isNull(); // a line start: not read as the text's
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
        "\\b(?:\\d|ti)", "said", "the", "(?:sa|ti)+", "a{2}", "(?:ab){0,2}c", "\\u0073a", "[\\t ]", "\\s",
        "a\\sb", "(?:i|ı)k?", "(?=sa)s", "t(?!x)i", "[sx-z]{1,2}", "K\\.", "\\d+", "(?<!\\p{L})t", "^s", "\\Ad", "(?-i:S)a", "(?i:sA)"};
    String[] flags = {"", "(?i)", "(?iu)", "(?u)", "(?m)", "(?im)"};
    String[] anchors = {"^", "\\A", "(?=\\S)^", "\\b^", "^(?<!x)", "(?:^|\\s)", "(?:s|^)"};
    String[] unread = {"", ".", "\\W*", "\\p{L}+", "\\s*", ".*x", "(?:(?!a).)*a"};
    int withSet = 0;
    int withPrefixes = 0;
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
      if (random.nextInt(3) == 0) { // an alternative of the whole pattern anchored at the start, read no further
        regex += "|" + anchors[random.nextInt(anchors.length)] + atoms[random.nextInt(atoms.length)]
            + unread[random.nextInt(unread.length)];
      }
      int given = random.nextInt(4) == 0 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
          : random.nextInt(8) == 0 ? Pattern.CASE_INSENSITIVE : 0;
      Pattern p = Pattern.compile(regex, given);
      StartSet s = StartSet.of(p);
      if (s == null) {
        continue;
      }
      boolean lazy = n % 5 == 0; // most read their prefixes at once; some after the searches that wait for them
      if (!lazy) {
        s.hasPrefixes();
      }
      withSet++;
      withPrefixes += s.hasPrefixes() ? 1 : 0;
      guarded += s.guard() != StartSet.NONE ? 1 : 0;
      for (int t = 0; t < (lazy ? StartSet.PREFIXES_AFTER + 20 : 20); t++) {
        String text = word(random, letters + " x-.,\the%\n", random.nextInt(30));
        assertThat(skipping(p, s, text)).as("%s (flags %d) on \"%s\"", regex, given, text)
            .isEqualTo(plain(p, text));
        checked++;
      }
    }
    assertThat(withSet).as("patterns with a start set").isGreaterThan(1000);
    assertThat(guarded).as("patterns whose matches start behind a guard").isGreaterThan(300);
    System.out.printf("start sets: %d of 4000 patterns, %d with prefixes, %d guarded%n", withSet, withPrefixes,
        guarded);
    assertThat(withPrefixes).as("patterns with prefixes").isGreaterThan(600);
    assertThat(checked).isGreaterThan(withSet * 20);
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
