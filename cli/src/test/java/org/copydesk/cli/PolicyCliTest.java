package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check} with copydesk.yaml found above each input, --policy and --fail-on conditions. */
class PolicyCliTest {
  /** One misspelling: a language warning, confidence 0.9, score 91, WARN by default. */
  private static final String TYPO = "Budget vote\n\nThe goverment said on Monday that the council would meet"
      + " again next week to discuss the plan.\n";

  @TempDir Path dir;
  private Path repo;
  private Path article;

  @BeforeEach
  void repo() throws IOException {
    repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git")); // the search for copydesk.yaml stops here
    article = write("news/typo.txt", TYPO);
  }

  private Path write(String rel, String text) throws IOException {
    Path p = repo.resolve(rel);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @ParameterizedTest(name = "--fail-on {0} -> exit {1}")
  @CsvSource(delimiter = '|', value = {
      "error | 0",
      "warning | 1",
      "info | 1",
      "never | 0",
      "language | 1",
      "claims | 0",
      "score<92 | 1",
      "score<91 | 0",
      "'error,language' | 1",
      "'error, claims' | 0"})
  void failOnConditions(String condition, int exit) {
    Cli.Result r = Cli.run("check", "--fail-on", condition, article.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(exit);
    assertThat(r.out()).contains(exit == 1 ? "FAIL" : "WARN");
  }

  @Test
  void badFailOnIsAUsageErrorSayingWhatIsExpected() {
    Cli.Result r = Cli.run("check", "--fail-on", "score<abc", article.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("copydesk: --fail-on: unknown fail condition 'score<abc'; expected"
        + " error, warning, info, never, score<N (N from 0 to 100) or a category (provenance, integrity, language,"
        + " claims, style)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theNearestCopydeskYamlAppliesAndFailOnOverridesIt() throws IOException {
    write("copydesk.yaml", "failOn: language\n");
    assertThat(Cli.run("check", article.toString()).code()).isEqualTo(1);
    assertThat(Cli.run("check", "--fail-on", "never", article.toString()).code()).isEqualTo(0);
    write("news/.copydesk.yaml", "failOn: error\n");
    assertThat(Cli.run("check", article.toString()).code()).as("the nearer file wins").isEqualTo(0);
  }

  @Test
  void overridesAndIgnoreApplyPerFile() throws IOException {
    write("opinion/typo.txt", TYPO);
    write("drafts/typo.txt", "");
    write("copydesk.yaml", String.join("\n",
        "ignore: [drafts]",
        "overrides:",
        "  - files: ['opinion/**']",
        "    failOn: language",
        ""));
    Cli.Result r = Cli.run("check", "--format", "json", repo.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.json().path("reports")).hasSize(2);
    assertThat(r.json().path("reports").findValuesAsText("verdict")).containsExactlyInAnyOrder("warn", "fail");
    assertThat(r.err()).as("the ignored empty draft is not read").isEmpty();
  }

  @Test
  void theHouseLexiconReachesTheRules() throws IOException {
    write("copydesk.yaml", "lexicon:\n  terms: [goverment]\n  corrections:\n    council: Council\n");
    Cli.Result r = Cli.run("check", "--format", "json", article.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.json().path("reports").get(0).path("findings").findValuesAsText("ruleId"))
        .containsExactly("language.house-style");
  }

  @Test
  void aBadDiscoveredFileIsAUsageErrorWithItsPlace() throws IOException {
    write("news/copydesk.yaml", "failOn: error\nrules:\n  language.mispelling:\n    enabled: false\n");
    Cli.Result r = Cli.run("check", article.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("copydesk: ").endsWith(
        "copydesk.yaml:3:3: unknown rule 'language.mispelling'; expected a rule id listed by 'copydesk rules'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aPinnedPolicyIsUsedForEveryInput() throws IOException {
    write("news/copydesk.yaml", "failOn: never\n");
    Path pinned = Files.writeString(dir.resolve("strict.yaml"), "failOn: warning\n");
    assertThat(Cli.run("check", article.toString()).code()).isZero();
    assertThat(Cli.run("check", "--policy", pinned.toString(), article.toString()).code()).isEqualTo(1);
  }

  @Test
  void theRepositoryHasNoPolicyFileThatWouldChangeTheFixtures() {
    // the golden fixtures are audited under the defaults; a copydesk.yaml above them would change them
    Path fixtures = Cli.fixtures().toAbsolutePath().normalize();
    assertThat(org.copydesk.report.PolicyResolver.discovering().policyFileFor(fixtures.resolve("seed"))).isEmpty();
  }
}
