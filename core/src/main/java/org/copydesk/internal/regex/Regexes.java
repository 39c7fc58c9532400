package org.copydesk.internal.regex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles regular expressions whose alternations are long word lists ({@code said|says|told|…}) into an equivalent
 * form that the JDK's backtracking engine tries far faster: alternatives that begin with the same literal character
 * are grouped behind it, recursively, as in a trie ({@code sa(?:id|ys)|told}). Java tries the alternatives of a
 * group one by one at every position, so a list of four hundred verbs costs four hundred comparisons where a
 * grouped one costs a few dozen.
 *
 * <p>The rewrite never changes what a pattern matches, where, or what its groups capture. The engine tries the
 * alternatives in order and takes the first that lets the whole pattern match; only alternatives that begin with a
 * literal character (not followed by a quantifier) are grouped, and only within a run of such alternatives, so any
 * other alternative keeps its place. Two alternatives of a run whose first characters fold differently (as the
 * engine folds them under the flags in force: exactly, ASCII case or Unicode case) cannot both match at one
 * position; alternatives whose first characters fold alike are kept in their order within their group. So the
 * alternatives that can match are tried in the same order as before. Also left where they are: alternatives that
 * hold a capturing group (moving one would renumber the groups), and splits at a character the engine compares
 * differently alone than inside a run of literals (under Unicode case folding a run's "ß" also matches "ẞ", a lone
 * "ß" does not) or at an escape that writes a character by its code. Lookbehinds are copied as written, and a
 * pattern this class cannot read with certainty (quoted text, a control escape, comments mode, a flag switched in
 * the middle of a group) is compiled as written.
 *
 * <p>{@link #source} returns the pattern as written, for tools that read its text (the literal prefilters). It is
 * kept for every pattern the rewrite changed, so {@link #compile} is meant for patterns compiled once (constants),
 * not for patterns built per call. Thread-safe.
 */
public final class Regexes {
  private static final int CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE;
  private static final int UNICODE_CASE = Pattern.UNICODE_CASE;
  private static final Map<Pattern, String> SOURCES = new ConcurrentHashMap<>();

  private Regexes() {}

  /** {@link Pattern#compile(String)} of the factored form of {@code regex}. */
  public static Pattern compile(String regex) {
    String factored = rewrite(regex);
    if (factored.equals(regex)) {
      return Pattern.compile(regex);
    }
    Pattern p;
    try {
      p = Pattern.compile(factored);
    } catch (PatternSyntaxException e) {
      return Pattern.compile(regex); // not expected; the pattern as written gives the caller its own error, if any
    }
    SOURCES.put(p, regex);
    return p;
  }

  /** The regular expression as written for a pattern made by {@link #compile}, else the pattern's own text. */
  public static String source(Pattern p) {
    return SOURCES.getOrDefault(p, p.pattern());
  }

  /** The equivalent, factored form of {@code regex}, or {@code regex} itself when it cannot be read with certainty. */
  static String factor(String regex) {
    String out = rewrite(regex);
    try {
      Pattern.compile(out);
      return out;
    } catch (PatternSyntaxException e) {
      return regex;
    }
  }

  private static String rewrite(String regex) {
    if (regex.contains("\\Q") || regex.contains("\\c")) {
      return regex; // quoted text, whose brackets and bars are not syntax; a control escape, which takes a character
    }
    try {
      Parser p = new Parser(regex);
      String out = p.body(0, false);
      return p.pos == regex.length() ? out : regex;
    } catch (Bail e) {
      return regex;
    }
  }

  /** Thrown when a pattern holds something the rewrite does not read with certainty; the pattern stays as written. */
  private static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bail() {
      super(null, null, false, false);
    }
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    /**
     * Reads alternatives up to the end of the enclosing group (not consuming its closing bracket) or of the pattern,
     * rewriting nested groups, and returns them regrouped.
     */
    String body(int flags, boolean nested) {
      StringBuilder lead = new StringBuilder();
      // flags switched at the start of a body ("(?iu)\\b…") apply to all of it
      while (s.startsWith("(?", pos) && bareFlags(pos) > 0) {
        int end = bareFlags(pos);
        flags = applyFlags(flags, s.substring(pos + 2, end - 1));
        lead.append(s, pos, end);
        pos = end;
      }
      if ((flags & Pattern.COMMENTS) != 0) {
        throw new Bail();
      }
      List<String> branches = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == ')') {
          if (!nested) {
            throw new Bail();
          }
          break;
        } else if (c == '|') {
          branches.add(cur.toString());
          cur.setLength(0);
          pos++;
        } else if (c == '\\') {
          if (pos + 1 >= s.length()) {
            throw new Bail();
          }
          cur.append(s, pos, pos + 2);
          pos += 2;
        } else if (c == '[') {
          int end = classEnd(pos);
          cur.append(s, pos, end);
          pos = end;
        } else if (c == '(') {
          cur.append(group(flags));
        } else {
          cur.append(c);
          pos++;
        }
      }
      branches.add(cur.toString());
      String regrouped = regroup(branches, flags);
      String ahead = lookahead(branches, flags);
      return (ahead == null ? lead.append(regrouped) : lead.append(ahead).append("(?:").append(regrouped).append(')'))
          .toString();
    }

    /** Reads a group at {@code pos}, brackets included, and returns it with its body rewritten. */
    private String group(int flags) {
      int start = pos;
      if (s.startsWith("(?<=", pos) || s.startsWith("(?<!", pos)) {
        pos += 4;
        skipTo(); // a lookbehind is copied as written
        pos++;
        return s.substring(start, pos);
      }
      if (s.startsWith("(?", pos) && bareFlags(pos) > 0) {
        throw new Bail(); // a flag switched inside a group: it would carry into the alternatives after it
      }
      String head;
      int inner = flags;
      if (!s.startsWith("(?", pos)) {
        head = "(";
      } else if (s.startsWith("(?:", pos) || s.startsWith("(?=", pos) || s.startsWith("(?!", pos)
          || s.startsWith("(?>", pos)) {
        head = s.substring(pos, pos + 3);
      } else if (s.startsWith("(?<", pos)) {
        int end = s.indexOf('>', pos);
        if (end < 0) {
          throw new Bail();
        }
        head = s.substring(pos, end + 1);
      } else {
        int colon = pos + 2;
        while (colon < s.length() && (Character.isLetter(s.charAt(colon)) || s.charAt(colon) == '-')) {
          colon++;
        }
        if (colon >= s.length() || s.charAt(colon) != ':') {
          throw new Bail();
        }
        inner = applyFlags(flags, s.substring(pos + 2, colon));
        head = s.substring(pos, colon + 1);
      }
      pos = start + head.length();
      String body = body(inner, true);
      if (pos >= s.length() || s.charAt(pos) != ')') {
        throw new Bail();
      }
      pos++;
      return new StringBuilder(head.length() + body.length() + 1).append(head).append(body).append(')').toString();
    }

    private int bareFlags(int at) {
      return Regexes.bareFlags(s, at);
    }

    /** Moves {@code pos} to the bracket that closes the group whose body starts at {@code pos}. */
    private void skipTo() {
      int depth = 0;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '\\') {
          pos += 2;
        } else if (c == '[') {
          pos = classEnd(pos);
        } else if (c == '(') {
          depth++;
          pos++;
        } else if (c == ')') {
          if (depth == 0) {
            return;
          }
          depth--;
          pos++;
        } else {
          pos++;
        }
      }
      throw new Bail();
    }

    private int classEnd(int at) {
      int end = Regexes.classEnd(s, at);
      if (end < 0) {
        throw new Bail();
      }
      return end;
    }
  }

  /** The end (exclusive) of a bare flag group such as {@code (?iu)} at {@code at}, or -1 when there is none. */
  static int bareFlags(String s, int at) {
    int i = at + 2;
    while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
      i++;
    }
    return i > at + 2 && i < s.length() && s.charAt(i) == ')' ? i + 1 : -1;
  }

  /**
   * The end (exclusive) of the character class that opens at {@code at}, nested classes included, or -1 when it
   * does not end or opens with {@code []…]} or {@code [^]…]} (read differently by different engines; not worth
   * the risk).
   */
  static int classEnd(String s, int at) {
    int depth = 0;
    int i = at;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        if (i + 1 < s.length() && s.charAt(i + 1) == ']' || i + 2 < s.length() && s.charAt(i + 1) == '^'
            && s.charAt(i + 2) == ']') {
          return -1;
        }
      } else if (c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return -1;
  }

  /** The flags after an inline switch such as {@code iu} or {@code -i}. */
  private static int applyFlags(int flags, String spec) {
    int out = flagsAfter(flags, spec);
    if (out < 0) {
      throw new Bail();
    }
    return out;
  }

  /**
   * The flags after an inline switch such as {@code iu} or {@code -i}, or -1 for a letter that is not a flag. Of
   * the flags that do not change how literals and classes compare ({@code d}, {@code m}, {@code s}) none is kept.
   */
  static int flagsAfter(int flags, String spec) {
    boolean on = true;
    for (char c : spec.toCharArray()) {
      int f = switch (c) {
        case '-' -> 0;
        case 'i' -> CASE_INSENSITIVE;
        case 'u' -> UNICODE_CASE;
        case 'U' -> Pattern.UNICODE_CHARACTER_CLASS | UNICODE_CASE;
        case 'x' -> Pattern.COMMENTS;
        case 'd', 'm', 's' -> 0;
        default -> -1;
      };
      if (f < 0) {
        return -1;
      }
      if (c == '-') {
        on = false;
      } else if (on) {
        flags |= f;
      } else {
        flags &= ~f;
      }
    }
    return flags;
  }

  /**
   * A lookahead for the first characters of an alternation whose alternatives all begin with a plain literal
   * character ({@code (?=[st])} before {@code sa(?:id|ys)|told}), or null. At a position where no alternative can
   * start, the engine would otherwise compare the character with each group's first character in turn, and under
   * case folding fold it each time; one class test does instead. Each character of the class compares under the
   * same flags exactly as the alternative's first character does ({@link #key} admits only characters that compare
   * the same alone), so the lookahead passes wherever an alternative could match and changes nothing else. Only for
   * three first characters or more: below that the groups' own tests cost as little.
   */
  private static String lookahead(List<String> branches, int flags) {
    if (branches.size() < 3) {
      return null;
    }
    StringBuilder chars = new StringBuilder();
    java.util.Set<Integer> keys = new java.util.HashSet<>();
    for (String b : branches) {
      int k = captures(b, 0) ? -1 : key(b, 0, flags);
      if (k < 0) {
        return null;
      }
      if (chars.indexOf(String.valueOf(b.charAt(0))) < 0) {
        chars.append(b.charAt(0));
      }
      keys.add(k);
    }
    return keys.size() < 3 ? null : "(?=[" + chars + "])";
  }

  /**
   * The alternatives joined by {@code |}, those of each run that begin with a literal character grouped by that
   * character as the engine folds it, recursively.
   */
  private static String regroup(List<String> branches, int flags) {
    return String.join("|", regrouped(branches, 0, flags));
  }

  /**
   * A run of alternatives that begin with literals, among others that do not ({@code said|told|\\p{L}+-t-il|…}):
   * with three first characters or more it gets a lookahead of its own, as a whole alternation would
   * ({@link #lookahead}). The run stays in its place, so the alternatives are tried in the same order.
   */
  private static void addRun(List<String> out, List<String> runBranches, List<String> entries, boolean whole,
      int flags) {
    String ahead = whole || entries.size() < 2 ? null : lookahead(runBranches, flags);
    if (ahead == null) {
      out.addAll(entries);
    } else {
      out.add(ahead + "(?:" + String.join("|", entries) + ")");
    }
  }

  /**
   * The alternatives regrouped, without their first {@code off} characters, which they share and which the caller
   * has written already (offsets rather than copies keep the work linear in the length of the alternation).
   */
  private static List<String> regrouped(List<String> branches, int off, int flags) {
    int n = branches.size();
    List<String> out = new ArrayList<>();
    if (n < 2) {
      for (String b : branches) {
        out.add(b.substring(off));
      }
      return out;
    }
    int[] keys = new int[n];
    for (int i = 0; i < n; i++) {
      // an alternative with a capturing group keeps its place, so the groups keep their numbers
      keys[i] = captures(branches.get(i), off) ? -1 : key(branches.get(i), off, flags);
    }
    int i = 0;
    while (i < n) {
      if (keys[i] < 0) {
        out.add(branches.get(i++).substring(off));
        continue;
      }
      Map<Integer, List<String>> run = new LinkedHashMap<>();
      int runStart = i;
      while (i < n && keys[i] >= 0) {
        List<String> group = run.get(keys[i]);
        if (group == null) {
          group = new ArrayList<>();
          run.put(keys[i], group);
        }
        group.add(branches.get(i));
        i++;
      }
      List<String> entries = new ArrayList<>();
      for (List<String> group : run.values()) {
        if (group.size() == 1 || !secondSafe(group, off + 1, flags)) {
          for (String b : group) {
            entries.add(b.substring(off));
          }
          continue;
        }
        List<String> inner = regrouped(group, off + 1, flags);
        // one alternative left ("a(?:id|ys)" under "s"): it follows the character without brackets of its own
        StringBuilder b = new StringBuilder().append(group.get(0).charAt(off));
        if (inner.size() == 1) {
          b.append(inner.get(0));
        } else {
          b.append("(?:").append(String.join("|", inner)).append(')');
        }
        entries.add(b.toString());
      }
      if (off == 0) {
        // a run that is every alternative gets its lookahead from the caller, once for the whole alternation
        addRun(out, branches.subList(runStart, i), entries, runStart == 0 && i == n, flags);
      } else {
        out.addAll(entries);
      }
    }
    return out;
  }

  /**
   * The character at {@code off} of an alternative as the engine compares it under {@code flags}, or -1 when the
   * alternative does not go on there with a plain literal character that must match once (a letter, digit, space
   * or apostrophe) and compares the same alone as in a run of literals.
   */
  static int key(String branch, int off, int flags) {
    if (branch.length() <= off) {
      return -1;
    }
    char c = branch.charAt(off);
    if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '’') || Character.isSurrogate(c)
        || branch.length() > off + 1 && "?*+{".indexOf(branch.charAt(off + 1)) >= 0 || !safe(c, flags)) {
      return -1;
    }
    if ((flags & CASE_INSENSITIVE) == 0) {
      return c;
    }
    if ((flags & UNICODE_CASE) == 0) {
      return c < 128 ? Character.toLowerCase(c) : c;
    }
    return StartSet.fold(c);
  }

  /**
   * Whether the engine compares {@code c} the same alone as inside a run of literal characters. Grouping moves
   * characters out of such runs: "İß" is one run, but in "İ(?:ß|ı)" the "ß" stands alone. Under Unicode case
   * folding a run compares folded characters, so its "ß" also matches "ẞ", whose folding is "ß", while a lone
   * caseless "ß" matches only itself. ASCII characters and cased letters whose folding is stable compare alike.
   */
  private static boolean safe(char c, int flags) {
    if ((flags & CASE_INSENSITIVE) == 0 || (flags & UNICODE_CASE) == 0 || c < 128) {
      return true;
    }
    int upper = Character.toUpperCase((int) c);
    int fold = Character.toLowerCase(upper);
    return upper != fold && Character.toLowerCase(Character.toUpperCase(fold)) == fold;
  }

  /**
   * Whether the character at {@code at} of each alternative, when it is a literal, compares the same alone. An
   * escape that can write a character by its code ({@code \\x{DF}}, {@code \\u00DF}, {@code \\0337},
   * {@code \\N{…}}) counts as one that may not.
   */
  private static boolean secondSafe(List<String> branches, int at, int flags) {
    for (String b : branches) {
      if (b.length() <= at) {
        continue;
      }
      char c = b.charAt(at);
      if (c == '\\' && at + 1 < b.length() && "xu0N".indexOf(b.charAt(at + 1)) >= 0
          || "\\[](){}.*+?^$|".indexOf(c) < 0 && !safe(c, flags)) {
        return false;
      }
    }
    return true;
  }

  /** Whether an alternative, from {@code off} on, opens a capturing group (numbered or named). */
  private static boolean captures(String branch, int off) {
    boolean inClass = false;
    for (int i = off; i < branch.length(); i++) {
      char c = branch.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(' && (i + 1 >= branch.length() || branch.charAt(i + 1) != '?'
          || branch.startsWith("?<", i + 1) && i + 3 < branch.length() && Character.isLetter(branch.charAt(i + 3)))) {
        return true;
      }
    }
    return false;
  }
}
