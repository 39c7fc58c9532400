package org.copydesk.rules.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.NameSequence;
import org.copydesk.analysis.Sentence;
import org.copydesk.analysis.Token;
import org.copydesk.article.Article;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.Regexes;
import org.copydesk.rules.claims.Figures.Figure;

/** The source of a rewrite, read once: its figures by sentence, its words and names, its quotable text. */
final class SourceText {
  /** A source word this close to a rewrite word is the same word spelled differently ("Organisation"). */
  private static final int MAX_EDITS = 2;
  /** Words of a name that do not identify anyone: titles, roles, articles, generic institutions, calendar. */
  private static final Set<String> GENERIC = Set.of(
      "the", "a", "an", "el", "la", "le", "les", "los", "las", "der", "die", "das", "o", "os", "as", "of", "de",
      "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "president", "prime", "minister", "chancellor",
      "secretary", "general", "chief", "executive", "director", "governor", "mayor", "senator", "spokesman",
      "spokeswoman", "spokesperson", "king", "queen", "prince", "princess", "pope", "professor", "prof", "judge",
      "justice", "ambassador", "foreign", "deputy", "vice", "state", "head", "chairman", "chairwoman", "chair",
      "ceo", "officer", "commissioner", "leader", "premier", "presidente", "ministro", "ministra", "président",
      "ministre", "bundeskanzler", "kanzler", "präsident", "summit", "conference", "meeting",
      "government", "ministry", "council", "committee", "party", "forum", "agreement", "day", "week", "year",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "north", "south", "east", "west", "new", "national", "international", "federal", "central", "european",
      "union", "states", "republic", "city", "province", "region", "county", "university", "department",
      "office", "agency", "service", "bank", "company", "group", "association", "institute", "organization",
      "organisation", "in", "on", "at", "and", "for", "but", "to", "by", "with", "from", "this", "that",
      "it", "its", "he", "she", "we", "they", "his", "her", "their", "our", "while", "after", "before",
      "however", "meanwhile", "also", "according", "governo", "gobierno", "gouvernement", "regierung");
  private static final Pattern WORD = Regexes.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*");
  /** Conjunctions that start a new clause, after a space. */
  private static final Pattern CONJUNCTION = Regexes.compile(
      " (?:and|while|whereas|but|e|y|et|und|mientras|enquanto|tandis|während|pero|mas|mais|aber) ");
  /** How far a clause reaches on either side of a figure, at most. */
  private static final int CLAUSE = 160;
  private static final Pattern ACRONYM = Regexes.compile("\\b\\p{Lu}{2,6}\\b");
  /** How far past the quotation's length a source window may stretch when the rewrite dropped words. */
  private static final int SLACK = 4;
  /** Enough of a quotation's words in order, in one place, to call it a changed quotation of that place. */
  private static final double CLOSE = 0.5;
  /** Bounds on the search for the closest passage: the quotation's first words, the windows tried. */
  private static final int MAX_QUOTE_WORDS = 80;
  private static final int MAX_WINDOWS = 1000;

  private final Article source;
  private final Analysis analysis;
  private final List<List<Figure>> figures = new ArrayList<>();
  private final List<Figure> allFigures;
  private final Set<String> vocabulary = new HashSet<>();
  private final Map<String, List<String>> byPrefix = new HashMap<>();
  private final Set<String> acronyms = new HashSet<>();
  /** Words the source capitalises inside sentences: names of people, places, organisations. */
  private final Set<String> properNouns = new HashSet<>();
  /** Initials of the source's names: "SCO" for "Shanghai Cooperation Organisation". */
  private final Set<String> expansions = new HashSet<>();
  private final Map<Span, Set<String>> entitiesAt = new HashMap<>();
  private final String folded;
  private final List<String> words;
  private final List<int[]> wordSpans;

