package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk baseline}, {@code check --baseline}, {@code check --changed-since}, and threads. */
class BaselineAndChangesTest {

  /** The seed article, ending with a line break (the fixture has none, so appending would change its last line). */
  private static Path seedCopy(Path dir) throws Exception {
    Path a = dir.resolve("story.txt");
    String text = Files.readString(Cli.seed("txt"));
    Files.writeString(a, text.endsWith("\n") ? text : text + "\n");
    return a;
  }

  @Test
  void baselineSurvivesAnEditElsewhereAndFailsOnlyOnNewFindings(@TempDir Path dir) throws Exception {
    Path article = seedCopy(dir);
    Path file = dir.resolve("copydesk-baseline.json");
    Cli.Result rec = Cli.run("baseline", "-o", file.toString(), article.toString());
    assertThat(rec.code()).as(rec.toString()).isZero();
    assertThat(rec.err()).contains("recorded 13 findings of 1 article");
    assertThat(Cli.json(Files.readString(file)).path("entries").get(0).path("source").asText())
        .isEqualTo("story.txt");

    Cli.Result same = Cli.run("check", "--baseline", file.toString(), article.toString());
    assertThat(same.code()).as(same.toString()).isZero();
    assertThat(same.out()).contains("0 new findings, 13 known, 0 fixed");

    // An editor rewrites a clean sentence in the middle and adds a paragraph near the top: lines shift.
    String text = Files.readString(article);
    String edited = text.replace("witnessed dynamic leadership", "showed dynamic leadership");
    assertThat(edited).isNotEqualTo(text);
    List<String> lines = new ArrayList<>(edited.lines().toList());
    lines.add(4, "An editor's new paragraph, with nothing wrong in it.");
    lines.add(5, "");
    Files.write(article, lines);
    Cli.Result shifted = Cli.run("check", "--format", "json", "--baseline", file.toString(), article.toString());
    assertThat(shifted.code()).as(shifted.toString()).isZero();
    JsonNode json = shifted.json();
    assertThat(json.path("baseline").path("new").asInt()).isZero();
    assertThat(json.path("baseline").path("known").asInt()).isEqualTo(13);
    assertThat(json.path("reports").get(0).path("verdict").asText()).isEqualTo("pass");
    assertThat(json.path("reports").get(0).path("suppressed").get(0).path("suppression").path("directive").asText())
        .isEqualTo("baseline");

    // A new problem fails the build; a fixed one is reported.
    Files.writeString(article, Files.readString(article).replace("Spiritual Shrinks", "Spiritual Shrines")
        + "\nAs an AI language model, I cannot verify these figures.\n");
    Cli.Result worse = Cli.run("check", "--baseline", file.toString(), article.toString());
    assertThat(worse.code()).as(worse.toString()).isEqualTo(1);
    assertThat(worse.out()).contains("provenance.assistant-leakage").contains("1 fixed")
        .contains("fixed: story.txt: language.name-typo \"Shrinks\"");
  }

