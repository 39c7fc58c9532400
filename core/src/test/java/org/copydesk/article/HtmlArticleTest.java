package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.copydesk.testing.Spans;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {
  private static final String PAGE = String.join("\n",
      "<!doctype html>",                                                                           // 1
      "<html lang=\"en-GB\">",                                                                     // 2
      "<head>",                                                                                    // 3
      "<title>Leaders Meet in Tianjin | Daily Planet</title>",                                     // 4
      "<meta property=\"og:title\" content=\"Leaders Meet in Tianjin\">",                          // 5
      "<meta property=\"og:site_name\" content=\"Daily Planet\">",                                 // 6
      "<meta property=\"og:url\" content=\"https://example.com/tianjin\">",                        // 7
      "</head>",                                                                                   // 8
      "<body>",                                                                                    // 9
      "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>",                            // 10
      "<article>",                                                                                 // 11
      "<h1>Leaders Meet in Tianjin</h1>",                                                          // 12
      "<div class=\"entry-content\">",                                                             // 13
      "<p>The summit opened on Monday in the port city, and leaders from ten nations arrived.</p>",// 14
      "<h2>What Comes Next</h2>",                                                                  // 15
      "<p>Officials said it&#8217;s a new era &amp; more will follow, the host government said.</p>",// 16
      "<p>Delegates will vote on a <a href=\"https://example.com/budget\">new budget</a> of $2bn.</p>",// 17
      "<ul><li>First point of the deal</li><li>Second point</li></ul>",                           // 18
      "<blockquote>We did it, the minister said.</blockquote>",                                    // 19
      "<script>var hidden = 'never text';</script>",                                               // 20
      "</div>",                                                                                    // 21
      "</article>",                                                                                // 22
      "<aside class=\"sidebar\"><p>Related: other stories</p></aside>",                            // 23
      "<div id=\"comments\"><p>Great article!</p></div>",                                          // 24
      "<footer><p>Copyright 2025 Daily Planet</p></footer>",                                       // 25
      "</body>",
      "</html>");

  private static Article parse(String s) throws InvalidInputException {
    return Articles.parse(s, Format.HTML, "page.html");
  }

  @Test
  void metadataFromOpenGraphAndLang() throws Exception {
    Metadata m = parse(PAGE).metadata();
    assertThat(m.title()).isEqualTo("Leaders Meet in Tianjin");
    assertThat(m.siteName()).isEqualTo("Daily Planet");
    assertThat(m.url()).isEqualTo("https://example.com/tianjin");
    assertThat(m.language()).isEqualTo("en-GB");
  }

  @Test
  void bodyAndChromeBlocks() throws Exception {
    Article a = parse(PAGE);
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.NAV, "Home World"),
        tuple(BlockType.TITLE, "Leaders Meet in Tianjin"),
        tuple(BlockType.PARAGRAPH, "The summit opened on Monday in the port city, and leaders from ten nations arrived."),
        tuple(BlockType.HEADING, "What Comes Next"),
        tuple(BlockType.PARAGRAPH, "Officials said it\u2019s a new era & more will follow, the host government said."),
        tuple(BlockType.PARAGRAPH, "Delegates will vote on a new budget of $2bn."),
        tuple(BlockType.LIST_ITEM, "First point of the deal"),
        tuple(BlockType.LIST_ITEM, "Second point"),
        tuple(BlockType.QUOTE, "We did it, the minister said."),
        tuple(BlockType.ASIDE, "Related: other stories"),
        tuple(BlockType.COMMENTS, "Great article!"),
        tuple(BlockType.FOOTER, "Copyright 2025 Daily Planet"));
    assertThat(a.contentBlocks()).extracting(Block::type).doesNotContain(
        BlockType.NAV, BlockType.ASIDE, BlockType.FOOTER, BlockType.COMMENTS);
    assertThat(a.text()).doesNotContain("never text");
  }

  @Test
  void positionsPointIntoTheMarkup() throws Exception {
    Article a = parse(PAGE);
    assertThat(Spans.range(a, "Home")).isEqualTo("10:18-10:22");
    assertThat(Spans.range(a, "Tianjin")).isEqualTo("12:21-12:28");
    assertThat(Spans.range(a, "summit")).isEqualTo("14:8-14:14");
    assertThat(Spans.range(a, "Second point")).isEqualTo("18:41-18:53");
    assertThat(Spans.range(a, "Copyright")).isEqualTo("25:12-25:21");
  }

  @Test
  void textAfterEntitiesKeepsItsColumn() throws Exception {
    Article a = parse(PAGE);
    // "it&#8217;s": the apostrophe stands for the whole entity.
    assertThat(Spans.start(a, "\u2019s")).isEqualTo("16:21");
    assertThat(Spans.range(a, "a new era")).isEqualTo("16:30-16:39");
    // "&amp;" decodes to the character it starts with; the text after it must not shift.
    assertThat(Spans.start(a, "& more")).isEqualTo("16:40");
    assertThat(Spans.range(a, "more will")).isEqualTo("16:46-16:55");
    assertThat(Spans.range(a, "government")).isEqualTo("16:73-16:83");
  }

  @Test
  void moreEntities() throws Exception {
    Article a = parse("<p>Profits &amp; losses, AT&T said &lt;no&gt; and &AMP; then &#38; more &nbsp;here.</p>");
    assertThat(a.blocks()).singleElement().extracting(Block::text)
        .isEqualTo("Profits & losses, AT&T said <no> and & then & more here.");
    assertThat(Spans.range(a, "losses")).isEqualTo("1:18-1:24");
    assertThat(Spans.range(a, "AT&T")).isEqualTo("1:26-1:30");
    assertThat(Spans.start(a, "no>")).isEqualTo("1:40");
    assertThat(Spans.range(a, "then")).isEqualTo("1:57-1:61");
    assertThat(Spans.range(a, "more")).isEqualTo("1:68-1:72");
    assertThat(Spans.range(a, "here")).isEqualTo("1:79-1:83");
  }

  @Test
  void linksWithAnchorSpans() throws Exception {
    Article a = parse(PAGE);
    assertThat(a.links()).extracting(Link::href, l -> a.text(l.span())).containsExactly(
        tuple("/", "Home"), tuple("/world", "World"), tuple("https://example.com/budget", "new budget"));
    Link budget = a.links().get(2);
    assertThat(a.sourceMap().start(budget.span().start())).isEqualTo(new Position(17, 66));
    assertThat(a.sourceMap().end(budget.span())).isEqualTo(new Position(17, 76));
  }

  @Test
  void jsonLdNewsArticle() throws Exception {
    String page = String.join("\n",
        "<html lang=\"de\"><head><title>Ignored Doc Title</title>",
        "<script type=\"application/ld+json\">[{\"@type\":\"WebSite\",\"name\":\"Site\"},",
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ministers Agree on Budget\",",
        "\"datePublished\":\"2025-03-04\",\"author\":[{\"@type\":\"Person\",\"name\":\"Max Muster\"}],",
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Tagesblatt\"}}]</script>",
        "</head><body>",
        "<div class=\"logo\"><h1>Tagesblatt</h1></div>",
        "<main>",
        "<h1>Ministers Agree on Budget</h1>",
        "<p>The ministers agreed on the budget late on Tuesday night after a long day of negotiations in the "
            + "capital city, officials said.</p>",
        "<h1>Another Big Section</h1>",
        "<p>More text here about the deal and what it means for the regions and the cities.</p>",
        "</main>",
        "<section class=\"related-posts\"><h2>Related</h2><p>Other story</p></section>",
        "<footer class=\"site-footer\">Footer text</footer>",
        "</body></html>");
    Article a = parse(page);
    Metadata m = a.metadata();
    assertThat(m.title()).isEqualTo("Ministers Agree on Budget");
    assertThat(m.published()).isEqualTo("2025-03-04");
    assertThat(m.byline()).isEqualTo("Max Muster");
    assertThat(m.siteName()).isEqualTo("Tagesblatt");
    assertThat(m.language()).isEqualTo("de");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.ASIDE, "Tagesblatt"),
        tuple(BlockType.TITLE, "Ministers Agree on Budget"),
        tuple(BlockType.PARAGRAPH, "The ministers agreed on the budget late on Tuesday night after a long day of "
            + "negotiations in the capital city, officials said."),
        tuple(BlockType.HEADING, "Another Big Section"),
        tuple(BlockType.PARAGRAPH, "More text here about the deal and what it means for the regions and the cities."),
        tuple(BlockType.ASIDE, "Related"),
        tuple(BlockType.ASIDE, "Other story"),
        tuple(BlockType.FOOTER, "Footer text"));
    assertThat(Spans.start(a, "Ministers Agree")).isEqualTo("9:5");
  }

  @Test
  void titleFallsBackToTheTitleElement() throws Exception {
    Article a = parse("<html><head><title>Plain Page Title</title></head><body><p>Some body text.</p></body></html>");
    assertThat(a.metadata().title()).isEqualTo("Plain Page Title");
    assertThat(a.metadata().language()).isNull();
    assertThat(a.blocks()).extracting(Block::type, Block::text)
        .containsExactly(tuple(BlockType.PARAGRAPH, "Some body text."));
  }
}
