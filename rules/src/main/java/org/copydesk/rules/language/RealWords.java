package org.copydesk.rules.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.NameSequence;
import org.copydesk.analysis.Sentence;
import org.copydesk.analysis.Token;
import org.copydesk.article.Span;
import org.copydesk.lexicons.WordForms;

/**
 * Real-word errors in names and fixed terms: a word that is spelled right but is one or two edits from the word
 * the name or term needs ("Untied Nations", "gross domestic produce", "Spiritual Shrinks"). Found once per audit
 * and shared by {@link NameTypo} and {@link TermTypo}. Three kinds of evidence, strongest first:
 *
 * <ol>
 *   <li>{@link Evidence#LEXICON}: changing the word turns a phrase that is no entry into an entry of the multiword
 *       lexicon (WordNet 3.1 and LanguageTool's lists), and the phrase as written is no entry;
 *   <li>{@link Evidence#ARTICLE}: the article itself writes the same name with the other word elsewhere, more
 *       often;
 *   <li>{@link Evidence#COHESION} (English): in a capitalised name, the word has nothing in common with the other
 *       words of the name while a neighbour of it one edit away does (WordNet gloss overlap, {@link GlossBags}).
 * </ol>
 */
final class RealWords {
  enum Evidence { LEXICON, ARTICLE, COHESION }

  /**
   * One suspected error.
   *
   * @param span the wrong word
   * @param wrong the word as written
   * @param right the suggested word, in the case of the text
   * @param written the name or term as written
   * @param phrase the name or term as it should read
   * @param name whether it is a capitalised name (else a lower-case term)
   * @param evidence what points to the error
   * @param confidence how sure
   * @param detail the evidence in words
   */
  record Hit(Span span, String wrong, String right, String written, String phrase, boolean name, Evidence evidence,
      double confidence, String detail) {}

  /** Least summed relatedness of a neighbour to the rest of the name for cohesion to count. */
  static final double COHESION_MIN = 6.0;
  /** Only words of the descriptions at least this rare tie a neighbour to the name ("sacred", not "set"). */
  static final double RARE_IDF = 6.0;
  private static final int MAX_WINDOW = WordForms.MAX_WORDS;
  private static final int COHESION_MIN_LENGTH = 5;

  private final Analysis analysis;
  /** Starts of words that belong to a lexicon entry as written: never suspected. */
  private final java.util.Set<Integer> confirmed = new java.util.HashSet<>();
  private final String text;
  private final String lang;
  private final boolean english;

  private RealWords(Analysis analysis) {
    this.analysis = analysis;
    this.text = analysis.article().text();
    String detected = analysis.language();
    this.lang = detected.equals("und") ? "en" : detected; // too short to tell: English, the likeliest
    this.english = lang.equals("en");
  }

  /** The hits of an audit, computed on the first call. */
  static List<Hit> of(Analysis analysis) {
    return analysis.shared(RealWords.class, a -> new RealWords(a).find());
  }

  private List<Hit> find() {
    Map<Integer, Hit> byStart = new HashMap<>();
    Multiwords lexicon = Dictionaries.multiwords(lang);
    if (lexicon != null) {
      for (Sentence s : analysis.sentences()) {
        lexicon(analysis.tokens(s), lexicon, byStart);
      }
    }
    article(byStart);
    if (lang.equals("en")) {
      cohesion(byStart);
    }
    List<Hit> hits = new ArrayList<>(byStart.values());
    hits.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return List.copyOf(hits);
  }

  // ---- lexicon evidence ----

  private void lexicon(List<Token> ts, Multiwords lexicon, Map<Integer, Hit> out) {
    int i = 0;
    while (i < ts.size()) {
      int j = i + 1;
      while (j < ts.size() && ts.get(j).kind() == Token.Kind.WORD && ts.get(j - 1).kind() == Token.Kind.WORD
          && adjacent(ts.get(j - 1), ts.get(j))) {
        j++;
      }
      if (j - i >= 2 && ts.get(i).kind() == Token.Kind.WORD) {
        run(ts.subList(i, j), lexicon, out);
      }
      i = j;
    }
  }

