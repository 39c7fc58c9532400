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
}
