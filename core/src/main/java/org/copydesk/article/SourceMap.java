package org.copydesk.article;

import java.util.Arrays;

/**
 * Maps offsets in an article's normalised text back to the original input, as UTF-16 offsets and as
 * 1-based line:column positions (columns in Unicode code points, lines split at LF, CR LF or CR).
 * Immutable and thread-safe.
 */
public final class SourceMap {
  private final String original;
  private final int[] toOriginal; // normalised offset -> original offset; length = text length + 1
  private final int[] lineStarts;

  /**
   * @param original the input as read
   * @param toOriginal for each offset of the normalised text (and one past its end), the offset in
   *     {@code original} it came from
   */
  public SourceMap(String original, int[] toOriginal) {
    this.original = original;
    this.toOriginal = toOriginal.clone();
    this.lineStarts = lineStarts(original);
  }

  private static int[] lineStarts(String s) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** The original input. */
  public String original() {
    return original;
  }

  /** The original offset of a normalised-text offset. */
  public int originalOffset(int textOffset) {
    if (textOffset < 0 || textOffset >= toOriginal.length) {
      throw new IndexOutOfBoundsException("offset " + textOffset);
    }
    return toOriginal[textOffset];
  }

  /** Where the character at {@code textOffset} came from. */
  public Position start(int textOffset) {
    return positionOfOriginal(originalOffset(textOffset));
  }

  /**
   * The position just after the last character of a span (exclusive end, as in SARIF): the end of the
   * original character that produced the span's last character.
   */
  public Position end(Span span) {
    if (span.length() == 0) {
      return start(span.start());
    }
    int last = originalOffset(span.end() - 1);
    return positionOfOriginal(last < original.length() ? rawEnd(last) : last);
  }

  /** The end of the raw character at {@code i}: past an HTML entity or a backslash escape when it starts one. */
  private int rawEnd(int i) {
    char c = original.charAt(i);
    if (c == '&') {
      int semi = original.indexOf(';', i);
      if (semi > i && semi - i <= 32 && original.substring(i + 1, semi).matches("#?[A-Za-z0-9]+")) {
        return semi + 1;
      }
    } else if (c == '\\' && i + 1 < original.length()) {
      if (original.charAt(i + 1) == 'u' && i + 6 <= original.length()
          && original.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
        return i + 6;
      }
      return i + 2;
    }
    return i + Character.charCount(original.codePointAt(i));
  }

  /** The 1-based position of an offset in the original input. */
  public Position positionOfOriginal(int originalOffset) {
    int off = Math.max(0, Math.min(originalOffset, original.length()));
    int idx = Arrays.binarySearch(lineStarts, off);
    int line = idx >= 0 ? idx : -idx - 2;
    int lineStart = lineStarts[line];
    return new Position(line + 1, original.codePointCount(lineStart, off) + 1);
  }

  /**
   * The offset in the original input of a 1-based line and a 1-based column in code points (the column just
   * after the line's last character is allowed, as an exclusive end), or -1 when the input has no such position.
   */
  public int originalOffset(int line, int column) {
    if (line < 1 || line > lineStarts.length || column < 1) {
      return -1;
    }
    int i = lineStarts[line - 1];
    int end = lineEnd(line);
    for (int k = 1; k < column; k++) {
      if (i >= end) {
        return -1;
      }
      i += Character.charCount(original.codePointAt(i));
    }
    return i;
  }

  /** The offset just after a line's text, before its terminator. */
  private int lineEnd(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : original.length();
    while (end > start && (original.charAt(end - 1) == '\n' || original.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** The original text of a line (1-based), without its line terminator. */
  public String line(int line) {
    return original.substring(lineStarts[line - 1], lineEnd(line));
  }

  /** Number of lines in the original input. */
  public int lineCount() {
    return lineStarts.length;
  }
}
