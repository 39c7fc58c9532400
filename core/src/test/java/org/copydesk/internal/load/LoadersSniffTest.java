package org.copydesk.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.article.Format;
import org.junit.jupiter.api.Test;

class LoadersSniffTest {
  @Test
  void json() {
    assertThat(Loaders.sniff("{\"title\": \"x\", \"body\": \"y\"}")).isEqualTo(Format.JSON);
    assertThat(Loaders.sniff("\n  {\"body\": \"y\"}")).isEqualTo(Format.JSON);
  }

  @Test
  void html() {
    assertThat(Loaders.sniff("<!DOCTYPE html>\n<html><body><p>x</p></body></html>")).isEqualTo(Format.HTML);
    assertThat(Loaders.sniff("  <html lang=\"en\">")).isEqualTo(Format.HTML);
    assertThat(Loaders.sniff("<p>Just a paragraph.</p>")).isEqualTo(Format.HTML);
    assertThat(Loaders.sniff("<div class=\"x\">text</div>")).isEqualTo(Format.HTML);
    assertThat(Loaders.sniff("<article>text</article>")).isEqualTo(Format.HTML);
  }

  @Test
  void markdown() {
    assertThat(Loaders.sniff("---\ntitle: x\n---\nBody.")).isEqualTo(Format.MARKDOWN);
    assertThat(Loaders.sniff("# Title\n\nBody.")).isEqualTo(Format.MARKDOWN);
    assertThat(Loaders.sniff("Intro line.\n\n## Section\n\nMore.")).isEqualTo(Format.MARKDOWN);
    assertThat(Loaders.sniff("Things:\n\n- one\n- two")).isEqualTo(Format.MARKDOWN);
    assertThat(Loaders.sniff("See [the report](https://example.com) for more.")).isEqualTo(Format.MARKDOWN);
  }

  @Test
  void plainText() {
    assertThat(Loaders.sniff("Leaders Meet\n\nThe summit opened on Monday.")).isEqualTo(Format.TEXT);
    assertThat(Loaders.sniff("#hashtag is not a heading")).isEqualTo(Format.TEXT);
    assertThat(Loaders.sniff("Prices rose 3% <b>today</b>.")).isEqualTo(Format.TEXT);
    assertThat(Loaders.sniff("-5 degrees outside")).isEqualTo(Format.TEXT);
  }
}
