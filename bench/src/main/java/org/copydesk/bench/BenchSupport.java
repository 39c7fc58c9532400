package org.copydesk.bench;

import java.util.Optional;
import org.copydesk.analysis.Analysis;
import org.copydesk.article.Article;
import org.copydesk.article.Span;
import org.copydesk.report.Claim;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;

/** What the benchmarks share: a rule context that keeps nothing, so a rule is timed without the engine around it. */
final class BenchSupport {
  private BenchSupport() {}

  /** A context over one analysed article that counts findings and claims and throws them away. */
  static final class CountingContext implements RuleContext, RuleContext.FindingBuilder, RuleContext.ClaimBuilder {
    private final Article article;
    private final Analysis analysis;
    int findings;
    int claims;

    CountingContext(Article article, Analysis analysis) {
      this.article = article;
      this.analysis = analysis;
    }

    @Override
    public Article article() {
      return article;
    }

    @Override
    public Analysis analysis() {
      return analysis;
    }

    @Override
    public Optional<Article> source() {
      return Optional.empty();
    }

    @Override
    public FindingBuilder report(Span span) {
      findings++;
      return this;
    }

    @Override
    public ClaimBuilder claim(Span span, String kind, Claim.Status status) {
      claims++;
      return this;
    }

    @Override
    public void measure(String name, double value) {}

    @Override
    public FindingBuilder message(String message) {
      return this;
    }

    @Override
    public FindingBuilder confidence(double confidence) {
      return this;
    }

    @Override
    public FindingBuilder severity(Severity severity) {
      return this;
    }

    @Override
    public FindingBuilder suggest(Suggestion suggestion) {
      return this;
    }

    @Override
    public FindingBuilder evidence(String key, String value) {
      return this;
    }

    @Override
    public ClaimBuilder hedge(String hedge) {
      return this;
    }

    @Override
    public ClaimBuilder attribution(String attribution) {
      return this;
    }

    @Override
    public ClaimBuilder note(String note) {
      return this;
    }

    @Override
    public void emit() {}
  }
}
