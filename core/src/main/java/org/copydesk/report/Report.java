package org.copydesk.report;

import java.util.List;
import java.util.Objects;
import org.copydesk.article.Format;
import org.copydesk.rule.Severity;

/**
 * The audit of one article: findings in document order, scores, the verdict and any rule failures.
 * Immutable.
 *
 * @param source where the article came from
 * @param format the format it was read as
 * @param title its title, or {@code null}
 * @param language its declared or detected language ({@code und} when unknown)
 * @param findings findings in {@link Finding#ORDER}
 * @param score scores and deductions
 * @param verdict PASS, WARN or FAIL under the policy
 * @param errors rules that failed on this article
 * @param ruleSetVersion the version of the rules that produced it
 * @param provenance the provenance summary: AI use declared, suspected or not seen, and the signals measured
 * @param suppressed findings switched off by inline comments in the article, in document order; they do not
 *     count towards the score or the verdict
 * @param claims the quantitative claims the rules recognised, attributed or not, in document order, each with its
 *     status: the list a fact-checking desk works from
 */
public record Report(
    String source,
    Format format,
    String title,
    String language,
    List<Finding> findings,
    Score score,
    Verdict verdict,
    List<ProcessingError> errors,
    String ruleSetVersion,
    Provenance provenance,
    List<Suppressed> suppressed,
    List<Claim> claims) {

  public Report {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(provenance, "provenance");
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  /** A report without a claims list. */
  public Report(String source, Format format, String title, String language, List<Finding> findings, Score score,
      Verdict verdict, List<ProcessingError> errors, String ruleSetVersion, Provenance provenance,
      List<Suppressed> suppressed) {
    this(source, format, title, language, findings, score, verdict, errors, ruleSetVersion, provenance, suppressed,
        List.of());
  }

  /** A report with nothing suppressed. */
  public Report(String source, Format format, String title, String language, List<Finding> findings, Score score,
      Verdict verdict, List<ProcessingError> errors, String ruleSetVersion, Provenance provenance) {
    this(source, format, title, language, findings, score, verdict, errors, ruleSetVersion, provenance, List.of());
  }

  /**
   * A copy in which the live findings {@code which} selects are moved to {@link #suppressed()} under
   * {@code directive}, with the score, verdict and provenance summary recomputed under {@code policy}. Used for
   * baselines and for audits restricted to changed lines.
   */
  public Report withSuppressed(java.util.function.Predicate<Finding> which, String directive, String reason,
      Policy policy) {
    List<Finding> live = new java.util.ArrayList<>();
    List<Suppressed> moved = new java.util.ArrayList<>(suppressed);
    for (Finding f : findings) {
      if (which.test(f)) {
        moved.add(new Suppressed(f, directive, reason, f.location().line()));
      } else {
        live.add(f);
      }
    }
    if (live.size() == findings.size()) {
      return this;
    }
    moved.sort(java.util.Comparator.comparing(Suppressed::finding, Finding.ORDER));
    Score s = Score.of(live, policy);
    return new Report(source, format, title, language, live, s, verdict(live, s, policy), errors, ruleSetVersion,
        Provenance.of(live, moved, provenance.signals()), moved, claims);
  }

  /** Findings at or above a severity. */
  public List<Finding> findingsAtLeast(Severity severity) {
    return findings.stream().filter(f -> f.severity().atLeast(severity)).toList();
  }

  /**
   * The verdict for findings and score under a policy: FAIL when one of its {@code failOn} conditions is met, or
   * (unless {@code failOn} is never or has a {@code score<N} of its own) the score is below {@code failBelow};
   * else WARN when a finding is at or above {@code warnOn} or the score is below {@code warnBelow}; else PASS.
   */
  public static Verdict verdict(List<Finding> findings, Score score, Policy policy) {
    if (!policy.neverFails()) {
      boolean ownScore = policy.failOn().stream().anyMatch(c -> c instanceof FailCondition.ScoreBelow);
      boolean fail = (!ownScore && score.overall() < policy.failBelow())
          || policy.failOn().stream().anyMatch(c -> c.isMet(findings, score, policy));
      if (fail) {
        return Verdict.FAIL;
      }
    }
    boolean warn = score.overall() < policy.warnBelow()
        || findings.stream().anyMatch(f -> f.severity().atLeast(policy.warnOn()));
    return warn ? Verdict.WARN : Verdict.PASS;
  }
}
