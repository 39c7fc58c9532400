package org.copydesk.rule;

import java.util.Optional;
import org.copydesk.analysis.Analysis;
import org.copydesk.article.Article;
import org.copydesk.article.Span;
import org.copydesk.report.Claim;

/**
 * What a rule sees while it checks one article: the shared analysis and a way to report findings. Owned by
 * the engine, bound to one rule and one article; the engine applies policy (severity overrides) centrally.
 */
public interface RuleContext {

  /** The article being checked. */
  Article article();

  /** The analysis shared by all rules for this article. */
  Analysis analysis();

  /**
   * The house lexicon of the policy in force: names and terms that are always right (spelling rules leave
   * them alone) and the publication's own corrections. Empty unless the policy has a {@code lexicon:}.
   */
  default HouseLexicon lexicon() {
    return HouseLexicon.empty();
  }

  /**
   * The original the article is checked against (a wire story it was rewritten from), when the caller gave one;
   * rules that compare the two use it, others ignore it.
   */
  default Optional<Article> source() {
    return Optional.empty();
  }

  /** The shared analysis of {@link #source()}, when there is a source. */
  default Optional<Analysis> sourceAnalysis() {
    return Optional.empty();
  }

  /**
   * Starts an entry in the report's list of claims: a figure the rule recognised as a quantitative claim, with
   * its status. Nothing is recorded until {@link ClaimBuilder#emit()}. When several rules record the same span,
   * the report keeps one claim with the highest status ({@link Claim#merge}). The default does nothing, for
   * contexts without a report.
   *
   * @param span the figure, with its hedge ("more than 40%")
   * @param kind {@code percent}, {@code money}, {@code count}, {@code change}, {@code rank}, …
   * @param status the claim's status as this rule sees it
   */
  default ClaimBuilder claim(Span span, String kind, Claim.Status status) {
    return ClaimBuilder.NONE;
  }

  /**
   * Starts a finding on a span of the article text. Nothing is reported until {@link FindingBuilder#emit()}.
   *
   * @param span the text the finding is about
   * @return a builder for the finding's message, confidence and suggestions
   */
  FindingBuilder report(Span span);

  /**
   * Records a measurement about the whole article that is a signal rather than a finding (for example the
   * density of machine-typical phrasing per 1,000 words). It appears in the report's provenance summary under
   * {@code name}; a rule reports each name at most once per article.
   */
  void measure(String name, double value);

  /** Builds one finding. Not thread-safe; use it from the rule's thread and emit once. */
  interface FindingBuilder {
    /** The message: what is wrong, in one sentence. Required. */
    FindingBuilder message(String message);

    /** How sure the rule is, from 0 to 1 (default 1). */
    FindingBuilder confidence(double confidence);

    /** A severity other than the rule's default for this finding (policy overrides still win). */
    FindingBuilder severity(Severity severity);

    /** Adds a proposed fix. */
    FindingBuilder suggest(Suggestion suggestion);

    /**
     * Adds a piece of evidence shown in reports (e.g. {@code "matched" -> "rewritten by ... AI"}). Three keys feed
     * the provenance summary: {@code aiUse} ({@code declared} or {@code suspected}), {@code aiKind} (for example
     * {@code rewritten-from-source}) and {@code humanReview} ({@code claimed} or {@code not-claimed}).
     */
    FindingBuilder evidence(String key, String value);

    /** Reports the finding. */
    void emit();
  }

  /** Builds one entry of the claims list. */
  interface ClaimBuilder {
    /** A builder that records nothing. */
    ClaimBuilder NONE = new ClaimBuilder() {
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
    };

    /** The approximation before the figure ("more than"), if any. */
    ClaimBuilder hedge(String hedge);

    /** Who or what the claim is attributed to, if anyone. */
    ClaimBuilder attribution(String attribution);

    /** Why it has its status (the source's value, the conflicting figure). */
    ClaimBuilder note(String note);

    /** Records the claim. */
    void emit();
  }
}
