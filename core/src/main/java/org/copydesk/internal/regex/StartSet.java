package org.copydesk.internal.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * <p>Past the first character, the set also holds the pattern's prefixes: the strings of up to {@link #DEPTH}
 * characters, folded, that every match begins with one of ({@code thr}, {@code thi}, {@code a h} for
 * {@code three|thirty|a hundred}). A place whose first character may start a match but whose next ones begin no
 * prefix ("the") is skipped too. Where the pattern holds something not read, a prefix ends there and anything may
 * follow it; a quantified piece ends the prefixes that repeat it; more than {@code 1024} prefixes are cut shorter
 * until they fit. Every character is folded as the engine folds under Unicode case (a superset of every other way
 * it compares characters: the fold is the same for a character's upper, lower and title case forms, checked over
 * the whole BMP by the tests), so a prefix only ever admits more places, never fewer.
 *
 * <p>Read: literal characters, escaped punctuation, {@code \d}, {@code \s} (ASCII space characters), control
 * escapes ({@code \t}), characters by code (<code>&#92;u00A0</code>), simple character classes ({@code [abc]},
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
  /**
   * The folded prefixes of up to {@link #DEPTH} characters that every match begins with one of, as keys
   * ({@link #key}) in an open-addressing table (0 = free); null when the prefixes say no more than the first set.
   */
  private final long[] prefixes;
  /** Bit {@code n} set when some prefix has {@code n} characters. */
  private final int prefixLengths;

  /** Whether the set holds prefixes longer than one character (for tests). */
  boolean hasPrefixes() {
    return prefixes != null;
  }

  /** How many characters of a match the prefixes read. */
  static final int DEPTH = 3;
  /** At most this many prefixes per piece of a pattern; more are cut shorter until they fit. */
  private static final int MAX_PREFIXES = 1024;

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
    Prefixes pre = first.prefixes;
    int lengths = 0;
    boolean longer = false;
    if (pre != null) {
      for (String x : pre.all()) {
        lengths |= 1 << x.length();
        longer |= x.length() > 1;
      }
    }
    if (pre == null || !longer || (lengths & 1) != 0) {
      this.prefixes = null; // none, one character each (the first set says as much) or one that matches anywhere
      this.prefixLengths = 0;
    } else {
      int size = Integer.highestOneBit(Math.max(8, pre.size() * 4));
      long[] table = new long[size];
      for (String x : pre.all()) {
        long k = key(x);
        int at = slot(k, size);
        while (table[at] != 0 && table[at] != k) {
          at = (at + 1) & (size - 1);
        }
        table[at] = k;
      }
      this.prefixes = table;
      this.prefixLengths = lengths;
    }
  }

  /** A prefix as a key: its length, then its characters, 16 bits each (never 0: the length is at least 1). */
  private static long key(CharSequence x) {
    long k = 0;
    for (int i = 0; i < x.length(); i++) {
      k = k << 16 | x.charAt(i);
    }
    return (long) x.length() << 48 | k;
  }

  private static int slot(long key, int size) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (size - 1);
  }

  private boolean hasKey(long k) {
    long[] table = prefixes;
    int mask = table.length - 1;
    for (int at = slot(k, table.length); ; at = (at + 1) & mask) {
      long x = table[at];
      if (x == k) {
        return true;
      }
      if (x == 0) {
        return false;
      }
    }
  }

  /**
   * Whether the text at {@code i} begins with one of the prefixes a match must begin with, each character folded
   * as the engine folds it; true when the pattern has no prefixes beyond its first set.
   */
  boolean prefixed(CharSequence text, int i) {
    if (prefixes == null) {
      return true;
    }
    int n = text.length();
    long chars = 0;
    for (int len = 1; len <= DEPTH && i + len <= n; len++) {
      chars = chars << 16 | fold(text.charAt(i + len - 1));
      if ((prefixLengths & 1 << len) != 0 && hasKey((long) len << 48 | chars)) {
        return true;
      }
    }
    return false;
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
      First f = r.alternation(given, false, true, true);
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
      if (mayStart(c) && !(i > 0 && guarded(text.charAt(i - 1), c)) && prefixed(text, i)) {
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
      if (before < 128) {
        return (before | 0x20) >= 'a' && (before | 0x20) <= 'z'; // the ASCII letters, without the lookup table
      }
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
    /** What its matches begin with, read only where the prefixes are {@code wanted}; else null. */
    Prefixes prefixes;

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

  /**
   * What the matches of a piece of a pattern begin with, for the first {@link #DEPTH} characters, each character
   * folded ({@link #fold}): the strings shorter than that the piece can match whole, which what follows it extends
   * ({@code whole}), and the prefixes after which anything may follow ({@code cut}: {@link #DEPTH} characters, or
   * fewer where the pattern holds something not read). Every match of the piece begins with one of them. Not
   * thread-safe; used while a pattern is read.
   */
  private static final class Prefixes {
    final Set<String> whole = new HashSet<>();
    final Set<String> cut = new HashSet<>();

    /** The empty string, matched whole: an assertion. */
    static Prefixes empty() {
      Prefixes p = new Prefixes();
      p.whole.add("");
      return p;
    }

    /** Anything: something not read. */
    static Prefixes any() {
      Prefixes p = new Prefixes();
      p.cut.add("");
      return p;
    }

    /** One character of the element's first set. */
    static Prefixes chars(First e) {
      Prefixes p = new Prefixes();
      for (int c : e.exact) {
        p.whole.add(String.valueOf((char) fold(c)));
      }
      for (int c : e.folded) {
        p.whole.add(String.valueOf((char) c));
      }
      return p;
    }

    /** This piece followed by {@code next}. */
    Prefixes then(Prefixes next) {
      Prefixes out = new Prefixes();
      out.cut.addAll(cut);
      for (String w : whole) {
        for (String x : next.whole) {
          out.add(w + x, true);
        }
        for (String x : next.cut) {
          out.add(w + x, false);
        }
      }
      return out.fitted();
    }

    /** This piece or {@code other}. */
    Prefixes or(Prefixes other) {
      Prefixes out = new Prefixes();
      out.whole.addAll(whole);
      out.whole.addAll(other.whole);
      out.cut.addAll(cut);
      out.cut.addAll(other.cut);
      return out.fitted();
    }

    /** This piece repeated from {@code min} to {@code max} times ({@code max} -1: no limit). */
    Prefixes repeated(int min, int max) {
      if (min == 1 && max == 1) {
        return this;
      }
      Prefixes out = new Prefixes();
      out.cut.addAll(cut);
      for (String w : whole) {
        if (max == 1 || w.isEmpty()) {
          out.whole.add(w);
        } else {
          out.cut.add(w); // one repetition begins the match; what follows it may be another
        }
      }
      if (min == 0) {
        out.whole.add("");
      }
      return out;
    }

    private void add(String x, boolean matchedWhole) {
      if (x.length() >= DEPTH) {
        cut.add(x.substring(0, DEPTH));
      } else {
        (matchedWhole ? whole : cut).add(x);
      }
    }

    /** Within {@link #MAX_PREFIXES}: the longest are cut one character shorter until they fit. */
    private Prefixes fitted() {
      while (size() > MAX_PREFIXES) {
        int longest = 0;
        for (String x : all()) {
          longest = Math.max(longest, x.length());
        }
        Prefixes out = new Prefixes();
        for (String x : whole) {
          (x.length() == longest ? out.cut : out.whole).add(x.substring(0, Math.min(x.length(), longest - 1)));
        }
        for (String x : cut) {
          out.cut.add(x.substring(0, Math.min(x.length(), longest - 1)));
        }
        whole.clear();
        whole.addAll(out.whole);
        cut.clear();
        cut.addAll(out.cut);
      }
      return this;
    }

    int size() {
      return whole.size() + cut.size();
    }

    List<String> all() {
      List<String> out = new ArrayList<>(whole);
      out.addAll(cut);
      return out;
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
    First alternation(int flags, boolean nested, boolean needed, boolean wanted) {
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
        First f = sequence(flags, needed, wanted);
        all.addAll(f);
        if (wanted) {
          all.prefixes = all.prefixes == null ? f.prefixes : all.prefixes.or(f.prefixes);
        }
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

    /**
     * One alternative: its elements' first sets while the ones before may match empty; the rest is skipped. When
     * {@code wanted}, also its prefixes: each element's after the ones before, while some are shorter than
     * {@link #DEPTH}.
     */
    private First sequence(int flags, boolean needed, boolean wanted) {
      First out = new First();
      Prefixes pre = wanted ? Prefixes.empty() : null;
      boolean open = needed; // every element so far can match the empty string
      boolean assertions = true; // every element so far is an assertion
      int guardSeen = NONE; // the strongest guard among the leading assertions
      while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
        boolean more = pre != null && !pre.whole.isEmpty();
        First e = element(flags, open, more);
        if (more) {
          pre = pre.then(e.prefixes);
        }
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
      out.prefixes = pre;
      return out;
    }

    /**
     * One element with its quantifier. When {@code needed} is false its first set does not matter, but the
     * element is still read, to find where it ends; when {@code wanted}, its prefixes are read too, and what is not
     * read stands for any text.
     */
    private First element(int flags, boolean needed, boolean wanted) {
      First e = new First();
      Prefixes pre = null;
      char c = s.charAt(pos);
      if (c == '(') {
        e = group(flags, needed, wanted);
        pre = e.prefixes;
      } else if (c == '[') {
        int end = classEnd(pos);
        if (needed) {
          readClass(pos + 1, end - 1, flags, e);
          pre = Prefixes.chars(e);
        } else if (wanted) {
          First chars = new First();
          try {
            readClass(pos + 1, end - 1, flags, chars);
            pre = Prefixes.chars(chars);
          } catch (Unknown unread) {
            pre = Prefixes.any();
          }
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
          pre = Prefixes.empty();
        } else if (escapeChars(x, flags, e)) {
          pre = Prefixes.chars(e);
        } else if (needed) {
          throw new Unknown(); // \w, \p{…}, \x…, \Q, back references…
        } else {
          skipEscapeArgument(x);
          pre = Prefixes.any();
        }
      } else if (c == '^' || c == '$') {
        e.nullable = true;
        e.zeroWidth = true;
        pos++;
        pre = Prefixes.empty();
      } else if (c == '.') {
        if (needed) {
          throw new Unknown();
        }
        pos++;
        pre = Prefixes.any();
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        throw new Unknown(); // a quantifier with nothing before it
      } else {
        if (Character.isSurrogate(c)) {
          throw new Unknown();
        }
        e.add(c, flags);
        pos++;
        pre = Prefixes.chars(e);
      }
      int end = pos;
      int[] times = quantifier(e);
      if (wanted) {
        e.prefixes = times == null ? pre : pre.repeated(times[0], times[1]);
      }
      if (pos != end) {
        e.zeroWidth = false; // a quantified assertion: not read as one
        e.guardKind = NONE;
        e.guard = e.nullable ? NONE : e.guard; // a group's first repetition starts where the group does
      }
      return e;
    }

    /** The four hexadecimal digits of a <code>&#92;u</code> escape at {@code at}, or -1. */
    private int hexCode(int at) {
      if (at + 4 > s.length()) {
        return -1;
      }
      int code = 0;
      for (int i = at; i < at + 4; i++) {
        int d = Character.digit(s.charAt(i), 16);
        if (d < 0 || s.charAt(i) >= 128) {
          return -1;
        }
        code = code << 4 | d;
      }
      return code;
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

    /**
     * Reads a quantifier after an element, if any, and marks the element nullable when it allows none. Returns the
     * least and most repetitions it allows (-1: no limit), or null when there is no quantifier.
     */
    private int[] quantifier(First e) {
      if (pos >= s.length()) {
        return null;
      }
      char q = s.charAt(pos);
      int[] times;
      if (q == '?' || q == '*') {
        e.nullable = true;
        times = new int[] {0, q == '?' ? 1 : -1};
        pos++;
      } else if (q == '+') {
        times = new int[] {1, -1};
        pos++;
      } else if (q == '{') {
        int end = s.indexOf('}', pos);
        if (end < 0) {
          throw new Unknown();
        }
        String spec = s.substring(pos + 1, end);
        int comma = spec.indexOf(',');
        String min = comma >= 0 ? spec.substring(0, comma) : spec;
        String max = comma >= 0 ? spec.substring(comma + 1) : spec;
        if (!min.matches("\\d{1,9}") || !max.isEmpty() && !max.matches("\\d{1,9}")) {
          throw new Unknown();
        }
        times = new int[] {Integer.parseInt(min), max.isEmpty() ? -1 : Integer.parseInt(max)};
        if (times[0] == 0) {
          e.nullable = true;
        }
        pos = end + 1;
      } else {
        return null;
      }
      if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
        pos++; // lazy or possessive
      }
      return times;
    }

    /**
     * Reads the characters an escape stands for into {@code e}, when it is one this class reads: {@code \d},
     * {@code \s} (ASCII space characters; Unicode ones only under a flag that gives no set), a control character
     * ({@code \t}, {@code \n}, {@code \r}, {@code \f}), a character by its code (<code>&#92;u00A0</code>) or escaped ASCII
     * punctuation. {@code pos} is past the escape's letter; it moves past the code of <code>&#92;u</code>.
     */
    private boolean escapeChars(char x, int flags, First e) {
      String set = x == 'd' ? "0123456789" : x == 's' ? " \t\n\013\f\r" : x == 't' ? "\t" : x == 'n' ? "\n"
          : x == 'r' ? "\r" : x == 'f' ? "\f" : null;
      if (set != null) {
        for (int i = 0; i < set.length(); i++) {
          e.add(set.charAt(i), 0);
        }
        return true;
      }
      if (x == 'u') {
        int code = hexCode(pos);
        if (code < 0) {
          return false;
        }
        pos += 4;
        if (Character.isSurrogate((char) code)) {
          return false; // half of a character written as two escapes: not read
        }
        e.add(code, flags);
        return true;
      }
      if (!Character.isLetterOrDigit(x) && x < 128) {
        e.add(x, flags); // escaped punctuation
        return true;
      }
      return false;
    }

    private First group(int flags, boolean needed, boolean wanted) {
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
      First body = alternation(inner, true, needed && !zeroWidth, wanted && !zeroWidth);
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
        none.prefixes = wanted ? Prefixes.empty() : null;
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
          if (x == 'd' || x == 's') {
            escapeChars(x, flags, e);
            i += 2;
            continue;
          }
          int code = x == 't' ? '\t' : x == 'n' ? '\n' : x == 'r' ? '\r' : x == 'f' ? '\f' : x == 'u' ? hexCode(i + 2) : x;
          if (code < 0 || Character.isSurrogate((char) code)
              || code == x && (Character.isLetterOrDigit(x) || x >= 128)) {
            throw new Unknown();
          }
          c = code;
          i += x == 'u' ? 5 : 1;
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
