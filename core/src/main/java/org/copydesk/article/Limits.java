package org.copydesk.article;

/**
 * How much Copydesk reads and reports for one article, so that hostile or broken input costs bounded time and
 * memory. An input over a read limit is an {@link InvalidInputException}, never a silent cut; findings over
 * {@link #maxFindingsPerRule()} are left out of the report and the report says how many (a
 * {@link org.copydesk.report.ProcessingError} of the rule). The defaults ({@link #defaults()}) are far above
 * any real article; docs/limits.md lists them.
 *
 * <p>Immutable and thread-safe; change one limit with the {@code with...} methods:
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().withMaxInputBytes(32L << 20);   // 32 MiB
 * Article a = Articles.read(path, null, limits);
 * }</pre>
 *
 * @param maxInputBytes the largest input in bytes (UTF-8 bytes for text given as a string), 1 to
 *     {@link #MAX_INPUT_BYTES}; default {@link #DEFAULT_MAX_INPUT_BYTES} (10 MiB)
 * @param maxNestingDepth how deep HTML elements (counted from {@code <html>}) and JSON objects and arrays may
 *     nest, 8 to {@link #MAX_NESTING_DEPTH}; default {@link #DEFAULT_MAX_NESTING_DEPTH}, the depth browsers'
 *     HTML parsers stop at
 * @param maxLineLength the longest line of a text or Markdown input, and the longest block of text (a
 *     paragraph, a list item, ...) extracted from HTML or JSON, in characters, at least 80; default
 *     {@link #DEFAULT_MAX_LINE_LENGTH}
 * @param maxFindingsPerRule the most findings one rule reports on one article (before inline suppressions), at
 *     least 1; default {@link #DEFAULT_MAX_FINDINGS_PER_RULE}
 */
public record Limits(long maxInputBytes, int maxNestingDepth, int maxLineLength, int maxFindingsPerRule) {
  /** The default {@link #maxInputBytes()}: 10 MiB. */
  public static final long DEFAULT_MAX_INPUT_BYTES = 10L << 20;
  /** The largest {@link #maxInputBytes()} that can be set: 256 MiB (an article is read into memory whole). */
  public static final long MAX_INPUT_BYTES = 256L << 20;
  /** The default {@link #maxNestingDepth()}: 512. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 512;
  /** The largest {@link #maxNestingDepth()} that can be set: 4096 (the HTML walk is recursive). */
  public static final int MAX_NESTING_DEPTH = 4096;
  /** The default {@link #maxLineLength()}: 100,000 characters (some 15,000 words). */
  public static final int DEFAULT_MAX_LINE_LENGTH = 100_000;
  /** The default {@link #maxFindingsPerRule()}: 1,000. */
  public static final int DEFAULT_MAX_FINDINGS_PER_RULE = 1_000;

  private static final Limits DEFAULTS = new Limits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_NESTING_DEPTH,
      DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_FINDINGS_PER_RULE);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException when a limit is out of its range (see the parameters)
   */
  public Limits {
    if (maxInputBytes < 1 || maxInputBytes > MAX_INPUT_BYTES) {
      throw new IllegalArgumentException("maxInputBytes: expected 1 to " + MAX_INPUT_BYTES + ", got "
          + maxInputBytes);
    }
    if (maxNestingDepth < 8 || maxNestingDepth > MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException("maxNestingDepth: expected 8 to " + MAX_NESTING_DEPTH + ", got "
          + maxNestingDepth);
    }
    if (maxLineLength < 80) {
      throw new IllegalArgumentException("maxLineLength: expected at least 80, got " + maxLineLength);
    }
    if (maxFindingsPerRule < 1) {
      throw new IllegalArgumentException("maxFindingsPerRule: expected at least 1, got " + maxFindingsPerRule);
    }
  }

  /** The default limits. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** These limits with another {@link #maxInputBytes()}. */
  public Limits withMaxInputBytes(long bytes) {
    return new Limits(bytes, maxNestingDepth, maxLineLength, maxFindingsPerRule);
  }

  /** These limits with another {@link #maxNestingDepth()}. */
  public Limits withMaxNestingDepth(int depth) {
    return new Limits(maxInputBytes, depth, maxLineLength, maxFindingsPerRule);
  }

  /** These limits with another {@link #maxLineLength()}. */
  public Limits withMaxLineLength(int chars) {
    return new Limits(maxInputBytes, maxNestingDepth, chars, maxFindingsPerRule);
  }

  /** These limits with another {@link #maxFindingsPerRule()}. */
  public Limits withMaxFindingsPerRule(int findings) {
    return new Limits(maxInputBytes, maxNestingDepth, maxLineLength, findings);
  }

  /** A size in bytes for messages: {@code 10 MiB}, {@code 512 KiB} or {@code 1234 bytes}. */
  public static String bytes(long n) {
    if (n >= 1L << 20 && n % (1L << 20) == 0) {
      return (n >> 20) + " MiB";
    }
    if (n >= 1L << 10 && n % (1L << 10) == 0) {
      return (n >> 10) + " KiB";
    }
    return n + " bytes";
  }
}