  /** One run of words with nothing but spaces between them. */
  private void run(List<Token> run, Multiwords lexicon, Map<Integer, Hit> out) {
    int n = run.size();
    String[] lower = new String[n];
    boolean[] holeable = new boolean[n];
    boolean[] capital = new boolean[n];
    boolean[] content = new boolean[n];
    for (int k = 0; k < n; k++) {
      lower[k] = run.get(k).text().toLowerCase(Locale.ROOT);
      content[k] = WordForms.isContent(lower[k]); // "McHenry", "O'Neill" too: they cannot be left open, but count
      holeable[k] = content[k] && letters(lower[k])
          && !isMixedOrAllCaps(run.get(k).text()); // "UNTIED NATIONS" is shouting, "SpaceX" a brand
      capital[k] = run.get(k).isCapitalised();
    }
    String[] forms = lexicon.forms(lower);
    int[] contentBefore = new int[n + 1]; // content words among the first k words, for any window's count
    for (int k = 0; k < n; k++) {
      contentBefore[k + 1] = contentBefore[k] + (content[k] ? 1 : 0);
    }
    boolean[] inEntry = new boolean[n];
    String[] bestRight = new String[n];
    int[][] bestWindow = new int[n][];
    boolean[] bestName = new boolean[n];
    for (int a = 0; a < n; a++) {
      int from = a;
      // a capitalised phrase may be a name, or a longer term written as part of one ("Director of Public
      // Prosecutions"); a two-word term in capitals is too often a name of its own ("Live Science")
      boolean anyCapital = false;
      for (int k = a; k < Math.min(n, a + MAX_WINDOW); k++) {
        anyCapital |= capital[k] && holeable[k];
      }
      for (boolean name : anyCapital ? new boolean[] {true, false} : new boolean[] {false}) {
        lexicon.match(lower, forms, holeable, a, Math.min(n, a + MAX_WINDOW), name, (h, b, fillers, written) -> {
          if (name && !capital[h] || fillers.isEmpty() && !written) {
            return; // nothing to learn: no entry fills this place near the written word, nor with it
          }
          if (!caseFits(run, from, b, h, capital[h]) || !realWord(lower[h])
              || contentBefore[b] - contentBefore[from] < 2
              || (capital[h] && givenName(lower[from]))) {
            return;
          }
          inEntry[h] |= written;
          for (String f : fillers) {
            if (f.equals(lower[h]) || WordForms.key(f).equals(WordForms.key(lower[h]))) {
              inEntry[h] = true;
            }
          }
          for (String f : fillers) {
            if (Math.max(f.length(), lower[h].length()) >= (name ? 3 : 4)
                && (name ? close(lower[h], f) : closeInTerm(lower[h], f))
                && firstLetterFits(lower[h], f, name, wholeName(capital, content, from, b))
                && !inflection(lower[h], f, english) && !variant(lower[h], f) && !derivation(lower[h], f)
                && (bestWindow[h] == null || b - from > bestWindow[h][1] - bestWindow[h][0])) {
              bestRight[h] = f;
              bestWindow[h] = new int[] {from, b};
              bestName[h] = capital[h];
            }
          }
        });
      }
    }
    for (int h = 0; h < n; h++) {
      if (inEntry[h]) {
        confirmed.add(run.get(h).span().start());
      }
      if (bestRight[h] == null || inEntry[h]
          || (lang.equals("en") && plausibleAsWritten(lower, h, bestWindow[h], bestName[h]))) {
        continue;
      }
      Token t = run.get(h);
      String right = NameTypo.matchCase(bestRight[h], t.text());
      int a = bestWindow[h][0];
      int b = bestWindow[h][1];
      String written = text.substring(run.get(a).span().start(), run.get(b - 1).span().end());
      String phrase = text.substring(run.get(a).span().start(), t.span().start()) + right
          + text.substring(t.span().end(), run.get(b - 1).span().end());
      boolean elsewhere = text.contains(phrase);
      double confidence = elsewhere ? 0.95 : bestName[h] ? 0.85 : 0.75;
      out.putIfAbsent(t.span().start(), new Hit(t.span(), t.text(), right, written, phrase, bestName[h],
          Evidence.LEXICON,
          confidence, "\"" + phrase + "\" is an entry of the " + lang + " multiword lexicon; \"" + written
              + "\" is not" + (elsewhere ? ", and the article writes \"" + phrase + "\" elsewhere" : "")));
    }
  }

