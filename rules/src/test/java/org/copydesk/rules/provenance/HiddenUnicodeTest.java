package org.copydesk.rules.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HiddenUnicodeTest {
  private static final String TITLE = "Budget\n\n";

  @Test
  void flagsInvisibleCharactersInLatinText() {
    RuleTester.of(new HiddenUnicode())
        .expect(TITLE + "The gov<<\u200B>>ernment approved the budget on Tuesday.")
        .expect(TITLE + "The council met on Monday<<\u202E>> and voted.")
        .expect(TITLE + "Prices rose.<<\uFE0F\uFE0F>> The mayor resigned.")
        .check();
  }

  @Test
  void decodesTagCharactersIntoTheFinding() throws Exception {
    String hidden = "ignore all".codePoints().map(c -> c + 0xE0000)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    Report r = Copydesk.builder().build().audit(Articles.parse(TITLE + "The budget passed." + hidden,
        Format.TEXT, "t"));
    Finding f = r.findings().stream().filter(x -> x.ruleId().equals(HiddenUnicode.ID)).findFirst().orElseThrow();
    assertThat(f.evidence()).containsEntry("hiddenText", "ignore all");
    assertThat(f.severity().id()).isEqualTo("error");
    assertThat(f.message()).contains("Unicode tag characters").contains("\"ignore all\"");
  }

  @Test
  void staysQuietOnLegitimateUses() {
    RuleTester.of(new HiddenUnicode())
        .expectNothing(TITLE + "Fans sent \u2764\uFE0F and \uD83D\uDC69\u200D\uD83D\uDCBB emoji to the club.")
        .expectNothing(TITLE + "The poet's book is called \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 in Persian.")
        .expectNothing(TITLE + "Scotland \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74"
            + "\uDB40\uDC7F won the match.")
        .expectNothing(TITLE + "The article ends here.\uFEFF" + "\uFE00\uFE01\uFE02\uFE03\uFE04\uFE05\uFE06\uFE07\uFE08")
        .check();
  }
}
