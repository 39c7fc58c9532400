package org.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.article.Format;
import org.copydesk.article.Limits;
import org.copydesk.report.Finding;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Report;
import org.copydesk.rule.Severity;
import org.copydesk.testing.TestRules;
import org.junit.jupiter.api.Test;

/** A rule's findings over {@link Limits#maxFindingsPerRule()} are left out, and the report says how many. */
class FindingsLimitTest {
  private static final String TEXT = "Title\n\n" + "The vote was close and the vote was final. ".repeat(30) + "\n";

  private static Copydesk copydesk(int max) {
    return Copydesk.builder()
        .addPack(TestRules.pack("p", TestRules.word("style.vote", Severity.INFO, "vote"),
            TestRules.word("style.close", Severity.INFO, "close")))
        .limits(Limits.defaults().withMaxFindingsPerRule(max))
        .build();
  }

  @Test
  void findingsOverTheLimitAreCountedNotSilentlyDropped() throws Exception {
    Report r = copydesk(25).audit(TEXT, Format.TEXT, "a.txt");
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("style.vote")).hasSize(25);
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("style.close")).hasSize(25);
    assertThat(r.errors()).containsExactly(
        new ProcessingError("style.close", "too many findings: reported the first 25 and left out 5 more; the max "
            + "findings per rule per article is 25"),
        new ProcessingError("style.vote", "too many findings: reported the first 25 and left out 35 more; the max "
            + "findings per rule per article is 25"));
  }

  @Test
  void theFirstFindingsInTheTextAreKept() throws Exception {
    Report all = copydesk(1000).audit(TEXT, Format.TEXT, "a.txt");
    Report capped = copydesk(10).audit(TEXT, Format.TEXT, "a.txt");
    assertThat(all.errors()).isEmpty();
    assertThat(all.findings()).filteredOn(f -> f.ruleId().equals("style.vote")).hasSize(60);
    assertThat(capped.findings()).filteredOn(f -> f.ruleId().equals("style.vote")).map(Finding::span)
        .containsExactlyElementsOf(all.findings().stream().filter(f -> f.ruleId().equals("style.vote"))
            .map(Finding::span).limit(10).toList());
  }

  @Test
  void underTheLimitNothingIsSaid() throws Exception {
    Report r = copydesk(60).audit(TEXT, Format.TEXT, "a.txt");
    assertThat(r.errors()).isEmpty();
    assertThat(r.findings()).hasSize(90);
  }
}
