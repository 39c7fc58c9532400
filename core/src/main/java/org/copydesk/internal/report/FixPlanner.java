package org.copydesk.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.copydesk.article.Format;
import org.copydesk.article.SourceMap;
import org.copydesk.article.Span;
import org.copydesk.report.Finding;
import org.copydesk.report.Fixes;
import org.copydesk.report.Report;
import org.copydesk.rule.Suggestion;

/**
 * Turns a report's selected suggestions into edits of the original input. Not API; reach it through
 * {@link org.copydesk.report.Fixer}.
 */
public final class FixPlanner {
  /** A Markdown setext underline: deleting the heading above it would turn the paragraph before into one. */
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(?:=+|-+)[ \\t]*");

  /** A planned edit: whole lines {@code [firstLine, lastLine]}, or an exact range of the original. */
  private record Candidate(Finding finding, int order, int start, int end, String replacement, int firstLine,
      int lastLine) {
    boolean lines() {
      return firstLine >= 0;
    }

    boolean overlaps(Candidate o) {
      return start < o.end && o.start < end;
    }
  }

  private final Report report;
  private final SourceMap source;
  private final String original;
  private final TextLines lines;
  private final List<Fixes.Skipped> skipped = new ArrayList<>();

  private FixPlanner(Report report, SourceMap source) {
    this.report = report;
    this.source = source;
    this.original = source.original();
    this.lines = new TextLines(original);
  }

  /** The edits for the findings {@code selected} accepts, applied to {@code source.original()}. */
  public static Fixes plan(Report report, SourceMap source, Predicate<Finding> selected) {
    return new FixPlanner(report, source).plan(selected);
  }

  private Fixes plan(Predicate<Finding> selected) {
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (Finding f : report.findings()) {
      if (selected.test(f)) {
        Candidate c = candidate(f, order++);
        if (c != null) {
          candidates.add(c);
        }
      }
    }
    // document order; of two edits that start together the wider wins (a deleted line needs no typo fixed)
    candidates.sort(Comparator.comparingInt(Candidate::start)
        .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
        .thenComparingInt(Candidate::order));
    List<Candidate> accepted = new ArrayList<>();
    for (Candidate c : candidates) {
      Candidate clash = accepted.stream().filter(c::overlaps).findFirst().orElse(null);
      if (clash != null) {
        skip(c.finding(), "overlaps the fix for " + clash.finding().ruleId() + " at " + clash.finding().location());
      } else {
        accepted.add(c);
      }
    }
    List<Fixes.Edit> edits = edits(accepted);
    StringBuilder fixed = new StringBuilder(original.length());
    int at = 0;
    for (Fixes.Edit e : edits) {
      fixed.append(original, at, e.start()).append(e.replacement());
      at = e.end();
    }
    fixed.append(original, at, original.length());
    skipped.sort(Comparator.comparing(s -> s.finding().span()));
    return new Fixes(original, fixed.toString(), edits, skipped);
  }

  private void skip(Finding f, String reason) {
    skipped.add(new Fixes.Skipped(f, reason));
  }

  /** What applying {@code f}'s first suggestion means in the original, or {@code null} (and a skip) if unsafe. */
  private Candidate candidate(Finding f, int order) {
    if (f.suggestions().isEmpty()) {
      skip(f, "no suggestion to apply");
      return null;
    }
    Suggestion s = f.suggestions().get(0);
    Span span = f.span();
    int start = mapped(span.start());
    int last = span.length() == 0 ? -1 : mapped(span.end() - 1);
    if (start < 0 || last < start || last >= original.length()) {
      skip(f, "cannot locate the finding in the input");
      return null;
    }
    int end = last + Character.charCount(original.codePointAt(last));
    if (s.isDeletion()) {
      int first = lines.lineOf(start);
      int lastLine = lines.lineOf(last);
      if (aloneOnLines(span, first, lastLine)) {
        if (report.format() == Format.MARKDOWN && lastLine + 1 < lines.count()
            && SETEXT_UNDERLINE.matcher(lines.content(lastLine + 1)).matches()) {
          lastLine++;
        }
        return new Candidate(f, order, lines.start(first), lines.end(lastLine), "", first, lastLine);
      }
      if (visible(f.excerpt())) {
        skip(f, "the text shares its line with other text; delete it by hand");
        return null;
      }
    }
    if (!original.substring(start, end).equals(f.excerpt())) {
      skip(f, "the input under the finding is not its text (markup or escapes in between)");
      return null;
    }
    return new Candidate(f, order, start, end, s.replacement(), -1, -1);
  }

