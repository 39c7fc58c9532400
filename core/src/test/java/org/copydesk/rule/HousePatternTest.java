package org.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;
import org.copydesk.report.Policy;
import org.copydesk.report.Report;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** House patterns as rules: what they flag and leave alone, their messages and suggestions, what they refuse. */
class HousePatternTest {
  private static HousePattern said() {
    return HousePattern.builder("said-not-stated", "(stated|remarked|commented)")
        .message("attribution: write \"said\", not \"{match}\"").suggestion("said").ignoreCase(true).build();
  }

  @Test
  void flagsWhatMatchesInAnyCaseWhenAsked() {
    RuleTester.of(said())
        .expect("Budget\n\nThe minister <<stated>> that the plan would work. \"No,\" she <<Remarked>>.")
        .expect("Budget\n\n<<COMMENTED>> the mayor: nothing.")
        .expectNothing("Budget\n\nThe minister said that the plan would work, as the plan says.")
        .check();
  }

  @Test
  void matchesOnlyWholeWordsInAnyScriptByDefault() {
    HousePattern cafe = HousePattern.builder("cafe", "café").message("the house writes cafe").suggestion("cafe")
        .build();
    RuleTester.of(cafe)
        .expect("Food\n\nThe <<café>> opened; a second <<café>>, on Main Street, closed.")
        .expectNothing("Food\n\nThe cafés and the décafé counter stayed open.")
        .check();
    RuleTester.of(said())
        .expectNothing("Budget\n\nThe restated figures were recommented by the unstated board.")
        .check();
  }

  @Test
  void wholeWordOffMatchesInsideWords() {
    HousePattern judgement = HousePattern.builder("judgment", "judgement").message("the house writes judgment")
        .suggestion("judgment").wholeWord(false).build();
    RuleTester.of(judgement)
        .expect("Court\n\nThe <<judgement>> was called a mis<<judgement>> by the defence.")
        .expectNothing("Court\n\nThe judgment was called a misjudgment by the defence.")
        .check();
  }

  @Test
  void isCaseSensitiveUnlessAsked() {
    HousePattern covid = HousePattern.builder("covid", "Covid(-19)?").message("write COVID-19").build();
    RuleTester.of(covid)
        .expect("Health\n\nThe <<Covid>> ward and the <<Covid-19>> ward reopened.")
        .expectNothing("Health\n\nThe COVID ward and the covid-19 ward reopened.")
        .check();
  }

