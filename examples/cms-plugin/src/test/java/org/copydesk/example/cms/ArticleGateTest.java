package org.copydesk.example.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;
import org.copydesk.report.Policy;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleGateTest {
  /** Built once for every test, as a CMS would. */
  private static final Copydesk COPYDESK = ArticleGate.buildCopydesk(null);
  /** Far above any real audit: these tests never depend on timing, only on the gate's logic. */
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private final List<String> published = Collections.synchronizedList(new ArrayList<>());
  private ExecutorService pool;
  private ArticleGate gate;

  @BeforeEach
  void setUp() {
    pool = Executors.newFixedThreadPool(2);
    gate = gate(pool);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  private ArticleGate gate(Executor executor) {
    return new ArticleGate(COPYDESK, executor, LIMIT, (id, content, format) -> published.add(id + ":" + content));
  }

  @Test
  void theSeedArticleIsBlockedAtPublishWithTheFindingsThatFailedIt() {
    AuditResult saved = gate.onSave("sco", Fixtures.read("seed/sco-chairmanship.txt"), Format.TEXT);

    assertThat(saved.status()).isEqualTo(AuditResult.Status.CHECKED);
    assertThat(saved.report().verdict()).isEqualTo(Verdict.FAIL);
    assertThat(saved.message()).startsWith("FAIL: score ");
    PublishBlockedException blocked = catchThrowableOfType(PublishBlockedException.class, () -> gate.publish("sco"));
    assertThat(blocked).isNotNull();
    assertThat(blocked.failedAudit()).isTrue();
    assertThat(blocked.draftId()).isEqualTo("sco");
    assertThat(blocked.getMessage()).startsWith("sco: publishing blocked: the audit failed (FAIL: score ");
    // the default policy fails on errors: exactly the error findings block, the warnings do not
    List<Finding> errors = saved.report().findingsAtLeast(Severity.ERROR);
    assertThat(errors).isNotEmpty();
    assertThat(blocked.blockingFindings()).containsExactlyElementsOf(errors);
    assertThat(blocked.blockingFindings()).extracting(Finding::ruleId).contains("provenance.ai-disclosure");
    assertThat(saved.report().findings()).hasSizeGreaterThan(errors.size());
    assertThat(published).isEmpty();
  }

  @Test
  void aCleanArticlePublishesTheContentThatWasAudited() throws Exception {
    String json = Fixtures.read("clean/tech-earnings.json");
    AuditResult saved = gate.onSave("earnings", json, Format.JSON);

    assertThat(saved.report().verdict()).isEqualTo(Verdict.PASS);
    assertThat(gate.publish("earnings")).isEqualTo(saved);
    assertThat(published).containsExactly("earnings:" + json);
  }

  @Test
  void aWarningDoesNotBlock() throws Exception {
    // clean copy, but plain text has no byline: the house rule warns and the article still goes out
    AuditResult saved = gate.onSave("budget", Fixtures.read("clean/budget-council.txt"), null);

    assertThat(saved.report().verdict()).isEqualTo(Verdict.WARN);
    assertThat(saved.report().findings()).extracting(Finding::ruleId).containsExactly(MissingByline.ID);
    gate.publish("budget");
    assertThat(published).hasSize(1);
  }

  @Test
  void theLatestSaveDecides() throws Exception {
    gate.onSave("d1", Fixtures.read("clean/tech-earnings.json"), Format.JSON);
    gate.onSave("d1", Fixtures.read("seed/sco-chairmanship.json"), Format.JSON);
    assertThat(catchThrowableOfType(PublishBlockedException.class, () -> gate.publish("d1"))).isNotNull();

    gate.onSave("d1", Fixtures.read("clean/tech-earnings.json"), Format.JSON);
    gate.publish("d1");
    assertThat(published).hasSize(1);
    assertThat(gate.latest("d1")).get().extracting(AuditResult::publishable).isEqualTo(true);
  }

  @Test
  void anAuditThatNeverFinishesIsATimeoutAndTheDraftIsBlocked() {
    // an executor that never runs its task: the audit cannot finish within any limit
    List<Runnable> neverRun = new ArrayList<>();
    ArticleGate stuck = new ArticleGate(COPYDESK, neverRun::add, Duration.ofMillis(50),
        (id, content, format) -> published.add(id));

    AuditResult saved = stuck.onSave("late", Fixtures.read("clean/tech-earnings.json"), Format.JSON);

    assertThat(saved.status()).isEqualTo(AuditResult.Status.TIMED_OUT);
    assertThat(saved.report()).isNull();
    assertThat(saved.message()).isEqualTo("audit timed out after 50 ms; the copy was not checked");
    assertThat(stuck.latest("late")).contains(saved);
    PublishBlockedException blocked = catchThrowableOfType(PublishBlockedException.class, () -> stuck.publish("late"));
    assertThat(blocked).isNotNull();
    assertThat(blocked.failedAudit()).isFalse();
    assertThat(blocked.blockingFindings()).isEmpty();
    assertThat(blocked.result()).contains(saved);
    assertThat(blocked.getMessage()).contains("audit timed out").contains("save it again");
    assertThat(published).isEmpty();
    // the timed-out task was cancelled: should the executor get to it later, it does not audit
    assertThat(neverRun).singleElement()
        .isInstanceOfSatisfying(Future.class, f -> assertThat(f.isCancelled()).isTrue());
  }

  @Test
  void aFullPoolIsReportedAndBlocks() {
    ArticleGate full = gate(task -> {
      throw new RejectedExecutionException("full");
    });

    AuditResult saved = full.onSave("busy", Fixtures.read("clean/tech-earnings.json"), Format.JSON);

    assertThat(saved.status()).isEqualTo(AuditResult.Status.ERROR);
    assertThat(saved.message()).startsWith("audit not run: the audit pool is full");
    assertThat(catchThrowableOfType(PublishBlockedException.class, () -> full.publish("busy"))).isNotNull();
    assertThat(published).isEmpty();
  }

  @Test
  void emptyContentIsAClearResultNotAStackTrace() {
    AuditResult saved = gate.onSave("blank", "", Format.TEXT);

    assertThat(saved.status()).isEqualTo(AuditResult.Status.INVALID_INPUT);
    assertThat(saved.message()).isEqualTo("cannot audit the draft: blank: empty input: no text to audit");
    PublishBlockedException blocked = catchThrowableOfType(PublishBlockedException.class, () -> gate.publish("blank"));
    assertThat(blocked.getMessage()).isEqualTo(
        "blank: publishing blocked: cannot audit the draft: blank: empty input: no text to audit; "
            + "save it again to have it checked");
  }

  @Test
  void malformedJsonIsAClearResult() {
    AuditResult saved = gate.onSave("broken", "{\"title\": \"Budget\", \"body\": ", Format.JSON);

    assertThat(saved.status()).isEqualTo(AuditResult.Status.INVALID_INPUT);
    assertThat(saved.message()).startsWith("cannot audit the draft: broken: invalid JSON").doesNotContain("\n");
    assertThat(saved.publishable()).isFalse();
  }

  @Test
  void aDraftNeverSavedCannotBePublished() {
    PublishBlockedException blocked = catchThrowableOfType(PublishBlockedException.class, () -> gate.publish("x"));

    assertThat(blocked.getMessage()).isEqualTo(
        "x: publishing blocked: the draft was never saved through the gate, so it was not checked");
    assertThat(blocked.result()).isEmpty();
  }

  @Test
  void failingOnTheScoreAloneBlocksWithEveryFinding() throws Exception {
    // fail below 100 and never on a severity: the seed fails on its score, and every finding cost points
    Policy scoreOnly = Policy.parse("failOn: score<100\n", "score-only.yaml");
    ArticleGate strict = new ArticleGate(Copydesk.builder().policy(scoreOnly).build(), pool, LIMIT,
        (id, content, format) -> published.add(id));

    AuditResult saved = strict.onSave("sco", Fixtures.read("seed/sco-chairmanship.md"), Format.MARKDOWN);

    PublishBlockedException blocked = catchThrowableOfType(PublishBlockedException.class, () -> strict.publish("sco"));
    assertThat(blocked.blockingFindings()).isEqualTo(saved.report().findings()).isNotEmpty();
  }

  @Test
  void aPolicyFileConfiguresTheHouseRule(@TempDir Path dir) throws Exception {
    Path policy = dir.resolve("copydesk.yaml");
    Files.writeString(policy, "rules:\n  provenance.missing-byline:\n    severity: error\n");
    ArticleGate strict = new ArticleGate(ArticleGate.buildCopydesk(policy), pool, LIMIT,
        (id, content, format) -> published.add(id));

    strict.onSave("budget", Fixtures.read("clean/budget-council.txt"), Format.TEXT);

    PublishBlockedException blocked =
        catchThrowableOfType(PublishBlockedException.class, () -> strict.publish("budget"));
    assertThat(blocked.blockingFindings()).extracting(Finding::ruleId).containsExactly(MissingByline.ID);
    assertThat(published).isEmpty();
  }
}
