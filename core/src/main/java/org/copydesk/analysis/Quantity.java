package org.copydesk.analysis;

import org.copydesk.article.Span;

/**
 * A number in the text and what it counts.
 *
 * @param kind what kind of number it is
 * @param span the whole expression, hedge included ("more than 40%")
 * @param value the numeric value, scale words applied ("$23 trillion" is 2.3e13)
 * @param unit a currency symbol or code, {@code %}, or empty
 * @param hedge the approximation word before it ("more than", "approximately"), or empty
 * @param sentence index of its sentence in {@link Analysis#sentences()}
 */
public record Quantity(Kind kind, Span span, double value, String unit, String hedge, int sentence) {
  /** Kinds of quantities. */
  public enum Kind {
    PERCENT,
    MONEY,
    COUNT,
    YEAR,
    ORDINAL,
    TIME,
    SCORE
  }

  /** Whether it is preceded by an approximation such as "about" or "more than". */
  public boolean isHedged() {
    return !hedge.isEmpty();
  }
}