  @Test
  void messagesQuoteTheMatchAndSuggestionsUseItsGroups() throws Exception {
    HousePattern percent = HousePattern.builder("per-cent", "([0-9]+) per\\s+cent")
        .message("\"{match}\": the house writes percent").suggestion("$1 percent").category(Category.STYLE)
        .severity(Severity.INFO).build();
    assertThat(percent.id()).isEqualTo("style.house-per-cent");
    Copydesk c = Copydesk.builder().policy(Policy.defaults().withPatterns(List.of(percent)))
        .addPack(TestPack.EMPTY).build();
    Report r = c.audit("Rates\n\nPrices rose 4 per\ncent this year and 12 per cent last year.", Format.TEXT, "a.txt");
    assertThat(r.findings()).extracting(Finding::message).containsExactly(
        "\"4 per cent\": the house writes percent", "\"12 per cent\": the house writes percent");
    assertThat(r.findings()).extracting(f -> f.suggestions().get(0).replacement())
        .containsExactly("4 percent", "12 percent");
    assertThat(r.findings()).extracting(f -> f.location().line() + ":" + f.location().column())
        .containsExactly("3:13", "4:20");
    assertThat(r.findings()).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("style.house-per-cent");
      assertThat(f.category()).isEqualTo(Category.STYLE);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
    });
  }

  @Test
  void reportsAtMostTheCapPerArticle() throws Exception {
    HousePattern word = HousePattern.builder("very", "very").message("cut \"very\"").build();
    Copydesk c = Copydesk.builder().policy(Policy.defaults().withPatterns(List.of(word)))
        .addPack(TestPack.EMPTY).build();
    Report r = c.audit("Title\n\n" + "It was very good. ".repeat(HousePattern.MAX_FINDINGS + 50), Format.TEXT,
        "a.txt");
    assertThat(r.findings()).hasSize(HousePattern.MAX_FINDINGS);
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void refusesWhatRe2CannotDoSayingWhatIsExpected() {
    assertThatThrownBy(() -> HousePattern.builder("x", "(a)\\1")).hasMessage("RE2 cannot compile the pattern"
        + " (invalid escape sequence: `\\1`); expected " + HousePattern.RE2_EXPECTED);
    assertThatThrownBy(() -> HousePattern.builder("x", "said(?= the)"))
        .hasMessageStartingWith("RE2 cannot compile the pattern (invalid or unsupported Perl syntax: `(?=`);");
    assertThatThrownBy(() -> HousePattern.builder("x", "(?<!not )said"))
        .hasMessageStartingWith("RE2 cannot compile the pattern (").hasMessageEndingWith(HousePattern.RE2_EXPECTED);
    assertThatThrownBy(() -> HousePattern.builder("x", "(unclosed"))
        .hasMessageStartingWith("RE2 cannot compile the pattern (missing closing ): `(unclosed`)");
  }

  @Test
  void refusesPatternsTooLongTooLargeOrMatchingNothing() {
    assertThatThrownBy(() -> HousePattern.builder("x", "a".repeat(HousePattern.MAX_LENGTH + 1)))
        .hasMessage("a pattern of 1001 characters; expected at most 1000 (split it into several patterns)");
    assertThatThrownBy(() -> HousePattern.builder("x", "((a{1000}){1000}){1000}"))
        .hasMessageStartingWith("a pattern of more than 1000 steps with its counted repetitions written out"
            + " (1,001,001,001);");
    assertThatThrownBy(() -> HousePattern.builder("x", "(ab{50}){30}"))
        .hasMessage("a pattern of more than 1000 steps with its counted repetitions written out (1,561); expected"
            + " smaller counts such as {1,50}");
    assertThat(HousePattern.builder("x", "(ab{50}){10}").message("m").build().regex()).isEqualTo("(ab{50}){10}");
    assertThatThrownBy(() -> HousePattern.builder("x", "(very )*")).hasMessage("a pattern that matches empty text;"
        + " expected one that needs at least one character (+ rather than *)");
    assertThatThrownBy(() -> HousePattern.builder("Said", "said")).hasMessageStartingWith("the name 'Said';");
  }

  @Test
  void countsStepsAsRe2WritesThemOut() {
    assertThat(HousePattern.ExpandedSize.of("said")).isEqualTo(4);
    assertThat(HousePattern.ExpandedSize.of("[a-z]{3}")).isEqualTo(4);
    assertThat(HousePattern.ExpandedSize.of("(?i)(?:x{10}){10}")).isEqualTo(111);
    assertThat(HousePattern.ExpandedSize.of("\\p{L}{5,20}")).isEqualTo(21);
    assertThat(HousePattern.ExpandedSize.of("a{2,}")).isEqualTo(4);
    assertThat(HousePattern.ExpandedSize.of("\\Qa{9}\\E")).isEqualTo(4);
    assertThat(HousePattern.ExpandedSize.of("[{]{9}|x")).isEqualTo(10 + 2);
    assertThat(HousePattern.ExpandedSize.of("a{x}")).isEqualTo(4);
  }

  @Test
  void suggestionsMayOnlyNameTheGroupsThePatternHas() {
    HousePattern.Builder b = HousePattern.builder("x", "([0-9]+) per cent");
    assertThatThrownBy(() -> b.suggestion("$2 percent")).hasMessage("the suggestion uses $2 but the pattern has 1"
        + " group; expected $0 to $1");
    assertThatThrownBy(() -> b.suggestion("US$ 5")).hasMessageStartingWith("a '$' in the suggestion 'US$ 5' that"
        + " names no group;");
    assertThat(b.suggestion("US$$ $1").message("m").build().suggestion()).hasValue("US$$ $1");
  }

  @Test
  void equalDefinitionsAreEqualWhereverWritten() {
    HousePattern a = HousePattern.builder("x", "said").message("m").origin("a.yaml:1:3").build();
    HousePattern b = HousePattern.builder("x", "said").message("m").origin("b.yaml:9:3").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(HousePattern.builder("x", "said").message("m").ignoreCase(true).build());
    assertThat(a.descriptor().description()).contains("a.yaml:1:3", "said", "whole words only");
  }

  /** A pack without rules, so only the policy's house patterns run. */
  enum TestPack implements RulePack {
    EMPTY;

    @Override
    public String version() {
      return "0";
    }

    @Override
    public List<Rule> rules() {
      return List.of();
    }
  }
}
