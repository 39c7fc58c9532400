package org.copydesk.article;

import java.util.Objects;

/**
 * One typed block of an article: its type, where it sits in the normalised text and its text.
 *
 * @param index position of the block in {@link Article#blocks()}
 * @param type what the block is
 * @param span where the block's text sits in {@link Article#text()}
 * @param text the block's normalised text (single spaces, no line breaks)
 */
public record Block(int index, BlockType type, Span span, String text) {

  public Block {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span length " + span.length() + " != text length " + text.length());
    }
  }

  /** Whether this block is page chrome (navigation, sidebar, footer, comments). */
  public boolean isChrome() {
    return type.isChrome();
  }

  /** Number of whitespace-separated words. */
  public int wordCount() {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
