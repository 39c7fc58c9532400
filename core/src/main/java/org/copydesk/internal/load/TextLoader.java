package org.copydesk.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.BlockType;

/**
 * Plain text: blocks are runs of non-blank lines. The first short line without closing punctuation is
 * the title; a short unpunctuated line followed by a paragraph is a heading; lines that start with a
 * bullet or number are list items.
 */
final class TextLoader {
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*•–+]|\\d{1,3}[.)])\\s+");
  private static final int TITLE_MAX_WORDS = 25;
  private static final int HEADING_MAX_WORDS = 12;
  /**
   * Prose wrapped at a width leaves lines about this long before each break (text is wrapped at 60–80); a shorter
   * line is the end of a wrapped sentence only when what follows reads on ("You may also like" is a label).
   */
  static final int WRAPPED_LINE_CHARS = 35;
  /** Prose wrapped at a width keeps its lines under this (mail and terminals wrap at 72 to 80, some tools at 100). */
  static final int WRAP_WIDTH_MAX = 130;

  private record Line(int start, int end) {}

  private TextLoader() {}

  /** Reads blocks out of {@code in}; returns the title line's text when one was found. */
  static String load(MappedText in, ArticleBuilder out, boolean detectTitle) {
    List<List<Line>> groups = groups(in.text);
    String title = null;
    for (int g = 0; g < groups.size(); g++) {
      List<Line> lines = groups.get(g);
      if (lines.size() > 1 && allListItems(in.text, lines)) {
        for (Line l : lines) {
          Matcher m = LIST_MARKER.matcher(in.text).region(l.start, l.end);
          out.startBlock(BlockType.LIST_ITEM);
          out.append(in, m.lookingAt() ? m.end() : l.start, l.end);
          out.endBlock();
        }
        continue;
      }
      String joined = join(in.text, lines);
      BlockType type = BlockType.PARAGRAPH;
      if (lines.size() == 1 && !endsLikeSentence(joined)) {
        int words = words(joined);
        if (detectTitle && title == null && g == 0 && words <= TITLE_MAX_WORDS) {
          type = BlockType.TITLE;
          title = joined.strip().replaceAll("\\s+", " "); // as in the block: whitespace collapsed
        } else if (words <= HEADING_MAX_WORDS && g + 1 < groups.size()
            && looksLikeParagraph(in.text, groups.get(g + 1))) {
          type = BlockType.HEADING;
        }
      } else if (lines.size() == 1 && LIST_MARKER.matcher(joined).lookingAt()) {
        type = BlockType.LIST_ITEM;
      }
      out.startBlock(type);
      for (Line l : lines) {
        int from = l.start;
        if (type == BlockType.LIST_ITEM) {
          Matcher m = LIST_MARKER.matcher(in.text).region(l.start, l.end);
          from = m.lookingAt() ? m.end() : l.start;
        }
        if (l != lines.get(0)) {
          out.space(in.origin(l.start - 1));
        }
        out.append(in, from, l.end);
      }
      out.endBlock();
    }
    return title;
  }

  private static List<List<Line>> groups(String s) {
    List<List<Line>> groups = new ArrayList<>();
    List<Line> cur = new ArrayList<>();
    int i = 0;
    while (i <= s.length()) {
      int nl = lineBreak(s, i);
      int end = nl < 0 ? s.length() : nl;
      if (s.substring(i, end).isBlank()) {
        if (!cur.isEmpty()) {
          groups.add(cur);
          cur = new ArrayList<>();
        }
      } else {
        cur.add(new Line(i, end));
      }
      if (nl < 0) {
        break;
      }
      i = nl + 1;
    }
    if (!cur.isEmpty()) {
      groups.add(cur);
    }
    // Lines that are not hard-wrapped prose are separate blocks: scraped copy keeps furniture on lines of its own
    // ("Related Articles", the titles under it, "Share this: Facebook | X") with no blank line between them.
    List<List<Line>> out = new ArrayList<>();
    for (List<Line> g : groups) {
      if (g.size() > 1 && !allListItems(s, g) && !hardWrapped(s, g)) {
        g.forEach(l -> out.add(List.of(l)));
      } else {
        out.add(g);
      }
    }
    return out;
  }

  private static boolean hardWrapped(String s, List<Line> lines) {
    List<String> text = new ArrayList<>(lines.size());
    for (Line l : lines) {
      text.add(s.substring(l.start, l.end));
    }
    return hardWrapped(text);
  }

  /**
   * Prose wrapped at a fixed width, as opposed to a stack of separate lines: some line breaks off mid-sentence
   * (the next line starts in lower case, or a number follows a lower-case word and the sentence runs on). Otherwise
   * each line is a block of its own: scraped furniture comes as stacked lines, and a headline with a line glued
   * under it is two lines. A short line that starts with a number and stops without closing punctuation ("4 min
   * read", "12 comments") is a line of its own, not the rest of the sentence above it.
   */
  static boolean hardWrapped(List<String> lines) {
    if (paragraphsOnLines(lines)) {
      return false; // whole paragraphs on lines of their own: the lines were stacked, not wrapped at a width
    }
    for (int i = 0; i < lines.size() - 1; i++) {
      String t = lines.get(i).strip();
      String next = lines.get(i + 1);
      if (endsLikeSentence(t)) {
        continue;
      }
      // the sentence reads on: it ends on the next line, or that line breaks off mid-sentence too
      boolean endsThere = endsLikeSentence(next);
      boolean runsOn = endsInLowerCaseWord(next) && i + 2 < lines.size() && !startsLine(lines.get(i + 2));
      if (!startsLine(next) && (endsThere || runsOn || next.strip().length() >= WRAPPED_LINE_CHARS)) {
        return true; // "... leaders from ten / nations arrived", but not "Menu / hace 5 horas"
      }
      if (endsInLowerCaseWord(t) && startsWithDigit(next) && (endsThere || runsOn)) {
        return true; // "... represents more than / 40% of the world's population and", not "4 min read"
      }
    }
    return false;
  }

  /**
   * Two lines or more of prose longer than any wrapping width: paragraphs written one to a line. One long line (a
   * URL, a table row) among wrapped prose does not count.
   */
  static boolean paragraphsOnLines(List<String> lines) {
    int longLines = 0;
    for (String line : lines) {
      String t = line.strip();
      if (t.length() > WRAP_WIDTH_MAX && t.chars().filter(c -> c == ' ').count() >= PROSE_LINE_SPACES) {
        longLines++;
      }
    }
    return longLines >= 2;
  }

  private static final int PROSE_LINE_SPACES = 10;

  static boolean endsInLowerCaseWord(String line) {
    String t = line.strip();
    int space = t.lastIndexOf(' ');
    String last = t.substring(space + 1);
    return !last.isEmpty() && Character.isLowerCase(last.codePointAt(0));
  }

  private static boolean startsWithDigit(String line) {
    String t = line.strip();
    return !t.isEmpty() && Character.isDigit(t.codePointAt(0));
  }

  /** A line that starts anew: its first character is no lower-case letter (a capital, a digit, markup). */
  static boolean startsLine(String line) {
    String t = line.strip();
    return !t.isEmpty() && !Character.isLowerCase(t.codePointAt(0));
  }

  /** The next line break at or after {@code from}: an LF, or a CR not followed by LF (old Mac files). */
  private static int lineBreak(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean allListItems(String s, List<Line> lines) {
    for (Line l : lines) {
      if (!LIST_MARKER.matcher(s).region(l.start, l.end).lookingAt()) {
        return false;
      }
    }
    return true;
  }

  private static String join(String s, List<Line> lines) {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines) {
      sb.append(s, l.start, l.end).append(' ');
    }
    return sb.toString().strip();
  }

  private static boolean looksLikeParagraph(String s, List<Line> lines) {
    String t = join(s, lines);
    return lines.size() > 1 || words(t) > HEADING_MAX_WORDS || endsLikeSentence(t);
  }

  static boolean endsLikeSentence(String t) {
    return endsWithMark(t, CLOSERS, ".!?…:;,");
  }

  /** Quotes, brackets and emphasis that may close a sentence after its mark ("… arrived.”"). */
  static final String CLOSERS = "\"'”’»)]*";

  /** Whether {@code t} ends with one of {@code marks}, once any of {@code closers} after it are set aside. */
  static boolean endsWithMark(String t, String closers, String marks) {
    String s = t.strip();
    if (s.isEmpty()) {
      return false;
    }
    int i = s.length() - 1;
    while (i > 0 && closers.indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return marks.indexOf(s.charAt(i)) >= 0;
  }

  static int words(String t) {
    String s = t.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
