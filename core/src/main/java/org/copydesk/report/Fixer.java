package org.copydesk.report;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.article.Format;
import org.copydesk.article.SourceMap;
import org.copydesk.internal.report.FixPlanner;

/**
 * Applies the safe suggestions of a report to the article's original input: deletes template residue,
 * off-topic branding and duplicate headline lines, strips hidden Unicode characters, and replaces typos at or
 * above a confidence. Everything else (AI-use disclosures, unsourced claims, chatbot leakage) needs an editor
 * and is never applied.
 *
 * <pre>{@code
 * Report report = copydesk.audit(article);
 * Fixes fixes = Fixer.defaults().fix(report, article.sourceMap());
 * Files.writeString(out, fixes.fixed());
 * }</pre>
 *
 * <p>Edits are made on the original input, not on the normalised text, so everything the findings do not touch
 * stays byte for byte as it was: line breaks (CRLF stays CRLF), spacing, markup. A deletion suggestion whose
 * span is the only text on its lines deletes those lines with their line breaks; if that leaves two blank lines
 * where there was one (the line sat between two paragraphs), one of them goes too, so paragraphs are neither
 * merged nor pulled apart; lines that stay keep their line breaks. A deletion of visible text that shares its
 * line with other text is not applied; hidden characters are stripped wherever they are.
 * Replacements replace exactly the span, and only when the original characters under it are the finding's
 * excerpt (not, say, an escape sequence). Two edits that overlap are never both made: the later one in
 * document order (of two that start together, the narrower) is reported in {@link Fixes#skipped()}.
 *
 * <p>Only plain text and Markdown can be fixed: in HTML and JSON a line of the source is not a line of the
 * article, and deleting one could break the markup.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fixer {
  /** The rules whose suggestions are safe to apply without an editor; the default selection. */
  public static final Set<String> FIXABLE_RULES = Set.of(
      "integrity.template-residue",
      "integrity.off-topic-branding",
      "integrity.duplicate-headline",
      "provenance.hidden-unicode",
      "language.name-typo",
      "language.term-typo",
      "language.misspelling");

  /** The confidence a finding needs, by default, to be fixed. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.7;

  private static final Fixer DEFAULTS = new Fixer(FIXABLE_RULES, DEFAULT_MIN_CONFIDENCE);

  private final Set<String> rules;
  private final double minConfidence;

  private Fixer(Set<String> rules, double minConfidence) {
    this.rules = Set.copyOf(rules);
    this.minConfidence = minConfidence;
  }

  /** Every fixable rule, at {@link #DEFAULT_MIN_CONFIDENCE}. */
  public static Fixer defaults() {
    return DEFAULTS;
  }

  /**
   * A fixer that applies only these rules' suggestions.
   *
   * @throws IllegalArgumentException if {@code ruleIds} is empty or names a rule outside {@link #FIXABLE_RULES}
   */
  public Fixer withRules(Collection<String> ruleIds) {
    if (ruleIds.isEmpty()) {
      throw new IllegalArgumentException("no rules to fix");
    }
    for (String id : ruleIds) {
      if (!FIXABLE_RULES.contains(id)) {
        throw new IllegalArgumentException("'" + id + "' cannot be fixed automatically; fixable rules: "
            + String.join(", ", new TreeSet<>(FIXABLE_RULES)));
      }
    }
    return new Fixer(Set.copyOf(ruleIds), minConfidence);
  }

  /**
   * A fixer that applies only findings at or above this confidence.
   *
   * @throws IllegalArgumentException if {@code confidence} is not in [0, 1]
   */
  public Fixer withMinConfidence(double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "confidence %s not in [0, 1]", confidence));
    }
    return new Fixer(rules, confidence);
  }

  /** The rules whose suggestions this fixer applies. */
  public Set<String> rules() {
    return rules;
  }

  /** The confidence a finding needs to be fixed. */
  public double minConfidence() {
    return minConfidence;
  }

  /** Whether articles read in {@code format} can be fixed: plain text and Markdown. */
  public static boolean supports(Format format) {
    return format == Format.TEXT || format == Format.MARKDOWN;
  }

  /** Whether this fixer tries to apply {@code finding}: a selected rule, at or above the confidence. */
  public boolean selects(Finding finding) {
    return rules.contains(finding.ruleId()) && finding.confidence() >= minConfidence;
  }

  /**
   * Applies the selected findings' first suggestions to the original input.
   *
   * @param report an audit of the article
   * @param source the article's source map (its original input), from {@code article.sourceMap()} or
   *     {@link ReportBatch#sources()}
   * @throws IllegalArgumentException if the report's format is not {@linkplain #supports(Format) supported}
   */
  public Fixes fix(Report report, SourceMap source) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(source, "source");
    if (!supports(report.format())) {
      throw new IllegalArgumentException(report.format().id() + " input cannot be fixed: only text and Markdown");
    }
    return FixPlanner.plan(report, source, this::selects);
  }
}
