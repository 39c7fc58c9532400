package org.copydesk.rules.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NarrowedPatternTest {
  private static final NarrowedPattern SAID = NarrowedPattern.of("(?iu)\\b(?:said|dit", "|\\p{L}+-t-il",
      "|sagte)\\b", "(?iu)-t-il");

  @Test
  void searchesWithTheWholePatternOnlyWhereTheMarkIs() {
    assertThat(SAID.in("« Oui », a-t-il dit.")).isSameAs(SAID.full());
    assertThat(SAID.in("« Oui », A-T-IL dit.")).isSameAs(SAID.full()); // the mark is read in the pattern's flags
    assertThat(SAID.in("He said yes.")).isSameAs(SAID.narrow());
    assertThat(SAID.starts(SAID.full())).isNull(); // a word that may begin with any letter: no start set
    assertThat(SAID.starts(SAID.narrow())).isNotNull();
    assertThat(SAID.starts(SAID.narrow()).mayStart('x')).isFalse();
  }

  @Test
  void findsWhatTheWholePatternFinds() {
    for (String t : List.of("« Oui », a-t-il dit, et il a dit non.", "He said yes; sie sagte ja.", "Pas de mot.",
        "dit-il", "a-t-elle", "")) {
      assertThat(matches(SAID.in(t), t)).as(t).isEqualTo(matches(SAID.full(), t));
    }
    assertThat(matches(SAID.full(), "a-t-il dit")).containsExactly("0-6", "7-10");
  }

  @Test
  void refusesAlternativesWithoutTheirBar() {
    assertThatThrownBy(() -> NarrowedPattern.of("(?:a", "b", ")", "b")).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> matches(Pattern p, String t) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }
}
