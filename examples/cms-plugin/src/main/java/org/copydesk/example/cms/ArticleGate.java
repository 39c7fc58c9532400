package org.copydesk.example.cms;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.report.FailCondition;
import org.copydesk.report.Finding;
import org.copydesk.report.Policy;
import org.copydesk.report.Report;

/**
 * What a CMS plugin puts between "save" and "publish": every saved draft is audited (within a time limit) and
 * its latest result kept; publishing a draft whose latest audit FAILed, or whose copy was never checked, is
 * refused with a {@link PublishBlockedException}.
 *
 * <pre>{@code
 * Copydesk copydesk = ArticleGate.buildCopydesk(Path.of("copydesk.yaml"));   // once, at plugin start-up
 * ExecutorService audits = Executors.newFixedThreadPool(4);
 * ArticleGate gate = new ArticleGate(copydesk, audits, Duration.ofSeconds(2), cms::makeLive);
 *
 * AuditResult saved = gate.onSave("draft-42", body, Format.HTML);   // on every save; show saved.message()
 * gate.publish("draft-42");                                         // throws PublishBlockedException
 * }</pre>
 *
 * <p><b>Time limit.</b> Each audit runs on the caller's executor and the saving thread waits at most the time
 * limit for it. A save whose audit does not finish in time is still accepted (the CMS keeps the text) but its
 * result is {@link AuditResult.Status#TIMED_OUT TIMED_OUT}, and such a draft cannot be published until a later
 * save is checked: unchecked copy is treated like failing copy. The timed-out audit is cancelled: one still
 * queued never runs, and a running one is interrupted and stops before the engine's next rule, freeing its pool
 * thread.
 *
 * <p>Thread-safe: any number of threads may save and publish at once. When saves of one draft overlap, the one
 * that started last is kept, whichever finishes first.
 */
public final class ArticleGate {

  /** The CMS's own publishing step, called only for drafts the gate lets through. */
  @FunctionalInterface
  public interface Publisher {
    /**
     * Publishes the revision that was audited.
     *
     * @param draftId the draft
     * @param content the content exactly as saved and audited
     * @param format its format, or {@code null} if it was detected
     */
    void publish(String draftId, String content, Format format);
  }

  /** The latest saved revision of a draft and what its audit found. */
  private record Draft(long revision, String content, Format format, AuditResult result) {}

  private final Copydesk copydesk;
  private final Executor executor;
  private final Duration timeLimit;
  private final Publisher publisher;
  private final ConcurrentMap<String, Draft> drafts = new ConcurrentHashMap<>();
  private final AtomicLong revisions = new AtomicLong();

  /**
   * A gate over a shared Copydesk instance.
   *
   * @param copydesk the instance every audit uses; build it once for the whole CMS
   * @param executor where audits run (a bounded pool of the CMS's choosing)
   * @param timeLimit how long a save waits for its audit; positive
   * @param publisher what publishing a draft does
   */
  public ArticleGate(Copydesk copydesk, Executor executor, Duration timeLimit, Publisher publisher) {
    this.copydesk = Objects.requireNonNull(copydesk, "copydesk");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive, got " + timeLimit);
    }
  }

  /**
   * Builds the Copydesk instance a CMS shares: the rule packs on the class path (the built-in rules and this
   * plugin's {@link HouseRules}) under a policy file, or the default policy.
   *
   * @param policyFile a {@code copydesk.yaml}, or {@code null} for the defaults
   * @throws IllegalArgumentException with a one-line message when the policy file is missing or invalid, or
   *     names a rule no pack provides
   */
  public static Copydesk buildCopydesk(Path policyFile) {
    Copydesk.Builder builder = Copydesk.builder();
    if (policyFile != null) {
      builder.policy(Policy.load(policyFile));
    }
    return builder.build();
  }

  /**
   * Audits a saved draft and keeps the result as the draft's latest. Never throws for bad content: an
   * unreadable draft gives an {@link AuditResult.Status#INVALID_INPUT INVALID_INPUT} result.
   *
   * @param draftId the CMS's id of the draft; it names the article in the report
   * @param content the draft as the CMS stores it
   * @param format its format, or {@code null} to detect it from the content
   * @return what the audit found, or why the copy was not checked
   */
  public AuditResult onSave(String draftId, String content, Format format) {
    Objects.requireNonNull(draftId, "draftId");
    Objects.requireNonNull(content, "content");
    long revision = revisions.incrementAndGet();
    AuditResult result = audit(draftId, content, format);
    drafts.merge(draftId, new Draft(revision, content, format, result),
        (kept, saved) -> saved.revision() > kept.revision() ? saved : kept);
    return result;
  }

  /** The latest save's result for a draft, if it was ever saved through the gate. */
  public Optional<AuditResult> latest(String draftId) {
    return Optional.ofNullable(drafts.get(draftId)).map(Draft::result);
  }

  /**
   * Publishes the latest saved revision of a draft if its audit let it through.
   *
   * @param draftId the draft
   * @return the audit result of the revision that was published (it may carry warnings to show)
   * @throws PublishBlockedException when the latest audit FAILed (with the findings that failed it), or the
   *     copy was not checked: the audit timed out or could not run, the content was invalid, or the draft was
   *     never saved through the gate
   */
  public AuditResult publish(String draftId) throws PublishBlockedException {
    Draft draft = drafts.get(Objects.requireNonNull(draftId, "draftId"));
    if (draft == null) {
      throw new PublishBlockedException(draftId, "the draft was never saved through the gate, so it was not checked",
          null, List.of());
    }
    AuditResult result = draft.result();
    if (!result.checked()) {
      throw new PublishBlockedException(draftId, result.message() + "; save it again to have it checked", result,
          List.of());
    }
    if (!result.publishable()) {
      List<Finding> blocking = blockingFindings(result.report(), copydesk.policy());
      throw new PublishBlockedException(draftId, "the audit failed (" + result.message() + "): "
          + blocking.size() + (blocking.size() == 1 ? " finding" : " findings") + " to resolve", result, blocking);
    }
    publisher.publish(draftId, draft.content(), draft.format());
    return result;
  }

  private AuditResult audit(String draftId, String content, Format format) {
    FutureTask<Report> task = new FutureTask<>(() -> copydesk.audit(content, format, draftId));
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      return AuditResult.error(draftId, "audit not run: the audit pool is full or shut down; the copy was not checked");
    }
    try {
      return AuditResult.checked(draftId, task.get(timeLimit.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      // A queued task will now never run; a running one stops before its next rule.
      task.cancel(true);
      return AuditResult.timedOut(draftId, timeLimit);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      return AuditResult.error(draftId, "audit interrupted; the copy was not checked");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidInputException) {
        return AuditResult.invalidInput(draftId, cause.getMessage());
      }
      return AuditResult.error(draftId, "audit failed (" + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "); the copy was not checked");
    }
  }

  /**
   * The findings that fail a report: those meeting one of the policy's finding conditions on their own, else
   * (the score alone failed it) every finding, since each cost points.
   */
  static List<Finding> blockingFindings(Report report, Policy policy) {
    List<Finding> own = report.findings().stream()
        .filter(f -> policy.failOn().stream()
            .anyMatch(c -> !(c instanceof FailCondition.ScoreBelow) && c.isMet(List.of(f), report.score(), policy)))
        .toList();
    return own.isEmpty() ? report.findings() : own;
  }
}
