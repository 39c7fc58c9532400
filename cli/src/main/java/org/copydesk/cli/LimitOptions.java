package org.copydesk.cli;

import org.copydesk.article.Limits;
import picocli.CommandLine.Option;

/** The input limits that {@code check}, {@code baseline}, {@code fix} and {@code extract} take (docs/limits.md). */
final class LimitOptions {
  @Option(names = "--max-input-size", paramLabel = "SIZE", defaultValue = "10MB",
      description = "largest input file (e.g. 512KB, 32MB; at most 256MB); a larger one is an input error; "
          + "default ${DEFAULT-VALUE}")
  String maxInputSize;

  @Option(names = "--max-line-length", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_MAX_LINE_LENGTH,
      description = "longest line of a text or Markdown input, and longest block of text in HTML or JSON, in "
          + "characters (at least 80); longer is an input error; default ${DEFAULT-VALUE}")
  int maxLineLength;

  /**
   * The limits these options give.
   *
   * @throws IllegalArgumentException with a one-line usage message naming the option
   */
  Limits limits() {
    long bytes = OptionValues.size(maxInputSize, "--max-input-size", Limits.MAX_INPUT_BYTES);
    if (maxLineLength < 80) {
      throw new IllegalArgumentException("--max-line-length: expected at least 80, got " + maxLineLength);
    }
    return Limits.defaults().withMaxInputBytes(bytes).withMaxLineLength(maxLineLength);
  }
}
