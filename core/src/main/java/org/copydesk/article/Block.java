package org.copydesk.article;

import java.util.Objects;

/**
 * One typed block of an article: its type, where it sits in the normalised text and its text. Immutable; equal
 * when index, type, span and text are (a value, as a record would be; a class so that its word count is counted
 * once, not by every rule that asks).
 */
public final class Block {
  private final int index;
  private final BlockType type;
  private final Span span;
  private final String text;
  private final int wordCount;

  /**
   * A block.
   *
   * @param index position of the block in {@link Article#blocks()}
   * @param type what the block is
   * @param span where the block's text sits in {@link Article#text()}
   * @param text the block's normalised text (single spaces, no line breaks)
   */
  public Block(int index, BlockType type, Span span, String text) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span length " + span.length() + " != text length " + text.length());
    }
    this.index = index;
    this.type = type;
    this.span = span;
    this.text = text;
    this.wordCount = countWords(text);
  }

  /** Position of the block in {@link Article#blocks()}. */
  public int index() {
    return index;
  }

  /** What the block is. */
  public BlockType type() {
    return type;
  }

  /** Where the block's text sits in {@link Article#text()}. */
  public Span span() {
    return span;
  }

  /** The block's normalised text (single spaces, no line breaks). */
  public String text() {
    return text;
  }

  /** Whether this block is page chrome (navigation, sidebar, footer, comments). */
  public boolean isChrome() {
    return type.isChrome();
  }

  /** Number of whitespace-separated words. */
  public int wordCount() {
    return wordCount;
  }

  private static int countWords(String text) {
    // as many as t.split("\\s+") gives: t neither starts nor ends with whitespace, so one more than its runs of
    // regex whitespace (space, \t, \n, \x0B, \f, \r), counted without a regular expression
    String t = text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    int words = 1;
    boolean inSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (space && !inSpace) {
        words++;
      }
      inSpace = space;
    }
    return words;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Block b && index == b.index && type == b.type && span.equals(b.span) && text.equals(b.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, type, span, text);
  }

  @Override
  public String toString() {
    return "Block[index=" + index + ", type=" + type + ", span=" + span + ", text=" + text + "]";
  }
}
