package org.copydesk.article;

/**
 * A place in the original input: 1-based line and 1-based column counted in Unicode code points.
 *
 * @param line 1-based line
 * @param column 1-based column, in code points
 */
public record Position(int line, int column) {
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("bad position " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