  SourceText(Article source, Analysis analysis) {
    this.source = source;
    this.analysis = analysis;
    String text = source.text();
    String language = analysis.language();
    allFigures = Figures.find(text, new Span(0, text.length()), language);
    for (int i = 0; i < analysis.sentences().size(); i++) {
      figures.add(new ArrayList<>());
    }
    for (Figure f : allFigures) {
      Sentence s = analysis.sentenceAt(f.span().start());
      if (s != null && s.span().contains(f.span())) {
        figures.get(s.index()).add(f);
      }
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = Alignment.fold(m.group());
      for (String part : w.split("-")) {
        if (!part.isEmpty() && vocabulary.add(part) && part.length() >= 4) {
          byPrefix.computeIfAbsent(part.substring(0, 3), k -> new ArrayList<>()).add(part);
        }
      }
    }
    Matcher a = ACRONYM.matcher(text);
    while (a.find()) {
      acronyms.add(a.group());
    }
    for (Token t : analysis.tokens()) {
      String w = Alignment.fold(t.text());
      if (t.isCapitalised() && w.length() >= 3 && !GENERIC.contains(w)
          && (t.span().start() > 0 && analysis.sentences().get(t.sentence()).span().start() != t.span().start())) {
        properNouns.add(w);
      }
    }
    for (NameSequence n : analysis.names()) {
      StringBuilder sb = new StringBuilder();
      n.words().forEach(t -> sb.append(Character.toUpperCase(t.text().charAt(0))));
      for (int i = 0; i + 2 <= sb.length(); i++) {
        expansions.add(sb.substring(i)); // "The Shanghai Cooperation Organisation": TSCO and SCO
      }
    }
    wordSpans = new ArrayList<>();
    words = Quotes.words(text, wordSpans);
    folded = " " + String.join(" ", words) + " ";
  }

  /**
   * The source figure that a figure of the rewrite took the place of, when the rewrite gives a value the source
   * has but ties it to other names: the names around it (in its clause) are not those around any source figure
   * of that value, and the source gives another value of the same kind next to those names ("Harwell won 900
   * megawatts" rewritten "Harwell landed 1.4 gigawatts" where the source has Nordvik's 1.4 gigawatts). {@code
   * null} when the rewrite names nothing there or the names agree.
   */
  Figure swappedFrom(Figure f, String rewriteText) {
    if (analysis.language().equals("de")) {
      return null; // German capitalises every noun: capitals do not single out names
    }
    Set<String> mine = entities(rewriteText, f.span());
    if (mine.isEmpty()) {
      return null;
    }
    for (Figure s : allFigures) {
      if (f.supportedBy(s)) {
        Set<String> theirs = sourceEntities(s.span());
        if (theirs.isEmpty() || !java.util.Collections.disjoint(mine, theirs)) {
          return null;
        }
      }
    }
    for (Figure s : allFigures) {
      if (f.related(s) && !f.supportedBy(s) && !java.util.Collections.disjoint(mine, sourceEntities(s.span()))) {
        return s;
      }
    }
    return null;
  }

  /** {@link #entities} around a span of the source, each computed once: a value may recur many times. */
  private Set<String> sourceEntities(Span span) {
    return entitiesAt.computeIfAbsent(span, s -> entities(source.text(), s));
  }

