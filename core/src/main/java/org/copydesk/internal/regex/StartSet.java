package org.copydesk.internal.regex;

import java.util.Arrays;
import java.util.List;
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
 * <p>Read: literal characters, escaped punctuation, {@code \d}, {@code \s} (ASCII space characters), escapes of
 * control characters ({@code \t}), characters by code (<code>&#92;u00A0</code>), simple character classes
 * ({@code [abc]}, {@code [a-z]}), groups of every kind, alternation, quantifiers, zero-width assertions
 * ({@code \b}, {@code ^}, lookarounds, which consume nothing and are stepped over), flags at the start of the
 * pattern and scoped flag groups, and case flags given to {@link Pattern#compile(String, int)}. Anything else at a
 * place where a match may start ({@code .}, {@code \w}, {@code \p{L}}, a negated class, a back reference, a flag
 * switched in the middle, other flags given to {@code compile}), and a pattern that can match the empty string
 * (other than through an alternative anchored at the text's start, below), give no set.
 *
 * <p>An alternative that begins at the start of the text ({@code ^} outside multiline mode, {@code \A}, after
 * nothing but other assertions) can match there only, so it is not read past its anchor and adds nothing to the
 * set: the search tries the pattern at the text's start whatever character is there, and elsewhere where the other
 * alternatives may start ({@code ^\W*by\b|reporting\s+by}, {@code (?:^|\s)said}). Such an alternative may match
 * the empty string; a search then goes on one place further, as {@code find()} does. Immutable and thread-safe.
 */
public final class StartSet {
  private static final int CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE;

  private final long[] exactAscii;
  /** The ASCII characters a match may start with, exactly or folded: {@link #mayStart} as one bit test. */
  private final long[] asciiStarts = new long[2];
  private final char[] exactOther;
  private final long[] foldedAscii;
  private final char[] foldedOther;
  private final boolean anyFolded;
  /**
   * {@link #NONE}, {@link #BOUNDARY} or {@link #LETTER}: what every match passes before its first character, away
   * from the text's start.
   */
  private final int guard;
  /** Whether some alternative matches only at the text's start ({@link First#anchored}), which is always tried. */
  private final boolean atStart;
  /** Whether every alternative does: no other place is tried. */
  private final boolean onlyAtStart;
  /** The pattern and the flags given to compile it, to read its prefixes from. */
  private final Pattern pattern;
  private final int given;
  /**
   * The prefixes, once read ({@link PrefixTable#NONE} when they say no more than the first set); null before.
   * Immutable, so a thread that sees the table sees its contents (final fields); two threads may both read it.
   */
  private PrefixTable table;
  /** How many searches this set has run, counted without synchronisation (an estimate is enough). */
  private int searches;

  /**
   * The prefixes are read once a set has run this many searches: reading them costs about as much as a few dozen
   * searches of a sentence, which a one-off check of one article does not win back.
   */
  static final int PREFIXES_AFTER = 256;

  /** Whether the set holds prefixes longer than one character (for tests); reads them if not yet read. */
  boolean hasPrefixes() {
    return prefixTable() != PrefixTable.NONE;
  }

  /** Whether the prefixes have been read (for tests). */
  boolean prefixesRead() {
    return table != null;
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
  /**
   * Not a guard: the kind of the assertion {@code ^} (not in multiline mode) or {@code \A}, the start of the text,
   * which makes an alternative {@link First#skipped}.
   */
  static final int START = 3;

  private StartSet(First first, Pattern pattern, int given) {
    this.exactAscii = ascii(first.exact);
    this.exactOther = other(first.exact);
    this.foldedAscii = ascii(first.folded);
    this.foldedOther = other(first.folded);
    this.anyFolded = !first.folded.isEmpty();
    this.guard = first.guard;
    this.atStart = first.anchored;
    this.onlyAtStart = first.anchored && first.exact.isEmpty() && first.folded.isEmpty();
    for (char c = 0; c < 128; c++) {
      if (mayStart(c)) {
        asciiStarts[c >>> 6] |= 1L << c;
      }
    }
    this.pattern = pattern;
    this.given = given;
  }

  /** The prefix table, read from the pattern at the first call. */
  private PrefixTable prefixTable() {
    PrefixTable t = table;
    if (t == null) {
      try {
        Prefixes pre = new Reader(pattern.pattern()).alternation(given, false, false, true).prefixes;
        t = PrefixTable.of(pre);
      } catch (Unknown e) {
        t = PrefixTable.NONE; // not expected: the pattern was read once already
      }
      table = t;
    }
    return t;
  }

  /** The folded prefixes every match begins with one of, as keys ({@link Prefixes}) in an open-addressing table. */
  private static final class PrefixTable {
    static final PrefixTable NONE = new PrefixTable(null, 0);

    /** The keys, 0 for a free slot; null for {@link #NONE}. */
    private final long[] keys;
    /** Bit {@code n} set when some prefix has {@code n} characters. */
    private final int lengths;

    private PrefixTable(long[] keys, int lengths) {
      this.keys = keys;
      this.lengths = lengths;
    }

    /** The table of the prefixes, or {@link #NONE} when they say no more than the first set. */
    static PrefixTable of(Prefixes pre) {
      int lengths = 0;
      pre.fitted();
      for (Keys ks : List.of(pre.whole, pre.cut)) {
        for (int i = 0; i < ks.size; i++) {
          lengths |= 1 << (int) (ks.keys[i] >>> 48);
        }
      }
      if (lengths == 1 << 1 || (lengths & 1) != 0) {
        return NONE; // one character each (the first set says as much), or one that matches anywhere
      }
      int count = pre.whole.size + pre.cut.size;
      int size = Integer.highestOneBit(Math.max(8, count * 4));
      long[] table = new long[size];
      for (Keys ks : List.of(pre.whole, pre.cut)) {
        for (int i = 0; i < ks.size; i++) {
          long k = ks.keys[i];
          int at = slot(k, size);
          while (table[at] != 0 && table[at] != k) {
            at = (at + 1) & (size - 1);
          }
          table[at] = k;
        }
      }
      return new PrefixTable(table, lengths);
    }

    private boolean hasKey(long k) {
      int mask = keys.length - 1;
      for (int at = slot(k, keys.length); ; at = (at + 1) & mask) {
        long x = keys[at];
        if (x == k) {
          return true;
        }
        if (x == 0) {
          return false;
        }
      }
    }

    /** Whether the text at {@code i} begins with one of the prefixes, each character folded; true for none. */
    boolean at(String text, int i) {
      if (keys == null) {
        return true;
      }
      int n = text.length();
      long chars = 0;
      for (int len = 1; len <= DEPTH && i + len <= n; len++) {
        chars = chars << 16 | fold(text.charAt(i + len - 1));
        if ((lengths & 1 << len) != 0 && hasKey((long) len << 48 | chars)) {
          return true;
        }
      }
      return false;
    }
  }

  private static int slot(long key, int size) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (size - 1);
  }

  /**
   * Whether the text at {@code i} begins with one of the prefixes a match must begin with, each character folded
   * as the engine folds it; true when the pattern has no prefixes beyond its first set. Reads them if not yet read.
   */
  boolean prefixed(CharSequence text, int i) {
    return prefixTable().at(text.toString(), i);
  }

  /**
   * The start set of a pattern, or null when its text holds something this class does not read at a place where a
   * match may start, or when it can match the empty string (an alternative anchored at the text's start may).
   */
  public static StartSet of(Pattern p) {
    int cased = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // the flags given to Pattern.compile: flags() adds those switched on in the pattern; when they are case flags
    // alone they are read as if given (the pattern's own switch at its start sets them again; a switch anywhere
    // else gives no set), else the pattern is compiled again to tell them apart
    int given = (p.flags() & ~cased) == 0 ? p.flags() : p.flags() & ~Pattern.compile(p.pattern()).flags();
    if ((given & ~cased) != 0) {
      return null; // only case flags are read as if written at the start of the pattern
    }
    if (p.pattern().contains("\\Q") || p.pattern().contains("\\c")) {
      return null; // quoted text and control escapes take characters that would read as syntax
    }
    try {
      Reader r = new Reader(p.pattern());
      First f = r.alternation(given, false, true, false);
      if (r.pos != r.s.length() || f.nullable) {
        return null;
      }
      return new StartSet(f, p, given);
    } catch (Unknown e) {
      return null;
    }
  }

  /**
   * The guard every match passes before the pattern consumes anything: {@link #LETTER} for a lookbehind that refuses
   * a letter before it ({@code (?<![\p{L}\p{N}])}: no match starts right after a letter), {@link #BOUNDARY} for a
   * word boundary ({@code \b}: none starts at an ASCII letter or digit right after another), else {@link #NONE}.
   * Alternatives with different guards have none; those anchored at the text's start have no say.
   */
  int guard() {
    return guard;
  }

  /** Whether the pattern is tried at the text's start only: each of its alternatives is anchored there. */
  boolean onlyAtStart() {
    return onlyAtStart;
  }

  /** Whether a match may start with {@code c} (away from the text's start, where {@link #atStart} may hold). */
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
    PrefixTable prefixes = prefixesNow();
    String s = text.toString();
    return matchFrom(m, s, candidate(s, from, prefixes), prefixes);
  }

  /** The prefixes for one search: read once the set has run {@link #PREFIXES_AFTER} searches, else none. */
  private PrefixTable prefixesNow() {
    PrefixTable prefixes = table;
    if (prefixes == null) {
      prefixes = ++searches > PREFIXES_AFTER ? prefixTable() : PrefixTable.NONE;
    }
    return prefixes;
  }

  /** The first place at or after {@code from} where a match may start, or -1. */
  private int candidate(String text, int from, PrefixTable prefixes) {
    if (atStart && from == 0) {
      return 0; // an alternative anchored at the start, which is not read, may match there
    }
    if (onlyAtStart) {
      return -1;
    }
    int length = text.length();
    long[] ascii = asciiStarts;
    for (int i = from; i < length; i++) {
      char c = text.charAt(i);
      if ((c < 128 ? (ascii[c >>> 6] & 1L << c) != 0 : mayStart(c)) && !(i > 0 && guarded(text.charAt(i - 1), c))
          && prefixes.at(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The first match tried at candidate places from {@code i} (-1: none), as {@link #find} gives it. */
  private boolean matchFrom(Matcher m, String text, int i, PrefixTable prefixes) {
    if (i < 0) {
      return false;
    }
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    for (; i >= 0; i = candidate(text, i + 1, prefixes)) {
      m.region(i, length);
      if (m.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code p} finds a match in {@code text}: the answer of {@code p.matcher(text).find()}. Meant for patterns
   * held in constants and searched again and again: once a pattern has been searched here {@link #SETS_AFTER} times
   * its start set is read (and kept, for up to {@link #MAX_KEPT} patterns), and later searches try it only where a
   * match may start. Thread-safe.
   */
  public static boolean found(Pattern p, CharSequence text) {
    return first(p, text) != null;
  }

  /**
   * A matcher of {@code p} over {@code text} holding its first match, as {@code find()} would find it, or null when
   * there is none; the start set is used as in {@link #found}. Its match, groups and later {@code find()} calls are
   * those of a plain matcher, but once the set is in use its region starts at the match and its bounds are
   * transparent and not anchoring ({@code lookingAt}, {@code matches} and {@code regionStart} differ; call
   * {@code reset()} first for those). For the later matches use {@link #search}.
   */
  public static Matcher first(Pattern p, CharSequence text) {
    StartSet set = kept(p);
    if (set == null) {
      Matcher m = p.matcher(text);
      return m.find() ? m : null;
    }
    PrefixTable prefixes = set.prefixesNow();
    String s = text.toString(); // itself for a string: the loops read a string, not any sequence
    int at = set.candidate(s, 0, prefixes);
    if (at < 0) {
      return null; // no matcher where no place may match
    }
    Matcher m = p.matcher(s);
    return set.matchFrom(m, s, at, prefixes) ? m : null;
  }

  /** Searches of a pattern through {@link #found} or {@link #first} before its start set is read. */
  static final int SETS_AFTER = 128;
  /** At most this many patterns are kept (constants are far fewer); others are searched as written. */
  static final int MAX_KEPT = 4096;
  /**
   * What {@link #found} knows of each pattern, by identity, in an open-addressing table read without locks: a
   * search costs one probe, not a concurrent map's lookup. Entries are added under the class lock, in place or into a
   * larger copy published through this field; an entry's pattern is final, so a thread that sees an entry sees its
   * key.
   */
  private static volatile Kept[] keptTable = new Kept[1024];
  private static int keptCount;
  /** Set once {@link #MAX_KEPT} patterns are kept: a new pattern is then searched as written, without the lock. */
  private static volatile boolean keptFull;

  /** What {@link #found} knows of one pattern. */
  private static final class Kept {
    final Pattern pattern;
    /** Searches so far, counted without synchronisation until the set is read. */
    int searches;
    /** Whether {@link #set} has been read (it may be null: no set). */
    boolean read;
    StartSet set;

    Kept(Pattern pattern) {
      this.pattern = pattern;
    }
  }

  /**
   * The start set of {@code p} once it has been searched often enough, else null. Unsynchronised: a thread may see
   * {@code read} before {@code set} and search as written once more, which gives the same answer; a start set's
   * fields are final, so one seen is whole.
   */
  private static StartSet kept(Pattern p) {
    Kept[] table = keptTable;
    int mask = table.length - 1;
    Kept k = null;
    for (int at = slot(p, mask); ; at = (at + 1) & mask) {
      Kept e = table[at];
      if (e == null) {
        break;
      }
      if (e.pattern == p) {
        k = e;
        break;
      }
    }
    if (k == null) {
      if (keptFull) {
        return null; // searched as written, without taking the lock
      }
      k = keep(p);
      if (k == null) {
        return null;
      }
    }
    if (k.read) {
      return k.set;
    }
    if (++k.searches > SETS_AFTER) {
      k.set = of(p);
      k.read = true;
      return k.set;
    }
    return null;
  }

  /** Whether {@link #found} has read {@code p}'s start set and that set its prefixes (for tests). */
  static boolean readFor(Pattern p) {
    for (Kept k : keptTable) {
      if (k != null && k.pattern == p) {
        return k.read && k.set != null && k.set.prefixesRead();
      }
    }
    return false;
  }

  private static int slot(Pattern p, int mask) {
    return (System.identityHashCode(p) * 0x9E3779B9 >>> 16) & mask;
  }

  /** The entry of {@code p}, added if new; null once {@link #MAX_KEPT} patterns are kept. */
  private static synchronized Kept keep(Pattern p) {
    Kept[] table = keptTable;
    int mask = table.length - 1;
    int at = slot(p, mask);
    for (; table[at] != null; at = (at + 1) & mask) {
      if (table[at].pattern == p) {
        return table[at];
      }
    }
    if (keptCount >= MAX_KEPT) {
      keptFull = true;
      return null;
    }
    Kept k = new Kept(p);
    if ((keptCount + 1) * 2 > table.length) {
      Kept[] larger = new Kept[table.length * 2];
      for (Kept e : table) {
        if (e != null) {
          int to = slot(e.pattern, larger.length - 1);
          while (larger[to] != null) {
            to = (to + 1) & (larger.length - 1);
          }
          larger[to] = e;
        }
      }
      int to = slot(p, larger.length - 1);
      while (larger[to] != null) {
        to = (to + 1) & (larger.length - 1);
      }
      larger[to] = k;
      keptTable = larger;
    } else {
      table[at] = k;
    }
    keptCount++;
    return k;
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
    return new Search(set, m, text.toString());
  }

  /** One pass over a text's matches ({@link #search}). */
  public static final class Search {
    private final StartSet set;
    private final Matcher matcher;
    private final String text;
    private int from;

    private Search(StartSet set, Matcher matcher, String text) {
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
      // only an alternative anchored at the start may match the empty string; then, as find() does, the next
      // search begins one place further
      from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
      return true;
    }

    /** The matcher, holding the last match {@link #next} found. */
    public Matcher matcher() {
      return matcher;
    }
  }

  /** Whether the guard fails at a place between {@code before} and {@code c}, which is not the text's start. */
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

  /**
   * A character (a code point, or one UTF-16 unit, which a surrogate folds to itself) as the engine folds it under
   * {@code CASE_INSENSITIVE | UNICODE_CASE}: lower case of upper case, so that ı, İ and I all fold to i. A superset
   * of ASCII folding; the one definition the prefixes, the prefilters and the claims gates share.
   */
  public static int fold(int c) {
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
    /**
     * An alternative that begins at the text's start ({@link #START}), read no further than its anchor: it adds
     * nothing to the first set, the guard, the prefixes, or whether its group can match empty. Where such an
     * alternative can take part in a match, the match starts at the text's start, which the search always tries;
     * elsewhere it cannot match at all.
     */
    boolean skipped;
    /** This piece holds a {@link #skipped} alternative: the text's start must be tried. */
    boolean anchored;

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
    /** Each prefix as a key: its length in the top 16 bits, its characters below, 16 bits each. */
    Keys whole = new Keys();
    Keys cut = new Keys();

    /** The empty string, matched whole: an assertion. */
    static Prefixes empty() {
      Prefixes p = new Prefixes();
      p.whole.add(0L);
      return p;
    }

    /** Anything: something not read. */
    static Prefixes any() {
      Prefixes p = new Prefixes();
      p.cut.add(0L);
      return p;
    }

    /** One character of the element's first set. */
    static Prefixes chars(First e) {
      Prefixes p = new Prefixes();
      for (int c : e.exact) {
        p.whole.add(1L << 48 | fold(c));
      }
      for (int c : e.folded) {
        p.whole.add(1L << 48 | c);
      }
      return p;
    }

    /** This piece followed by {@code next}. */
    Prefixes then(Prefixes next) {
      Prefixes out = new Prefixes();
      out.cut.addAll(cut);
      for (int i = 0; i < whole.size; i++) {
        long w = whole.keys[i];
        for (int k = 0; k < next.whole.size; k++) {
          out.add(concat(w, next.whole.keys[k]), true);
        }
        for (int k = 0; k < next.cut.size; k++) {
          out.add(concat(w, next.cut.keys[k]), false);
        }
      }
      return out.fitted();
    }

    /** Adds what {@code other} matches (alternatives); {@link #fitted} follows the last. */
    void include(Prefixes other) {
      whole.addAll(other.whole);
      cut.addAll(other.cut);
    }

    /** This piece repeated from {@code min} to {@code max} times ({@code max} -1: no limit). */
    Prefixes repeated(int min, int max) {
      if (min == 1 && max == 1) {
        return this;
      }
      Prefixes out = new Prefixes();
      out.cut.addAll(cut);
      for (int i = 0; i < whole.size; i++) {
        long w = whole.keys[i];
        if (max == 1 || w == 0) {
          out.whole.add(w);
        } else {
          out.cut.add(w); // one repetition begins the match; what follows it may be another
        }
      }
      if (min == 0) {
        out.whole.add(0L);
      }
      return out;
    }

    /** Two keys one after the other, cut to {@link #DEPTH} characters. */
    private static long concat(long a, long b) {
      int la = (int) (a >>> 48);
      int lb = (int) (b >>> 48);
      long cb = b & CHARS;
      if (la + lb > DEPTH) {
        cb >>>= 16 * (la + lb - DEPTH); // the first characters of b that fit
        lb = DEPTH - la;
      }
      return (long) (la + lb) << 48 | (a & CHARS) << 16 * lb | cb;
    }

    private void add(long key, boolean matchedWhole) {
      (matchedWhole && key >>> 48 < DEPTH ? whole : cut).add(key);
    }

    /**
     * Without repeats, and within {@link #MAX_PREFIXES}: the longest are cut one character shorter until they fit.
     */
    Prefixes fitted() {
      whole.distinct();
      cut.distinct();
      while (whole.size + cut.size > MAX_PREFIXES) {
        long longest = 0;
        for (Keys ks : List.of(whole, cut)) {
          for (int i = 0; i < ks.size; i++) {
            longest = Math.max(longest, ks.keys[i] >>> 48);
          }
        }
        Keys keptWhole = new Keys();
        Keys newCut = new Keys();
        for (int i = 0; i < whole.size; i++) {
          long k = whole.keys[i];
          if (k >>> 48 == longest) {
            newCut.add(shorter(k));
          } else {
            keptWhole.add(k);
          }
        }
        for (int i = 0; i < cut.size; i++) {
          long k = cut.keys[i];
          newCut.add(k >>> 48 == longest ? shorter(k) : k);
        }
        whole = keptWhole;
        cut = newCut;
        cut.distinct();
      }
      return this;
    }

    /** The key without its last character. */
    private static long shorter(long key) {
      return ((key >>> 48) - 1) << 48 | (key & CHARS) >>> 16;
    }

    private static final long CHARS = (1L << 48) - 1;
  }

  /** A growing list of prefix keys. */
  private static final class Keys {
    long[] keys = new long[4];
    int size;

    void add(long key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = key;
    }

    void addAll(Keys other) {
      for (int i = 0; i < other.size; i++) {
        add(other.keys[i]);
      }
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** Sorts the keys and drops repeats. */
    void distinct() {
      if (size < 2) {
        return;
      }
      Arrays.sort(keys, 0, size);
      int n = 1;
      for (int i = 1; i < size; i++) {
        if (keys[i] != keys[n - 1]) {
          keys[n++] = keys[i];
        }
      }
      size = n;
    }
  }

  /** A recursive reading of the pattern's first characters. */
  private static final class Reader {
    final String s;
    int pos;
    /** Multiline mode is switched on somewhere: no {@code ^} is read as the start of the text. */
    boolean multiline;

    /** The flags after an inline switch, noting multiline mode ({@link StartSet#applyFlags}). */
    int flags(int flags, String spec) {
      multiline |= spec.indexOf('m') >= 0;
      return applyFlags(flags, spec);
    }

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
          flags = flags(flags, s.substring(pos + 2, end - 1));
          pos = end;
        }
      }
      First all = new First();
      all.prefixes = wanted ? new Prefixes() : null;
      boolean first = true;
      while (true) {
        First f = sequence(flags, needed, wanted);
        all.anchored |= f.anchored;
        if (!f.skipped) {
          all.addAll(f);
          if (wanted) {
            all.prefixes.include(f.prefixes);
          }
          all.nullable |= f.nullable;
          // a guard that every alternative passes; two different guards say nothing together (a match behind
          // "(?<!\\p{L})" may start between two word characters, as in "1told")
          all.guard = first || all.guard == f.guard ? f.guard : NONE;
          first = false;
        }
        if (pos < s.length() && s.charAt(pos) == '|') {
          pos++;
          continue;
        }
        if (pos < s.length() && s.charAt(pos) == ')' && !nested) {
          throw new Unknown();
        }
        if (wanted) {
          all.prefixes.fitted();
        }
        return all;
      }
    }

    /**
     * One alternative: its elements' first sets while the ones before may match empty; the rest is skipped. When
     * {@code wanted}, also its prefixes: each element's after the ones before, while some are shorter than
     * {@link #DEPTH}. An alternative that begins at the text's start is read no further than its anchor and comes
     * back {@link First#skipped}.
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
        if (assertions && e.zeroWidth && e.guardKind == START) {
          while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
            element(flags, false, false); // read only to find where the alternative ends
          }
          First skipped = new First();
          skipped.skipped = true;
          skipped.anchored = true;
          return skipped;
        }
        out.anchored |= e.anchored;
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
          e.guardKind = x == 'b' ? BOUNDARY : x == 'A' ? START : NONE;
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
        e.guardKind = c == '^' && !multiline ? START : NONE; // a flag given to compile gives no set
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
        times = new int[] {count(min), max.isEmpty() ? -1 : count(max)};
        if (times[0] < 0 || times[1] < 0 && !max.isEmpty()) {
          throw new Unknown();
        }
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

    /** The number a quantifier writes, of one to nine digits; -1 for anything else. */
    private static int count(String digits) {
      if (digits.isEmpty() || digits.length() > 9) {
        return -1;
      }
      int n = 0;
      for (int i = 0; i < digits.length(); i++) {
        char c = digits.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + c - '0';
      }
      return n;
    }

    /**
     * Reads the characters an escape stands for into {@code e}, when it is one this class reads: {@code \d},
     * {@code \s} (ASCII space characters; Unicode ones only under a flag that gives no set), a control character
     * ({@code \t}, {@code \n}, {@code \r}, {@code \f}; not {@code \c}), a character by its code
     * (<code>&#92;u00A0</code>) or escaped ASCII punctuation. {@code pos} is past the escape's letter; it moves past
     * the code of <code>&#92;u</code>.
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
        inner = flags(flags, s.substring(pos + 2, colon));
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
          int code = x == 't' ? '\t' : x == 'n' ? '\n' : x == 'r' ? '\r' : x == 'f' ? '\f'
              : x == 'u' ? hexCode(i + 2) : x;
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
