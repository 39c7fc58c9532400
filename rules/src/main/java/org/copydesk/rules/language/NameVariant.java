package org.copydesk.rules.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * One name spelled two ways in one article ("Tokayev" and "Tokaev", "Zelensky" and "Zelenskyy"): two capitalised
 * words of five letters or more, one or two edits apart, that are not both ordinary words and not a plural,
 * possessive, derived or feminine form of each other. The spelling used less often is reported (on a tie, the
 * later one) with the other as the suggestion. The names next to each spelling decide whether they are one person:
 * different first names ("Boris Johnson", "Ian Johnston") keep the rule quiet, the same one makes it surer, and two
 * established names of the dictionary ("Austria", "Australia") are reported only when the names next to them agree.
 * English, Spanish, Portuguese and French (an article of unknown language is read as English); German is left out,
 * since every German noun is capitalised and its compounds differ by an edit or two ("Patientendaten",
 * "Patientenakten").
 */
public final class NameVariant implements Rule {
  static final String ID = "language.name-variant";
  /** Shorter names have too many real neighbours one edit away. */
  static final int MIN_LENGTH = 5;
  private static final String VOWELS = "aeiouyáéíóúàèìòùâêîôûäëïöüãõ";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.LANGUAGE, Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    Analysis analysis = ctx.analysis();
    String lang = analysis.language().equals("und") ? "en" : analysis.language();
    Spelling shared = Spelling.of(lang);
    if (shared == null || lang.equals("de")) {
      return; // without a dictionary ordinary words cannot be told from names; in German every noun is capitalised
    }
    Spelling dict = shared.forOneArticle();
    Map<String, Form> forms = forms(analysis, article.text(), dict);
    List<Form> all = new ArrayList<>(forms.values());
    for (Form minor : all) {
      Form best = null;
      double bestConfidence = 0;
      for (Form major : all) {
        if (major == minor || !outnumbers(major, minor)) {
          continue;
        }
        double c = confidence(minor, major, dict);
        if (c > 0 && (best == null || major.spans.size() > best.spans.size())) {
          best = major;
          bestConfidence = c;
        }
      }
      if (best == null) {
        continue;
      }
      for (Span s : minor.spans) {
        if (ctx.lexicon().covers(article.text(), s.start(), s.end())) {
          continue; // a house name is always right
        }
        ctx.report(s)
            .message("\"" + minor.text + "\" is spelled \"" + best.text + "\" elsewhere in this article ("
                + times(best.spans.size()) + "); spell the name one way")
            .confidence(bestConfidence)
            .suggest(Suggestion.replace(best.text))
            .evidence("majority", best.text + " ×" + best.spans.size())
            .evidence("minority", minor.text + " ×" + minor.spans.size())
            .emit();
      }
    }
  }

  /** Whether {@code a} is the spelling to keep over {@code b}: used more often, or as often and earlier. */
  private static boolean outnumbers(Form a, Form b) {
    int na = a.spans.size();
    int nb = b.spans.size();
    return na > nb || na == nb && a.spans.get(0).start() < b.spans.get(0).start();
  }

  /**
   * How sure it is that {@code minor} is {@code major} misspelled, or 0 when the two are probably different
   * words or different people.
   */
  static double confidence(Form minor, Form major, Spelling dict) {
    String a = minor.text;
    String b = major.text;
    if (!variants(a, b)) {
      return 0;
    }
    if (ordinary(a, dict) && ordinary(b, dict)) {
      return 0; // two ordinary words ("Grant", "Grand")
    }
    boolean shared = shares(minor.neighbours, major.neighbours);
    if (!shared && !minor.neighbours.isEmpty() && !major.neighbours.isEmpty()) {
      return 0; // "Boris Johnson" and "Ian Johnston": two people
    }
    boolean established = dict.frequency(a) > 0 && dict.frequency(b) > 0;
    boolean sameStart = Character.toLowerCase(a.charAt(0)) == Character.toLowerCase(b.charAt(0));
    if (!shared && (established || !sameStart)) {
      return 0; // "Austria" and "Australia", "Gambia" and "Zambia": both real, and nothing says they are one
    }
    double c = shared ? 0.85 : 0.7;
    if (major.spans.size() >= 3 && major.spans.size() >= 2 * minor.spans.size()) {
      c += 0.05;
    }
    return c;
  }

  /**
   * Two spellings one edit apart (two when both have seven letters or more) that are not two forms of one
   * word: neither is the other with an ending added ("Kenya" and "Kenyan", "Petrov" and "Petrova") unless the
   * ending doubles the last letter ("Zelensky", "Zelenskyy"), and they do not differ in final vowels only ("Mario"
   * and "Maria", "Zelensky" and "Zelenska" are different people).
   */
  static boolean variants(String a, String b) {
    String la = a.toLowerCase(Locale.ROOT);
    String lb = b.toLowerCase(Locale.ROOT);
    if (la.equals(lb)) {
      return false; // a change of case only is another matter
    }
    int max = Math.min(la.length(), lb.length()) >= 7 ? 2 : 1;
    if (Spelling.distance(la, lb, max) > max) {
      return false;
    }
    String shorter = la.length() <= lb.length() ? la : lb;
    String longer = la.length() <= lb.length() ? lb : la;
    if (longer.startsWith(shorter)) {
      return longer.length() == shorter.length() + 1 && lastChar(longer) == lastChar(shorter);
    }
    return !stem(la).equals(stem(lb));
  }

  /** A word without its final vowels. */
  private static String stem(String w) {
    int end = w.length();
    while (end > 1 && VOWELS.indexOf(w.charAt(end - 1)) >= 0) {
      end--;
    }
    return w.substring(0, end);
  }

  private static char lastChar(String s) {
    return s.charAt(s.length() - 1);
  }

  /** Whether two sets of neighbouring names share one, or hold two spellings of one. */
  private static boolean shares(Set<String> x, Set<String> y) {
    for (String a : x) {
      for (String b : y) {
        if (a.equals(b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String times(int n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }

  /**
   * The article's capitalised words that may be names, by spelling (possessive endings dropped), in order of
   * first use; a word counts only when it is used capitalised somewhere other than at the start of a sentence,
   * or is no ordinary word of the dictionary.
   */
  private static Map<String, Form> forms(Analysis analysis, String text, Spelling dict) {
    List<Token> tokens = analysis.tokens();
    Map<String, Form> forms = new LinkedHashMap<>();
    Set<String> inside = new HashSet<>();
    int sentence = -1;
    boolean first = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.sentence() != sentence) {
        sentence = t.sentence();
        first = true;
      }
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      boolean initial = first;
      first = false;
      String name = stripPossessive(t.text());
      if (!name(name)) {
        continue;
      }
      Form f = forms.computeIfAbsent(name, Form::new);
      f.spans.add(new Span(t.span().start(), t.span().start() + name.length()));
      addNeighbour(f, tokens, i, i - 1, text);
      addNeighbour(f, tokens, i, i + 1, text);
      if (!initial) {
        inside.add(name);
      }
    }
    forms.values().removeIf(f -> !inside.contains(f.text) && ordinary(f.text, dict));
    return forms;
  }

  /** An ordinary word: the dictionary holds it in lower case (it holds names capitalised). */
  private static boolean ordinary(String w, Spelling dict) {
    return dict.contains(w.toLowerCase(Locale.ROOT));
  }

  /** A capitalised word of letters, long enough, not in capitals throughout. */
  private static boolean name(String w) {
    if (w.codePointCount(0, w.length()) < MIN_LENGTH || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    boolean lower = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      lower |= Character.isLowerCase(c);
    }
    return lower;
  }

  /** A capitalised word right before or after the name, separated by spaces only: a first name, a surname. */
  private static void addNeighbour(Form f, List<Token> tokens, int i, int j, String text) {
    if (j < 0 || j >= tokens.size()) {
      return;
    }
    Token t = tokens.get(i);
    Token n = tokens.get(j);
    if (n.sentence() != t.sentence() || !n.isCapitalised()) {
      return;
    }
    int from = Math.min(t.span().end(), n.span().end());
    int to = Math.max(t.span().start(), n.span().start());
    for (int k = from; k < to; k++) {
      if (text.charAt(k) != ' ' && text.charAt(k) != '\u00a0') {
        return;
      }
    }
    f.neighbours.add(stripPossessive(n.text()));
  }

  private static String stripPossessive(String w) {
    if (w.endsWith("'s") || w.endsWith("’s")) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** One spelling: where it is used and the names next to it. */
  static final class Form {
    final String text;
    final List<Span> spans = new ArrayList<>();
    final Set<String> neighbours = new HashSet<>();

    Form(String text) {
      this.text = text;
    }
  }
}
