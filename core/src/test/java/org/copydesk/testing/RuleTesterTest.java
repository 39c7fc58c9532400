package org.copydesk.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.copydesk.article.Format;
import org.copydesk.rule.Rule;
import org.copydesk.rule.Severity;
import org.junit.jupiter.api.Test;

class RuleTesterTest {
  private static final Rule VOTE = TestRules.word("style.vote", Severity.INFO, "vote");

  @Test
  void markedFindingsPass() {
    assertThatCode(() -> RuleTester.of(VOTE)
        .expect("The <<vote>> failed.")
        .expect("A <<vote>> and another <<vote>>.\n\nA third <<vote>> in a new paragraph.")
        .expectNothing("Nothing to see here.")
        .expectNothing("Votes and voters do not count.")
        .check()).doesNotThrowAnyException();
  }

  @Test
  void markedTextMayWrapAcrossLines() {
    assertThatCode(() -> RuleTester.of(TestRules.quantities("claims.figures"))
        .expect("The SCO represents <<more than 40%>> of the world\u2019s population.")
        .expect("The SCO represents <<more than\n40%>> of the world\u2019s population.")
        .check()).doesNotThrowAnyException();
  }

  @Test
  void otherFormats() {
    assertThatCode(() -> RuleTester.of(VOTE)
        .format(Format.MARKDOWN)
        .expect("# Title\n\nThe **<<vote>>** was [a <<vote>>](https://example.com/vote).")
        .expectNothing("```\nvote in code\n```\n\nNo findings here.")
        .check()).doesNotThrowAnyException();
    assertThatCode(() -> RuleTester.of(VOTE)
        .format(Format.HTML)
        .expect("<p>Tom &amp; the <<vote>> &amp; <<vote>>.</p>")
        .check()).doesNotThrowAnyException();
  }

  @Test
  void anUnmarkedFindingFails() {
    assertThatThrownBy(() -> RuleTester.of(VOTE).expectNothing("The vote failed.").check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("style.vote")
        .hasMessageContaining("case 1")
        .hasMessageContaining("1:5 «vote»")
        .hasMessageContaining("The vote failed.");
  }

  @Test
  void aMissingFindingFails() {
    assertThatThrownBy(() -> RuleTester.of(VOTE).expect("The <<budget>> vote.").check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected [1:5 «budget»], actual [1:12 «vote»]");
  }

  @Test
  void theMarkedOccurrenceMatters() {
    assertThatThrownBy(() -> RuleTester.of(VOTE).expect("One <<vote>>, then vote again.").check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1:16 «vote»");
  }

  @Test
  void theMarkedExtentMatters() {
    assertThatThrownBy(() -> RuleTester.of(VOTE).expect("The <<vote failed>>.").check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected [1:5 «vote failed»], actual [1:5 «vote»]");
  }

  @Test
  void everyFailingCaseIsReported() {
    assertThatThrownBy(() -> RuleTester.of(VOTE)
        .expectNothing("A vote.")
        .expect("A <<vote>>.")
        .expectNothing("Another vote.")
        .check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("case 1")
        .hasMessageNotContaining("case 2")
        .hasMessageContaining("case 3");
  }

  @Test
  void aRuleErrorFails() {
    assertThatThrownBy(() -> RuleTester.of(TestRules.throwing("integrity.boom")).expectNothing("Text.").check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the rule failed: IllegalStateException: boom");
  }

  @Test
  void unparsableCaseFails() {
    assertThatThrownBy(() -> RuleTester.of(VOTE).format(Format.JSON).expectNothing("{\"title\": \"x\"}").check())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("cannot be parsed as json");
  }

  @Test
  void markersAreValidated() {
    RuleTester t = RuleTester.of(VOTE);
    assertThatThrownBy(() -> t.expect("no markers")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expectNothing");
    assertThatThrownBy(() -> t.expect("<<open only")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.expect("close only>> <<x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.expect("<<a <<b>> c>>")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.expect("empty <<>> mark")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.expectNothing("a <<vote>>")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(t::check).isInstanceOf(IllegalStateException.class);
  }
}
