package org.copydesk.rules.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import org.copydesk.lexicons.WordForms;
import org.junit.jupiter.api.Test;

class MultiwordsTest {
  /**
   * The transitions kept across lookups give the automaton's answers: with two slots, where every lookup evicts
   * another, the walks find the same entries, fillers and all, as with the full table, each phrase asked twice.
   */
  @Test
  void keptTransitionsGiveTheAutomatonsAnswers() throws Exception {
    FSA fsa;
    try (InputStream in = MultiwordsTest.class.getResourceAsStream("/org/copydesk/lexicons/en/multiwords.fsa")) {
      fsa = FSA.read(in);
    }
    Multiwords full = new Multiwords(fsa, true);
    Multiwords tiny = new Multiwords(fsa, true, 2);
    List<String> phrases = List.of("the United Nashons said", "gross domestic prodcut rose", "New Yrok City",
        "Spiritual Shrinks of the region", "the Untied States and the European Unoin", "prime minster of Spain",
        "the World Health Organisaton", "climate chnage", "human rihgts watch", "the Bank of Englnad");
    int visits = 0;
    for (int round = 0; round < 2; round++) {
      for (String phrase : phrases) {
        for (boolean names : new boolean[] {true, false}) {
          List<String> expected = walk(full, phrase, names);
          assertThat(walk(tiny, phrase, names)).as("%s (%s)", phrase, names).isEqualTo(expected);
          visits += expected.size();
        }
      }
    }
    assertThat(visits).as("the phrases reach entries").isGreaterThan(10);
    for (String w : List.of("fell", "went", "children", "mice", "walked", "john", "mary", "paris", "xqzt", "a")) {
      assertThat(tiny.irregularBases(w)).as(w).isEqualTo(full.irregularBases(w));
      assertThat(tiny.isGivenName(w)).as(w).isEqualTo(full.isGivenName(w));
      assertThat(tiny.isPlace(w)).as(w).isEqualTo(full.isPlace(w));
    }
    // membership and completions, read through the kept steps, answer as morfologik's own traversal does
    for (String w : List.of("fell", "went", "children", "mice", "walked", "john", "mary", "paris", "london",
        "xqzt", "a", "ran", "better", "geese", "anna", "berlin", "seen", "oxen", "data", "the")) {
      byte[] given = (WordForms.GIVEN + w).getBytes(StandardCharsets.UTF_8);
      assertThat(full.isGivenName(w)).as(w)
          .isEqualTo(new FSATraversal(fsa).match(given).kind == MatchResult.EXACT_MATCH);
      byte[] irregular = (WordForms.IRREGULAR + w + WordForms.FILLER).getBytes(StandardCharsets.UTF_8);
      assertThat(!full.irregularBases(w).isEmpty()).as(w)
          .isEqualTo(new FSATraversal(fsa).match(irregular).kind == MatchResult.SEQUENCE_IS_A_PREFIX);
    }
    assertThat(full.irregularBases("fell")).contains("fall");
    assertThat(full.irregularBases("walked")).isEmpty();
    assertThat(full.isGivenName("mary")).isTrue();
    assertThat(full.isGivenName("xqzt")).isFalse();
  }

  private static List<String> walk(Multiwords m, String phrase, boolean names) {
    String[] lower = phrase.toLowerCase(Locale.ROOT).split(" ");
    String[] forms = m.forms(lower);
    boolean[] holeable = new boolean[lower.length];
    java.util.Arrays.fill(holeable, true);
    List<String> out = new ArrayList<>();
    for (int from = 0; from < lower.length; from++) {
      int start = from;
      m.match(lower, forms, holeable, from, lower.length, names,
          (hole, end, fillers, written) -> out.add(start + ":" + hole + "-" + end + fillers + written));
    }
    return out;
  }
}
