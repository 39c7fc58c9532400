package org.copydesk.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.rule.Category;
import org.copydesk.rule.Severity;

/**
 * One way for an article to fail a policy ({@code failOn} in a policy file, {@code --fail-on} on the command
 * line). An article fails when any of its policy's conditions is met. Written as:
 *
 * <ul>
 *   <li>a severity, {@code error}, {@code warning} or {@code info}: a finding at or above it;
 *   <li>{@code score<N}: an overall score below {@code N} (0 to 100);
 *   <li>a category, {@code provenance}, {@code integrity}, {@code language}, {@code claims} or {@code style}: a
 *       finding in that category that would make the article WARN, that is at or above the policy's
 *       {@code warnOn} severity.
 * </ul>
 *
 * <p>{@code never} is the empty list of conditions. Immutable.
 */
public sealed interface FailCondition {

  /** What the syntax accepts, for messages. */
  String EXPECTED = "error, warning, info, never, score<N (N from 0 to 100) or a category ("
      + String.join(", ", Arrays.stream(Category.values()).map(Category::id).toList()) + ")";

  /** Whether an article with these findings and this score fails on this condition under {@code policy}. */
  boolean isMet(List<Finding> findings, Score score, Policy policy);

  /** The condition as written in a policy: {@code error}, {@code score<60}, {@code claims}. */
  String id();

  /**
   * A finding at or above a severity.
   *
   * @param severity the least severity that fails
   */
  record AtLeast(Severity severity) implements FailCondition {
    public AtLeast {
      Objects.requireNonNull(severity, "severity");
    }

    @Override
    public boolean isMet(List<Finding> findings, Score score, Policy policy) {
      return findings.stream().anyMatch(f -> f.severity().atLeast(severity));
    }

    @Override
    public String id() {
      return severity.id();
    }
  }

  /**
   * An overall score below a threshold.
   *
   * @param threshold the least score that passes, 0 to 100
   */
  record ScoreBelow(int threshold) implements FailCondition {
    public ScoreBelow {
      if (threshold < 0 || threshold > 100) {
        throw new IllegalArgumentException("score<" + threshold + ": N must be from 0 to 100");
      }
    }

    @Override
    public boolean isMet(List<Finding> findings, Score score, Policy policy) {
      return score.overall() < threshold;
    }

    @Override
    public String id() {
      return "score<" + threshold;
    }
  }

  /**
   * A finding in a category at or above the policy's {@code warnOn} severity.
   *
   * @param category the category
   */
  record InCategory(Category category) implements FailCondition {
    public InCategory {
      Objects.requireNonNull(category, "category");
    }

    @Override
    public boolean isMet(List<Finding> findings, Score score, Policy policy) {
      return findings.stream().anyMatch(f -> f.category() == category && f.severity().atLeast(policy.warnOn()));
    }

    @Override
    public String id() {
      return category.id();
    }
  }

  /**
   * Parses one condition, or {@code never} (the empty list); a comma-separated list of conditions is accepted
   * too ({@code error,score<60}).
   *
   * @throws IllegalArgumentException naming the bad part and what is expected, when the text is not one
   */
  static List<FailCondition> parse(String text) {
    List<FailCondition> out = new ArrayList<>();
    String[] parts = text.split(",", -1);
    boolean never = false;
    for (String part : parts) {
      String p = part.strip();
      if (p.equalsIgnoreCase("never")) {
        never = true;
        continue;
      }
      FailCondition c = parseOne(p);
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    if (never && (parts.length > 1)) {
      throw new IllegalArgumentException("'never' cannot be combined with other conditions in '" + text.strip()
          + "'; expected never alone, or a list of " + EXPECTED);
    }
    return List.copyOf(out);
  }

  private static FailCondition parseOne(String p) {
    String s = p.toLowerCase(Locale.ROOT);
    Matcher m = Pattern.compile("score\\s*<\\s*(\\d{1,3})").matcher(s);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      if (n > 100) {
        throw new IllegalArgumentException("'" + p + "' is out of range; expected score<N with N from 0 to 100");
      }
      return new ScoreBelow(n);
    }
    for (Severity v : Severity.values()) {
      if (v.id().equals(s)) {
        return new AtLeast(v);
      }
    }
    for (Category c : Category.values()) {
      if (c.id().equals(s)) {
        return new InCategory(c);
      }
    }
    throw new IllegalArgumentException("unknown fail condition '" + p + "'; expected " + EXPECTED);
  }

  /** The conditions as written in a policy: {@code never}, or the ids joined with commas. */
  static String format(List<FailCondition> conditions) {
    return conditions.isEmpty() ? "never" : String.join(",", conditions.stream().map(FailCondition::id).toList());
  }
}
