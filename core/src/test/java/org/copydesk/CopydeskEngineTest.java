package org.copydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.Span;
import org.copydesk.report.Finding;
import org.copydesk.report.Location;
import org.copydesk.report.Policy;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Report;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.testing.TestRules;
import org.junit.jupiter.api.Test;

class CopydeskEngineTest {
  static final String STORY = "Budget Talks\n\n"
      + "The budget vote failed on Monday. Officials said the vote would return.\n\n"
      + "The budget office said nothing.\n";

  private static Article story() throws Exception {
    return Articles.parse(STORY, Format.TEXT, "story.txt");
  }

  private static Copydesk copydesk(Policy policy) {
    return Copydesk.builder()
        .policy(policy)
        .addPack(TestRules.pack("alpha",
            TestRules.word("claims.budget", Severity.WARNING, "budget"),
            TestRules.throwing("integrity.boom")))
        .addPack(TestRules.pack("beta", TestRules.word("style.vote", Severity.INFO, "vote")))
        .build();
  }

  @Test
  void findingsInDocumentOrderWithLocations() throws Exception {
    Report r = copydesk(Policy.defaults()).audit(story());
    assertThat(r.findings()).extracting(Finding::ruleId, Finding::excerpt, Finding::location, Finding::span)
        .containsExactly(
            tuple("claims.budget", "budget", new Location(3, 5, 3, 11), new Span(18, 24)),
            tuple("style.vote", "vote", new Location(3, 12, 3, 16), new Span(25, 29)),
            tuple("style.vote", "vote", new Location(3, 54, 3, 58), new Span(67, 71)),
            tuple("claims.budget", "budget", new Location(5, 5, 5, 11), new Span(91, 97)));
    Finding first = r.findings().get(0);
    assertThat(first.category()).isEqualTo(Category.CLAIMS);
    assertThat(first.severity()).isEqualTo(Severity.WARNING);
    assertThat(first.confidence()).isEqualTo(1.0);
    assertThat(first.message()).isEqualTo("found \"budget\"");
    assertThat(r.source()).isEqualTo("story.txt");
    assertThat(r.format()).isEqualTo(Format.TEXT);
    assertThat(r.title()).isEqualTo("Budget Talks");
    assertThat(r.language()).isEqualTo("en");
    assertThat(r.ruleSetVersion()).isEqualTo("alpha-1.0+beta-1.0");
  }

