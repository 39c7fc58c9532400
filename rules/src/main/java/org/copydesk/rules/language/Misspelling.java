package org.copydesk.rules.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Token;
import org.copydesk.article.Article;
import org.copydesk.article.Span;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.support.RuleDocs;

/**
 * Non-words: a word of the article's language (English, Spanish, Portuguese or French) that its spelling
 * dictionary does not hold, reported with the dictionary's closest words. Precision first, so a word is left alone
 * when it is probably a name, an acronym, code, part of a link or handle, a compound of known words, used twice or
 * more in the article (a rare word used consistently is probably right), in a sentence that reads like another
 * language, or covered by the policy's house lexicon. German is left out: its open compounding makes a dictionary
 * miss far more right words than typos.
 */
public final class Misspelling implements Rule {
  static final String ID = "language.misspelling";
  /** The languages checked, by ISO 639-1 code. */
  static final Set<String> LANGUAGES = Set.of("en", "es", "pt", "fr");
  /** Shorter words are left alone: too many abbreviations and interjections, too many near neighbours. */
  static final int MIN_LENGTH = 4;
  private static final int MAX_SUGGESTIONS = 3;
  /**
   * Characters that mark a link, handle, hashtag, path, markup or code around a word, and invisible ones that
   * split a word the tokenizer cannot join (a soft hyphen in "Klima\u00ADwandel", zero-width spaces).
   */
  private static final String NOT_PROSE = "@#/\\_=<>{}[]|~^*+$%&\u00AD\u200B\u200C\u200D\u2060";
  /** Elided words before an apostrophe (French, Portuguese, Italian names in them): the word after is checked. */
  private static final Set<String> ELISIONS = Set.of("l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'",
      "jusqu'", "lorsqu'", "puisqu'", "presqu'", "quelqu'");
  /** Prefixes that make new words of known ones. */
  private static final List<String> PREFIXES = List.of("un", "non", "pre", "re", "de", "des", "dis", "co", "e", "ex",
      "anti", "over", "under", "out", "sub", "super", "inter", "multi", "mis", "post", "pos", "mid", "semi",
      "micro", "mini", "cyber", "ciber", "self", "auto", "bio", "eco", "extra", "ultra", "hyper", "mega", "neo");
  private static final String QUOTES = "\"'“”‘’«»„";
  private static final List<String> OTHER_LANGUAGES = List.of("en", "es", "pt", "fr", "de");
  private static final Map<String, String> NAMES = Map.of(
      "en", "English", "es", "Spanish", "pt", "Portuguese", "fr", "French");

  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.LANGUAGE, Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    Analysis analysis = ctx.analysis();
    String lang = analysis.language();
    if (!LANGUAGES.contains(lang)) {
      return;
    }
    Spelling dict = Spelling.of(lang).forOneArticle();
    String text = article.text();
    List<Token> tokens = analysis.tokens();
    List<Word> words = new ArrayList<>();
    Map<String, Integer> uses = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Token.Kind.WORD) {
        for (Word w : parts(tokens.get(i), i)) {
          words.add(w);
          uses.merge(w.form.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }
    if (mostlyUnknown(words, dict)) {
      return; // the language was guessed wrong, or the article mixes languages: nothing to say with confidence
    }
    Map<Integer, Boolean> foreign = new HashMap<>();
    for (Word w : words) {
      if (!candidate(w, dict, uses) || !prose(text, w.token.span()) || quotedAlone(text, w.token.span())
          || houseWord(ctx, article, w) || afterUnknownName(tokens, w.index, dict) || otherLanguage(w.form, lang)
          || foreign.computeIfAbsent(w.token.sentence(), s -> foreign(analysis, s, lang, dict))) {
        continue;
      }
      report(ctx, w, lang, dict);
    }
  }

  /** More than one in ten of the article's lower-case words of three letters or more are not in the dictionary. */
  private static boolean mostlyUnknown(List<Word> words, Spelling dict) {
    int n = 0;
    int unknown = 0;
    for (Word w : words) {
      String f = w.form;
      if (f.length() >= 3 && letters(f) && !hasUpper(w.token.text())) {
        n++;
        unknown += dict.contains(f) ? 0 : 1;
      }
    }
    return unknown * 10 > n && unknown >= 3;
  }

  private static void report(RuleContext ctx, Word w, String lang, Spelling dict) {
    List<String> ranked = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (String s : dict.suggestions(w.form)) {
      int d = Spelling.distance(w.form, s, 2);
      if (d == 0 || d > 2 || !s.equals(s.toLowerCase(Locale.ROOT)) || !letters(s) || ranked.contains(s)) {
        continue; // a capitalised or odd suggestion is a name or an acronym, not what a lower-case word meant
      }
      best = Math.min(best, d);
      ranked.add(s);
    }
    if (ranked.isEmpty()) {
      return; // nothing close: a word the dictionary lacks (a name, a loanword, jargon), not a slip
    }
    final int bestDistance = best;
    ranked.sort(java.util.Comparator.comparingInt(s -> Spelling.distance(w.form, s, 2))); // stable: keeps rank
    String top = ranked.get(0);
    int topFrequency = dict.frequency(top);
    long rivals = ranked.stream().skip(1)
        .filter(s -> Spelling.distance(w.form, s, 2) == bestDistance && dict.frequency(s) >= topFrequency - 2)
        .count();
    double confidence = confidence(bestDistance, (int) rivals);
    List<String> shown = ranked.subList(0, Math.min(MAX_SUGGESTIONS, ranked.size()));
    String first = NameTypo.matchCase(top, w.form);
    StringBuilder message = new StringBuilder("\"").append(w.form).append("\" is not in the ")
        .append(NAMES.get(lang)).append(" dictionary; did you mean \"").append(first).append("\"");
    if (shown.size() > 1) {
      message.append(" (or ");
      for (int i = 1; i < shown.size(); i++) {
        message.append(i > 1 ? ", " : "").append('"').append(NameTypo.matchCase(shown.get(i), w.form)).append('"');
      }
      message.append(')');
    }
    RuleContext.FindingBuilder b = ctx.report(w.span).message(message.append('?').toString())
        .confidence(confidence)
        .evidence("edits", Integer.toString(bestDistance))
        .evidence("equally close", Long.toString(rivals));
    for (String s : shown) {
      b.suggest(Suggestion.replace(NameTypo.matchCase(s, w.form)));
    }
    b.emit();
  }

  /**
   * How sure a report is: a single best suggestion one edit away is a typo almost surely (0.9, at or above the
   * fixer's default threshold of 0.7); two edits (0.65), or each rival suggestion as close and about as common
   * (0.15 less), leave more room for a word the dictionary simply lacks or a fix that picks the wrong word.
   */
  static double confidence(int edits, int rivals) {
    double c = edits <= 1 ? 0.9 : 0.65;
    return Math.max(0.4, c - 0.15 * Math.min(rivals, 3));
  }

  /** A lower-case word of letters, long enough, not in the dictionary, not a compound, used once. */
  private static boolean candidate(Word w, Spelling dict, Map<String, Integer> uses) {
    String f = w.form;
    if (f.codePointCount(0, f.length()) < MIN_LENGTH || !letters(f) || !f.equals(f.toLowerCase(Locale.ROOT))
        || uses.getOrDefault(f, 0) > 1 || w.token.isCapitalised() || hasUpper(w.token.text())) {
      return false;
    }
    return !vowelless(f) && !dict.contains(f) && !dict.contains(w.whole) && !compound(f, dict);
  }

  /**
   * A word built of known words: a common prefix before a word ("uncrewed", "preorder", "ebook"), or two words
   * of three letters or more written as one ("fanbase", "outgassing", "cyberattacks").
   */
  static boolean compound(String f, Spelling dict) {
    for (String p : PREFIXES) {
      if (f.length() - p.length() >= 3 && f.startsWith(p) && dict.contains(f.substring(p.length()))) {
        return true;
      }
    }
    for (int i = 3; i <= f.length() - 3; i++) {
      if (dict.contains(f.substring(0, i)) && dict.contains(f.substring(i))) {
        return true;
      }
    }
    return false;
  }

  /** A word with no vowel ("govt", "pvt", "mgmt") is an abbreviation, not a slip. */
  static boolean vowelless(String f) {
    for (int i = 0; i < f.length(); i++) {
      char c = Character.toLowerCase(f.charAt(i));
      if ("aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿœæ".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A word the writer puts in quotation marks by itself is being named or introduced ("the “frunk”"). */
  static boolean quotedAlone(String text, Span span) {
    int before = span.start() - 1;
    int after = span.end();
    while (after < text.length() && ",.;:!?".indexOf(text.charAt(after)) >= 0) {
      after++;
    }
    return before >= 0 && after < text.length() && QUOTES.indexOf(text.charAt(before)) >= 0
        && QUOTES.indexOf(text.charAt(after)) >= 0;
  }

  /**
   * A word of another language the rules have a dictionary for (a loanword, a quoted term: "en masse",
   * "hieleras"); German nouns are matched capitalised.
   */
  private static boolean otherLanguage(String f, String lang) {
    for (String other : OTHER_LANGUAGES) {
      if (other.equals(lang)) {
        continue;
      }
      Spelling d = Spelling.of(other);
      if (d.contains(f) || other.equals("de") && d.contains(Character.toUpperCase(f.charAt(0)) + f.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /** The word continues a name the dictionary does not know ("Escherichia coli", "Hôtel dieu"). */
  private static boolean afterUnknownName(List<Token> tokens, int index, Spelling dict) {
    if (index == 0) {
      return false;
    }
    Token prev = tokens.get(index - 1);
    return prev.kind() == Token.Kind.WORD && prev.isCapitalised() && prev.sentence() == tokens.get(index).sentence()
        && !dict.contains(prev.text());
  }

  /**
   * Whether the word stands in prose: the run of non-space characters around it holds no digit, no character of
   * a link, handle, hashtag, path or code ({@link #NOT_PROSE}), no dot between letters ("example.com", "os.path")
   * and no call parenthesis ("render(").
   */
  static boolean prose(String text, Span span) {
    int from = span.start();
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = span.end();
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || NOT_PROSE.indexOf(c) >= 0) {
        return false;
      }
      if (c == '.' && i > from && i + 1 < to && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        return false;
      }
    }
    return span.end() >= text.length() || text.charAt(span.end()) != '(';
  }

  /**
   * A sentence that reads like another language: at least two of its lower-case words of three letters or more,
   * and at least a quarter of them, are not in the article language's dictionary but are in one other language's
   * (typos are rarely words of another language; a quotation in Spanish is full of them); or at least three,
   * and two in five, are unknown.
   */
  private static boolean foreign(Analysis analysis, int sentence, String lang, Spelling dict) {
    List<String> unknown = new ArrayList<>();
    int n = 0;
    for (Token t : analysis.tokens(analysis.sentences().get(sentence))) {
      String f = t.text();
      if (t.kind() != Token.Kind.WORD || f.length() < 3 || !letters(f) || hasUpper(f)) {
        continue;
      }
      n++;
      if (!dict.contains(f)) {
        unknown.add(f);
      }
    }
    if (unknown.size() < 2) {
      return false;
    }
    if (unknown.size() >= 3 && unknown.size() * 5 >= n * 2) {
      return true; // two words in five unknown: a language without a dictionary here
    }
    for (String other : OTHER_LANGUAGES) {
      if (other.equals(lang)) {
        continue;
      }
      Spelling d = Spelling.of(other);
      long known = unknown.stream().filter(d::contains).count();
      if (known >= 2 && known * 4 >= n) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word the house lexicon speaks for: part of a house term (always right), or a wrong form with a house
   * correction (language.house-style reports it, with the house's fix rather than the dictionary's).
   */
  private static boolean houseWord(RuleContext ctx, Article article, Word w) {
    Span s = w.token.span();
    return ctx.lexicon().covers(article.text(), s.start(), s.end())
        || ctx.lexicon().correction(w.token.text()).isPresent()
        || ctx.lexicon().correction(w.form).isPresent();
  }

  /** A word token's parts between hyphens, each without an elided article or a possessive ending. */
  static List<Word> parts(Token t, int index) {
    String text = t.text();
    String whole = joined(text);
    List<Word> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) != '-') {
        continue;
      }
      int from = start;
      int to = i;
      String part = text.substring(from, to).replace('’', '\'');
      int apostrophe = part.indexOf('\'');
      if (apostrophe > 0 && ELISIONS.contains(part.substring(0, apostrophe + 1).toLowerCase(Locale.ROOT))) {
        from += apostrophe + 1; // l'économie, d'água, qu'il: the word after the elided one
        part = part.substring(apostrophe + 1);
      }
      if (part.endsWith("'s")) {
        to -= 2;
        part = part.substring(0, part.length() - 2);
      }
      if (!part.isEmpty()) {
        out.add(new Word(t, index, part, whole, new Span(t.span().start() + from, t.span().start() + to)));
      }
      start = i + 1;
    }
    return out;
  }

  /** A token as the dictionaries spell it: straight apostrophes. */
  private static String joined(String token) {
    return token.replace('’', '\'');
  }

  private static boolean letters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK
          || c >= '\uFB00' && c <= '\uFB4F') { // a ligature ("ﬂows") is typesetting, not spelling
        return false;
      }
    }
    return true;
  }

  private static boolean hasUpper(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** One part of a word token, as checked: its form, the whole token's form, and where the part is. */
  record Word(Token token, int index, String form, String whole, Span span) {}
}