  /**
   * Whether the span is the only article text on its lines: no character of the normalised text outside the
   * span comes from them. Block separators map to the last character of the block before them, which the span
   * already covers, and the loader's end-of-text offset maps past the end; neither counts.
   */
  private boolean aloneOnLines(Span span, int firstLine, int lastLine) {
    int from = lines.start(firstLine);
    int to = lines.end(lastLine);
    int spanFirst = mapped(span.start());
    int spanLast = mapped(span.end() - 1);
    for (int k = span.start() - 1; k >= 0; k--) {
      int o = mapped(k);
      if (o < from) {
        break;
      }
      if (o < spanFirst && !Character.isWhitespace(original.charAt(o))) {
        return false;
      }
    }
    for (int k = span.end(); ; k++) {
      int o = mapped(k);
      if (o < 0 || o >= to || mapped(k + 1) < 0) {
        break; // past the lines, or the end-of-text offset
      }
      if (o > spanLast && !Character.isWhitespace(original.charAt(o))) {
        return false;
      }
    }
    return true;
  }

  /** The original offset of a normalised-text offset, or -1 past the end of the text. */
  private int mapped(int textOffset) {
    try {
      return source.originalOffset(textOffset);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  /** Whether a text has a letter, digit, symbol or punctuation: something a reader sees. */
  private static boolean visible(String s) {
    return s.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
        && Character.getType(cp) != Character.FORMAT && !Character.isISOControl(cp)
        && !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0xE0100 && cp <= 0xE01EF)
        && cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0); // Hangul fillers draw nothing
  }

  /**
   * The accepted candidates as edits. Line deletions take a blank line next to them when deleting would leave
   * two blank lines together (or a blank line at the start or end of the text). Lines that stay keep their line
   * breaks: when the deleted lines end a text that had no final line break, the text now ends with one.
   */
  private List<Fixes.Edit> edits(List<Candidate> accepted) {
    int n = lines.count();
    int[] owner = new int[n];
    java.util.Arrays.fill(owner, -1);
    for (int i = 0; i < accepted.size(); i++) {
      Candidate c = accepted.get(i);
      if (c.lines()) {
        for (int l = c.firstLine(); l <= c.lastLine(); l++) {
          owner[l] = i;
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r0 = 0; r0 < n && !changed; r0++) {
        if (owner[r0] < 0 || r0 > 0 && owner[r0 - 1] >= 0) {
          continue;
        }
        int r1 = r0;
        while (r1 + 1 < n && owner[r1 + 1] >= 0) {
          r1++;
        }
        boolean before = r0 > 0;
        boolean after = r1 + 1 < n;
        if (after && lines.isBlank(r1 + 1) && (!before || lines.isBlank(r0 - 1))) {
          owner[r1 + 1] = owner[r1];
          changed = true;
        } else if (before && !after && lines.isBlank(r0 - 1)) {
          owner[r0 - 1] = owner[r0];
          changed = true;
        }
      }
    }
    List<Fixes.Edit> edits = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      Candidate c = accepted.get(i);
      if (!c.lines()) {
        edits.add(new Fixes.Edit(c.finding(), c.start(), c.end(), c.replacement()));
        continue;
      }
      int first = -1;
      int last = -1;
      for (int l = 0; l < n; l++) {
        if (owner[l] == i) {
          first = first < 0 ? l : first;
          last = l;
        }
      }
      edits.add(new Fixes.Edit(c.finding(), lines.start(first), lines.end(last), ""));
    }
    edits.sort(Comparator.comparingInt(Fixes.Edit::start));
    return edits;
  }
}
