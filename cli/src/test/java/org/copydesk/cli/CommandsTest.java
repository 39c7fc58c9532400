package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.Copydesk;
import org.copydesk.rule.RuleDescriptor;
import org.junit.jupiter.api.Test;

/** {@code rules}, {@code explain}, {@code --version}, {@code --help}. */
class CommandsTest {
  private static final List<String> RULE_IDS = List.of(
      "claims.inconsistent-figure",
      "claims.not-in-source",
      "claims.unattributed-figure",
      "integrity.duplicate-headline",
      "integrity.off-topic-branding",
      "integrity.template-residue",
      "language.house-style",
      "language.misspelling",
      "language.name-typo",
      "language.name-variant",
      "language.term-typo",
      "provenance.ai-disclosure",
      "provenance.assistant-leakage",
      "provenance.dangling-attribution",
      "provenance.declared-provenance",
      "provenance.hidden-unicode",
      "provenance.provenance-conflict",
      "style.llm-phrasing");

  @Test
  void rulesListsEveryRule() {
    Cli.Result r = Cli.run("rules");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(RULE_IDS);
    List<String> ruleLines = r.out().lines().filter(l -> RULE_IDS.stream().anyMatch(l::startsWith)).toList();
    assertThat(ruleLines).hasSize(RULE_IDS.size());
    assertThat(Copydesk.builder().build().rules()).extracting(RuleDescriptor::id)
        .containsExactlyInAnyOrderElementsOf(RULE_IDS);
  }

  @Test
  void explainPrintsSummaryAndRationale() {
    RuleDescriptor d = Copydesk.builder().build().rule("provenance.ai-disclosure").orElseThrow();
    Cli.Result r = Cli.run("explain", "provenance.ai-disclosure");

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("provenance.ai-disclosure").contains(d.summary()).contains("Why it matters");
  }

  @Test
  void explainUnknownRuleIsAUsageError() {
    Cli.Result r = Cli.run("explain", "nope");

    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("copydesk:").contains("nope");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void version() {
    Cli.Result r = Cli.run("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("copydesk ").doesNotContain("${").doesNotContain("unknown");
  }

  @Test
  void help() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("check", "rules", "explain", "Exit codes");
  }

  @Test
  void checkHelpListsExitCodes() {
    Cli.Result r = Cli.run("check", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--format", "--fail-on", "--policy", "--output", "Exit codes");
  }
}
