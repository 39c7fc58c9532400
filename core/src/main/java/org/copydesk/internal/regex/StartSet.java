package org.copydesk.internal.regex;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a pattern's matches can start with, read from its text, and a search that tries the pattern only
 * where the text has one of them. {@link Matcher#find()} tries a pattern at every position of the text, and each
 * try runs the pattern's first nodes (a word boundary, a lookbehind, a group); most positions of a sentence cannot
 * start a match of a pattern that begins with a word from a list, and one test of the character rules them out.
 *
 * <p>{@link #find} finds exactly what {@code find()} on the whole text would: the same matches, in the same order,
 * with the same groups. A match starts with a character the pattern consumes; the set holds every character that
 * can be the first one (a superset: a literal under case folding stands for every character that folds like it),
 * so the positions skipped are positions where no match can start, and at the others the pattern is tried as
 * {@code find()} tries it there (transparent bounds, so lookbehinds and word boundaries see the text before).
 * When every match passes a guard before its first character ({@link #guard}), the places where the guard must
 * fail are skipped too: right after a letter for a lookbehind refusing letters, between two ASCII word characters
 * for {@code \b}.
 *
 * <p>Read: literal characters, escaped punctuation, {@code \d}, simple character classes ({@code [abc]},
 * {@code [a-z]}), groups of every kind, alternation, quantifiers, zero-width assertions ({@code \b}, {@code ^},
 * lookarounds, which consume nothing and are stepped over), flags at the start of the pattern and scoped flag
 * groups, and case flags given to {@link Pattern#compile(String, int)}. Anything else at a place where a match may
 * start ({@code .}, {@code \w}, {@code \p{L}}, a negated class, a back reference, a flag switched in the middle,
 * other flags given to {@code compile}), and a pattern that can match the empty string, give no set. Immutable and
 * thread-safe.
 */
public final class StartSet {
  private static final int CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE;

  private final long[] exactAscii;
  private final char[] exactOther;
  private final long[] foldedAscii;
  private final char[] foldedOther;
  private final boolean anyFolded;
  /** {@link #NONE}, {@link #BOUNDARY} or {@link #LETTER}: what every match passes before its first character. */
  private final int guard;

  /** No guard. */
  static final int NONE = 0;
  /**
   * A word boundary, {@code \b}: it fails between two word characters. Which characters are word characters
   * changed in JDK 19 (from any letter or digit to ASCII ones, unless {@code (?U)}), so only ASCII letters, digits
   * and the underscore, word characters on every JDK, are relied on.
   */
  static final int BOUNDARY = 1;
  /** A lookbehind that refuses a letter before the match ({@code (?<![\p{L}\p{N}])}): on every JDK alike. */
  static final int LETTER = 2;

  private StartSet(First first) {
    this.exactAscii = ascii(first.exact);
    this.exactOther = other(first.exact);
    this.foldedAscii = ascii(first.folded);
    this.foldedOther = other(first.folded);
    this.anyFolded = !first.folded.isEmpty();
    this.guard = first.guard;
  }

  /**
   * The start set of a pattern, or null when its text holds something this class does not read at a place where a
   * match may start, or when it can match the empty string.
   */
  public static StartSet of(Pattern p) {
    int given = p.flags() & ~Pattern.compile(p.pattern()).flags(); // flags given to Pattern.compile
    if ((given & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) != 0) {
      return null; // only case flags are read as if written at the start of the pattern
    }
    if (p.pattern().contains("\\Q") || p.pattern().contains("\\c")) {
      return null; // quoted text and control escapes take characters that would read as syntax
    }
    try {
      Reader r = new Reader(p.pattern());
      First f = r.alternation(given, false, true);
      if (r.pos != r.s.length() || f.nullable) {
        return null;
      }
      return new StartSet(f);
    } catch (Unknown e) {
      return null;
    }
  }

  /**
   * The guard every match passes before the pattern consumes anything: {@link #LETTER} for a lookbehind that refuses
   * a letter before it ({@code (?<![\p{L}\p{N}])}: no match starts right after a letter), {@link #BOUNDARY} for a
   * word boundary ({@code \b}: none starts at an ASCII letter or digit right after another), else {@link #NONE}.
   */
  int guard() {
    return guard;
  }

  /** Whether a match may start with {@code c}. */
  public boolean mayStart(char c) {
    if (has(exactAscii, exactOther, c)) {
      return true;
    }
    return anyFolded && has(foldedAscii, foldedOther, fold(c));
  }

  /**
   * The next match of {@code m}'s pattern in {@code text} that starts at {@code from} or after, as
   * {@link Matcher#find()} would find it; the match is then {@code m}'s. Sets the matcher's region and bounds.
   *
   * @param m a matcher of the pattern this set was made for, over {@code text}
   * @param text the text the matcher reads
   * @param from where to start looking
   * @return whether a match was found
   */
  public boolean find(Matcher m, CharSequence text, int from) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    for (int i = from; i < length; i++) {
      char c = text.charAt(i);
      if (mayStart(c) && !(i > 0 && guarded(text.charAt(i - 1), c))) {
        m.region(i, length);
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The matches of {@code m}'s pattern in {@code text}, one after the other, as {@link Matcher#find()} gives them:
   * through {@code set} when the pattern has one (each search from the end of the last match), else by
   * {@code find()} itself.
   *
   * @param set the start set of {@code m}'s pattern, or null when it has none
   * @param m a fresh matcher over {@code text}
   * @param text the text the matcher reads
   * @return the search; not thread-safe, like the matcher
   */
  public static Search search(StartSet set, Matcher m, CharSequence text) {
    return new Search(set, m, text);
  }

  /** One pass over a text's matches ({@link #search}). */
  public static final class Search {
    private final StartSet set;
    private final Matcher matcher;
    private final CharSequence text;
    private int from;

    private Search(StartSet set, Matcher matcher, CharSequence text) {
      this.set = set;
      this.matcher = matcher;
      this.text = text;
    }

    /** Moves to the next match, which is then the matcher's; false when there is none. */
    public boolean next() {
      if (set == null) {
        return matcher.find();
      }
      if (!set.find(matcher, text, from)) {
        return false;
      }
      from = matcher.end(); // a pattern with a start set cannot match the empty string
      return true;
    }

    /** The matcher, holding the last match {@link #next} found. */
    public Matcher matcher() {
      return matcher;
    }
  }

  /** Whether the guard fails at a place between {@code before} and {@code c}. */
  boolean guarded(char before, char c) {
    if (guard == LETTER) {
      return Character.isLetter(before); // a surrogate is not a letter: a letter outside the BMP is not relied on
    }
    return guard == BOUNDARY && asciiWord(before) && asciiWord(c);
  }

  private static boolean asciiWord(char c) {
    return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
  }

  private static boolean has(long[] ascii, char[] other, int c) {
    if (c < 128) {
      return (ascii[c >>> 6] & 1L << c) != 0;
    }
    return Arrays.binarySearch(other, (char) c) >= 0;
  }

  /** The character as the engine folds it under Unicode case folding (a superset of ASCII folding). */
  static int fold(int c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static long[] ascii(TreeSet<Integer> set) {
    long[] bits = new long[2];
    for (int c : set) {
      if (c < 128) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  private static char[] other(TreeSet<Integer> set) {
    return set.stream().filter(c -> c >= 128 && c <= Character.MAX_VALUE).map(c -> (char) (int) c)
        .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString().toCharArray();
  }

  /** Thrown at anything this class does not read; the pattern gets no start set. */
  private static final class Unknown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unknown() {
      super(null, null, false, false);
    }
  }

  /** What a piece of a pattern can start with, and whether it can match the empty string. */
  private static final class First {
    final TreeSet<Integer> exact = new TreeSet<>();
    final TreeSet<Integer> folded = new TreeSet<>();
    boolean nullable;
    /** An assertion: it never consumes a character. */
    boolean zeroWidth;
    /** An assertion that is a guard ({@link #BOUNDARY}, {@link #LETTER}), else {@link #NONE}. */
    int guardKind;
    /**
     * The weakest guard every match of this piece that consumes a character passes at the piece's start before it,
     * {@link #NONE} when some match passes none (read only where the first characters are needed).
     */
    int guard;

    void add(int c, int flags) {
      if (c > Character.MAX_VALUE) {
        throw new Unknown();
      }
      if ((flags & CASE_INSENSITIVE) != 0) {
        folded.add(fold(c));
      } else {
        exact.add(c);
      }
    }

    void addAll(First other) {
      exact.addAll(other.exact);
      folded.addAll(other.folded);
    }
  }

  /** A recursive reading of the pattern's first characters. */
  private static final class Reader {
    final String s;
    int pos;

    Reader(String s) {
      this.s = s;
    }

    /**
     * Alternatives up to the closing bracket of the enclosing group (not consumed) or the end. When
     * {@code needed} is false (inside a lookaround, or after an element that cannot match empty) the first
     * characters do not matter and are not read, only where the alternatives end.
     */
    First alternation(int flags, boolean nested, boolean needed) {
      if (!nested) {
        while (s.startsWith("(?", pos) && bareFlags(pos) > 0) {
          int end = bareFlags(pos);
          flags = applyFlags(flags, s.substring(pos + 2, end - 1));
          pos = end;
        }
      }
      First all = new First();
      all.guard = LETTER;
      while (true) {
        First f = sequence(flags, needed);
        all.addAll(f);
        all.nullable |= f.nullable;
        all.guard = Math.min(all.guard, f.guard);
        if (pos < s.length() && s.charAt(pos) == '|') {
          pos++;
          continue;
        }
        if (pos < s.length() && s.charAt(pos) == ')' && !nested) {
          throw new Unknown();
        }
        return all;
      }
    }

    /** One alternative: its elements' first sets while the ones before may match empty; the rest is skipped. */
    private First sequence(int flags, boolean needed) {
      First out = new First();
      boolean open = needed; // every element so far can match the empty string
      boolean assertions = true; // every element so far is an assertion
      int guardSeen = NONE; // the strongest guard among the leading assertions
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        First e = element(flags, open);
        if (open) {
          out.addAll(e);
          open = e.nullable;
        }
        if (assertions && e.zeroWidth) {
          guardSeen = Math.max(guardSeen, e.guardKind);
        } else if (assertions) {
          // the first element that may consume: guarded if a guard came before it, or if it is a guarded group
          // that cannot be skipped (a match that skipped it would start in the next element, unguarded)
          assertions = false;
          out.guard = Math.max(guardSeen, e.nullable ? NONE : e.guard);
        }
      }
      if (assertions) {
        out.guard = guardSeen;
      }
      out.nullable = open || !needed;
      return out;
    }

    /**
     * One element with its quantifier. When {@code needed} is false its first set does not matter, but the
     * element is still read, to find where it ends.
     */
    private First element(int flags, boolean needed) {
      First e = new First();
      char c = s.charAt(pos);
      if (c == '(') {
        e = group(flags, needed);
      } else if (c == '[') {
        int end = classEnd(pos);
        if (needed) {
          readClass(pos + 1, end - 1, flags, e);
        }
        pos = end;
      } else if (c == '\\') {
        if (pos + 1 >= s.length()) {
          throw new Unknown();
        }
        char x = s.charAt(pos + 1);
        pos += 2;
        if ("bBAzZ".indexOf(x) >= 0) {
          e.nullable = true; // zero-width
          e.zeroWidth = true;
          e.guardKind = x == 'b' ? BOUNDARY : NONE;
        } else if (x == 'd') {
          for (char d = '0'; d <= '9'; d++) {
            e.add(d, 0);
          }
        } else if (!Character.isLetterOrDigit(x) && x < 128) {
          e.add(x, flags); // escaped punctuation
        } else if (needed) {
          throw new Unknown(); // \w, \p{…}, \x…, \Q, back references…
        } else {
          skipEscapeArgument(x);
        }
      } else if (c == '^' || c == '$') {
        e.nullable = true;
        e.zeroWidth = true;
        pos++;
      } else if (c == '.') {
        if (needed) {
          throw new Unknown();
        }
        pos++;
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        throw new Unknown(); // a quantifier with nothing before it
      } else {
        if (Character.isSurrogate(c)) {
          throw new Unknown();
        }
        e.add(c, flags);
        pos++;
      }
      int end = pos;
      quantifier(e);
      if (pos != end) {
        e.zeroWidth = false; // a quantified assertion: not read as one
        e.guardKind = NONE;
        e.guard = e.nullable ? NONE : e.guard; // a group's first repetition starts where the group does
      }
      return e;
    }

    /** Steps over what follows an escape that takes an argument ({@code \p{L}}, {@code \x{41}}), if any. */
    private void skipEscapeArgument(char x) {
      if ((x == 'p' || x == 'P' || x == 'x' || x == 'N' || x == 'k') && pos < s.length()
          && (s.charAt(pos) == '{' || s.charAt(pos) == '<')) {
        int end = s.indexOf(s.charAt(pos) == '{' ? '}' : '>', pos);
        if (end < 0) {
          throw new Unknown();
        }
        pos = end + 1;
      } else if (x == 'Q') {
        throw new Unknown();
      }
    }

    /** Reads a quantifier after an element, if any, and marks the element nullable when it allows none. */
    private void quantifier(First e) {
      if (pos >= s.length()) {
        return;
      }
      char q = s.charAt(pos);
      if (q == '?' || q == '*') {
        e.nullable = true;
        pos++;
      } else if (q == '+') {
        pos++;
      } else if (q == '{') {
        int end = s.indexOf('}', pos);
        if (end < 0) {
          throw new Unknown();
        }
        String spec = s.substring(pos + 1, end);
        String min = spec.contains(",") ? spec.substring(0, spec.indexOf(',')) : spec;
        if (!min.matches("\\d+")) {
          throw new Unknown();
        }
        if (Integer.parseInt(min) == 0) {
          e.nullable = true;
        }
        pos = end + 1;
      } else {
        return;
      }
      if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
        pos++; // lazy or possessive
      }
    }

    private First group(int flags, boolean needed) {
      boolean zeroWidth = false;
      boolean lookbehind = s.startsWith("(?<!", pos);
      int inner = flags;
      if (s.startsWith("(?=", pos) || s.startsWith("(?!", pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (s.startsWith("(?<=", pos) || s.startsWith("(?<!", pos)) {
        pos += 4;
        zeroWidth = true;
      } else if (s.startsWith("(?:", pos) || s.startsWith("(?>", pos)) {
        pos += 3;
      } else if (s.startsWith("(?<", pos)) {
        int end = s.indexOf('>', pos);
        if (end < 0) {
          throw new Unknown();
        }
        pos = end + 1;
      } else if (s.startsWith("(?", pos)) {
        int colon = pos + 2;
        while (colon < s.length() && (Character.isLetter(s.charAt(colon)) || s.charAt(colon) == '-')) {
          colon++;
        }
        if (colon >= s.length() || s.charAt(colon) != ':') {
          throw new Unknown(); // a flag switched in the middle of the pattern
        }
        inner = applyFlags(flags, s.substring(pos + 2, colon));
        pos = colon + 1;
      } else {
        pos++;
      }
      int bodyStart = pos;
      First body = alternation(inner, true, needed && !zeroWidth);
      if (pos >= s.length() || s.charAt(pos) != ')') {
        throw new Unknown();
      }
      String bodyText = s.substring(bodyStart, pos);
      pos++;
      if (zeroWidth) {
        First none = new First();
        none.nullable = true;
        none.zeroWidth = true;
        none.guardKind = lookbehind && refusesLetters(bodyText) ? LETTER : NONE;
        return none;
      }
      return body;
    }

    /**
     * Whether a negative lookbehind's body matches every letter: {@code \p{L}}, or a plain class that holds it
     * ({@code [\p{L}\p{N}]}); a class only adds to what it matches, so a letter before the place fails it.
     */
    private static boolean refusesLetters(String body) {
      if (body.equals("\\p{L}")) {
        return true;
      }
      if (body.length() < 3 || body.charAt(0) != '[' || body.charAt(body.length() - 1) != ']'
          || body.charAt(1) == '^') {
        return false;
      }
      // read the class item by item, so that an escaped backslash ("[\\\\p{L}]") is not taken for a property
      boolean letters = false;
      for (int i = 1; i < body.length() - 1; ) {
        char c = body.charAt(i);
        if (c == '[' || c == ']' || c == '&') {
          return false; // a nested class, an intersection: not read
        }
        if (c != '\\') {
          i++;
          continue;
        }
        if (i + 1 >= body.length() - 1) {
          return false;
        }
        char x = body.charAt(i + 1);
        if (x == 'p' || x == 'P') {
          int close = body.indexOf('}', i);
          if (i + 2 >= body.length() || body.charAt(i + 2) != '{' || close < 0) {
            return false;
          }
          letters |= x == 'p' && body.substring(i, close + 1).equals("\\p{L}");
          i = close + 1;
        } else {
          i += 2;
        }
      }
      return letters;
    }

    /** The characters of a simple class body {@code [from, to)}: literals, ranges, escaped punctuation. */
    private void readClass(int from, int to, int flags, First e) {
      int i = from;
      if (i < to && s.charAt(i) == '^') {
        throw new Unknown();
      }
      while (i < to) {
        int c = s.charAt(i);
        if (c == '[' || c == '&' || Character.isSurrogate((char) c)) {
          throw new Unknown();
        }
        if (c == '\\') {
          if (i + 1 >= to) {
            throw new Unknown();
          }
          char x = s.charAt(i + 1);
          if (x == 'd') {
            for (char d = '0'; d <= '9'; d++) {
              e.add(d, 0);
            }
            i += 2;
            continue;
          }
          if (Character.isLetterOrDigit(x) || x >= 128) {
            throw new Unknown();
          }
          c = x;
          i++;
        }
        i++;
        if (i + 1 < to && s.charAt(i) == '-' && (s.charAt(i + 1) == '\\' || s.charAt(i + 1) == '[')) {
          throw new Unknown(); // "[#-\\.]" is a range to an escaped character: not read
        }
        if (i + 1 < to && s.charAt(i) == '-') {
          int last = s.charAt(i + 1);
          if (last < c || last - c > 512 || Character.isSurrogate((char) last)) {
            throw new Unknown();
          }
          for (int k = c; k <= last; k++) {
            e.add(k, flags);
          }
          i += 2;
        } else {
          e.add(c, flags);
        }
      }
    }

    private int classEnd(int at) {
      int end = Regexes.classEnd(s, at);
      if (end < 0) {
        throw new Unknown();
      }
      return end;
    }

    private int bareFlags(int at) {
      return Regexes.bareFlags(s, at);
    }
  }

  /**
   * The flags after an inline switch such as {@code iu} or {@code -i}. Comments mode and Unicode character classes
   * (which widen {@code \d}) are not read; neither are letters that are not flags.
   */
  private static int applyFlags(int flags, String spec) {
    int out = Regexes.flagsAfter(flags, spec);
    if (out < 0 || (out & (Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS)) != 0) {
      throw new Unknown();
    }
    return out;
  }
}
