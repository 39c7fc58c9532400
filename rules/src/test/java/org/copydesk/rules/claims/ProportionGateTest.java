package org.copydesk.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link FigureClaims#proportionWord} decides whether the proportion pattern runs on a sentence at all, so it must
 * never turn away a sentence the pattern would match.
 */
class ProportionGateTest {
  @Test
  void letsThroughEveryFormOfProportion() {
    for (String s : List.of("Nearly 1 in 8 adults smoke.", "Three out of ten voters stayed home.",
        "One runner in ten finished.", "Uno de cada cuatro jóvenes no estudia.", "Une officine rurale sur cinq ferme.",
        "Neun von zehn Befragten stimmen zu.", "Jeder fünfte Haushalt ist betroffen.",
        "A third of the budget went on salaries.", "Mais de um terço dos alunos faltou.", "ONE IN FIVE",
        // a hedge glued to the next word still makes a proportion ("some" + "one in two")
        "Someone in two minds about it.", "Someone else in 10 Downing Street said so.",
        "Três quartos dos alunos faltaram.", "Nearlyhalf of voters stayed home.", "Es ist fastjeder fünfte.")) {
      assertThat(FigureClaims.proportionWord(s)).as(s).isTrue();
      assertThat(FigureClaims.PROPORTION.matcher(s).find()).as(s).isTrue();
    }
  }

  @Test
  void turnsAwaySentencesWithFiguresButNoProportion() {
    for (String s : List.of("The ministry said 4,000 people attended in March.", "Sales rose 12% in a year.",
        "A man in a boat waved.", "Two children were in the car.")) {
      assertThat(FigureClaims.proportionWord(s)).as(s).isFalse();
    }
  }

  /** Every word a fraction of the pattern needs (not its articles and numbers) is one the gate looks for. */
  @Test
  void knowsEveryFractionWord() {
    java.util.Set<String> notFractions = java.util.Set.of("a", "one", "two", "three", "la", "un", "dos", "tres",
        "une", "deux", "trois", "die", "ein", "zwei", "drei", "una", "parte", "um", "dois", "três");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(FigureClaims.FRACTION
        .replace("\\s", " "));
    int words = 0;
    while (m.find()) {
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      if (!notFractions.contains(w)) {
        words++;
        assertThat(FigureClaims.PROPORTION_WORDS).as(w).contains(w);
      }
    }
    assertThat(words).isGreaterThan(25);
  }

  /**
   * The gate reads words without a regular expression; it answers as the reading with one did, on random texts made
   * of the words it looks for, digits, spaces, punctuation and letters outside the BMP.
   */
  @Test
  void answersAsTheRegularExpressionReadingDid() {
    java.util.Random random = new java.util.Random(20261204);
    String[] pieces = {"in", "out", "one", "a", "1", "12", "three", "half", "Hälfte", "drittel", "cada", "sur", "von",
        "some", "Jede", "x", " ", " ", "  ", "%", ",", "-", "\u00A0", "\uD835\uDC00", "é", "ǅ", "٣", "İ", "tiers",
        "ſur", "OUT", "\u2028"};
    int yes = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0, len = random.nextInt(12); k < len; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = b.toString();
      boolean expected = reference(s);
      assertThat(FigureClaims.proportionWord(s)).as(s).isEqualTo(expected);
      yes += expected ? 1 : 0;
    }
    assertThat(yes).as("texts the gate lets through").isBetween(2_000, 18_000);
  }

  /** The gate as it was written with {@code (?u)\\p{L}+|\\d} and suffixes looked up one by one. */
  private static boolean reference(String sentence) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?u)\\p{L}+|\\d").matcher(sentence);
    String prev = "";
    int prevEnd = 0;
    boolean one = false;
    while (m.find()) {
      String w = org.copydesk.rules.support.RequiredLiteral.lower(m.group());
      if (endsIn(w, FigureClaims.PROPORTION_WORDS) || w.equals("cada") || w.equals("sur") || w.equals("von")) {
        return true;
      }
      if ((w.equals("in") || w.equals("out")) && (w.equals("in") && one || !prev.isEmpty()
          && (Character.isDigit(prev.charAt(0)) || endsIn(prev, FigureClaims.SMALL_WORDS) || prev.endsWith("a"))
          && sentence.substring(prevEnd, m.start()).isBlank())) {
        return true;
      }
      one |= w.endsWith("one");
      prev = w;
      prevEnd = m.end();
    }
    return false;
  }

  private static boolean endsIn(String w, java.util.Set<String> words) {
    for (int i = 0; i < w.length(); i++) {
      if (words.contains(w.substring(i))) {
        return true;
      }
    }
    return false;
  }

  /** Every line of every fixture, and each of its sentences: wherever the pattern matches, the gate says yes. */
  @Test
  void neverHidesAMatchInTheFixtures() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("..", "fixtures"))) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        try {
          lines.addAll(Files.readAllLines(p));
        } catch (MalformedInputException e) {
          // not text
        }
      }
    }
    int matched = 0;
    for (String line : lines) {
      for (String s : line.split("(?<=[.!?])\\s+")) {
        if (FigureClaims.PROPORTION.matcher(s).find()) {
          matched++;
          assertThat(FigureClaims.proportionWord(s)).as(s).isTrue();
        }
      }
    }
    assertThat(lines).hasSizeGreaterThan(10_000);
    assertThat(matched).as("sentences with a proportion").isGreaterThan(100);
  }
}
