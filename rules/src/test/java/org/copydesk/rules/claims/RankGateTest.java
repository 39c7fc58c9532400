package org.copydesk.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link FigureClaims#rankWord} decides whether the ranking pattern runs on a sentence at all, so it must never turn
 * away a sentence the pattern would match; {@link FigureClaims#scope} tries its patterns only where their start sets
 * allow, and must scope every sentence as the patterns alone do.
 */
class RankGateTest {
  @Test
  void letsThroughEveryFormOfRanking() {
    for (String s : List.of("It is the 3rd-largest economy.", "the 21ST BIGGEST port", "the 1ſt largest",
        "the world's second-biggest producer", "the country's second-most populous city",
        "The club is ranked 12th.", "It came 4th out of 30 entrants.", "among the top 10 in the world",
        "a 20-year high of 9%", "the highest since 2008", "the worst in a decade years", "RANKED No. 3",
        // every superlative, and words folded as (?iu) folds them (the long s, the Kelvin sign, the dotted I)
        "the best in 10 years", "the lowest since 1999", "the second-richest", "the ninth-poorest", "the fifth-busiest",
        "the third fastest", "the tenth-oldest", "the fourth-smallest", "the sixth-biggest", "the largeſt since 2001",
        "ranKed 4th", "the seventh-hİghest")) {
      assertThat(FigureClaims.RANK.matcher(s).find()).as(s).isTrue();
      assertThat(FigureClaims.rankWord(s)).as(s).isTrue();
    }
  }

  @Test
  void turnsAwaySentencesWithFiguresButNoRanking() {
    for (String s : List.of("The ministry said 4,000 people attended in March.", "Sales rose 12% in the year.",
        "Of the 30 members, 12 voted.", "The third meeting is on Tuesday.", "In 2024 the 5 members met.")) {
      assertThat(FigureClaims.rankWord(s)).as(s).isFalse();
    }
  }

  /** Each gate and start set only skips work: the scope of every fixture sentence is what the patterns alone say. */
  @Test
  void scopesEverySentenceAsThePatternsAloneDo() throws IOException {
    int national = 0;
    for (String s : fixtureSentences()) {
      String expected = FigureClaims.GLOBAL.matcher(s).find() ? "global"
          : FigureClaims.NATIONAL.matcher(s).find() || FigureClaims.COUNTRY.matcher(s).find() ? "national" : "local";
      assertThat(FigureClaims.scope(s)).as(s).isEqualTo(expected);
      national += expected.equals("national") ? 1 : 0;
    }
    assertThat(national).as("sentences of national scope").isGreaterThan(100);
  }

  /** On random texts made of the pattern's pieces and others: wherever the pattern matches, the gate says yes. */
  @Test
  void neverHidesAMatchInRandomTexts() {
    Random random = new Random(20261205);
    String[] pieces = {"3", "12", "3rd", "12TH", "1ſt", "2nd", "st", "th", "year", "month", "decade", "high", "low",
        "record", "largest", "second", "tenth", "most", "populous", "ranked", "No.", "about", "out of", "of the",
        "among", "top", "first", "in", "the", "world", "highest", "since", "2008", "a decade", "years", ",", "é",
        "x"};
    String[] between = {" ", " ", " ", "-", "", "\u00A0"};
    int matched = 0;
    int turnedAway = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0, len = random.nextInt(8); k < len; k++) {
        b.append(pieces[random.nextInt(pieces.length)]).append(between[random.nextInt(between.length)]);
      }
      String s = b.toString();
      if (FigureClaims.RANK.matcher(s).find()) {
        matched++;
        assertThat(FigureClaims.rankWord(s)).as(s).isTrue();
      } else if (!FigureClaims.rankWord(s)) {
        turnedAway++;
      }
    }
    assertThat(matched).as("texts with a ranking").isGreaterThan(500);
    assertThat(turnedAway).as("texts the gate turns away").isGreaterThan(5_000);
  }

  /** Every line of every fixture, and each of its sentences: wherever the pattern matches, the gate says yes. */
  @Test
  void neverHidesAMatchInTheFixtures() throws IOException {
    List<String> sentences = fixtureSentences();
    int matched = 0;
    int turnedAway = 0;
    for (String s : sentences) {
      if (FigureClaims.RANK.matcher(s).find()) {
        matched++;
        assertThat(FigureClaims.rankWord(s)).as(s).isTrue();
      } else if (!FigureClaims.rankWord(s)) {
        turnedAway++;
      }
    }
    assertThat(sentences).hasSizeGreaterThan(10_000);
    assertThat(matched).as("sentences with a ranking").isGreaterThan(5);
    assertThat(turnedAway).as("sentences the gate turns away").isGreaterThan(sentences.size() / 2);
  }

  /** Each sentence of each line of every text file under {@code fixtures/}. */
  private static List<String> fixtureSentences() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("..", "fixtures"))) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        try {
          for (String line : Files.readAllLines(p)) {
            out.addAll(List.of(line.split("(?<=[.!?])\\s+")));
          }
        } catch (MalformedInputException e) {
          // not text
        }
      }
    }
    return out;
  }
}
