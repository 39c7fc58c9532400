package org.copydesk.analysis;

import org.copydesk.article.Span;

/**
 * A word, number or punctuation mark with its place in the article text.
 *
 * @param kind what it is
 * @param span where it is
 * @param text its text
 * @param sentence index of its sentence in {@link Analysis#sentences()}
 */
public record Token(Kind kind, Span span, String text, int sentence) {
  /** Token kinds. */
  public enum Kind { WORD, NUMBER, PUNCT }

  /** Whether the first character is an upper-case letter. */
  public boolean isCapitalised() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }
}
