package org.copydesk.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {
  @Test
  void findsTheLongestWordOutsideGroupsAndQuantifiers() {
    assertThat(RequiredLiteral.of("(?iu)\\bas an ai(?: language)? model\\b")).isEqualTo("as an ai");
    assertThat(RequiredLiteral.of("\\bfeel free to (?:ask|let me know)\\b")).isEqualTo("feel free to ");
    assertThat(RequiredLiteral.of("(?iu)(?<![\\p{L}])plays\\s+a\\s+crucial\\s+role")).isEqualTo("crucial");
    assertThat(RequiredLiteral.of("\\p{IsAlphabetic}+ and \\p{L}")).isEqualTo(" and "); // class names are not text
    assertThat(RequiredLiteral.of("[a-z&&[^x]]okay]")).isEqualTo("okay]");
  }

  @Test
  void lowerFoldsLikeCaseInsensitivePatterns() {
    assertThat(RequiredLiteral.lower("İçin ÜBER Straße")).isEqualTo("için über straße");
    assertThat(RequiredLiteral.lower("umarım ΣΑΣ ς")).isEqualTo("umarim σασ σ"); // as (?iu) compares them
  }

  @Test
  void aRequiredGroupOfAlternativesGivesAnyOf() {
    assertThat(RequiredLiteral.anyOf("^\\W*(?:certainly|sure|of course)[!,.]*\\s+here"))
        .containsExactly("certainly", "sure", "of course"); // ties keep the first
    assertThat(RequiredLiteral.allOf("^\\W*(?:certainly|sure|of course)[!,.]*\\s+here"))
        .containsExactly(List.of("certainly", "sure", "of course"), List.of("here"));
    assertThat(RequiredLiteral.allOf("(?iu)(?<![\\p{L}])it['’]s\\s+not\\s+just\\s+about"))
        .containsExactly(List.of("it"), List.of("not"), List.of("just"), List.of("about"));
    assertThat(RequiredLiteral.anyOf("(?iu)(?:paving|pave|paves)\\s+the\\s+way")).containsExactly("paving", "pave", "paves");
    assertThat(RequiredLiteral.anyOf("(?:ab|cdef)x")).containsExactly("ab", "cdef");
    assertThat(RequiredLiteral.anyOf("(?:a|cdef)x")).isNull(); // "a" is too short to check
    assertThat(RequiredLiteral.anyOf("\\bmy (?:(?:knowledge|training) (?:cutoff|cut-off)|training data)\\b"))
        .containsExactly("knowledge", "training", "training data"); // nested groups unite
    assertThat(RequiredLiteral.anyOf("(?=lookahead)\\d+")).isNull();
    assertThat(RequiredLiteral.mayMatch(List.of("pave", "paving"), "they pave the way")).isTrue();
    assertThat(RequiredLiteral.mayMatch(List.of("pave", "paving"), "nothing here")).isFalse();
    assertThat(RequiredLiteral.mayMatch(null, "anything")).isTrue();
  }

  @Test
  void givesUpWhenAMatchNeedNotContainAnyLiteral() {
    assertThat(RequiredLiteral.anyOf("a|defgh")).isNull(); // "a" is too short to check
    assertThat(RequiredLiteral.of("(?:certainly|sure)!")).isNull();
    assertThat(RequiredLiteral.of("\\[\\[[A-Z_]{2,30}\\]\\]")).isEqualTo("[["); // rare punctuation is enough
    assertThat(RequiredLiteral.of("e\\.g\\. \\d")).isEqualTo("e.g. "); // escaped punctuation is literal text
    assertThat(RequiredLiteral.of("\\Qliteral\\E")).isNull();
    assertThat(RequiredLiteral.of("colou?r")).isEqualTo("colo");
    assertThat(RequiredLiteral.of("umarım bu")).isEqualTo("umarim bu"); // dotless ı folds to i, as (?iu) folds it
    assertThat(RequiredLiteral.of("взят из источника")).isEqualTo("взят из источника");
    assertThat(RequiredLiteral.anyOf("(?iu)foo\\s+bar|bazqux")).containsExactly("foo", "bazqux");
  }

  @Test
  void aClassOfRareCharactersIsARequiredClause() {
    assertThat(RequiredLiteral.allOf("x[(\\[]\\s*via")).containsExactly(List.of("(", "["), List.of("via"));
    assertThat(RequiredLiteral.allOf("\\s[—–]\\s*\\p{Lu}")).containsExactly(List.of("—", "–"));
    assertThat(RequiredLiteral.allOf("[\\p{L}\\d][¹²³]+")).containsExactly(List.of("¹", "²", "³"));
    assertThat(RequiredLiteral.allOf("\\w\\*(?!\\s)")).containsExactly(List.of("*"));
    // optional, negated, ranged, or with a character that is not rare: nothing is required
    for (String r : List.of("a[(\\[]?b", "a[(\\[]*b", "a[(\\[]{0,2}b", "a[^(]b", "a[(-*]b", "a[(x]b", "a[\\p{L}(]b")) {
      assertThat(RequiredLiteral.allOf(r)).as(r).isNull();
    }
  }

  @Test
  void commentsModeAndQuotedTextProveNothing() {
    // (?x): "a b" matches "ab" and "#" starts a comment, so neither is required text
    assertThat(RequiredLiteral.allOf("(?x:a b)c")).isNull();
    assertThat(RequiredLiteral.allOf("(?x)ab #comment")).isNull();
    // \Q...\E inside a group hides a bracket that would otherwise close it
    assertThat(RequiredLiteral.allOf("(\\Q)\\E|ab)cd")).isNull();
    assertThat(Pattern.compile("(\\Q)\\E|ab)cd").matcher(")cd").find()).isTrue();
  }

  @Test
  void aQuantifierAfterAnEmojiMakesTheWholeEmojiOptional() {
    assertThat(RequiredLiteral.allOf("ab\uD83D\uDE00?")).containsExactly(List.of("ab"));
  }

  /** Random small patterns over a small alphabet: whenever one finds a match, its required strings are in the text. */
  @Test
  void neverRulesOutTextARandomPatternMatches() {
    String[] atoms = {"a", "b", "ab", "ba", " ", "#", "\\.", ".", "[ab]", "[^a]", "[a&&[^b]]", "[]a]", "\\s", "\\x61",
        "\\x{62}", "\\0141", "\\p{L}", "\\R", "\\X", "\\Qa|b\\E", "\\Q)\\E", "\\k<g>", "(?i)", "(?-i)", "(?x)",
        "(?=ab)", "(?<!b)", "^", "$", "\\b", "A", "\u0130", "\u0131", "K", "\u212A", "\uD83D\uDE00", "[(\\[]", "[*)]",
        "[]*]", "\\(", "\\*", "[¹²]", "[(-*]", "[^(]"};
    String[] quantifiers = {"", "", "?", "*", "+", "{2}", "{0}", "{1,}", "??", "+?", "*+", "?+"};
    String[] opens = {"(", "(?:", "(?<g>", "(?>", "(?i:", "(?!", "(?<=a", "(?x:"};
    String alphabet = "abAB .#\u0130\u0131K\u212A\uD83D\uDE00)|(*[¹";
    Random random = new Random(7);
    int checked = 0;
    for (int n = 0; n < 20_000; n++) {
      String regex = randomRegex(random, atoms, quantifiers, opens, 0);
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex, random.nextBoolean() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      } catch (PatternSyntaxException e) {
        continue;
      }
      List<List<String>> clauses = RequiredLiteral.allOf(regex);
      if (clauses == null) {
        continue;
      }
      LiteralPrefilter prefilter = LiteralPrefilter.ofClauses(List.of(clauses));
      for (int t = 0; t < 30; t++) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(10); k > 0; k--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (pattern.matcher(text).find()) {
          checked++;
          assertThat(prefilter.candidates(text).get(0)).as("%s on '%s': %s", regex, text, clauses).isTrue();
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  private static String randomRegex(Random r, String[] atoms, String[] quantifiers, String[] opens, int depth) {
    StringBuilder sb = new StringBuilder();
    for (int n = 1 + r.nextInt(4); n > 0; n--) {
      int k = r.nextInt(10);
      if (depth < 2 && k < 3) {
        sb.append(opens[r.nextInt(opens.length)]);
        for (int j = r.nextInt(3); j >= 0; j--) {
          sb.append(r.nextInt(5) == 0 ? "" : randomRegex(r, atoms, quantifiers, opens, depth + 1)).append(j > 0 ? "|" : "");
        }
        sb.append(')').append(quantifiers[r.nextInt(quantifiers.length)]);
      } else if (k == 3 && depth == 0) {
        sb.append('|');
      } else {
        sb.append(atoms[r.nextInt(atoms.length)]).append(r.nextInt(3) == 0 ? quantifiers[r.nextInt(quantifiers.length)] : "");
      }
    }
    return sb.toString();
  }
}
