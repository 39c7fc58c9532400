package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code copydesk check} on the four forms of the seed article. */
class CheckSeedTest {

  /** A text to find in the raw fixture, and the rule whose finding must start there. */
  private record Expected(String needle, String ruleId) {}

  private static final List<Expected> EXPECTED = List.of(
      new Expected("more than 40%", "claims.unattributed-figure"),
      new Expected("over $23 trillion", "claims.unattributed-figure"),
      new Expected("Approximately 150", "claims.unattributed-figure"),
      new Expected("Shrinks", "language.name-typo"),
      new Expected("Pools Plus Cyprus", "integrity.off-topic-branding"),
      new Expected("This message was taken", "provenance.ai-disclosure"));

  private static final List<String> CATEGORY_RULES = List.of(
      "provenance.ai-disclosure", "integrity.off-topic-branding", "language.name-typo",
      "claims.unattributed-figure");

  @ParameterizedTest(name = "sco-chairmanship.{0}")
  @ValueSource(strings = {"txt", "md", "json", "html"})
  void seedFailsWithFindingsOfEveryCategory(String ext) {
    Path file = Cli.seed(ext);
    Cli.Result r = Cli.run("check", file.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains(CATEGORY_RULES).contains("FAIL");
    assertThat(r.err()).as(r.toString()).isEmpty();
  }

  @ParameterizedTest(name = "sco-chairmanship.{0}")
  @ValueSource(strings = {"txt", "md", "json", "html"})
  void findingPositionsPointIntoTheRawFile(String ext) throws IOException {
    Path file = Cli.seed(ext);
    String source = file.toString();
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    Cli.Result text = Cli.run("check", source);
    Cli.Result json = Cli.run("check", "--format", "json", source);
    assertThat(text.code()).as(text.toString()).isEqualTo(1);
    assertThat(json.code()).as(json.err()).isEqualTo(1);
    JsonNode findings = json.json().path("reports").path(0).path("findings");
    assertThat(findings.isArray()).as(json.out()).isTrue();

    SoftAssertions soft = new SoftAssertions();
    for (Expected e : EXPECTED) {
      int first = raw.indexOf(e.needle());
      assertThat(first).as("'%s' in %s", e.needle(), file).isNotNegative();
      assertThat(raw.indexOf(e.needle(), first + 1)).as("'%s' occurs once in %s", e.needle(), file).isNegative();
      int[] pos = position(raw, first);
      int line = pos[0];
      int col = pos[1];

      // Text: PATH:LINE:COL: SEVERITY RULE-ID: MESSAGE
      String prefix = source + ":" + line + ":" + col + ": ";
      soft.assertThat(text.out().lines()
              .filter(l -> l.startsWith(prefix) && l.contains(" " + e.ruleId() + ": ")))
          .as("%s: text finding of %s for '%s' at %d:%d", ext, e.ruleId(), e.needle(), line, col)
          .hasSize(1);

      // JSON: location of the finding whose excerpt starts with the needle
      List<JsonNode> matching = new ArrayList<>();
      for (JsonNode f : findings) {
        if (f.path("ruleId").asText().equals(e.ruleId()) && f.path("excerpt").asText().startsWith(e.needle())) {
          matching.add(f);
        }
      }
      soft.assertThat(matching).as("%s: JSON finding of %s for '%s'", ext, e.ruleId(), e.needle()).hasSize(1);
      if (matching.size() == 1) {
        JsonNode loc = matching.get(0).path("location");
        soft.assertThat(loc.path("line").asInt()).as("%s: line of '%s'", ext, e.needle()).isEqualTo(line);
        soft.assertThat(loc.path("column").asInt()).as("%s: column of '%s'", ext, e.needle()).isEqualTo(col);
        if (matching.get(0).path("excerpt").asText().equals(e.needle())) {
          soft.assertThat(loc.path("endLine").asInt()).as("%s: endLine of '%s'", ext, e.needle()).isEqualTo(line);
          soft.assertThat(loc.path("endColumn").asInt()).as("%s: endColumn of '%s'", ext, e.needle())
              .isEqualTo(col + e.needle().codePointCount(0, e.needle().length()));
        }
      }
    }
    soft.assertAll();
  }

  @ParameterizedTest(name = "sco-chairmanship.{0}")
  @ValueSource(strings = {"txt", "md", "json", "html"})
  void jsonReportIsDeterministic(String ext) {
    String file = Cli.seed(ext).toString();
    Cli.Result a = Cli.run("check", "--format", "json", file);
    Cli.Result b = Cli.run("check", "--format", "json", file);

    assertThat(a.code()).as(a.toString()).isEqualTo(1);
    assertThat(b.code()).isEqualTo(1);
    assertThat(a.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(b.out().getBytes(StandardCharsets.UTF_8));
    JsonNode root = a.json();
    assertThat(root.path("schemaVersion").asText()).isEqualTo("1.4");
    assertThat(root.path("summary").path("articles").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("fail").asInt()).isEqualTo(1);
    assertThat(root.path("reports").path(0).path("verdict").asText()).isEqualTo("fail");
    assertThat(root.path("reports").path(0).path("source").asText()).isEqualTo(file);
  }

  /**
   * 1-based line and column (in code points) of a UTF-16 offset; lines end at LF, CR LF or CR.
   */
  static int[] position(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (c == '\n' || (c == '\r' && !crlf)) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, offset) + 1};
  }
}
