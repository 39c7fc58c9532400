package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors: exit 2 with a one-line "copydesk:" message on stderr and no report. */
class CheckUsageErrorTest {
  @TempDir Path dir;

  private static final String SEED = Cli.seed("txt").toString();

  private static void assertUsage(Cli.Result r, String... mentions) {
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    List<String> lines = r.errLines();
    assertThat(lines).as(r.toString()).isNotEmpty();
    assertThat(lines.get(0)).startsWith("copydesk:").contains(mentions);
    // The message is one line; picocli's parse errors may add a single "Try 'copydesk ... --help'." hint.
    assertThat(lines.subList(1, lines.size())).as(r.toString())
        .allSatisfy(l -> assertThat(l).startsWith("Try 'copydesk"));
    assertThat(lines).hasSizeLessThanOrEqualTo(2);
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(r.out()).as("no report on a usage error").isEmpty();
  }

  @Test
  void unknownOption() {
    assertUsage(Cli.run("check", "--frobnicate", SEED), "--frobnicate");
  }

  @Test
  void unknownFormat() {
    assertUsage(Cli.run("check", "--format", "xml", SEED), "xml");
  }

  @Test
  void unknownFailOnLevel() {
    assertUsage(Cli.run("check", "--fail-on", "sometimes", SEED), "--fail-on", "sometimes", "never");
  }

  @Test
  void unknownInputFormat() {
    assertUsage(Cli.run("check", "--input-format", "docx", SEED), "docx");
  }

  @Test
  void policyWithUnknownKey() throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.yaml"), "failOn: error\nfailsOn: never\n",
        StandardCharsets.UTF_8);
    assertUsage(Cli.run("check", "--policy", policy.toString(), SEED), "failsOn");
  }

  @Test
  void policyNamingAnUnknownRule() throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.yaml"),
        "rules:\n  provenance.ai-disclosur:\n    enabled: false\n", StandardCharsets.UTF_8);
    assertUsage(Cli.run("check", "--policy", policy.toString(), SEED), "provenance.ai-disclosur", "unknown rule");
  }

  @Test
  void missingPolicyFile() {
    String policy = dir.resolve("no-such-policy.yaml").toString();
    assertUsage(Cli.run("check", "--policy", policy, SEED), policy);
  }

  @Test
  void checkWithoutInput() {
    assertUsage(Cli.run("check"), "FILE");
  }
}
