package org.copydesk.example.cms;

import java.util.List;
import java.util.Optional;
import org.copydesk.report.Finding;

/**
 * {@link ArticleGate#publish} refused a draft: its audit failed the policy, or its copy was never checked (the
 * audit timed out or could not run, the content was invalid, or the draft was never saved through the gate).
 * The message is one line for the editor.
 */
public final class PublishBlockedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String draftId;
  private final transient AuditResult result;
  private final transient List<Finding> blockingFindings;

  PublishBlockedException(String draftId, String message, AuditResult result, List<Finding> blockingFindings) {
    super(draftId + ": publishing blocked: " + message);
    this.draftId = draftId;
    this.result = result;
    this.blockingFindings = List.copyOf(blockingFindings);
  }

  /** The draft that was refused. */
  public String draftId() {
    return draftId;
  }

  /** The latest save's result, empty when the draft was never saved through the gate. */
  public Optional<AuditResult> result() {
    return Optional.ofNullable(result);
  }

  /**
   * The findings that failed the article, in document order: those that meet one of the policy's
   * {@code failOn} conditions on their own (an error, a finding in a failing category), or, when only the
   * overall score failed it, every finding that cost points. Empty when the copy was not checked.
   */
  public List<Finding> blockingFindings() {
    return blockingFindings;
  }

  /** Whether the copy was audited and failed (rather than never checked). */
  public boolean failedAudit() {
    return result != null && result.checked() && !result.publishable();
  }
}
