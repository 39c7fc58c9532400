package org.copydesk.report;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.copydesk.article.Span;

/**
 * A quantitative claim in the article (a percentage, a money amount, a large or estimated count, a rate or change,
 * a ranking) with its status for a fact-checking desk. The report lists every claim a rule recognised, attributed
 * or not; findings flag only the ones an editor must act on. Immutable.
 *
 * @param text the claim as written, with its hedge ("more than 40%")
 * @param span where {@code text} is in the article text
 * @param location {@code span} as lines and columns of the original file
 * @param kind {@code percent}, {@code money}, {@code count}, {@code change}, {@code rank} or another kind a rule
 *     names
 * @param hedge the approximation before the figure ("more than", "nearly"), or {@code null}
 * @param status attributed, unattributed, not in the stated source, or conflicting with another figure
 * @param attribution who or what the claim is attributed to ("according to the World Bank"), or {@code null}
 * @param sentence the sentence the claim is in
 * @param note why the status was given (the source's value, the conflicting figure), or {@code null}
 */
public record Claim(String text, Span span, Location location, String kind, String hedge, Status status,
    String attribution, String sentence, String note) {

  /** Claims in document order. */
  public static final Comparator<Claim> ORDER = Comparator.comparingInt((Claim c) -> c.span().start())
      .thenComparingInt(c -> c.span().end());

  /** A claim's status. Later constants outrank earlier ones when two rules describe the same claim. */
  public enum Status {
    /** A source is named, linked or cited in the sentence or the one it continues. */
    ATTRIBUTED,
    /** No source in sight. */
    UNATTRIBUTED,
    /** The figure is not in the source the article was checked against, or the source gives another value. */
    NOT_IN_SOURCE,
    /** Another figure in the same article disagrees with it. */
    CONFLICTING;

    /** The status as reports spell it: {@code attributed}, {@code unattributed}, {@code not-in-source}, … */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sentence, "sentence");
  }

  /**
   * This claim and another about the same figure as one: the higher status and its kind win, the attribution and
   * notes of both are kept, and the wording is the wider of the two when one contains the other.
   */
  public Claim merge(Claim other) {
    Claim hi = other.status.compareTo(status) > 0 ? other : this;
    Claim lo = hi == this ? other : this;
    String attr = hi.attribution != null ? hi.attribution : lo.attribution;
    String n = hi.note == null ? lo.note : lo.note == null || lo.note.equals(hi.note) ? hi.note
        : hi.note + "; " + lo.note;
    String h = hi.hedge != null ? hi.hedge : lo.hedge;
    // the wider wording when one contains the other ("more than 40%" rather than "40%")
    Claim words = lo.span.start() <= hi.span.start() && lo.span.end() >= hi.span.end() ? lo : hi;
    return new Claim(words.text, words.span, words.location, hi.kind, h, hi.status, attr, hi.sentence, n);
  }
}
