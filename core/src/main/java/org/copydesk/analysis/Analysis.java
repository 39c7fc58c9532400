package org.copydesk.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.Span;

/**
 * Linguistic facts about one article's body (chrome excluded), each computed on first use and then shared by
 * every rule. Thread-safe: each fact is computed at most once.
 */
public final class Analysis {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "jr",
      "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "univ", "fig", "vol", "pp", "ca", "cf", "al",
      "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "sra", "mme", "mlle", "nr", "bzw", "usw", "vgl");
  private static final Set<String> CONNECTORS = Set.of(
      "of", "the", "and", "for", "de", "la", "le", "du", "des", "del", "di", "da", "do", "dos", "das",
      "von", "van", "der", "den", "al", "el", "bin", "&");

  private final Article article;
  private final Lazy<List<Sentence>> sentences = new Lazy<>(this::splitSentences);
  private final Lazy<List<Token>> tokens = new Lazy<>(this::tokenize);
  private final Lazy<List<Quantity>> quantities = new Lazy<>(() -> Quantities.find(this));
  private final Lazy<List<NameSequence>> names = new Lazy<>(this::findNames);
  private final Lazy<TermStats> terms = new Lazy<>(this::countTerms);
  private final Lazy<String> language = new Lazy<>(() -> Languages.detect(this));
  private final java.util.Map<Object, Object> shared = new java.util.HashMap<>();

  public Analysis(Article article) {
    this.article = article;
  }

  public Article article() {
    return article;
  }

  /**
   * A result derived from this article that several rules need (a detector's matches, say), computed once per
   * audit by whichever rule asks first and then shared. {@code key} names the computation (a constant of the rule
   * pack, compared with {@code equals}); {@code compute} must depend on the article alone, so the order in which
   * rules run cannot change what any of them sees. {@code compute} may itself ask for other shared results.
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(Object key, java.util.function.Function<Analysis, T> compute) {
    synchronized (shared) {
      Object v = shared.get(key);
      if (v != null) {
        return (T) v;
      }
    }
    T value = java.util.Objects.requireNonNull(compute.apply(this), "shared result");
    synchronized (shared) {
      Object v = shared.putIfAbsent(key, value);
      return v != null ? (T) v : value;
    }
  }

  /** Sentences of the content blocks, in order. */
  public List<Sentence> sentences() {
    return sentences.get();
  }

  /** Tokens of the content blocks, in order. */
  public List<Token> tokens() {
    return tokens.get();
  }

  /** Numbers with their kind, value and hedge. */
  public List<Quantity> quantities() {
    return quantities.get();
  }

  /** Capitalised name sequences. */
  public List<NameSequence> names() {
    return names.get();
  }

  /** Word counts of the body. */
  public TermStats terms() {
    return terms.get();
  }

  /**
   * The article's language: the declared one (its primary subtag) if any, else a guess from stop words
   * among en, es, fr, de, pt, it, ru, tr, nl, sv, da, no, pl, uk, cs, ro, fi and ca; {@code und} when unknown.
   */
  public String language() {
    return language.get();
  }

  /**
   * Whether the article may be in a language: it is, or its language is unknown ({@code und}). Rules whose
   * lexicons cover one language use this to stay quiet elsewhere.
   */
  public boolean mayBeIn(String languageCode) {
    String l = language();
    return l.equals(languageCode) || l.equals("und");
  }

