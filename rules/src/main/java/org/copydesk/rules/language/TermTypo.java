package org.copydesk.rules.language;

import org.copydesk.article.Article;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.RuleDocs;

/**
 * Real-word errors in fixed lower-case terms ("gross domestic produce", "climate chance"): changing one word by
 * one or two edits turns the phrase into an entry of the multiword lexicon while the phrase as written is none.
 * Found by {@link RealWords}, reported like {@link NameTypo}.
 */
public final class TermTypo implements Rule {
  static final String ID = "language.term-typo";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.LANGUAGE, Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    NameTypo.report(article, ctx, false);
  }
}
