package org.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.Span;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.testing.TestRules;
import org.junit.jupiter.api.Test;

class FixerTest {
  private static final String RESIDUE = "integrity.template-residue";
  private static final String TYPO = "language.name-typo";
  private static final String HIDDEN = "provenance.hidden-unicode";
  private static final String DISCLOSURE = "provenance.ai-disclosure";

  /** Reports every block whose text is "Related Articles" or "Back to top", as the residue rule does. */
  private static final Rule RESIDUE_RULE = rule(RESIDUE, "(?m)^(?:Related Articles|Back to top)$",
      Suggestion.delete("delete this line"), 0.95);
  /** "Shrinks" should be "Shrines", at confidence 0.7 like the seed's name typo. */
  private static final Rule TYPO_RULE = rule(TYPO, "Shrinks", Suggestion.replace("Shrines"), 0.7);
  private static final Rule HIDDEN_RULE = rule(HIDDEN, "\u200B+", Suggestion.delete("strip"), 0.9);
  /** A deletion Copydesk must never apply on its own. */
  private static final Rule DISCLOSURE_RULE = rule(DISCLOSURE, "(?m)^This text was rewritten by AI\\.$",
      Suggestion.delete("delete it"), 0.95);

  private static final Copydesk COPYDESK = Copydesk.builder()
      .addPack(TestRules.pack("test", RESIDUE_RULE, TYPO_RULE, HIDDEN_RULE, DISCLOSURE_RULE))
      .build();

  private static Rule rule(String id, String regex, Suggestion suggestion, double confidence) {
    RuleDescriptor d = TestRules.descriptor(id, Severity.WARNING, "test");
    Pattern p = Pattern.compile(regex);
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return d;
      }