  /** The sentence containing an offset, or {@code null}. */
  public Sentence sentenceAt(int offset) {
    List<Sentence> s = sentences();
    int lo = 0;
    int hi = s.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span sp = s.get(mid).span();
      if (offset < sp.start()) {
        hi = mid - 1;
      } else if (offset >= sp.end()) {
        lo = mid + 1;
      } else {
        return s.get(mid);
      }
    }
    return null;
  }

  /** Tokens of one sentence. */
  public List<Token> tokens(Sentence sentence) {
    List<Token> all = tokens();
    int lo = firstTokenAtOrAfter(all, sentence.span().start());
    int hi = firstTokenAtOrAfter(all, sentence.span().end());
    return all.subList(lo, hi);
  }

  private static int firstTokenAtOrAfter(List<Token> all, int offset) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private List<Sentence> splitSentences() {
    List<Sentence> out = new ArrayList<>();
    for (Block b : article.contentBlocks()) {
      String t = b.text();
      int start = 0;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != '…' && c != '。') {
          continue;
        }
        int j = i + 1;
        while (j < t.length() && ".!?…".indexOf(t.charAt(j)) >= 0) {
          j++;
        }
        while (j < t.length() && "\"'”’»)]".indexOf(t.charAt(j)) >= 0) {
          j++;
        }
        // Every terminator of this run would find the same j, so a "no" here holds for the whole run: skip it
        // (checking each one again made a line of dots quadratic).
        if (j >= t.length() || t.charAt(j) != ' ' || j + 1 >= t.length()) {
          i = j - 1;
          continue;
        }
        char next = t.charAt(j + 1);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘«¿¡(".indexOf(next) >= 0)) {
          i = j - 1;
          continue;
        }
        if (c == '.' && isAbbreviation(t, i)) {
          continue;
        }
        add(out, b, start, j);
        start = j + 1;
        i = j;
      }
      add(out, b, start, t.length());
    }
    return List.copyOf(out);
  }

  private static void add(List<Sentence> out, Block b, int from, int to) {
    String t = b.text();
    while (from < to && t.charAt(from) == ' ') {
      from++;
    }
    while (to > from && t.charAt(to - 1) == ' ') {
      to--;
    }
    if (to > from) {
      int base = b.span().start();
      out.add(new Sentence(out.size(), b.index(), new Span(base + from, base + to), t.substring(from, to)));
    }
  }

  private static boolean isAbbreviation(String t, int dot) {
    int k = dot;
    while (k > 0 && (Character.isLetter(t.charAt(k - 1)) || t.charAt(k - 1) == '.')) {
      k--;
    }
    String word = t.substring(k, dot).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(t.charAt(k))) {
      return true; // an initial: "J. Smith"
    }
    return ABBREVIATIONS.contains(word);
  }

  private List<Token> tokenize() {
    List<Token> out = new ArrayList<>();
    String text = article.text();
    for (Sentence s : sentences()) {
      int end = s.span().end();
      int i = s.span().start();
      while (i < end) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
          i++;
          continue;
        }
        int cp = codePointAt(text, i, end);
        int to;
        Token.Kind kind;
        if (Character.isLetter(cp)) {
          to = endOfWord(text, i, end);
          kind = Token.Kind.WORD;
        } else if (c >= '0' && c <= '9') {
          to = endOfNumber(text, i, end);
          kind = Token.Kind.NUMBER;
        } else {
          to = i + Character.charCount(cp);
          kind = Character.isDigit(c) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
        }
        out.add(new Token(kind, new Span(i, to), text.substring(i, to), s.index()));
        i = to;
      }
    }
    return List.copyOf(out);
  }

  /**
   * The end of the word starting at {@code from}: letters and marks, joined by an apostrophe or hyphen to more
   * ("don't", "Saint-Étienne"); as the pattern {@code \\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*}.
   */
  private static int endOfWord(String text, int from, int end) {
    int i = from + Character.charCount(text.codePointAt(from));
    while (true) {
      while (i < end) {
        int cp = codePointAt(text, i, end);
        if (!Character.isLetter(cp) && !isMark(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      if (i + 1 < end && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-')) {
        int cp = codePointAt(text, i + 1, end);
        if (Character.isLetter(cp)) {
          i += 1 + Character.charCount(cp);
          continue;
        }
      }
      return i;
    }
  }

  /** The code point at {@code i}, not reading a low surrogate at or past {@code end}. */
  private static int codePointAt(String text, int i, int end) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** The end of the number starting at {@code from}: ASCII digits, grouped by . , or : ("1,500.25", "10:30"). */
  private static int endOfNumber(String text, int from, int end) {
    int i = from;
    while (true) {
      while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i + 1 < end && (text.charAt(i) == '.' || text.charAt(i) == ',' || text.charAt(i) == ':')
          && text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9') {
        i++;
        continue;
      }
      return i;
    }
  }

  private List<NameSequence> findNames() {
    List<NameSequence> out = new ArrayList<>();
    for (Sentence s : sentences()) {
      List<Token> ts = tokens(s);
      int i = 0;
      while (i < ts.size()) {
        if (!ts.get(i).isCapitalised()) {
          i++;
          continue;
        }
        List<Token> words = new ArrayList<>();
        words.add(ts.get(i));
        int end = i;
        int j = i + 1;
        while (j < ts.size()) {
          Token t = ts.get(j);
          if (t.isCapitalised() && adjacent(ts.get(j - 1), t)) {
            words.add(t);
            end = j;
            j++;
          } else if (isConnector(t) && adjacent(ts.get(j - 1), t)) {
            // "of", "of the": accept only when a capitalised word follows the connectors.
            int k = j;
            while (k < ts.size() && isConnector(ts.get(k)) && k - j < 3) {
              k++;
            }
            if (ts.get(j).text().equalsIgnoreCase("and") && k > j + 1) {
              break; // "X and the Y" joins two names
            }
            if (k < ts.size() && ts.get(k).isCapitalised() && adjacent(ts.get(k - 1), ts.get(k))) {
              j = k;
            } else {
              break;
            }
          } else if ((t.text().equals("’") || t.text().equals("'")) && j + 1 < ts.size()
              && ts.get(j + 1).text().equals("s")) {
            break;
          } else {
            break;
          }
        }
        if (words.size() >= 2) {
          Span span = new Span(ts.get(i).span().start(), ts.get(end).span().end());
          out.add(new NameSequence(span, words, i == 0 || isOpening(ts, i)));
        }
        i = end + 1;
      }
    }
    return List.copyOf(out);
  }

  private static boolean isConnector(Token t) {
    return t.kind() == Token.Kind.WORD && CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** Words separated by a single space (no punctuation between them). */
  private boolean adjacent(Token a, Token b) {
    return b.span().start() - a.span().end() <= 1;
  }

  private static boolean isOpening(List<Token> ts, int i) {
    for (int k = 0; k < i; k++) {
      if (ts.get(k).kind() != Token.Kind.PUNCT) {
        return false;
      }
    }
    return true;
  }

  private TermStats countTerms() {
    Map<String, Integer> counts = new HashMap<>();
    for (Token t : tokens()) {
      if (t.kind() != Token.Kind.WORD || t.text().length() < 3) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (!Languages.isStopWord(w)) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    return new TermStats(counts);
  }

  /** Thread-safe memo. */
  private static final class Lazy<T> {
    private final Supplier<T> supplier;
    private volatile T value;

    Lazy(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = supplier.get();
            value = v;
          }
        }
      }
      return v;
    }
  }

}
