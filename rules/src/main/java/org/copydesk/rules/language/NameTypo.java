package org.copydesk.rules.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.copydesk.article.Article;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.support.RuleDocs;

/**
 * Real-word errors in capitalised names ("Untied Nations", "Federal Reverse", "Spiritual Shrinks"): a word spelled
 * right that is one or two edits from the word the name needs, found by {@link RealWords} from the multiword
 * lexicon, the article's own spelling of the name elsewhere, or WordNet cohesion. Words of the policy's house
 * lexicon are never reported, nor names in a title-case line unless the lexicon or the article confirms them.
 */
public final class NameTypo implements Rule {
  static final String ID = "language.name-typo";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.LANGUAGE, Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    report(article, ctx, true);
  }

  /** Reports the hits of one kind (names, or lower-case terms). */
  static void report(Article article, RuleContext ctx, boolean names) {
    Map<Integer, Boolean> titleCaseBlocks = new HashMap<>(); // by block index: each block is read once
    for (RealWords.Hit hit : RealWords.of(ctx.analysis())) {
      if (hit.name() != names || house(article, ctx, hit)) {
        continue;
      }
      org.copydesk.article.Block block = article.blockAt(hit.span().start());
      if (hit.evidence() == RealWords.Evidence.COHESION && block != null
          && titleCaseBlocks.computeIfAbsent(block.index(), i -> titleCase(block.text()))) {
        continue; // in "Stadia Falls Short" every word is capitalised, so capitals do not mark a name
      }
      ctx.report(hit.span())
          .message("\"" + hit.wrong() + "\" in " + (names ? "the name " : "") + "\"" + hit.written()
              + "\" looks like a typo for \"" + hit.right() + "\"")
          .confidence(hit.confidence())
          .suggest(Suggestion.replace(hit.right()))
          .evidence("phrase", hit.phrase())
          .evidence("evidence", hit.evidence().name().toLowerCase(Locale.ROOT))
          .evidence("why", hit.detail())
          .emit();
    }
  }

  /** A house term ("Spiritual Shrinks", the band) is always right, and a house correction speaks for itself. */
  private static boolean house(Article article, RuleContext ctx, RealWords.Hit hit) {
    return ctx.lexicon().covers(article.text(), hit.span().start(), hit.span().end())
        || ctx.lexicon().correction(hit.wrong()).isPresent();
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
