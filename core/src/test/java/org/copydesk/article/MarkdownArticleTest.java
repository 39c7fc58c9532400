package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.copydesk.testing.Spans;
import org.junit.jupiter.api.Test;

class MarkdownArticleTest {
  private static final String DRAFT = String.join("\n",
      "---",                                                                        // 1
      "title: \"Leaders Meet in Tianjin\"",                                         // 2
      "site: Daily Planet",                                                         // 3
      "url: https://example.com/tianjin",                                           // 4
      "date: 2025-09-01",                                                           // 5
      "language: en",                                                               // 6
      "author: Jane Doe",                                                           // 7
      "---",                                                                        // 8
      "The **summit** opened on Monday, and *leaders* from ten nations arrived.",   // 9
      "See the [official site](https://sco.example/) for details, said Li.",        // 10
      "",                                                                           // 11
      "## What Comes Next",                                                         // 12
      "",                                                                           // 13
      "- first item here",                                                          // 14
      "- second `code` item",                                                       // 15
      "",                                                                           // 16
      "> A quoted line here.",                                                      // 17
      "",                                                                           // 18
      "```",                                                                        // 19
      "code block skipped",                                                         // 20
      "```",                                                                        // 21
      "",                                                                           // 22
      "    indented code skipped",                                                  // 23
      "",                                                                           // 24
      "Final paragraph with _emphasis_ and __strong__ text.",                       // 25
      "");

  private static Article parse(String s) throws InvalidInputException {
    return Articles.parse(s, Format.MARKDOWN, "draft.md");
  }

