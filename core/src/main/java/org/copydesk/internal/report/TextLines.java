package org.copydesk.internal.report;

import java.util.Arrays;

/**
 * The lines of a text with their line breaks (LF, CR LF or a lone CR, as {@link org.copydesk.article.SourceMap}
 * counts them). A line break ends its line; text after the last line break, if any, is a last line without one.
 */
final class TextLines {
  private final String text;
  private final int[] starts; // starts[i] = first offset of line i; starts[count] = text.length()

  TextLines(String text) {
    this.text = text;
    int[] s = new int[16];
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      if (n + 1 >= s.length) {
        s = Arrays.copyOf(s, s.length * 2);
      }
      s[n++] = i;
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      if (i < text.length()) {
        i += text.startsWith("\r\n", i) ? 2 : 1;
      }
    }
    s[n] = text.length();
    this.starts = Arrays.copyOf(s, n + 1);
  }

  int count() {
    return starts.length - 1;
  }

  /** First offset of line {@code i} (0-based). */
  int start(int i) {
    return starts[i];
  }

  /** Offset just past line {@code i}'s line break. */
  int end(int i) {
    return starts[i + 1];
  }

  /** Offset of line {@code i}'s line break (its end when it has none). */
  int contentEnd(int i) {
    int e = end(i);
    while (e > starts[i] && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
      e--;
    }
    return e;
  }

  boolean hasBreak(int i) {
    return contentEnd(i) < end(i);
  }

  /** Line {@code i} without its line break. */
  String content(int i) {
    return text.substring(starts[i], contentEnd(i));
  }

  /** Line {@code i} with its line break. */
  String withBreak(int i) {
    return text.substring(starts[i], end(i));
  }

  boolean isBlank(int i) {
    return content(i).isBlank();
  }

  /** The line holding {@code offset}; the last line for the text's end. */
  int lineOf(int offset) {
    int idx = Arrays.binarySearch(starts, 0, count(), offset);
    int line = idx >= 0 ? idx : -idx - 2;
    return Math.max(0, Math.min(line, count() - 1));
  }
}