      @Override
      public void check(Article article, RuleContext ctx) {
        Matcher m = p.matcher(article.text());
        while (m.find()) {
          ctx.report(new Span(m.start(), m.end())).message("test").confidence(confidence).suggest(suggestion).emit();
        }
      }
    };
  }

  private static Fixes fix(String text, Format format) throws Exception {
    return fix(Fixer.defaults(), text, format);
  }

  private static Fixes fix(Fixer fixer, String text, Format format) throws Exception {
    Article a = Articles.parse(text, format, "t");
    return fixer.fix(COPYDESK.audit(a), a.sourceMap());
  }

  private static String fixed(String text) throws Exception {
    return fix(text, Format.TEXT).fixed();
  }

  @Test
  void deletesALineAtTheStartWithTheBlankLineAfterIt() throws Exception {
    assertThat(fixed("Related Articles\n\nThe council met on Monday.\n")).isEqualTo("The council met on Monday.\n");
  }

  @Test
  void deletesALineBetweenParagraphsKeepingOneBlankLine() throws Exception {
    assertThat(fixed("Budget Talks\n\nRelated Articles\n\nThe council met on Monday.\n"))
        .isEqualTo("Budget Talks\n\nThe council met on Monday.\n");
  }

  @Test
  void deletesTheLastLineWithTheBlankLineBeforeIt() throws Exception {
    assertThat(fixed("The council met on Monday.\n\nBack to top\n")).isEqualTo("The council met on Monday.\n");
    // no final line break: the line that stays keeps its own, nothing else changes
    assertThat(fixed("The council met on Monday.\n\nBack to top")).isEqualTo("The council met on Monday.\n");
  }

  @Test
  void deletesALineBetweenLinesWithoutTouchingThem() throws Exception {
    assertThat(fixed("The council met on Monday.\nRelated Articles\nThe vote is on Friday.\n"))
        .isEqualTo("The council met on Monday.\nThe vote is on Friday.\n");
  }

  @Test
  void consecutiveDeletionsLeaveOneBlankLineAndPreserveOtherSpacing() throws Exception {
    assertThat(fixed("The council met.\n\nRelated Articles\n\nBack to top\n\nThe vote is on Friday.\n"))
        .isEqualTo("The council met.\n\nThe vote is on Friday.\n");
    // blank lines the fixes do not touch stay, however many
    assertThat(fixed("The council met.\n\n\n\nRelated Articles\n\nThe vote is on Friday.\n"))
        .isEqualTo("The council met.\n\n\n\nThe vote is on Friday.\n");
  }

  @Test
  void crlfStaysCrlf() throws Exception {
    Fixes f = fix("Budget Talks\r\n\r\nRelated Articles\r\n\r\nThe Spiritual Shrinks Council met.\r\n", Format.TEXT);
    assertThat(f.fixed()).isEqualTo("Budget Talks\r\n\r\nThe Spiritual Shrines Council met.\r\n");
    assertThat(f.unifiedDiff("a/t", "b/t")).isEqualTo("--- a/t\n+++ b/t\n"
        + "@@ -1,5 +1,3 @@\n"
        + " Budget Talks\r\n"
        + " \r\n"
        + "-Related Articles\r\n"
        + "-\r\n"
        + "-The Spiritual Shrinks Council met.\r\n"
        + "+The Spiritual Shrines Council met.\r\n");
  }

  @Test
  void replacesExactlyTheSpanInsideALine() throws Exception {
    Fixes f = fix("Budget Talks\n\nPilgrims visit the  Spiritual Shrinks of the region, said the minister.\n",
        Format.TEXT);
    assertThat(f.fixed())
        .isEqualTo("Budget Talks\n\nPilgrims visit the  Spiritual Shrines of the region, said the minister.\n");
    assertThat(f.applied()).singleElement().satisfies(e -> {
      assertThat(e.finding().ruleId()).isEqualTo(TYPO);
      assertThat(f.original().substring(e.start(), e.end())).isEqualTo("Shrinks");
      assertThat(e.replacement()).isEqualTo("Shrines");
    });
  }

  @Test
  void overlappingEditsKeepTheFirstAndSaySo() throws Exception {
    // a typo rule and a residue rule on the same line: the line goes, the typo fix is skipped
    Rule wide = rule(RESIDUE, "(?m)^Shrinks of Note$", Suggestion.delete("delete this line"), 0.9);
    Copydesk c = Copydesk.builder().addPack(TestRules.pack("test", wide, TYPO_RULE)).build();
    Article a = Articles.parse("The council met on Monday.\n\nShrinks of Note\n\nThe vote is Friday.\n",
        Format.TEXT, "t");
    Fixes f = Fixer.defaults().fix(c.audit(a), a.sourceMap());
    assertThat(f.fixed()).isEqualTo("The council met on Monday.\n\nThe vote is Friday.\n");
    assertThat(f.applied()).extracting(e -> e.finding().ruleId()).containsExactly(RESIDUE);
    assertThat(f.skipped()).singleElement().satisfies(s -> {
      assertThat(s.finding().ruleId()).isEqualTo(TYPO);
      assertThat(s.reason()).isEqualTo("overlaps the fix for " + RESIDUE + " at 3:1");
    });
  }

  @Test
  void nothingToFix() throws Exception {
    String text = "Budget Talks\n\nThe council met on Monday.\n";
    Fixes f = fix(text, Format.TEXT);
    assertThat(f.fixed()).isEqualTo(text);
    assertThat(f.changed()).isFalse();
    assertThat(f.applied()).isEmpty();
    assertThat(f.skipped()).isEmpty();
    assertThat(f.unifiedDiff("a/t", "b/t")).isEmpty();
  }

  @Test
  void neverAppliesWhatNeedsAnEditor() throws Exception {
    String text = "The council met on Monday.\n\nThis text was rewritten by AI.\n";
    Article a = Articles.parse(text, Format.TEXT, "t");
    Report r = COPYDESK.audit(a);
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly(DISCLOSURE);
    assertThat(Fixer.defaults().fix(r, a.sourceMap()).fixed()).isEqualTo(text);
    assertThatThrownBy(() -> Fixer.defaults().withRules(List.of(DISCLOSURE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'provenance.ai-disclosure' cannot be fixed automatically");
  }

  @Test
  void rulesAndConfidenceSelect() throws Exception {
    String text = "Budget Talks\n\nRelated Articles\n\nThe Spiritual Shrinks Council met.\n";
    assertThat(fix(Fixer.defaults().withMinConfidence(0.8), text, Format.TEXT).fixed())
        .isEqualTo("Budget Talks\n\nThe Spiritual Shrinks Council met.\n");
    assertThat(fix(Fixer.defaults().withRules(List.of(TYPO)), text, Format.TEXT).fixed())
        .isEqualTo("Budget Talks\n\nRelated Articles\n\nThe Spiritual Shrines Council met.\n");
    assertThatThrownBy(() -> Fixer.defaults().withMinConfidence(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stripsHiddenCharactersAndDeletesALineOfNothingButThem() throws Exception {
    assertThat(fixed("Budget Talks\n\nThe coun\u200B\u200Bcil met.\n\n\u200B\n\nThe vote is Friday.\n"))
        .isEqualTo("Budget Talks\n\nThe council met.\n\nThe vote is Friday.\n");
  }

  @Test
  void leavesVisibleTextThatSharesItsLine() throws Exception {
    Rule inline = rule(RESIDUE, "Back to top", Suggestion.delete("delete this line"), 0.9);
    Copydesk c = Copydesk.builder().addPack(TestRules.pack("test", inline)).build();
    String text = "The council met on Monday. Back to top of the agenda was the budget.\n";
    Article a = Articles.parse(text, Format.TEXT, "t");
    Fixes f = Fixer.defaults().fix(c.audit(a), a.sourceMap());
    assertThat(f.fixed()).isEqualTo(text);
    assertThat(f.skipped()).singleElement().extracting(Fixes.Skipped::reason).asString()
        .contains("shares its line");
  }

  @Test
  void markdownDeletesTheWholeLineWithItsMarkup() throws Exception {
    assertThat(fix("# Budget Talks\n\n## Related Articles\n\nThe _Spiritual Shrinks_ Council met.\n",
        Format.MARKDOWN).fixed())
        .isEqualTo("# Budget Talks\n\nThe _Spiritual Shrines_ Council met.\n");
    // a setext heading's underline goes with it, or the paragraph above would become a heading
    assertThat(fix("The council met on Monday.\n\nRelated Articles\n----------------\n\nThe vote is Friday.\n",
        Format.MARKDOWN).fixed())
        .isEqualTo("The council met on Monday.\n\nThe vote is Friday.\n");
  }

  @Test
  void replacementsOnlyWhereTheSourceIsTheExcerpt() throws Exception {
    // an entity in the word: the normalised text says Shrinks, the source does not
    Fixes f = fix("# Budget Talks\n\nThe Spiritual Shri&#110;ks Council met.\n", Format.MARKDOWN);
    assertThat(f.changed()).isFalse();
    assertThat(f.skipped()).singleElement().extracting(Fixes.Skipped::reason).asString()
        .contains("not its text");
  }

  @Test
  void refusesHtmlAndJson() throws Exception {
    Article a = Articles.parse("<p>Related Articles</p>", Format.HTML, "t.html");
    Report r = COPYDESK.audit(a);
    assertThat(Fixer.supports(Format.HTML)).isFalse();
    assertThat(Fixer.supports(Format.JSON)).isFalse();
    assertThatThrownBy(() -> Fixer.defaults().fix(r, a.sourceMap()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("html input cannot be fixed");
  }

  @Test
  void diffHunksHaveContextAndCountsAndMarkAMissingFinalLineBreak() throws Exception {
    StringBuilder text = new StringBuilder("Budget Talks\n\n");
    for (int i = 1; i <= 12; i++) {
      text.append("Paragraph ").append(i).append(" says something.\n\n");
    }
    text.append("The Spiritual Shrinks Council met.\n\nBack to top");
    Fixes f = fix(text.toString(), Format.TEXT);
    assertThat(f.unifiedDiff("a/t.txt", "b/t.txt")).isEqualTo("--- a/t.txt\n+++ b/t.txt\n"
        + "@@ -24,6 +24,4 @@\n"
        + " \n"
        + " Paragraph 12 says something.\n"
        + " \n"
        + "-The Spiritual Shrinks Council met.\n"
        + "-\n"
        + "-Back to top\n"
        + "\\ No newline at end of file\n"
        + "+The Spiritual Shrines Council met.\n");
  }
}
