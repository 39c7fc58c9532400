package org.copydesk.rule;

import org.copydesk.article.Article;

/**
 * A check over one article. Implementations are stateless and thread-safe: one instance audits many
 * articles at once. A rule reads the article and the shared analysis from the context and reports findings
 * through it; it never reaches the network and never depends on other rules.
 */
public interface Rule {

  /** What this rule is. Must return the same value every time. */
  RuleDescriptor descriptor();

  /**
   * Checks one article.
   *
   * @param article the article
   * @param context where to get the shared analysis and report findings; bound to this rule and article
   */
  void check(Article article, RuleContext context);

  /** Shorthand for {@code descriptor().id()}. */
  default String id() {
    return descriptor().id();
  }
}