  @Test
  void withPolicyKeepsTheAddedPacksAndChecksRuleNames() throws Exception {
    Copydesk base = copydesk(Policy.defaults());
    Copydesk quiet = base.withPolicy(Policy.parse("rules:\n  style.vote:\n    enabled: false\n", "p"));
    assertThat(quiet.ruleSetVersion()).isEqualTo(base.ruleSetVersion());
    assertThat(quiet.audit(story()).findings()).extracting(Finding::ruleId)
        .containsExactly("claims.budget", "claims.budget");
    assertThat(base.audit(story()).findings()).hasSize(4);
    assertThat(base.withPolicy(Policy.defaults())).isSameAs(base);
    assertThatThrownBy(() -> base.withPolicy(Policy.parse("rules:\n  style.nope:\n    enabled: false\n", "p")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("style.nope");
  }

  @Test
  void anInterruptedThreadStopsTheAuditBeforeTheNextRule() throws Exception {
    java.util.List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
    Rule first = recording("claims.first", ran, true);
    Rule second = recording("style.second", ran, false);
    Copydesk c = Copydesk.builder().addPack(TestRules.pack("p", first, second)).build();
    Article a = story();
    try {
      assertThatThrownBy(() -> c.audit(a)).isInstanceOf(java.util.concurrent.CancellationException.class);
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt status stays set").isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(ran).containsExactly("claims.first");
    ran.clear();
    assertThat(c.audit(a).findings()).isEmpty(); // not interrupted: every rule runs
    assertThat(ran).containsExactly("claims.first", "style.second");
  }

  /** A rule that records that it ran and, if asked, interrupts its own thread (as a timeout would). */
  private static Rule recording(String id, java.util.List<String> ran, boolean interrupt) {
    boolean[] once = {interrupt};
    return custom(id, ctx -> {
      ran.add(id);
      if (once[0]) {
        once[0] = false;
        Thread.currentThread().interrupt();
      }
    });
  }

  @Test
  void aFailingRuleIsReportedAndTheOthersStand() throws Exception {
    Report r = copydesk(Policy.defaults()).audit(story());
    assertThat(r.errors()).containsExactly(new ProcessingError("integrity.boom", "IllegalStateException: boom"));
    assertThat(r.findings()).hasSize(4);
    // 2 warnings x 10 + 2 infos x 1 = 22 points.
    assertThat(r.score().overall()).isEqualTo(78);
    assertThat(r.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void policyDisablesARule() throws Exception {
    Policy p = Policy.parse("rules:\n  style.vote:\n    enabled: false\n", "p");
    Report r = copydesk(p).audit(story());
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("claims.budget", "claims.budget");
    assertThat(r.score().overall()).isEqualTo(80);
  }

  @Test
  void policyDisablesAFailingRule() throws Exception {
    Policy p = Policy.parse("rules:\n  integrity.boom:\n    enabled: false\n", "p");
    assertThat(copydesk(p).audit(story()).errors()).isEmpty();
  }

  @Test
  void policyOverridesSeverity() throws Exception {
    Policy p = Policy.parse("rules:\n  claims.budget:\n    severity: error\n", "p");
    Report r = copydesk(p).audit(story());
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("claims.budget"))
        .extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.ERROR);
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("style.vote"))
        .extracting(Finding::severity).containsOnly(Severity.INFO);
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.findingsAtLeast(Severity.ERROR)).hasSize(2);
  }

  @Test
  void failOnNeverOnlyWarns() throws Exception {
    Policy p = Policy.parse("failOn: never\nrules:\n  claims.budget:\n    severity: error\n", "p");
    assertThat(copydesk(p).audit(story()).verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void minConfidenceFilters() throws Exception {
    Copydesk c = Copydesk.builder()
        .addPack(TestRules.pack("p",
            TestRules.word("style.low", Severity.INFO, "budget", 0.49),
            TestRules.word("style.edge", Severity.INFO, "vote", 0.5)))
        .build();
    Report r = c.audit(story());
    assertThat(r.findings()).extracting(Finding::ruleId, Finding::confidence)
        .containsOnly(tuple("style.edge", 0.5));
    assertThat(r.findings()).hasSize(2);

    Policy all = new Policy(Severity.ERROR, Severity.WARNING, 0.0, 50, 80, null, 30, null);
    Copydesk permissive = Copydesk.builder().policy(all)
        .addPack(TestRules.pack("p", TestRules.word("style.low", Severity.INFO, "budget", 0.49)))
        .build();
    assertThat(permissive.audit(story()).findings()).hasSize(2)
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(0.49));
  }

  @Test
  void duplicateRuleIdsAreRejected() {
    assertThatThrownBy(() -> Copydesk.builder()
        .addPack(TestRules.pack("a", TestRules.word("claims.budget", Severity.WARNING, "budget")))
        .addPack(TestRules.pack("b", TestRules.word("claims.budget", Severity.INFO, "vote")))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claims.budget");
  }

  @Test
  void policyNamingAnUnknownRuleIsRejected() {
    Policy p = Policy.parse("rules:\n  claims.budgte:\n    enabled: false\n", "p");
    assertThatThrownBy(() -> copydesk(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claims.budgte");
  }

  @Test
  void rulesAreListedById() {
    Copydesk c = copydesk(Policy.defaults());
    assertThat(c.rules()).extracting(RuleDescriptor::id)
        .containsExactly("claims.budget", "integrity.boom", "style.vote");
    assertThat(c.rule("style.vote")).hasValueSatisfying(d -> assertThat(d.category()).isEqualTo(Category.STYLE));
    assertThat(c.rule("style.none")).isEmpty();
    assertThat(c.ruleSetVersion()).isEqualTo("alpha-1.0+beta-1.0");
  }

  @Test
  void auditStringContent() throws Exception {
    Report r = copydesk(Policy.defaults()).audit("# Vote Day\n\nThe **vote** passed.\n", Format.MARKDOWN, "d.md");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("style.vote");
      assertThat(f.location()).isEqualTo(new Location(3, 7, 3, 11));
    });
    assertThat(r.title()).isEqualTo("Vote Day");
  }

  @Test
  void badSpansMessagesAndDoubleEmitsAreRuleErrors() throws Exception {
    Rule emptySpan = custom("style.empty", ctx -> ctx.report(new Span(3, 3)).message("x").emit());
    Rule noMessage = custom("style.silent", ctx -> ctx.report(new Span(0, 3)).emit());
    Rule twice = custom("style.twice", ctx -> {
      RuleContext.FindingBuilder b = ctx.report(new Span(0, 3)).message("x");
      b.emit();
      b.emit();
    });
    Rule good = custom("style.good", ctx -> ctx.report(new Span(0, 6)).message("ok")
        .suggest(Suggestion.replace("Budgets")).evidence("k", "v").emit());
    Report r = Copydesk.builder().addPack(TestRules.pack("p", emptySpan, noMessage, twice, good)).build()
        .audit(story());
    assertThat(r.errors()).extracting(ProcessingError::ruleId)
        .containsExactly("style.empty", "style.silent", "style.twice");
    assertThat(r.errors().get(0).message()).startsWith("IllegalArgumentException: style.empty: span");
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("style.good");
    Finding f = r.findings().get(0);
    assertThat(f.excerpt()).isEqualTo("Budget");
    assertThat(f.suggestions()).containsExactly(new Suggestion("Budgets", "replace with \"Budgets\""));
    assertThat(f.evidence()).containsExactly(org.assertj.core.api.Assertions.entry("k", "v"));
  }

  @Test
  void duplicateFindingsOfOneRuleAreMerged() throws Exception {
    Rule dup = custom("style.dup", ctx -> {
      ctx.report(new Span(0, 6)).message("first").emit();
      ctx.report(new Span(0, 6)).message("second").emit();
    });
    Report r = Copydesk.builder().addPack(TestRules.pack("p", dup)).build().audit(story());
    assertThat(r.findings()).extracting(Finding::message).containsExactly("first");
  }

  private interface Check {
    void run(RuleContext ctx);
  }

  private static Rule custom(String id, Check check) {
    RuleDescriptor d = TestRules.descriptor(id, Severity.WARNING, "Custom.");
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return d;
      }

      @Override
      public void check(Article article, RuleContext context) {
        check.run(context);
      }
    };
  }
}
