package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** House patterns from copydesk.yaml in {@code check}, {@code rules} and {@code explain}. */
class HousePatternCliTest {
  private static final String POLICY = String.join("\n",
      "patterns:",
      "  - name: said-not-stated",
      "    pattern: '(stated|remarked)'",
      "    message: 'attribution: write \"said\", not \"{match}\"'",
      "    suggest: said",
      "    ignoreCase: true",
      "    category: style",
      "");

  @TempDir Path dir;
  private Path policy;
  private Path article;

  @BeforeEach
  void files() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    policy = Files.writeString(dir.resolve("copydesk.yaml"), POLICY);
    article = Files.writeString(dir.resolve("a.txt"), "Budget vote\n\nThe mayor Stated on Monday that the council"
        + " would meet again next week to discuss the plan.\n");
  }

  @Test
  void checkReportsHousePatternFindingsWithTheirPlaceAndSuggestion() {
    Cli.Result r = Cli.run("check", "--no-color", article.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(0);
    assertThat(r.out()).contains(article + ":3:11: warning style.house-said-not-stated: attribution: write"
        + " \"said\", not \"Stated\"", "= suggestion: replace with \"said\"");
    Cli.Result json = Cli.run("check", "--format", "json", article.toString());
    assertThat(json.json().path("reports").get(0).path("findings").get(0).path("ruleId").asText())
        .isEqualTo("style.house-said-not-stated");
  }

  @Test
  void rulesAndExplainListThePolicysPatterns() {
    Cli.Result rules = Cli.run("rules", "--policy", policy.toString());
    assertThat(rules.code()).as(rules.toString()).isZero();
    assertThat(rules.out()).containsPattern("style\\.house-said-not-stated +style +warning +attribution: write");
    assertThat(Cli.run("rules").out()).doesNotContain("house-said");
    Cli.Result explain = Cli.run("explain", "--policy", policy.toString(), "style.house-said-not-stated");
    assertThat(explain.code()).as(explain.toString()).isZero();
    assertThat(explain.out().replaceAll("\\s+", " ")).contains(policy + ":2:5", "(stated|remarked)", "any case",
        "whole words only");
  }

  @Test
  void aPatternRe2RefusesIsAUsageErrorWithItsPlace() throws IOException {
    Files.writeString(policy, POLICY.replace("'(stated|remarked)'", "'(stated|remarked)(?! by)'"));
    for (String[] args : new String[][] {{"check", article.toString()}, {"rules", "--policy", policy.toString()}}) {
      Cli.Result r = Cli.run(args);
      assertThat(r.code()).as(r.toString()).isEqualTo(2);
      assertThat(r.errLines()).hasSize(1);
      assertThat(r.errLines().get(0)).startsWith("copydesk: ").contains("copydesk.yaml:3:14: RE2 cannot compile the"
          + " pattern (invalid or unsupported Perl syntax: `(?!`); expected RE2 syntax");
    }
  }
}
