package org.copydesk.rules.language;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
 * edit or one letter swap away from one. Plural/singular pairs and words of the policy's house terms are never
 * reported.
 */
public final class NameTypo implements Rule {
  static final String ID = "language.name-typo";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.LANGUAGE, Severity.WARNING);
  private static final int MIN_LENGTH = 5;
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

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
    if (!ctx.analysis().mayBeIn("en")) {
      return;
    }
    Map<Integer, Boolean> titleCaseBlocks = new HashMap<>(); // by block index: each block is read once
    for (NameSequence name : ctx.analysis().names()) {
      org.copydesk.article.Block block = article.blockAt(name.span().start());
      if (block != null && titleCaseBlocks.computeIfAbsent(block.index(), i -> titleCase(block.text()))) {
        continue; // in "Stadia Falls Short" every word is capitalised, so capitals do not mark a name
      }
      List<Token> words = name.words();
      for (int i = 0; i < words.size(); i++) {
        if (i == 0 && name.sentenceInitial()) {
          continue;
        }
        Token t = words.get(i);
        String bare = stripPossessive(t.text());
        String w = bare.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_LENGTH || lexicon.contains(w) || isAllCaps(bare) || isMixedCase(bare)
            || ctx.lexicon().covers(article.text(), t.span().start(), t.span().start() + bare.length())) {
          continue; // a house term ("Spiritual Shrinks", the band) is always right
        }
        String best = best(w, words, i, ctx);
        if (best == null) {
          continue;
        }
        String fixed = matchCase(best, bare);
        boolean usedElsewhere = ctx.analysis().terms().count(best) > 0;
        ctx.report(new org.copydesk.article.Span(t.span().start(), t.span().start() + bare.length()))
            .message("\"" + bare + "\" in the name \"" + article.text(name.span()) + "\" looks like a typo for \""
                + fixed + "\"")
            .confidence(usedElsewhere ? 0.85 : 0.7)
            .suggest(Suggestion.replace(fixed))
            .evidence("name", article.text(name.span()))
            .evidence("nameWord", best)
            .emit();
      }
    }
  }

  /**
   * The name word {@code w} was probably meant to be: one edit or swap away, same first letter, and sharing a
   * semantic domain with another word of the same name. {@code null} when there is none, or when a neighbour is
   * just an inflection of {@code w} ("Parents" and "Parent").
   */
  private String best(String w, List<Token> words, int index, RuleContext ctx) {
    String best = null;
    int bestCount = -1;
    for (String cand : lexicon.neighbours(w)) {
      if (inflection(w, cand)) {
        return null;
      }
      if (cand.charAt(0) != w.charAt(0) || !fitsName(cand, words, index)) {
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

  private boolean fitsName(String cand, List<Token> words, int except) {
    for (int i = 0; i < words.size(); i++) {
      String other = stripPossessive(words.get(i).text()).toLowerCase(Locale.ROOT);
      if (i != except && lexicon.shareDomain(cand, other)) {
        return true;
      }
    }
    return false;
  }

  /** A line where nearly every word of four letters or more is capitalised (a headline in title case). */
  static boolean titleCase(String text) {
    int words = 0;
    int caps = 0;
    int letters = 0; // UTF-16 units of letters in the current word (between runs of whitespace)
    boolean firstUpper = false;
    for (int i = 0; i <= text.length(); ) {
      if (i == text.length() || isSpace(text.charAt(i))) {
        if (letters >= 4) {
          words++;
          caps += firstUpper ? 1 : 0;
        }
        letters = 0;
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (letters == 0) {
          firstUpper = Character.isBmpCodePoint(cp) && Character.isUpperCase(cp);
        }
        letters += Character.charCount(cp);
      }
      i += Character.charCount(cp);
    }
    return words >= 2 && caps >= words * 0.8;
  }

  /** Whitespace as {@code \\s} means it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static String stripPossessive(String s) {
    return POSSESSIVE.matcher(s).replaceFirst("");
  }

  /** "SpaceX", "WoodSpring": brand spellings, not typos. */
  private static boolean isMixedCase(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return !isAllCaps(s);
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
