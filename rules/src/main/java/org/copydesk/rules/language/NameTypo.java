package org.copydesk.rules.language;

import java.util.List;
import java.util.Locale;
import org.copydesk.analysis.NameSequence;
import org.copydesk.analysis.Token;
import org.copydesk.article.Article;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.support.RuleDocs;

/**
 * Real-word errors inside institutional names ("Spiritual Shrinks", "Untied Nations", "Federal Reverse"): in a
 * capitalised name that already contains a typical name word, a word that is not itself a name word but is one
 * edit or one letter swap away from one. Plural/singular pairs are never reported.
 */
public final class NameTypo implements Rule {
  static final String ID = "language.name-typo";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.LANGUAGE, Severity.WARNING);
  private static final int MIN_LENGTH = 5;

  private final NameLexicon lexicon;

  public NameTypo() {
    this(NameLexicon.INSTANCE);
  }

  NameTypo(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    String lang = ctx.analysis().language();
    if (!lang.equals("en") && !lang.equals("und")) {
      return;
    }
    for (NameSequence name : ctx.analysis().names()) {
      List<Token> words = name.words();
      for (int i = 0; i < words.size(); i++) {
        if (i == 0 && name.sentenceInitial()) {
          continue;
        }
        Token t = words.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.length() < MIN_LENGTH || lexicon.contains(w) || isAllCaps(t.text())
            || !hasOtherNameWord(words, i)) {
          continue;
        }
        String best = best(w, ctx);
        if (best == null) {
          continue;
        }
        String fixed = matchCase(best, t.text());
        boolean usedElsewhere = ctx.analysis().terms().count(best) > 0;
        ctx.report(t.span())
            .message("\"" + t.text() + "\" in the name \"" + article.text(name.span()) + "\" looks like a typo for \""
                + fixed + "\"")
            .confidence(usedElsewhere ? 0.85 : 0.7)
            .suggest(Suggestion.replace(fixed))
            .evidence("name", article.text(name.span()))
            .evidence("nameWord", best)
            .emit();
      }
    }
  }

  private String best(String w, RuleContext ctx) {
    String best = null;
    int bestCount = -1;
    for (String cand : lexicon.neighbours(w)) {
      if (inflection(w, cand)) {
        return null; // "Parents" vs "Parent": a form of the same word, not a typo
      }
      if (cand.charAt(0) != w.charAt(0)) {
        continue; // typists rarely get the first letter wrong; "Point" is not "Joint"
      }
      int c = ctx.analysis().terms().count(cand);
      if (c > bestCount) {
        best = cand;
        bestCount = c;
      }
    }
    return best;
  }

  private boolean hasOtherNameWord(List<Token> words, int except) {
    for (int i = 0; i < words.size(); i++) {
      if (i != except && lexicon.contains(words.get(i).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inflection(String a, String b) {
    String s = a.length() < b.length() ? a : b;
    String l = a.length() < b.length() ? b : a;
    return l.equals(s + "s") || l.equals(s + "es") || l.equals(s + "'s") || l.equals(s + "d") || l.equals(s + "n")
        || l.equals(s + "r") || (s.endsWith("y") && l.equals(s.substring(0, s.length() - 1) + "ies"));
  }

  private static boolean isAllCaps(String s) {
    return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT));
  }

  static String matchCase(String lower, String model) {
    if (isAllCaps(model)) {
      return lower.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(model.charAt(0))) {
      return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
    return lower;
  }
}
