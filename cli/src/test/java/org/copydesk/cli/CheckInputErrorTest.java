package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unreadable or invalid inputs: exit 3 and one line on stderr, no stack trace. */
class CheckInputErrorTest {
  @TempDir Path dir;

  private static void assertInvalidInput(Cli.Result r, String file) {
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.errLines()).as(r.toString()).hasSize(1);
    assertThat(r.err()).as(r.toString())
        .startsWith("copydesk: ")
        .contains(file)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.out()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingFile() {
    String file = dir.resolve("missing.txt").toString();
    assertInvalidInput(Cli.run("check", file), file);
  }

  @Test
  void emptyFile() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.txt"));
    assertInvalidInput(Cli.run("check", file.toString()), file.toString());
  }

  @Test
  void binaryFile() throws IOException {
    Path file = Files.write(dir.resolve("x.txt"), new byte[] {'a', 'b', 0, 0, 1, 2, (byte) 0xff, 0, 'c'});
    assertInvalidInput(Cli.run("check", file.toString()), file.toString());
  }

  @Test
  void invalidJson() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{\"title\": \"a\", \"body\": ", StandardCharsets.UTF_8);
    assertInvalidInput(Cli.run("check", file.toString()), file.toString());
  }

  @Test
  void jsonWithoutBody() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{\"title\": \"a\", \"url\": \"https://example.com/\"}",
        StandardCharsets.UTF_8);
    assertInvalidInput(Cli.run("check", file.toString()), file.toString());
  }

  @Test
  void invalidJsonInJsonFormatIsListedAsInputError() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{\"title\": \"a\", \"body\": ", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("check", "--format", "json", file.toString());

    assertInvalidInput(r, file.toString());
    assertThat(r.json().path("inputErrors").path(0).path("source").asText()).isEqualTo(file.toString());
    assertThat(r.json().path("summary").path("unreadable").asInt()).isEqualTo(1);
  }

  @Test
  void goodFileIsStillReportedWhenAnotherIsMissing() {
    String good = Cli.fixtures().resolve("clean").resolve("budget-council.txt").toString();
    String missing = dir.resolve("missing.txt").toString();

    Cli.Result r = Cli.run("check", good, missing);

    assertInvalidInput(r, missing);
    assertThat(r.out()).contains(good + ": score").contains("PASS");

    Cli.Result json = Cli.run("check", "--format", "json", good, missing);
    assertThat(json.code()).isEqualTo(3);
    assertThat(json.json().path("summary").path("articles").asInt()).isEqualTo(1);
    assertThat(json.json().path("summary").path("pass").asInt()).isEqualTo(1);
    assertThat(json.json().path("summary").path("unreadable").asInt()).isEqualTo(1);
    assertThat(json.json().path("reports").path(0).path("source").asText()).isEqualTo(good);
  }
}
