package org.copydesk.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.copydesk.article.Span;
import org.copydesk.rule.Category;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;

/**
 * One problem found in an article. Immutable.
 *
 * @param ruleId the rule that found it
 * @param category the rule's family
 * @param severity its severity after policy
 * @param confidence how sure the rule is, 0 to 1
 * @param message what is wrong
 * @param span where, in the article's normalised text
 * @param location where, in the original input
 * @param excerpt the exact text under {@code span}
 * @param suggestions proposed fixes, best first
 * @param evidence what the rule based its judgement on, sorted by key
 */
public record Finding(
    String ruleId,
    Category category,
    Severity severity,
    double confidence,
    String message,
    Span span,
    Location location,
    String excerpt,
    List<Suggestion> suggestions,
    Map<String, String> evidence) {

  /** Document order, then rule id, then message: the order of every report. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::span)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(excerpt, "excerpt");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " not in [0, 1]");
    }
    suggestions = List.copyOf(suggestions);
    evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(evidence));
  }

  /** A copy with another severity. */
  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, category, s, confidence, message, span, location, excerpt, suggestions, evidence);
  }
}
