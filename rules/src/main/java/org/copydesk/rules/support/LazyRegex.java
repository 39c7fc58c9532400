package org.copydesk.rules.support;

import java.util.regex.Pattern;
import org.copydesk.internal.regex.StartSet;

/**
 * A catalogue's regular expression, compiled (with its {@link StartSet}) the first time a text gets past the
 * catalogue's prefilter for it. A large catalogue's patterns mostly never run on a given article, so a one-off
 * command need not compile them all; {@code PrefilterSoundnessTest} compiles every one on each build. Thread-safe:
 * two threads that ask at once may both compile it, and one result is kept (a {@link Pattern} is immutable).
 */
public final class LazyRegex {
  private final String source;
  private final int flags;
  /** A pattern compiled already ({@link #of}), or null. */
  private final Pattern given;
  private volatile Compiled compiled;

  private record Compiled(Pattern pattern, StartSet starts) {}

  /**
   * @param source the regular expression
   * @param flags the flags given to {@link Pattern#compile(String, int)}
   */
  public LazyRegex(String source, int flags) {
    this(source, flags, null);
  }

  private LazyRegex(String source, int flags, Pattern given) {
    this.source = source;
    this.flags = flags;
    this.given = given;
  }

  /** A pattern compiled already, as a lazy one: its start set is still made on first use. */
  public static LazyRegex of(Pattern pattern) {
    return new LazyRegex(pattern.pattern(), pattern.flags(), pattern);
  }

  /** The regular expression, as written. */
  public String source() {
    return source;
  }

  /** The compiled pattern. */
  public Pattern pattern() {
    return compiled().pattern();
  }

  /** The characters its matches can start with, or {@code null} when not known ({@link StartSet#of}). */
  public StartSet starts() {
    return compiled().starts();
  }

  private Compiled compiled() {
    Compiled c = compiled;
    if (c == null) {
      Pattern p = given != null ? given : Pattern.compile(source, flags);
      c = new Compiled(p, StartSet.of(p));
      compiled = c;
    }
    return c;
  }

  @Override
  public String toString() {
    return source;
  }
}
