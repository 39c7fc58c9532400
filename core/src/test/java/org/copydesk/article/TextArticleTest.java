package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.copydesk.testing.Spans;
import org.junit.jupiter.api.Test;

class TextArticleTest {
  private static final String STORY = String.join("\n",
      "Leaders Meet in Tianjin",
      "",
      "The summit opened on Monday. Leaders from ten",
      "nations arrived in the city.",
      "",
      "What Comes Next",
      "",
      "Delegates will vote on a new budget of $2bn, officials said.",
      "",
      "- first item here",
      "- second item here",
      "");

  private static Article parse(String s) throws InvalidInputException {
    return Articles.parse(s, Format.TEXT, "story.txt");
  }

  @Test
  void blocksAreTypedAndHardWrappedLinesJoined() throws Exception {
    Article a = parse(STORY);
    assertThat(a.format()).isEqualTo(Format.TEXT);
    assertThat(a.source()).isEqualTo("story.txt");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.TITLE, "Leaders Meet in Tianjin"),
        tuple(BlockType.PARAGRAPH, "The summit opened on Monday. Leaders from ten nations arrived in the city."),
        tuple(BlockType.HEADING, "What Comes Next"),
        tuple(BlockType.PARAGRAPH, "Delegates will vote on a new budget of $2bn, officials said."),
        tuple(BlockType.LIST_ITEM, "first item here"),
        tuple(BlockType.LIST_ITEM, "second item here"));
    assertThat(a.metadata().title()).isEqualTo("Leaders Meet in Tianjin");
    assertThat(a.text()).startsWith("Leaders Meet in Tianjin\n\nThe summit opened");
  }

  @Test
  void aShortLineThatStartsWithANumberIsALineOfItsOwn() throws Exception {
    Article stacked = parse("Skip to content\nWaiting lists fall for the first time in three years\n4 min read\n"
        + "By Joanne Reed\nYou may also like\n12 Easy Herbs You Can Grow on a Windowsill\nhace 5 horas\n\n"
        + "The number of patients waiting has fallen, new figures show.\n");
    assertThat(stacked.blocks()).extracting(Block::text).startsWith("Skip to content",
        "Waiting lists fall for the first time in three years", "4 min read", "By Joanne Reed", "You may also like",
        "12 Easy Herbs You Can Grow on a Windowsill", "hace 5 horas");
    Article wrapped = parse("The Shanghai Cooperation Organisation represents more than\n40% of the world's "
        + "population and contributes over\na quarter of its output.\n");
    assertThat(wrapped.blocks()).hasSize(1);
  }

  @Test
  void blockSpansAndTextAgree() throws Exception {
    Article a = parse(STORY);
    for (Block b : a.blocks()) {
      assertThat(a.text(b.span())).isEqualTo(b.text());
    }
    assertThat(a.blocks().get(1).span()).isEqualTo(new Span(25, 99));
    assertThat(a.blockAt(30)).isSameAs(a.blocks().get(1));
    assertThat(a.blockAt(24)).isNull(); // the blank line between blocks
  }

  @Test
  void spansMapBackToLineAndColumn() throws Exception {
    Article a = parse(STORY);
    assertThat(Spans.range(a, "summit")).isEqualTo("3:5-3:11");
    // "nations" begins the second physical line of the paragraph.
    assertThat(Spans.range(a, "nations")).isEqualTo("4:1-4:8");
    assertThat(Spans.range(a, "officials")).isEqualTo("8:46-8:55");
    // List markers are stripped but the text still points after them.
    assertThat(Spans.range(a, "second")).isEqualTo("11:3-11:9");
    // The joining space stands for the line break.
    int space = Spans.find(a, "ten nations").start() + 3;
    assertThat(a.sourceMap().start(space)).isEqualTo(new Position(3, 46));
  }

  @Test
  void titleOnlyWhenFirstBlockIsShortAndUnpunctuated() throws Exception {
    Article a = parse("The summit opened on Monday.\n\nLeaders from ten nations arrived.\n");
    assertThat(a.blocks()).extracting(Block::type)
        .containsExactly(BlockType.PARAGRAPH, BlockType.PARAGRAPH);
    assertThat(a.metadata().title()).isNull();
  }

  @Test
  void numberedListItems() throws Exception {
    Article a = parse("Budget Vote\n\n1. First point\n2) Second point\n");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.TITLE, "Budget Vote"),
        tuple(BlockType.LIST_ITEM, "First point"),
        tuple(BlockType.LIST_ITEM, "Second point"));
    assertThat(Spans.start(a, "Second")).isEqualTo("4:4");
  }

  @Test
  void whitespaceInsideLinesCollapses() throws Exception {
    Article a = parse("Paragraph   with\tgaps and  more text here.");
    assertThat(a.blocks()).singleElement().extracting(Block::text)
        .isEqualTo("Paragraph with gaps and more text here.");
    assertThat(Spans.start(a, "gaps")).isEqualTo("1:18");
    assertThat(Spans.start(a, "more")).isEqualTo("1:28");
  }

  @Test
  void titleMetadataIsTheNormalisedTitleText() throws Exception {
    Article a = parse("Leaders   Meet\tNow\n\nBody text here.");
    assertThat(a.blocks().get(0).text()).isEqualTo("Leaders Meet Now");
    assertThat(a.metadata().title()).isEqualTo("Leaders Meet Now");
  }

  @Test
  void crlfInput() throws Exception {
    Article a = parse("Leaders Meet\r\n\r\nThe summit opened on Monday.\r\nLeaders from \uD83D\uDE00 ten\r\nnations arrived.\r\n");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.TITLE, "Leaders Meet"),
        tuple(BlockType.PARAGRAPH, "The summit opened on Monday. Leaders from \uD83D\uDE00 ten nations arrived."));
    // The emoji before "ten" counts as one column.
    assertThat(Spans.range(a, "ten")).isEqualTo("4:16-4:19");
    assertThat(Spans.range(a, "nations")).isEqualTo("5:1-5:8");
  }

  @Test
  void crOnlyInput() throws Exception {
    Article a = parse("Leaders Meet\r\rThe summit opened on Monday.\rLeaders from ten\rnations arrived.\r");
    assertThat(a.blocks()).extracting(Block::type, Block::text).containsExactly(
        tuple(BlockType.TITLE, "Leaders Meet"),
        tuple(BlockType.PARAGRAPH, "The summit opened on Monday. Leaders from ten nations arrived."));
    assertThat(Spans.range(a, "ten")).isEqualTo("4:14-4:17");
    assertThat(Spans.range(a, "nations")).isEqualTo("5:1-5:8");
  }

  @Test
  void leadingByteOrderMarkIsNotText() throws Exception {
    Article a = parse("\uFEFFLeaders Meet\n\nThe summit opened on Monday.");
    assertThat(a.blocks().get(0).text()).isEqualTo("Leaders Meet");
    assertThat(a.metadata().title()).isEqualTo("Leaders Meet");
    // The mark is an encoding signature: it is not counted as a column either.
    assertThat(Spans.start(a, "Meet")).isEqualTo("1:9");
  }
}
