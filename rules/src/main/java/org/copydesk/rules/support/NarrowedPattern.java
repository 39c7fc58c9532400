package org.copydesk.rules.support;

import java.util.regex.Pattern;
import org.copydesk.internal.regex.Regexes;
import org.copydesk.internal.regex.StartSet;

/**
 * A pattern some of whose alternatives may begin with any letter ({@code \p{L}+-t-il} for the French incise "dit-il",
 * {@code \p{L}+fach} for "dreifach so viele"), and the same pattern without them. Those alternatives give the
 * pattern no {@link StartSet}, so a search tries it at every place; without them it has one, and its prefixes rule
 * out most words. Each of those alternatives holds a match of the mark ("-il", "fach"), written in the pattern's
 * flags: in a text with no match of the mark they cannot match anywhere, and the pattern without them finds exactly
 * the same matches, with the same groups. {@link #in} gives the pattern to search a text with. Immutable and
 * thread-safe.
 */
public final class NarrowedPattern {
  private final Pattern full;
  private final Pattern narrow;
  private final StartSet fullStarts;
  private final StartSet narrowStarts;
  private final Pattern mark;

  private NarrowedPattern(Pattern full, Pattern narrow, Pattern mark) {
    this.full = full;
    this.narrow = narrow;
    this.fullStarts = StartSet.of(full);
    this.narrowStarts = StartSet.of(narrow);
    this.mark = mark;
  }

  /**
   * @param before the pattern up to the alternatives that may begin anywhere
   * @param anywhere those alternatives, each after a bar ({@code "|\\p{L}+-t-il"}), so that the pattern is
   *     {@code before + anywhere + after}
   * @param after the rest of the pattern
   * @param mark a pattern, in the same flags, that every match of those alternatives holds a match of
   */
  public static NarrowedPattern of(String before, String anywhere, String after, String mark) {
    if (!anywhere.startsWith("|")) {
      throw new IllegalArgumentException("the alternatives must each follow a bar: " + anywhere);
    }
    return new NarrowedPattern(Regexes.compile(before + anywhere + after), Regexes.compile(before + after),
        Regexes.compile(mark));
  }

  /** The whole pattern. */
  public Pattern full() {
    return full;
  }

  /** The pattern without the alternatives that may begin anywhere. */
  public Pattern narrow() {
    return narrow;
  }

  /** The pattern to search {@code text} (or a part of it) with: the whole one only where the text holds the mark. */
  public Pattern in(CharSequence text) {
    return StartSet.found(mark, text) ? full : narrow;
  }

  /** The start set of {@link #full} or {@link #narrow}, whichever {@code p} is (null where it has none). */
  public StartSet starts(Pattern p) {
    return p == narrow ? narrowStarts : fullStarts;
  }
}