  @Test
  void baselineReportConformsToTheSchema(@TempDir Path dir) throws Exception {
    Path article = seedCopy(dir);
    Path file = dir.resolve("b.json");
    Cli.run("baseline", "-o", file.toString(), article.toString());
    Files.writeString(article, Files.readString(article).replace("Spiritual Shrinks", "Spiritual Shrines"));
    Cli.Result r = Cli.run("check", "--format", "json", "--baseline", file.toString(), article.toString());
    Path schema = Cli.fixtures().toAbsolutePath().getParent().resolve("docs/report-schema.json");
    var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Cli.json(Files.readString(schema))).validate(r.json());
    assertThat(errors).isEmpty();
    assertThat(r.json().path("baseline").path("fixed")).hasSize(1);
  }

  @Test
  void anUnreadableInputKeepsTheOldBaselineAndFilesAreReadableByAll(@TempDir Path dir) throws Exception {
    Path article = seedCopy(dir);
    Path file = dir.resolve("b.json");
    assertThat(Cli.run("baseline", "-o", file.toString(), article.toString()).code()).isZero();
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
    String before = Files.readString(file);
    Cli.Result r = Cli.run("baseline", "-o", file.toString(), article.toString(), dir.resolve("gone.md").toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("not written").contains("--allow-partial");
    assertThat(Files.readString(file)).isEqualTo(before);
    Cli.Result partial = Cli.run("baseline", "--allow-partial", "-o", file.toString(), article.toString(),
        dir.resolve("gone.md").toString());
    assertThat(partial.code()).isEqualTo(3);
    assertThat(Files.readString(file)).isEqualTo(before); // the readable article's findings, recorded again

    Path report = dir.resolve("r.json");
    Files.writeString(report, "old");
    Files.setPosixFilePermissions(report, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    Cli.run("check", "--format", "json", "-o", report.toString(), article.toString());
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void badBaselineIsAUsageError(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("b.json"), "not json");
    Cli.Result r = Cli.run("check", "--baseline", bad.toString(), Cli.seed("txt").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1).allMatch(l -> l.startsWith("copydesk: baseline "));
    Cli.Result missing = Cli.run("check", "--baseline", dir.resolve("none.json").toString(), Cli.seed("txt").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void changedSinceCountsOnlyChangedLines(@TempDir Path dir) throws Exception {
    assumeTrue(git(dir, "init", "-q") == 0, "git is not available");
    git(dir, "config", "user.email", "t@example.org");
    git(dir, "config", "user.name", "t");
    Path article = seedCopy(dir);
    assertThat(git(dir, "add", "story.txt")).isZero();
    assertThat(git(dir, "commit", "-q", "-m", "first")).isZero();

    Cli.Result none = Cli.run("check", "--format", "json", "--changed-since", "HEAD", article.toString());
    assertThat(none.code()).as(none.toString()).isZero();
    assertThat(none.json().path("reports").get(0).path("findings")).isEmpty();
    assertThat(none.json().path("reports").get(0).path("suppressed")).hasSize(13);

    Files.writeString(article, Files.readString(article)
        + "As an AI language model, I cannot verify these figures.\n");
    Cli.Result one = Cli.run("check", "--format", "json", "--changed-since", "HEAD", article.toString());
    assertThat(one.code()).as(one.toString()).isEqualTo(1);
    JsonNode findings = one.json().path("reports").get(0).path("findings");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).path("ruleId").asText()).isEqualTo("provenance.assistant-leakage");

    Path untracked = Files.copy(Cli.seed("txt"), dir.resolve("new.txt"));
    Cli.Result all = Cli.run("check", "--format", "json", "--changed-since", "HEAD", untracked.toString());
    assertThat(all.json().path("reports").get(0).path("findings")).hasSize(13);

    Cli.Result badRef = Cli.run("check", "--changed-since", "no-such-ref", article.toString());
    assertThat(badRef.code()).isEqualTo(2);
    assertThat(badRef.errLines()).hasSize(1).allMatch(l -> l.contains("no-such-ref"));
  }

  @Test
  void threadsDoNotChangeTheReport() {
    String seed = Cli.fixtures().resolve("seed").toString();
    String clean = Cli.fixtures().resolve("clean").toString();
    Cli.Result one = Cli.run("check", "--format", "json", "-j", "1", seed, clean);
    Cli.Result four = Cli.run("check", "--format", "json", "--jobs", "4", seed, clean);
    assertThat(one.json().path("summary").path("articles").asInt()).isGreaterThan(5);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.err()).isEmpty(); // no progress bar when nobody watches
    assertThat(Cli.run("check", "-j", "0", seed).code()).isEqualTo(2);
  }

  @Test
  void globsExpandInSortedOrderAndAnEmptyGlobIsAnInputError(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.copy(Cli.seed("md"), dir.resolve("a/b/two.md"));
    Files.copy(Cli.seed("md"), dir.resolve("a/one.md"));
    Files.copy(Cli.seed("txt"), dir.resolve("a/three.txt"));
    Files.writeString(dir.resolve("a/notes.md.bak"), "not an article");
    Cli.Result r = Cli.run("check", "--format", "json", dir + "/a/**.md");
    assertThat(r.json().path("reports")).extracting(n -> Path.of(n.path("source").asText()).getFileName().toString())
        .containsExactly("two.md", "one.md"); // sorted by path: a/b/two.md < a/one.md
    Cli.Result star = Cli.run("check", "--format", "json", dir + "/a/**/*.md"); // "**/" may match no folder
    assertThat(star.json().path("summary").path("articles").asInt()).isEqualTo(2);
    Cli.Result any = Cli.run("check", "--format", "json", dir + "/a/*");
    assertThat(any.code()).as("only article files: notes.md.bak is left out").isEqualTo(1);
    assertThat(any.json().path("reports")).hasSize(2);
    assertThat(r.json().path("summary").path("findingsByRule").path("language.name-typo").asInt()).isEqualTo(2);
    Cli.Result none = Cli.run("check", dir + "/a/*.html");
    assertThat(none.code()).isEqualTo(3);
    assertThat(none.err()).contains("no file matches");
  }

  private static int git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor();
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
