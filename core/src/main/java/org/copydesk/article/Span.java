package org.copydesk.article;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets in an {@link Article}'s normalised text.
 *
 * @param start first offset, inclusive
 * @param end last offset, exclusive; never before {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Number of UTF-16 units covered. */
  public int length() {
    return end - start;
  }

  /** Whether {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /** Whether the two spans share at least one offset. */
  public boolean overlaps(Span other) {
    return other.start < end && start < other.end;
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