  /** The proper names (words the source capitalises inside sentences) in the clause around a span. */
  private Set<String> entities(String text, Span span) {
    int from = span.start();
    while (from > 0 && !clauseEnd(text, from - 1) && span.start() - from < CLAUSE) {
      from--;
    }
    int to = span.end();
    while (to < text.length() && !clauseEnd(text, to) && to - span.end() < CLAUSE) {
      to++;
    }
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String w = Alignment.fold(m.group());
      if (Character.isUpperCase(m.group().charAt(0)) && properNouns.contains(w)) {
        out.add(Alignment.stem(w));
      }
    }
    return out;
  }

  /** Whether a clause ends at an offset: punctuation, or a conjunction that joins clauses ("and", "while"). */
  private static boolean clauseEnd(String text, int i) {
    char c = text.charAt(i);
    if (",;:()—–\n".indexOf(c) >= 0 || c == '.' && (i + 1 >= text.length() || text.charAt(i + 1) == ' ')) {
      return true;
    }
    if (c != ' ') {
      return false;
    }
    Matcher m = CONJUNCTION.matcher(text).region(i, Math.min(text.length(), i + 12));
    return m.lookingAt();
  }

  /** The figures of one source sentence. */
  List<Figure> figures(int sentence) {
    return figures.get(sentence);
  }

  /** Every figure of the source, headline and furniture included. */
  List<Figure> allFigures() {
    return allFigures;
  }

  String text(Span span) {
    return source.text(span);
  }

  /** The source sentence around a span, or the span's own text. */
  String sentenceOf(Span span) {
    Sentence s = analysis.sentenceAt(span.start());
    return s == null ? source.text(span) : s.text();
  }

  /**
   * The words of a name in the rewrite that the source lacks, when it lacks the name: its last identifying word
   * (a surname, the head of an organisation's name) and at least half of its identifying words are missing, and
   * neither the whole name nor its initials appear. {@code null} when the source names it.
   */
  String missingName(NameSequence n) {
    List<String> keys = new ArrayList<>();
    StringBuilder initials = new StringBuilder();
    for (Token t : n.words()) {
      String w = Alignment.fold(t.text());
      initials.append(Character.toUpperCase(t.text().charAt(0)));
      if (!GENERIC.contains(w) && w.length() > 1) {
        keys.add(w);
      }
    }
    if (keys.isEmpty()) {
      return null;
    }
    if (n.words().size() >= 2 && acronyms.contains(initials.toString())) {
      return null;
    }
    List<String> missing = new ArrayList<>();
    for (Token t : n.words()) {
      String k = Alignment.fold(t.text());
      if (!keys.contains(k) || ACRONYM.matcher(t.text()).matches() && expansions.contains(t.text())) {
        continue;
      }
      if (!known(k)) {
        missing.add(k);
      }
    }
    if (missing.isEmpty() || !missing.contains(keys.get(keys.size() - 1)) || missing.size() * 2 < keys.size()) {
      return null;
    }
    return String.join(" ", missing);
  }

  private boolean known(String word) {
    for (String part : word.split("-")) {
      if (!part.isEmpty() && !knownPart(part)) {
        return false;
      }
    }
    return true;
  }

  private boolean knownPart(String w) {
    if (vocabulary.contains(w)) {
      return true;
    }
    if (w.length() < 6) {
      return false;
    }
    for (String v : byPrefix.getOrDefault(w.substring(0, 3), List.of())) {
      if (Math.abs(v.length() - w.length()) <= MAX_EDITS && v.length() >= 6 && edits(v, w) <= MAX_EDITS) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance, for short words. */
  private static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Whether the source has a quotation's words, piece by piece (an ellipsis may skip), ignoring case, accents,
   * punctuation and typography; if not, the source passage that has most of them in order, when it has at
   * least half.
   */
  Quotes.Verdict quote(Quotes.Quote q) {
    boolean all = true;
    for (List<String> part : q.parts()) {
      if (!folded.contains(" " + String.join(" ", part) + " ")) {
        all = false;
        break;
      }
    }
    if (all) {
      return new Quotes.Verdict(true, null);
    }
    List<String> mine = new ArrayList<>();
    q.parts().forEach(mine::addAll);
    int[] best = closest(mine);
    if (best == null) {
      return new Quotes.Verdict(false, null);
    }
    String passage = source.text().substring(wordSpans.get(best[0])[0], wordSpans.get(best[1])[1]);
    return new Quotes.Verdict(false, passage.replaceAll("\\s+", " "));
  }

  /** First and last source word of the window sharing the most words, in order, with a quotation. */
  private int[] closest(List<String> quote) {
    int n = Math.min(quote.size(), MAX_QUOTE_WORDS);
    quote = quote.subList(0, n);
    Set<String> heads = new HashSet<>(quote.subList(0, Math.min(3, n)));
    int bestScore = 0;
    int[] best = null;
    int tried = 0;
    for (int i = 0; i < words.size() && tried < MAX_WINDOWS; i++) {
      if (!heads.contains(words.get(i))) {
        continue;
      }
      tried++;
      int end = Math.min(words.size(), i + n + SLACK);
      int[] r = lcs(quote, i, end);
      if (r[0] > bestScore) {
        bestScore = r[0];
        best = new int[] {i, r[1]};
      }
    }
    if (best == null || bestScore < CLOSE * n || wordSpans.size() != words.size()) {
      return null;
    }
    return best;
  }

  /** Longest common subsequence of the quotation and words[from, to): its length and the last source word used. */
  private int[] lcs(List<String> quote, int from, int to) {
    int m = to - from;
    int[][] d = new int[quote.size() + 1][m + 1];
    for (int a = 1; a <= quote.size(); a++) {
      for (int b = 1; b <= m; b++) {
        d[a][b] = quote.get(a - 1).equals(words.get(from + b - 1)) ? d[a - 1][b - 1] + 1
            : Math.max(d[a - 1][b], d[a][b - 1]);
      }
    }
    int last = from;
    for (int b = m; b >= 1; b--) {
      if (d[quote.size()][b] > d[quote.size()][b - 1]) {
        last = from + b - 1;
        break;
      }
    }
    return new int[] {d[quote.size()][m], last};
  }

  @Override
  public String toString() {
    return "SourceText[" + source.source() + "]";
  }
}
