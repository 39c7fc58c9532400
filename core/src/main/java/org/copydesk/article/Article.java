package org.copydesk.article;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An article ready to audit: normalised text split into typed blocks, its links, what the input says
 * about it, and a map back to the original input. Immutable and thread-safe.
 *
 * <p>The normalised text is the blocks' texts joined by blank lines ({@code "\n\n"}); within a block,
 * whitespace is collapsed to single spaces and markup is gone. Every offset in findings refers to it.
 * Create articles with {@link Articles}.
 */
public final class Article {
  private final String source;
  private final Format format;
  private final String text;
  private final List<Block> blocks;
  private final List<Link> links;
  private final Metadata metadata;
  private final SourceMap sourceMap;

  /**
   * @param source where the article came from (a path, {@code -} for standard input, or a caller's name)
   * @param format the input format it was read as
   * @param text the normalised text
   * @param blocks the blocks, in order, each span inside {@code text}
   * @param links links with their anchor spans
   * @param metadata what the input declares
   * @param sourceMap the map from {@code text} to the original input
   */
  public Article(
      String source,
      Format format,
      String text,
      List<Block> blocks,
      List<Link> links,
      Metadata metadata,
      SourceMap sourceMap) {
    this.source = Objects.requireNonNull(source, "source");
    this.format = Objects.requireNonNull(format, "format");
    this.text = Objects.requireNonNull(text, "text");
    this.blocks = List.copyOf(blocks);
    this.links = List.copyOf(links);
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    for (Block b : this.blocks) {
      if (b.span().end() > text.length()) {
        throw new IllegalArgumentException("block " + b.index() + " ends past the text");
      }
    }
  }

  public String source() {
    return source;
  }

  public Format format() {
    return format;
  }

  /** The normalised text all spans refer to. */
  public String text() {
    return text;
  }

  /** The text under a span. */
  public String text(Span span) {
    return text.substring(span.start(), span.end());
  }

  /** All blocks, chrome included, in document order. */
  public List<Block> blocks() {
    return blocks;
  }

  /** The blocks that make up the article itself (no navigation, sidebars, footers or comments). */
  public List<Block> contentBlocks() {
    return blocks.stream().filter(b -> !b.isChrome()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The article body as a text extractor returns it: the content blocks without the title and photo captions,
   * paragraphs separated by a blank line. For an HTML page this is the main text with the page's navigation,
   * sidebars, related-story boxes, share bars, comments and footer left out.
   */
  public String bodyText() {
    return blocks.stream()
        .filter(b -> !b.isChrome() && b.type() != BlockType.TITLE && b.type() != BlockType.CAPTION)
        .map(Block::text)
        .collect(Collectors.joining("\n\n"));
  }

  /** The block containing a text offset, or {@code null} when it falls between blocks. */
  public Block blockAt(int offset) {
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Block b = blocks.get(mid);
      if (offset < b.span().start()) {
        hi = mid - 1;
      } else if (offset >= b.span().end()) {
        lo = mid + 1;
      } else {
        return b;
      }
    }
    return null;
  }

  public List<Link> links() {
    return links;
  }

  public Metadata metadata() {
    return metadata;
  }

  public SourceMap sourceMap() {
    return sourceMap;
  }

  @Override
  public String toString() {
    return "Article[" + source + ", " + format.id() + ", " + blocks.size() + " blocks]";
  }
}
