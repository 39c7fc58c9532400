package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code copydesk check} on the control articles and on directories. */
class CheckCleanTest {
  static final String SHORT_ARTICLE =
      "Council approves library budget\n\nThe city council approved the new library budget on Tuesday, "
          + "the mayor said.\n";

  static Stream<String> cleanFiles() throws IOException {
    try (Stream<Path> files = Files.list(Cli.fixtures().resolve("clean"))) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches(".*\\.(txt|md|html|json)") && !n.contains(".expected."))
          .sorted()
          .toList();
      assertThat(names).as("clean fixtures").isNotEmpty();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cleanFiles")
  void cleanArticlePasses(String name) {
    String file = Cli.fixtures().resolve("clean").resolve(name).toString();
    Cli.Result r = Cli.run("check", "--format", "json", file);

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode report = r.json().path("reports").path(0);
    assertThat(report.path("verdict").asText()).as(r.out()).isEqualTo("pass");
    for (JsonNode f : report.path("findings")) {
      assertThat(f.path("severity").asText()).as("finding %s", f).isNotIn("warning", "error");
    }
  }

  @Test
  void directoryAuditsEveryCleanArticle() {
    Cli.Result r = Cli.run("check", "--format", "json", Cli.fixtures().resolve("clean").toString());

    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode summary = r.json().path("summary");
    assertThat(summary.path("articles").asInt()).isEqualTo(7);
    assertThat(summary.path("pass").asInt()).isEqualTo(7);
    assertThat(summary.path("unreadable").asInt()).isZero();
  }

  @Test
  void directorySkipsExpectationFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), SHORT_ARTICLE, StandardCharsets.UTF_8);
    // Not an article: would be unreadable (no body) if it were read.
    Files.writeString(dir.resolve("a.txt.expected.json"), "{\"reports\": []}", StandardCharsets.UTF_8);

    Cli.Result r = Cli.run("check", "--format", "json", dir.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode root = r.json();
    assertThat(root.path("summary").path("articles").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("unreadable").asInt()).isZero();
    assertThat(root.path("reports").path(0).path("source").asText()).isEqualTo(dir.resolve("a.txt").toString());
  }
}
