package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exclusive end columns past escapes and entities; which heading is the title. */
class SpanEndAndTitleTest {
  @Test
  void endColumnGoesPastAJsonEscape() throws Exception {
    // column:           1234567890123456789012
    String json = "{\"title\":\"T\",\"body\":\"Caf\\u00e9 opens\"}";
    Article a = Articles.parse(json, Format.JSON, "x.json");
    int at = a.text().indexOf("Café");
    Span span = new Span(at, at + 4);
    assertThat(a.sourceMap().start(at)).isEqualTo(new Position(1, json.indexOf("Caf") + 1));
    assertThat(a.sourceMap().end(span)).isEqualTo(new Position(1, json.indexOf(" opens") + 1));
  }

  @Test
  void endColumnGoesPastAnHtmlEntity() throws Exception {
    String html = "<html><body><article><p>" + "x".repeat(200) + " Tom &amp; Jerry&#8217;s show</p></article></body></html>";
    Article a = Articles.parse(html, Format.HTML, "x.html");
    int at = a.text().indexOf("Jerry’s");
    Span span = new Span(at, at + "Jerry’s".length());
    assertThat(a.sourceMap().end(span)).isEqualTo(new Position(1, html.indexOf(" show") + 1));
    Span amp = new Span(a.text().indexOf('&'), a.text().indexOf('&') + 1);
    assertThat(a.sourceMap().end(amp)).isEqualTo(new Position(1, html.indexOf(" Jerry") + 1));
  }

  @Test
  void markdownHashTitleStaysTheTitleWhenFrontMatterRepeatsIt() throws Exception {
    Article a = Articles.parse("---\ntitle: Ministers Agree\n---\n# Ministers Agree\n\nBody text here.\n",
        Format.MARKDOWN, "x.md");
    assertThat(a.blocks().get(0).type()).isEqualTo(BlockType.TITLE);
    assertThat(a.metadata().title()).isEqualTo("Ministers Agree");
  }

  @Test
  void htmlH1ThatIsNotTheHeadlineIsAHeading() throws Exception {
    String body = "<p>" + "Ministers agreed a deal on Monday after long talks. ".repeat(6) + "</p>";
    Article a = Articles.parse("<html><head><meta property=\"og:title\" content=\"Ministers Agree\"></head><body>"
        + "<article><h1>Daily Planet</h1>" + body + "</article></body></html>", Format.HTML, "x.html");
    assertThat(a.blocks()).extracting(Block::type).doesNotContain(BlockType.TITLE);
    assertThat(a.blocks().get(0).type()).isEqualTo(BlockType.HEADING);
  }
}
