package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.copydesk.testing.Spans;
import org.junit.jupiter.api.Test;

class JsonArticleTest {
  private static final String GENERIC = String.join("\n",
      "{",
      "  \"title\": \"Caf\\u00e9 Owners Rally\",",
      "  \"url\": \"https://example.com/cafe\",",
      "  \"siteName\": \"Daily Planet\",",
      "  \"byline\": \"Jane Doe\",",
      "  \"published\": \"2025-09-01\",",
      "  \"language\": \"en\",",
      "  \"body\": \"The caf\\u00e9 owners met on Monday and \\\"rallied\\\" for change.\\n\\nA second paragraph follows here.\"",
      "}");

  private static Article parse(String s) throws InvalidInputException {
    return Articles.parse(s, Format.JSON, "post.json");
  }

  @Test
  void genericShape() throws Exception {
    Article a = parse(GENERIC);
    Metadata m = a.metadata();
    assertThat(m.title()).isEqualTo("Caf\u00e9 Owners Rally");
    assertThat(m.url()).isEqualTo("https://example.com/cafe");
    assertThat(m.siteName()).isEqualTo("Daily Planet");
    assertThat(m.byline()).isEqualTo("Jane Doe");
    assertThat(m.published()).isEqualTo("2025-09-01");
    assertThat(m.language()).isEqualTo("en");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.TITLE, "Caf\u00e9 Owners Rally"),
        tuple(BlockType.PARAGRAPH, "The caf\u00e9 owners met on Monday and \"rallied\" for change."),
        tuple(BlockType.PARAGRAPH, "A second paragraph follows here."),
        // other top-level text the CMS publishes (here the byline) is audited too, after the body
        tuple(BlockType.PARAGRAPH, "Jane Doe"));
  }

  @Test
  void offsetsPointInsideTheStringLiterals() throws Exception {
    Article a = parse(GENERIC);
    assertThat(Spans.start(a, "Caf\u00e9")).isEqualTo("2:13");
    // After a six-character \\u00e9 escape the next word is still in the right column.
    assertThat(Spans.range(a, "Owners")).isEqualTo("2:23-2:29");
    assertThat(Spans.start(a, "The")).isEqualTo("8:12");
    assertThat(Spans.range(a, "owners")).isEqualTo("8:26-8:32");
    // \" escapes: the quote stands for both characters, the word after it is not shifted.
    assertThat(Spans.start(a, "\"rallied")).isEqualTo("8:51");
    assertThat(Spans.range(a, "rallied")).isEqualTo("8:53-8:60");
    assertThat(Spans.range(a, "change")).isEqualTo("8:67-8:73");
    // After two \n escapes the second paragraph starts.
    assertThat(Spans.range(a, "second")).isEqualTo("8:80-8:86");
  }

  @Test
  void bodyHtml() throws Exception {
    Article a = parse("{\"title\":\"X\",\"bodyHtml\":\"<p>First para here.</p><h2>Sub</h2><p>Second para.</p>\"}");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.TITLE, "X"),
        tuple(BlockType.PARAGRAPH, "First para here."),
        tuple(BlockType.HEADING, "Sub"),
        tuple(BlockType.PARAGRAPH, "Second para."));
    assertThat(Spans.range(a, "Second")).isEqualTo("1:64-1:70");
  }

  @Test
  void wordpressShape() throws Exception {
    String wp = String.join("\n",
        "{\"id\": 7, \"date\": \"2025-09-01T08:00:00\", \"link\": \"https://example.com/?p=7\",",
        " \"title\": {\"rendered\": \"Leaders&#8217; Summit Opens\"},",
        " \"content\": {\"rendered\": \"<p>The summit opened on Monday.<\\/p>\\n<p>It&#8217;s a new era, officials said.<\\/p>\"}}");
    Article a = parse(wp);
    Metadata m = a.metadata();
    assertThat(m.title()).isEqualTo("Leaders\u2019 Summit Opens");
    assertThat(m.url()).isEqualTo("https://example.com/?p=7");
    assertThat(m.published()).isEqualTo("2025-09-01T08:00:00");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.TITLE, "Leaders\u2019 Summit Opens"),
        tuple(BlockType.PARAGRAPH, "The summit opened on Monday."),
        tuple(BlockType.PARAGRAPH, "It\u2019s a new era, officials said."));
    assertThat(Spans.range(a, "Summit")).isEqualTo("2:40-2:46");
    assertThat(Spans.start(a, "summit")).isEqualTo("3:34");
    assertThat(Spans.start(a, "It")).isEqualTo("3:68");
    assertThat(Spans.range(a, "officials")).isEqualTo("3:90-3:99");
  }

  @Test
  void missingBodyIsInvalidInput() {
    assertThatThrownBy(() -> parse("{\"title\": \"Only a title\"}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("post.json: JSON article has no body: expected \"body\", \"bodyHtml\" or WordPress"
            + " \"content.rendered\"");
  }

  @Test
  void invalidJsonNamesLineAndColumn() {
    assertThatThrownBy(() -> parse("{\"title\": \"x\",\n  \"body\": oops}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("post.json: invalid JSON at line 2, column 11: ")
        .message().doesNotContain("\n");
  }

  @Test
  void nonObjectJsonIsInvalidInput() {
    assertThatThrownBy(() -> parse("[1, 2]"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("post.json: invalid JSON article: expected an object with \"title\" and \"body\"");
  }

  @Test
  void duplicateKeysAreInvalidInput() {
    assertThatThrownBy(() -> parse("{\"title\":\"x\",\"body\":\"a\",\"body\":\"b\"}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("post.json: invalid JSON at line 1, column ")
        .hasMessageContaining("Duplicate field 'body'");
  }
}
