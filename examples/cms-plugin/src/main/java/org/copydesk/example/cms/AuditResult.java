package org.copydesk.example.cms;

import java.time.Duration;
import java.util.Objects;
import org.copydesk.report.Report;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Severity;

/**
 * What saving one draft revision found: the audit's report, or why there is none. This is what a CMS shows
 * beside the editor ({@link #message()} is one line for a status bar). Immutable.
 *
 * @param draftId the CMS's id of the draft
 * @param status whether the copy was checked
 * @param report the audit, present only when {@code status} is {@link Status#CHECKED}; otherwise {@code null}
 * @param message one line for the editor: the verdict and counts, or what went wrong
 */
public record AuditResult(String draftId, Status status, Report report, String message) {

  /** Whether the copy was checked, and if not, why. */
  public enum Status {
    /** Audited; {@link AuditResult#report()} holds the report. */
    CHECKED,
    /** The audit did not finish within the gate's time limit; the copy was not checked. */
    TIMED_OUT,
    /** The content cannot be read as an article (empty, malformed JSON, too large ...); nothing to check. */
    INVALID_INPUT,
    /** The audit could not run or failed unexpectedly (a full audit pool, an interrupted save, a bug). */
    ERROR
  }

  public AuditResult {
    Objects.requireNonNull(draftId, "draftId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    if ((status == Status.CHECKED) != (report != null)) {
      throw new IllegalArgumentException("a report comes with CHECKED and only with it");
    }
  }

  static AuditResult checked(String draftId, Report report) {
    long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
    return new AuditResult(draftId, Status.CHECKED, report, report.verdict() + ": score " + report.score().overall()
        + "/100, " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
        + (warnings == 1 ? " warning" : " warnings"));
  }

  static AuditResult timedOut(String draftId, Duration limit) {
    return new AuditResult(draftId, Status.TIMED_OUT, null,
        "audit timed out after " + limit.toMillis() + " ms; the copy was not checked");
  }

  static AuditResult invalidInput(String draftId, String why) {
    return new AuditResult(draftId, Status.INVALID_INPUT, null, "cannot audit the draft: " + why);
  }

  static AuditResult error(String draftId, String why) {
    return new AuditResult(draftId, Status.ERROR, null, why);
  }

  /** Whether the copy was audited (whatever the verdict). */
  public boolean checked() {
    return status == Status.CHECKED;
  }

  /** Whether {@link ArticleGate#publish} lets this revision through: checked, and not FAIL. */
  public boolean publishable() {
    return checked() && report.verdict() != Verdict.FAIL;
  }
}
