package org.copydesk.report;

/**
 * Where a finding is in the original input: 1-based lines, 1-based columns in Unicode code points; the end is
 * exclusive (the column just after the last character), as in SARIF.
 */
public record Location(int line, int column, int endLine, int endColumn) implements Comparable<Location> {
  @Override
  public int compareTo(Location o) {
    int c = Integer.compare(line, o.line);
    if (c == 0) {
      c = Integer.compare(column, o.column);
    }
    if (c == 0) {
      c = Integer.compare(endLine, o.endLine);
    }
    return c != 0 ? c : Integer.compare(endColumn, o.endColumn);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