  @Test
  void frontMatterBecomesMetadata() throws Exception {
    Metadata m = parse(DRAFT).metadata();
    assertThat(m.title()).isEqualTo("Leaders Meet in Tianjin");
    assertThat(m.siteName()).isEqualTo("Daily Planet");
    assertThat(m.url()).isEqualTo("https://example.com/tianjin");
    assertThat(m.published()).isEqualTo("2025-09-01");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.byline()).isEqualTo("Jane Doe");
  }

  @Test
  void blocksAreTypedAndCodeIsSkipped() throws Exception {
    Article a = parse(DRAFT);
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.PARAGRAPH, "The summit opened on Monday, and leaders from ten nations arrived."
            + " See the official site for details, said Li."),
        tuple(BlockType.HEADING, "What Comes Next"),
        tuple(BlockType.LIST_ITEM, "first item here"),
        tuple(BlockType.LIST_ITEM, "second code item"),
        tuple(BlockType.QUOTE, "A quoted line here."),
        tuple(BlockType.PARAGRAPH, "Final paragraph with emphasis and strong text."));
    assertThat(a.text()).doesNotContain("skipped").doesNotContain("*").doesNotContain("---");
  }

  @Test
  void linesRightUnderAQuotationWithoutItsMarkAreNotTheQuotation() throws Exception {
    Article a = parse("Body text.\n\n> \"We shipped it,\" she said.\n> \"It works.\"\n**Advertisement**\n"
        + "**LuckyReel Casino** · 200 free spins\n\nMore text.\n");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.PARAGRAPH, "Body text."),
        tuple(BlockType.QUOTE, "\"We shipped it,\" she said. \"It works.\""),
        tuple(BlockType.PARAGRAPH, "Advertisement"),
        tuple(BlockType.PARAGRAPH, "LuckyReel Casino · 200 free spins"),
        tuple(BlockType.PARAGRAPH, "More text."));
    // a quotation wrapped at a width runs on without its mark: still the quotation
    Article wrapped = parse("> The council approved the new housing budget on\nMonday after a long debate.\n");
    assertThat(wrapped.blocks()).extracting(Block::type).containsExactly(BlockType.QUOTE);
  }

  @Test
  void stackedLinesOfOneParagraphAreBlocksOfTheirOwn() throws Exception {
    Article a = parse("# Title\n\nLena Kowal\nFollow\n6 min read\n[Share](https://example.com/share)\n\n"
        + "The app launched in January, and\nriders noticed at once.\n\nOne sentence here.\nAnother one there.\n");
    assertThat(a.blocks()).extracting(Block::text).containsExactly("Title", "Lena Kowal", "Follow", "6 min read",
        "Share", "The app launched in January, and riders noticed at once.", "One sentence here. Another one there.");
    Article wrapped = parse("The council approved the new housing budget on\nMonday after a long debate in the "
        + "chamber.\n\nThe report was published on Tuesday by\n[the ministry](https://gov.example) after a long "
        + "delay.\n");
    assertThat(wrapped.blocks()).hasSize(2);
    // a bold name and its slogan after a dash open a line of their own, never the rest of a wrapped sentence
    Article advert = parse("Cenazesi ikindi namazının ardından köy mezarlığında toprağa verildi.\n"
        + "**Güven Sigorta Acentesi** – Kasko ve konut sigortası\n"
        + "Fatma Nine'nin anısına köy okulunun kütüphanesine adının verilmesi planlanıyor.\n");
    assertThat(advert.blocks()).extracting(Block::text).containsExactly(
        "Cenazesi ikindi namazının ardından köy mezarlığında toprağa verildi.",
        "Güven Sigorta Acentesi – Kasko ve konut sigortası",
        "Fatma Nine'nin anısına köy okulunun kütüphanesine adının verilmesi planlanıyor.");
    // prose wrapped at a width keeps its dashes inside one paragraph
    Article dashes = parse("The new bridge over the river Leck was finally opened on Tuesday morning by\n"
        + "Mayor Anna Lopez – who cut the ribbon herself – after years of delays and\n"
        + "cost overruns, said the council.\n");
    assertThat(dashes.blocks()).hasSize(1);
  }

  @Test
  void hashTitleIsTheTitle() throws Exception {
    Article a = parse("# Leaders Meet in Tianjin\n\nThe summit opened.\n\n# Second Level One\n");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.TITLE, "Leaders Meet in Tianjin"),
        tuple(BlockType.PARAGRAPH, "The summit opened."),
        tuple(BlockType.HEADING, "Second Level One"));
    assertThat(a.metadata().title()).isEqualTo("Leaders Meet in Tianjin");
    assertThat(Spans.range(a, "Leaders")).isEqualTo("1:3-1:10");
  }

  @Test
  void strippedMarkupKeepsColumns() throws Exception {
    Article a = parse(DRAFT);
    assertThat(Spans.range(a, "summit")).isEqualTo("9:7-9:13");
    // After "**summit**" the next word is four columns further right than in the plain text.
    assertThat(Spans.range(a, "opened")).isEqualTo("9:16-9:22");
    assertThat(Spans.range(a, "leaders")).isEqualTo("9:39-9:46");
    assertThat(Spans.range(a, "from ten")).isEqualTo("9:48-9:56");
    // After a [link](url) the url is skipped.
    assertThat(Spans.range(a, "official site")).isEqualTo("10:10-10:23");
    assertThat(Spans.range(a, "details")).isEqualTo("10:51-10:58");
    assertThat(Spans.range(a, "What")).isEqualTo("12:4-12:8");
    assertThat(Spans.range(a, "second")).isEqualTo("15:3-15:9");
    assertThat(Spans.range(a, "code item")).isEqualTo("15:11-15:21");
    assertThat(Spans.range(a, "quoted")).isEqualTo("17:5-17:11");
    assertThat(Spans.range(a, "strong")).isEqualTo("25:39-25:45");
  }

  @Test
  void linksAreRecordedWithTheirAnchorText() throws Exception {
    Article a = parse(DRAFT);
    assertThat(a.links()).singleElement().satisfies(l -> {
      assertThat(l.href()).isEqualTo("https://sco.example/");
      assertThat(a.text(l.span())).isEqualTo("official site");
      assertThat(a.sourceMap().start(l.span().start())).isEqualTo(new Position(10, 10));
    });
  }

  @Test
  void entitiesAndEscapesKeepColumns() throws Exception {
    Article a = parse("# Tom &amp; Jerry\n\nProfits &amp; losses rose as AT&T said &lt;no&gt; to \\*it\\* now.\n");
    assertThat(a.blocks()).extracting(Block::text)
        .containsExactly("Tom & Jerry", "Profits & losses rose as AT&T said <no> to *it* now.");
    assertThat(Spans.range(a, "Jerry")).isEqualTo("1:13-1:18");
    assertThat(Spans.range(a, "losses")).isEqualTo("3:15-3:21");
    assertThat(Spans.range(a, "said")).isEqualTo("3:35-3:39");
    assertThat(Spans.start(a, "to")).isEqualTo("3:51");
    assertThat(Spans.range(a, "now")).isEqualTo("3:61-3:64");
  }

  @Test
  void crlfMarkdown() throws Exception {
    Article a = parse("---\r\ntitle: T\r\n---\r\n## Head Line\r\n\r\nSome **bold** words\r\nwrap here.\r\n");
    assertThat(a.metadata().title()).isEqualTo("T");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.HEADING, "Head Line"),
        tuple(BlockType.PARAGRAPH, "Some bold words wrap here."));
    assertThat(Spans.range(a, "words")).isEqualTo("6:15-6:20");
    assertThat(Spans.range(a, "wrap")).isEqualTo("7:1-7:5");
  }

  @Test
  void invalidFrontMatterIsInvalidInput() {
    assertThatThrownBy(() -> parse("---\ntitle: [unclosed\n---\nBody text.\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("draft.md: invalid YAML front matter")
        .message().doesNotContain("\n");
  }
}