  /**
   * English evidence that the phrase is fine as written: in a name, the word is itself a name WordNet knows
   * ("Ancient Greece" is not "Ancient Greek"); in a term, the word is related in WordNet to another word of the
   * phrase ("state tax", "first hearing" are phrases of their own, not slips for "estate tax", "first reading").
   */
  private static boolean plausibleAsWritten(String[] lower, int hole, int[] window, boolean name) {
    if (name) {
      return Dictionaries.multiwords("en").isProperWord(lower[hole]);
    }
    GlossBags bags = Dictionaries.glossBags();
    String key = WordForms.key(lower[hole]);
    for (int k = window[0]; k < window[1]; k++) {
      if (k != hole && WordForms.isContent(lower[k]) && bags.relatedness(key, WordForms.key(lower[k])) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name is matched only where its words are capitalised as a name's are; a term only where its words are in
   * lower case (the first word of a sentence may have a capital either way).
   */
  private static boolean caseFits(List<Token> run, int a, int b, int hole, boolean name) {
    for (int k = a; k < b; k++) {
      Token t = run.get(k);
      if (t.text().length() < 4) {
        continue; // "of", "de la", "do"
      }
      boolean cap = t.isCapitalised();
      if (name ? !cap : cap && k != 0) {
        return false;
      }
    }
    return !name || run.get(hole).isCapitalised();
  }

  // ---- article evidence ----

  private void article(Map<Integer, Hit> out) {
    List<NameSequence> names = analysis.names();
    Map<String, Integer> counts = new HashMap<>();
    for (NameSequence n : names) {
      counts.merge(lowerText(n), 1, Integer::sum);
    }
    Map<String, List<NameSequence>> byHole = new HashMap<>();
    for (NameSequence n : names) {
      List<Token> w = n.words();
      for (int p = 0; p < w.size(); p++) {
        byHole.computeIfAbsent(holeKey(w, p), k -> new ArrayList<>()).add(n);
      }
    }
    for (NameSequence n : names) {
      List<Token> w = n.words();
      for (int p = 0; p < w.size(); p++) {
        Token t = w.get(p);
        String mine = t.text().toLowerCase(Locale.ROOT);
        if (mine.length() < WordForms.MIN_WORD || out.containsKey(t.span().start()) || !letters(mine)
            || confirmed.contains(t.span().start()) || isMixedOrAllCaps(t.text())) {
          continue;
        }
        for (NameSequence other : byHole.getOrDefault(holeKey(w, p), List.of())) {
          String theirs = other.words().get(p).text().toLowerCase(Locale.ROOT);
          if (theirs.equals(mine) || !close(mine, theirs) || inflection(mine, theirs, english)
              || derivation(mine, theirs)
              || variant(mine, theirs)
              || counts.get(lowerText(other)) <= counts.get(lowerText(n))) {
            continue;
          }
          String right = NameTypo.matchCase(theirs, t.text());
          String phrase = text.substring(n.span().start(), t.span().start()) + right
              + text.substring(t.span().end(), n.span().end());
          out.put(t.span().start(), new Hit(t.span(), t.text(), right, text.substring(n.span().start(),
              n.span().end()), phrase, true, Evidence.ARTICLE, 0.8,
              "the article writes \"" + text.substring(other.span().start(), other.span().end()) + "\" "
                  + counts.get(lowerText(other)) + " times"));
          break;
        }
      }
    }
  }

  private String lowerText(NameSequence n) {
    StringBuilder b = new StringBuilder();
    for (Token t : n.words()) {
      b.append(t.text().toLowerCase(Locale.ROOT)).append(' ');
    }
    return b.toString();
  }

  private static String holeKey(List<Token> words, int hole) {
    StringBuilder b = new StringBuilder().append(words.size()).append(':').append(hole).append(':');
    for (int i = 0; i < words.size(); i++) {
      b.append(i == hole ? "\u0001" : words.get(i).text().toLowerCase(Locale.ROOT)).append(' ');
    }
    return b.toString();
  }

  // ---- cohesion evidence (English) ----

  private void cohesion(Map<Integer, Hit> out) {
    Words words = Dictionaries.words("en");
    Multiwords lexicon = Dictionaries.multiwords("en");
    for (NameSequence n : analysis.names()) {
      List<Token> w = n.words();
      for (int i = 0; i < w.size(); i++) {
        Token t = w.get(i);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if ((i == 0 && n.sentenceInitial()) || lower.length() < COHESION_MIN_LENGTH || !asciiLetters(lower)
            || !t.isCapitalised() || isMixedOrAllCaps(t.text()) || out.containsKey(t.span().start())
            || confirmed.contains(t.span().start()) || !lexicon.isMostlyVerb(WordForms.key(lower))) {
          continue; // names are made of nouns and adjectives: only a verb ("Shrinks") is suspect
        }
        GlossBags bags = Dictionaries.glossBags(); // loaded the first time a name holds a verb
        String key = WordForms.key(lower);
        List<String> context = new ArrayList<>();
        for (int k = 0; k < w.size(); k++) {
          String c = WordForms.key(w.get(k).text());
          if (k != i && c.length() >= 4 && bags.describes(c)) {
            context.add(c);
          }
        }
        if (context.isEmpty() || cohesion(bags, key, context) > 0) {
          continue; // the word fits its name
        }
        String best = null;
        double bestScore = COHESION_MIN;
        for (String v : edits(lower)) {
          String vk = WordForms.key(v);
          if (vk.equals(key) || inflection(lower, v, true) || !bags.describes(vk) || lexicon.isMostlyVerb(vk)
              || !words.contains(v)) {
            continue;
          }
          double score = 0;
          for (String c : context) {
            score += bags.relatedness(vk, c, RARE_IDF);
          }
          if (score >= bestScore) {
            best = v;
            bestScore = score;
          }
        }
        if (best != null) {
          String right = NameTypo.matchCase(best, t.text());
          String phrase = text.substring(n.span().start(), t.span().start()) + right
              + text.substring(t.span().end(), n.span().end());
          out.put(t.span().start(), new Hit(t.span(), t.text(), right, text.substring(n.span().start(),
              n.span().end()), phrase, true, Evidence.COHESION, 0.7,
              String.format(Locale.ROOT, "\"%s\" is mostly a verb and shares nothing with the rest of the name in "
                  + "WordNet; \"%s\" does (gloss overlap %.1f)", t.text(), right, bestScore)));
        }
      }
    }
  }

  private static double cohesion(GlossBags bags, String key, List<String> context) {
    double sum = 0;
    for (String c : context) {
      sum += bags.relatedness(key, c);
    }
    return sum;
  }

  /** The words one edit away (a letter deleted, swapped with its neighbour, changed or added), first letter kept. */
  static List<String> edits(String w) {
    List<String> out = new ArrayList<>();
    char[] c = w.toCharArray();
    for (int i = 1; i < c.length; i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
      if (i + 1 < c.length) {
        out.add(w.substring(0, i) + c[i + 1] + c[i] + w.substring(i + 2));
      }
    }
    for (int i = 1; i <= c.length; i++) {
      for (char x = 'a'; x <= 'z'; x++) {
        if (i < c.length && x != c[i]) {
          out.add(w.substring(0, i) + x + w.substring(i + 1));
        }
        out.add(w.substring(0, i) + x + w.substring(i));
      }
    }
    return out;
  }

  // ---- shared tests ----

  /**
   * Whether two different words are close enough to be one typed for the other: one edit (a letter deleted,
   * added, changed, or two neighbours swapped), or two when both are five letters or more.
   */
  static boolean close(String a, String b) {
    int max = Math.min(a.length(), b.length()) >= 5 ? 2 : 1;
    return Math.abs(a.length() - b.length()) <= max && Spelling.distance(a, b, max) <= max;
  }

  /**
   * A real-word error needs a real word: "Bolton" or "Rigney" in a name is a surname, not a slip for "Milton" or
   * "Cagney". Without a word list for the language, any word passes.
   */
  private boolean realWord(String lower) {
    Words words = Dictionaries.words(lang);
    return words == null || words.contains(lower);
  }

  /** A phrase led by a given name is a person's name ("John Bolton"), whatever famous name it is close to. */
  private boolean givenName(String lower) {
    return lang.equals("en") && Dictionaries.multiwords("en").isGivenName(lower);
  }

  /**
   * Two spellings of one word, not a slip: British and American ("centre", "center"; "colour", "color";
   * "organise", "organize"), or a negation of the other ("sanitary", "unsanitary").
   */
  static boolean variant(String a, String b) {
    String s = a.length() <= b.length() ? a : b;
    String l = a.length() <= b.length() ? b : a;
    for (String prefix : List.of("un", "in", "im", "il", "ir", "non", "dis")) {
      if (l.equals(prefix + s)) {
        return true;
      }
    }
    return swapped(a, b, "re", "er") || swapped(a, b, "our", "or") || swapped(a, b, "ise", "ize")
        || swapped(a, b, "yse", "yze") || swapped(a, b, "ence", "ense") || swapped(a, b, "ogue", "og");
  }

  private static boolean swapped(String a, String b, String x, String y) {
    int i = a.lastIndexOf(x);
    int j = b.lastIndexOf(y);
    if (i >= 0 && j >= 0 && a.substring(0, i).equals(b.substring(0, j))
        && a.substring(i + x.length()).equals(b.substring(j + y.length()))) {
      return true;
    }
    i = a.lastIndexOf(y);
    j = b.lastIndexOf(x);
    return i >= 0 && j >= 0 && a.substring(0, i).equals(b.substring(0, j))
        && a.substring(i + y.length()).equals(b.substring(j + x.length()));
  }

  /** In a lower-case term, one edit, or two between words of seven letters or more ("civil serpent"). */
  static boolean closeInTerm(String a, String b) {
    int max = Math.min(a.length(), b.length()) >= 7 ? 2 : 1;
    return Math.abs(a.length() - b.length()) <= max && Spelling.distance(a, b, max) <= max;
  }

  /**
   * Whether the written word and the filler differ at the start in a way a slip explains. Typists rarely get the
   * first letter wrong ("Health" is not a slip for "Meath", nor "eight" for "light"); a letter added or dropped at
   * the start ("Pace" for "Space") and two first letters swapped ("unclear" for "nuclear") are slips of another
   * kind and pass. In a name, where words rewritten by a machine or read by OCR lose their first letter as readily
   * as any other, a first letter changed with nothing else ("Mall Street", "European Onion") passes too, but only
   * when the phrase is the whole name: "County Health" inside "Berrien County Health Department" is not "County
   * Meath".
   *
   * @param a the written word, in lower case
   * @param b the filler
   * @param name whether the phrase is a name
   * @param wholeName whether the phrase is the whole capitalised name ({@link #wholeName})
   */
  static boolean firstLetterFits(String a, String b, boolean name, boolean wholeName) {
    if (a.charAt(0) == b.charAt(0)) {
      return true;
    }
    boolean slip = a.substring(1).equals(b) || b.substring(1).equals(a)
        || (a.length() > 1 && b.length() > 1 && a.charAt(0) == b.charAt(1) && a.charAt(1) == b.charAt(0));
    return slip || name && wholeName && a.length() == b.length() && a.length() > 1
        && a.regionMatches(1, b, 1, a.length() - 1);
  }

  /**
   * Whether the words {@code [from, to)} are the whole capitalised name: no capitalised content word right before
   * or after them ("The" and "El" may stand before).
   */
  static boolean wholeName(boolean[] capital, boolean[] content, int from, int to) {
    return (from == 0 || !(capital[from - 1] && content[from - 1]))
        && (to >= capital.length || !(capital[to] && content[to]));
  }

  /**
   * Two words of one stem with different derivational endings ("senate" and "senator", "ministry" and
   * "minister", "prosecution" and "prosecutor", "late" and "later"): in a phrase both readings are usually fine
   * ("state senate", "foreign ministry"). A bare "e" is no such ending: "silicone" is a slip for "silicon".
   */
  static boolean derivation(String a, String b) {
    int p = 0;
    while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    for (int stem = p; stem >= 3; stem--) {
      String x = a.substring(stem);
      String y = b.substring(stem);
      if (SUFFIXES.contains(x) && SUFFIXES.contains(y) && !x.equals(y)
          && !((x.isEmpty() && y.equals("e")) || (y.isEmpty() && x.equals("e"))) && !twoConsonants(x, y)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two different one-letter endings that are both consonants ("greed" and "green", "seed" and "seen"): no suffix
   * turns one into the other, they are two words.
   */
  private static boolean twoConsonants(String x, String y) {
    return x.length() == 1 && y.length() == 1 && "aeiouy".indexOf(x.charAt(0)) < 0 && "aeiouy".indexOf(y.charAt(0)) < 0;
  }

  private static final Set<String> SUFFIXES = Set.of("", "e", "r", "er", "or", "ry", "ery", "y", "al", "ic",
      "ical", "ion", "ation", "ive", "ist", "ism", "ity", "ment", "ness", "ing", "ed", "d", "an", "ian", "n", "ns",
      "ans", "ese", "ish", "ess", "ee", "ate", "ize", "ise", "ly", "ful", "less");

  /** A plural or possessive of the other word: a grammar slip at most, and often no slip at all. */
  static boolean inflection(String a, String b, boolean english) {
    if (english && (irregular(a, b) || irregular(b, a))) {
      return true; // "fell asleep" is not "fall asleep" misspelled
    }
    String s = a.length() < b.length() ? a : b;
    String l = a.length() < b.length() ? b : a;
    return l.equals(s + "s") || l.equals(s + "es") || l.equals(s + "'s") || l.equals(s + "’s")
        || (s.endsWith("y") && l.equals(s.substring(0, s.length() - 1) + "ies"))
        || WordForms.key(a).equals(WordForms.key(b));
  }

  private static boolean irregular(String form, String other) {
    for (String base : Dictionaries.multiwords("en").irregularBases(form)) {
      if (base.equals(other) || base.equals(WordForms.key(other))) {
        return true;
      }
    }
    return false;
  }

  private boolean adjacent(Token a, Token b) {
    int from = a.span().end();
    int to = b.span().start();
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  private static boolean letters(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) < 'a' || w.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isMixedOrAllCaps(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
