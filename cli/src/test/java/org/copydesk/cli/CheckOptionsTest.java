package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} options: --fail-on, --policy, --output, colour, stdin. */
class CheckOptionsTest {
  private static final String SEED = Cli.seed("txt").toString();
  private static final String ESC = "\u001b[";

  @Test
  void failOnNeverDoesNotFail() {
    Cli.Result r = Cli.run("check", "--fail-on", "never", "--format", "json", SEED);

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.json().path("reports").path(0).path("verdict").asText()).isNotEqualTo("fail");
    assertThat(r.json().path("summary").path("fail").asInt()).isZero();
  }

  @Test
  void failOnWarningFails() {
    Cli.Result r = Cli.run("check", "--fail-on", "warning", SEED);

    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL");
  }

  @Test
  void policyCanDisableARuleAndNeverFail(@TempDir Path dir) throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.yaml"),
        "failOn: never\nrules:\n  provenance.ai-disclosure:\n    enabled: false\n", StandardCharsets.UTF_8);

    Cli.Result r = Cli.run("check", "--policy", policy.toString(), "--format", "json", SEED);

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode report = r.json().path("reports").path(0);
    assertThat(report.path("verdict").asText()).isNotEqualTo("fail");
    assertThat(report.path("findings")).isNotEmpty();
    for (JsonNode f : report.path("findings")) {
      assertThat(f.path("ruleId").asText()).isNotEqualTo("provenance.ai-disclosure");
    }
    assertThat(r.out()).doesNotContain("provenance.ai-disclosure");
  }

  @Test
  void outputWritesTheReportToAFileAndNothingToStdout(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("report.txt");
    Cli.Result r = Cli.run("check", "--output", text.toString(), SEED);

    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    String written = Files.readString(text, StandardCharsets.UTF_8);
    assertThat(written).contains("provenance.ai-disclosure", "FAIL").doesNotContain(ESC);
    assertThat(written).isEqualTo(Cli.run("check", SEED).out());

    Path json = dir.resolve("report.json");
    Cli.Result j = Cli.run("check", "-o", json.toString(), "--format", "json", SEED);
    assertThat(j.code()).isEqualTo(1);
    assertThat(j.out()).isEmpty();
    assertThat(Cli.json(Files.readString(json, StandardCharsets.UTF_8)).path("summary").path("fail").asInt())
        .isEqualTo(1);
  }

  @Test
  void textOutputHasNoAnsiEscapesWhenNotATerminal() {
    Cli.Result plain = Cli.run("check", SEED);
    Cli.Result noColor = Cli.run("check", "--no-color", SEED);

    assertThat(plain.code()).isEqualTo(1);
    assertThat(noColor.code()).as(noColor.toString()).isEqualTo(1);
    assertThat(plain.out()).isNotEmpty().doesNotContain(ESC);
    assertThat(noColor.out()).isEqualTo(plain.out());
    assertThat(noColor.err()).isEmpty();
  }

  @Test
  void dashReadsStandardInput() {
    InputStream saved = System.in;
    Cli.Result r;
    try {
      System.setIn(new ByteArrayInputStream(CheckCleanTest.SHORT_ARTICLE.getBytes(StandardCharsets.UTF_8)));
      r = Cli.run("check", "--format", "json", "-");
    } finally {
      System.setIn(saved);
    }

    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode report = r.json().path("reports").path(0);
    assertThat(report.path("source").asText()).isEqualTo("<stdin>");
    assertThat(report.path("verdict").asText()).isEqualTo("pass");
    assertThat(r.json().path("summary").path("articles").asInt()).isEqualTo(1);
  }

  @Test
  void dashReadsAFailingArticleFromStandardInput() throws IOException {
    byte[] seed = Files.readAllBytes(Cli.seed("txt"));
    InputStream saved = System.in;
    Cli.Result r;
    try {
      System.setIn(new ByteArrayInputStream(seed));
      r = Cli.run("check", "-");
    } finally {
      System.setIn(saved);
    }

    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("<stdin>:25:1: error provenance.ai-disclosure: ");
  }
}
