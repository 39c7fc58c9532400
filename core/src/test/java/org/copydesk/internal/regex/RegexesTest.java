package org.copydesk.internal.regex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexesTest {
  @Test
  void groupsAlternativesByTheirFirstCharacterRecursively() {
    assertThat(Regexes.factor("(?iu)\\b(?:said|says|told|tells|say)(?!\\p{L})"))
        .isEqualTo("(?iu)\\b(?:sa(?:id|y(?:s|))|t(?:old|ells))(?!\\p{L})");
    // case-insensitive: "S" and "s" are one group; case-sensitive: two
    assertThat(Regexes.factor("(?i)Sa|sb")).isEqualTo("(?i)S(?:a|b)");
    assertThat(Regexes.factor("Sa|sb")).isEqualTo("Sa|sb");
  }

  @Test
  void aListWithThreeFirstCharactersOrMoreIsLookedAheadOnce() {
    assertThat(Regexes.factor("(?iu)\\b(?:said|told|claimed|says)\\b"))
        .isEqualTo("(?iu)\\b(?:(?=[stc])(?:sa(?:id|ys)|told|claimed))\\b");
    // not when an alternative does not begin with a plain literal, nor for two first characters
    assertThat(Regexes.factor("(?:said|\\w+told|claimed)")).isEqualTo("(?:said|\\w+told|claimed)");
    assertThat(Regexes.factor("(?:said|says|told)")).isEqualTo("(?:sa(?:id|ys)|told)");
  }

  @Test
  void anAlternativeThatIsNotALiteralKeepsItsPlaceAndSplitsTheRun() {
    assertThat(Regexes.factor("sa|\\w+|sb|sc")).isEqualTo("sa|\\w+|s(?:b|c)");
    assertThat(Regexes.factor("s?a|sb|sc")).isEqualTo("s?a|s(?:b|c)");
    assertThat(Regexes.factor("(?:ab|ac)(d|e)")).isEqualTo("(?:a(?:b|c))(d|e)");
  }

  @Test
  void aRunOfLiteralsAmongOtherAlternativesIsLookedAheadInItsPlace() {
    assertThat(Regexes.factor("(?i)(?:said|told|claimed|\\p{L}+-t-il|sagt|erklärt|teilt)"))
        .isEqualTo("(?i)(?:(?=[stc])(?:said|told|claimed)|\\p{L}+-t-il|(?=[set])(?:sagt|erklärt|teilt))");
    // two first characters, or one alternative: no lookahead
    assertThat(Regexes.factor("said|sagt|told|\\w+|x")).isEqualTo("sa(?:id|gt)|told|\\w+|x");
  }

  @Test
  void leavesWhatItCannotReadWithCertaintyAsWritten() {
    for (String r : List.of("\\Qab|ac\\E", "(?x)ab|ac", "ab|(?i)ac", "(?<!ab|ac)x", "[ab|ac]|ad", "ab|ac)")) {
      assertThat(Regexes.factor(r)).as(r).isEqualTo(r);
    }
    assertThat(Regexes.factor("(?iu)ßa|ßb")).isEqualTo("(?iu)ßa|ßb"); // caseless: not grouped
    // an escape that writes a caseless letter by its code would stand alone after grouping
    assertThat(Regexes.factor("(?iu)a\\x{DF}|ab")).isEqualTo("(?iu)a\\x{DF}|ab");
    assertThat(Regexes.factor("\\c|ab|ac")).isEqualTo("\\c|ab|ac"); // "\\c" takes the next character
    // an alternative with a capturing group keeps its place: group 1 stays group 1
    assertThat(Regexes.factor("a|c(x)|a(y)")).isEqualTo("a|c(x)|a(y)");
    assertThat(Regexes.factor("ab|c(x)|ad|ae")).isEqualTo("ab|c(x)|a(?:d|e)");
    assertThat(Regexes.compile("ab|ac").pattern()).isEqualTo("a(?:b|c)");
    assertThat(Regexes.source(Regexes.compile("ab|ac"))).isEqualTo("ab|ac");
  }

  /**
   * Random alternations (words sharing prefixes, case variants, letters that fold unusually, alternatives that are
   * not literals, captures, flags) on random texts: the factored pattern finds the same matches, with the same
   * groups, as the pattern as written.
   */
  @Test
  void aFactoredPatternMatchesExactlyAsTheOriginal() {
    Random random = new Random(20261204);
    String letters = "saidtSAéÉßẞıİIikK";
    String[] complex = {"\\p{L}+x", "a\\s+b", "s?a", "", "(s|t)a", "[sa]d", "(?-i:Sa)", "s(?=a)", "(?:sa|si)d",
        "(?<n>sa)i", "a|", "\\d", "(?>sa|s)a", "k(?i:a|b)", "s(a)", "sa(i|d)", "t(s)?"};
    String[] flags = {"", "(?i)", "(?iu)", "(?u)"};
    String[] tails = {"", "(?!\\p{L})", "d", "\\b", "a?i"};
    int changed = 0;
    int lookahead = 0;
    int runLookahead = 0;
    int checked = 0;
    for (int n = 0; n < 3000; n++) {
      List<String> branches = new ArrayList<>();
      int count = 2 + random.nextInt(8);
      for (int b = 0; b < count; b++) {
        String c = complex[random.nextInt(complex.length)];
        if (random.nextInt(6) == 0 && !(c.contains("(?<") && branches.contains(c))) {
          branches.add(c);
        } else {
          branches.add(word(random, letters, 1 + random.nextInt(4)));
        }
      }
      String alt = String.join("|", branches);
      String regex = switch (random.nextInt(3)) {
        case 0 -> flags[random.nextInt(flags.length)] + alt;
        case 1 -> flags[random.nextInt(flags.length)] + "(?:" + alt + ")" + tails[random.nextInt(tails.length)];
        default -> flags[random.nextInt(flags.length)] + "x?(" + alt + ")" + tails[random.nextInt(tails.length)];
      };
      Pattern original = Pattern.compile(regex);
      Pattern factored = Regexes.compile(regex);
      if (!factored.pattern().equals(regex)) {
        changed++;
      }
      if (factored.pattern().contains("(?=[") && !regex.contains("(?=[")) {
        lookahead++;
      }
      if (factored.pattern().contains("|(?=[")) {
        runLookahead++; // a run after an alternative that is not a literal
      }
      for (int t = 0; t < 20; t++) {
        String text = word(random, letters + " x-d", random.nextInt(24));
        assertThat(matches(factored, text)).as("%s (as %s) on \"%s\"", regex, factored.pattern(), text)
            .isEqualTo(matches(original, text));
        checked++;
      }
    }
    assertThat(changed).as("patterns the rewrite changed").isGreaterThan(1500);
    assertThat(lookahead).as("patterns given a first-character lookahead").isGreaterThan(300);
    assertThat(runLookahead).as("runs given a lookahead among other alternatives").isGreaterThan(300);
    assertThat(checked).isEqualTo(60000);
  }

  private static String word(Random random, String letters, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
      for (int g = 1; g <= m.groupCount(); g++) {
        b.append(' ').append(m.start(g)).append('-').append(m.end(g));
      }
      out.add(b.toString());
    }
    return out;
  }
}
