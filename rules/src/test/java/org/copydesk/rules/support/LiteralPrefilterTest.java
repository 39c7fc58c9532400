package org.copydesk.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralPrefilterTest {
  @Test
  void findsOverlappingAndNestedWords() {
    LiteralPrefilter f = new LiteralPrefilter(Arrays.asList(
        List.of("he"), List.of("she"), List.of("hers"), List.of("his", "xyz"), null, List.of("ushe")));
    assertThat(f.candidates("USHERS")).isEqualTo(bits(0, 1, 2, 4, 5));
    assertThat(f.candidates("this")).isEqualTo(bits(3, 4));
    assertThat(f.candidates("")).isEqualTo(bits(4));
    assertThat(f.size()).isEqualTo(6);
  }

  @Test
  void needsEveryClause() {
    LiteralPrefilter f = LiteralPrefilter.ofClauses(Arrays.asList(
        List.of(List.of("not"), List.of("just", "only")), List.of(List.of("about")), null));
    assertThat(f.candidates("It is NOT only about")).isEqualTo(bits(0, 1, 2));
    assertThat(f.candidates("not about")).isEqualTo(bits(1, 2));
    assertThat(f.candidates("only")).isEqualTo(bits(2));
  }

  @Test
  void foldsTextLikeLower() {
    LiteralPrefilter f = new LiteralPrefilter(List.of(List.of("için"), List.of("straße"), List.of("über")));
    assertThat(f.candidates("İÇİN die STRAßE")).isEqualTo(bits(0, 1));
    assertThat(f.candidates("ÜBER")).isEqualTo(bits(2));
  }

  @Test
  void agreesWithMayMatchOnRandomText() {
    agreesWithMayMatch(0);
  }

  /** With a table of shallow states too small for the automaton, the deeper states' edges and failure links answer. */
  @Test
  void agreesWithMayMatchWhenMostStatesAreDeep() {
    for (int limit : new int[] {1, 8, 64}) {
      agreesWithMayMatch(limit);
    }
  }

  private static void agreesWithMayMatch(int tableLimit) {
    Random r = new Random(42 + tableLimit);
    String alphabet = "abcAB İı ß'’\uD801\uDC00\uD801\uDC28x";
    for (int round = 0; round < 200; round++) {
      List<List<String>> patterns = new ArrayList<>();
      for (int p = 0; p < 12; p++) {
        if (r.nextInt(8) == 0) {
          patterns.add(null);
          continue;
        }
        List<String> words = new ArrayList<>();
        for (int w = 0; w < 1 + r.nextInt(3); w++) {
          words.add(RequiredLiteral.lower(random(r, alphabet, 1 + r.nextInt(4))));
        }
        patterns.add(words);
      }
      LiteralPrefilter f = tableLimit == 0 ? new LiteralPrefilter(patterns)
          : LiteralPrefilter.withTableLimit(patterns, tableLimit);
      String text = random(r, alphabet, r.nextInt(40));
      BitSet expected = new BitSet();
      for (int p = 0; p < patterns.size(); p++) {
        if (RequiredLiteral.mayMatch(patterns.get(p), RequiredLiteral.lower(text))) {
          expected.set(p);
        }
      }
      assertThat(f.candidates(text)).as("%s in %s", patterns, text).isEqualTo(expected);
    }
  }

  private static String random(Random r, String alphabet, int length) {
    int[] cps = alphabet.codePoints().toArray();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.appendCodePoint(cps[r.nextInt(cps.length)]);
    }
    return sb.toString();
  }

  private static BitSet bits(int... indexes) {
    BitSet b = new BitSet();
    for (int i : indexes) {
      b.set(i);
    }
    return b;
  }
}
