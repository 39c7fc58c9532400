package org.copydesk.internal.report;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.report.Fixes;

/**
 * A unified diff ({@code diff -u}) built from known edits rather than by comparing two texts: each run of lines
 * the edits touch is a change, and changes less than {@code 2 * CONTEXT} lines apart share a hunk. Not API;
 * reach it through {@link Fixes#unifiedDiff(String, String)}.
 */
public final class UnifiedDiff {
  static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  /** Old lines {@code [first, last]} become {@code newLines} (each with its line break, if it has one). */
  private record Change(int first, int last, List<String> newLines) {}

  private UnifiedDiff() {}

  /**
   * The diff from {@code original} to {@code original} with {@code edits} applied.
   *
   * @param edits non-overlapping edits in order of their start
   */
  public static String of(String original, List<Fixes.Edit> edits, String oldName, String newName) {
    if (edits.isEmpty()) {
      return "";
    }
    TextLines lines = new TextLines(original);
    List<Change> changes = changes(original, lines, edits);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
    int delta = 0; // new line number minus old line number, before the current hunk
    int i = 0;
    while (i < changes.size()) {
      int j = i;
      while (j + 1 < changes.size() && changes.get(j + 1).first() - changes.get(j).last() - 1 <= 2 * CONTEXT) {
        j++;
      }
      int from = Math.max(0, changes.get(i).first() - CONTEXT);
      int to = Math.min(lines.count() - 1, changes.get(j).last() + CONTEXT);
      StringBuilder body = new StringBuilder();
      int oldCount = 0;
      int newCount = 0;
      int at = from;
      for (int k = i; k <= j; k++) {
        Change c = changes.get(k);
        for (; at < c.first(); at++, oldCount++, newCount++) {
          line(body, ' ', lines.withBreak(at));
        }
        for (; at <= c.last(); at++, oldCount++) {
          line(body, '-', lines.withBreak(at));
        }
        for (String l : c.newLines()) {
          line(body, '+', l);
          newCount++;
        }
      }
      for (; at <= to; at++, oldCount++, newCount++) {
        line(body, ' ', lines.withBreak(at));
      }
      int oldStart = from + 1;
      int newStart = from + 1 + delta;
      out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
          .append(" @@\n").append(body);
      delta += newCount - oldCount;
      i = j + 1;
    }
    return out.toString();
  }

  /** {@code start,count}, with the line before for an empty range and no count for one line, as diff writes it. */
  private static String range(int start, int count) {
    if (count == 1) {
      return Integer.toString(start);
    }
    return (count == 0 ? start - 1 : start) + "," + count;
  }

  private static void line(StringBuilder out, char mark, String line) {
    out.append(mark).append(line);
    if (!line.endsWith("\n") && !line.endsWith("\r")) {
      out.append('\n').append(NO_NEWLINE);
    } else if (line.endsWith("\r")) {
      out.append('\n'); // a lone CR line break (old Mac text): keep it, and end the diff line
    }
  }

  /** The edits grouped by the lines they touch; edits on the same or adjacent lines make one change. */
  private static List<Change> changes(String original, TextLines lines, List<Fixes.Edit> edits) {
    List<Change> out = new ArrayList<>();
    int e = 0;
    while (e < edits.size()) {
      int first = lines.lineOf(edits.get(e).start());
      int last = lastLine(lines, edits.get(e));
      int f = e;
      while (f + 1 < edits.size() && lines.lineOf(edits.get(f + 1).start()) <= last + 1) {
        f++;
        last = Math.max(last, lastLine(lines, edits.get(f)));
      }
      int base = lines.start(first);
      StringBuilder text = new StringBuilder();
      int at = base;
      for (int k = e; k <= f; k++) {
        Fixes.Edit edit = edits.get(k);
        text.append(original, at, edit.start()).append(edit.replacement());
        at = edit.end();
      }
      text.append(original, at, lines.end(last));
      TextLines changed = new TextLines(text.toString());
      List<String> newLines = new ArrayList<>();
      for (int l = 0; l < changed.count(); l++) {
        newLines.add(changed.withBreak(l));
      }
      out.add(new Change(first, last, newLines));
      e = f + 1;
    }
    return out;
  }

  /** The last line an edit touches: the line of its last character (an empty edit touches its start's line). */
  private static int lastLine(TextLines lines, Fixes.Edit edit) {
    return lines.lineOf(Math.max(edit.start(), edit.end() - 1));
  }
}
