package org.copydesk.rules.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.copydesk.analysis.Token;
import org.copydesk.article.Article;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.support.RuleDocs;
import org.copydesk.rules.support.Resources;

/**
 * Common English misspellings from {@code misspellings.tsv}, each with its correction. Words of the policy's house
 * lexicon (terms, and wrong forms with a house correction) are left alone.
 */
public final class Misspelling implements Rule {
  static final String ID = "language.misspelling";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.LANGUAGE, Severity.WARNING);
  private static final Map<String, String> FIXES = new HashMap<>();

  static {
    for (String line : Resources.lines("/org/copydesk/rules/language/misspellings.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length == 2) {
        FIXES.put(parts[0].strip(), parts[1].strip());
      }
    }
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
    for (Token t : ctx.analysis().tokens()) {
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      String fix = FIXES.get(t.text().toLowerCase(Locale.ROOT));
      if (fix == null || houseWord(ctx, article, t)) {
        continue;
      }
      String fixed = NameTypo.matchCase(fix, t.text());
      ctx.report(t.span())
          .message("misspelling: \"" + t.text() + "\" should be \"" + fixed + "\"")
          .confidence(0.9)
          .suggest(Suggestion.replace(fixed))
          .emit();
    }
  }

  /**
   * A word the house lexicon speaks for: part of a house term (always right), or a wrong form with a house
   * correction (language.house-style reports it, with the house's fix rather than the dictionary's).
   */
  private static boolean houseWord(RuleContext ctx, Article article, Token t) {
    return ctx.lexicon().covers(article.text(), t.span().start(), t.span().end())
        || ctx.lexicon().correction(t.text()).isPresent();
  }
}
