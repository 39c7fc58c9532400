package org.copydesk.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prefilters skip a pattern only when it cannot match: every pattern of every catalogue that uses one is run
 * on every block and sentence of the labelled sets and fixtures, and wherever it matches, its prefilter must have
 * let it through. Catches a required literal that is not required (a wrong parse of the pattern, a case folding
 * that differs from the pattern's).
 */
class PrefilterSoundnessTest {
  @ParameterizedTest
  @ValueSource(strings = {
      // class : list of patterns (or of records holding one, or the named one) : its prefilter : the texts the
      // rule gives it (blocks, sentences or both)
      "org.copydesk.rules.provenance.AssistantLeakage:ENTRIES:PREFILTER:blocks",
      "org.copydesk.rules.style.LlmPhrasing:PHRASES:PREFILTER:blocks",
      "org.copydesk.rules.provenance.DanglingAttribution:SHAPES:PREFILTER:sentences",
      "org.copydesk.rules.provenance.DisclosureDetector:SENTENCE_GRAMMAR:SENTENCE_FILTER:both",
      "org.copydesk.rules.provenance.DisclosureDetector:NOTE_GRAMMAR:NOTE_FILTER:both",
      "org.copydesk.rules.provenance.DisclosureDetector:OTHER:OTHER_FILTER:both",
      "org.copydesk.rules.provenance.DisclosureDetector:OTHER_LABELS:OTHER_LABELS_FILTER:both",
      "org.copydesk.rules.provenance.DisclosureDetector:PARTS.agent:AGENTS:both",
      "org.copydesk.rules.claims.FigureClaims:WORDED:WORDED_FILTER:sentences",
      "org.copydesk.rules.claims.Attribution:TRIED:TRIED_FILTER:sentences"})
  void aPrefilterNeverHidesAMatch(String catalogue) throws Exception {
    String[] parts = catalogue.split(":");
    Class<?> rule = Class.forName(parts[0]);
    String[] list = parts[1].split("\\.");
    List<?> entries = (List<?>) read(rule, list[0]);
    LiteralPrefilter prefilter = (LiteralPrefilter) read(rule, parts[2]);
    List<Pattern> patterns = new ArrayList<>();
    for (Object e : entries) {
      if (e instanceof Pattern p) {
        patterns.add(p);
        continue;
      }
      for (RecordComponent c : e.getClass().getRecordComponents()) {
        boolean regex = c.getType() == Pattern.class || c.getType() == LazyRegex.class;
        if (regex && (list.length == 1 || c.getName().equals(list[1]))) {
          c.getAccessor().setAccessible(true);
          Object v = c.getAccessor().invoke(e);
          // a catalogue compiled on first use: every pattern is compiled here, so a broken one fails the build
          patterns.add(v instanceof LazyRegex lazy ? lazy.pattern() : (Pattern) v);
        }
      }
    }
    assertThat(patterns).hasSize(prefilter.size());
    int matches = 0;
    List<String> hidden = new ArrayList<>();
    for (String text : SoundnessTexts.of(parts[0].contains(".claims.") ? "claims" : "provenance", parts[3])) {
      BitSet candidates = prefilter.candidates(text);
      for (int i = 0; i < patterns.size(); i++) {
        if (patterns.get(i).matcher(text).find()) {
          matches++;
          if (!candidates.get(i)) {
            hidden.add(patterns.get(i).pattern() + " in: " + text);
          }
        }
      }
    }
    assertThat(hidden).isEmpty();
    assertThat(matches).as("the texts exercise the catalogue").isGreaterThan(3);
  }

  private static Object read(Class<?> type, String field) throws ReflectiveOperationException {
    Field f = type.getDeclaredField(field);
    f.setAccessible(true);
    return f.get(null);
  }
}
