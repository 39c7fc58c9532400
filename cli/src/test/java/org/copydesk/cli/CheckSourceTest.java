package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.report.ReportWriters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check ARTICLE --source ORIGINAL}: a rewrite checked against its source, in every report format. */
class CheckSourceTest {
  @TempDir Path dir;
  private Path source;
  private Path rewrite;
  private Path faithful;

  @BeforeEach
  void write() throws Exception {
    source = Files.writeString(dir.resolve("wire.html"), "<html><head><title>Fund grows</title></head><body>"
        + "<h1>Fund grows</h1><p>The fund now manages 1,500,000 accounts, its chair Ana Duarte said on Monday. "
        + "Assets rose 4.2% in March.</p></body></html>", StandardCharsets.UTF_8);
    rewrite = Files.writeString(dir.resolve("rewrite.md"), "# Fund grows\n\nThe fund now manages 1.5 billion "
        + "accounts, chair Ana Duarte said. Assets rose 4.2% in March, said analyst Tomas Berglund.\n",
        StandardCharsets.UTF_8);
    faithful = Files.writeString(dir.resolve("faithful.txt"), "Fund grows\n\nAna Duarte, the chair, said on "
        + "Monday that the fund manages 1.5 million accounts. Assets rose 4.2% in March.\n", StandardCharsets.UTF_8);
  }

  @Test
  void reportsWhatTheRewriteChangedOrAddedAcrossFormats() {
    Cli.Result r = Cli.run("check", rewrite.toString(), "--source", source.toString(), "--format", "json");
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    JsonNode report = r.json().path("reports").get(0);
    List<String> messages = report.path("findings").findValues("message").stream().map(JsonNode::asText)
        .filter(m -> m.contains("source")).toList();
    assertThat(messages).contains("\"1.5 billion\" was 1,500,000 in the source; check the figure against the "
        + "original", "\"Tomas Berglund\" is not named in the source; check who or what this is before publishing");
    JsonNode claim = report.path("claims").get(0);
    assertThat(claim.path("text").asText()).isEqualTo("1.5 billion");
    assertThat(claim.path("status").asText()).isEqualTo("not-in-source");
    assertThat(claim.path("note").asText()).startsWith("was 1,500,000 in the source"); // then how its source was found
    assertThat(claim.path("location").path("line").asInt()).isEqualTo(3);
  }

  @Test
  void aFaithfulRewriteHasNothingFromTheRule() {
    Cli.Result r = Cli.run("check", faithful.toString(), "--source", source.toString(), "--format", "json");
    assertThat(r.out()).as(r.toString()).doesNotContain("claims.not-in-source");
  }

  @Test
  void everyFormatWorksWithASource() {
    for (var w : ReportWriters.all()) {
      Cli.Result r = Cli.run("check", rewrite.toString(), "--source", source.toString(), "--format", w.name(),
          "--no-color");
      assertThat(r.code()).as(w.name() + "\n" + r).isEqualTo(1);
      assertThat(r.err()).as(w.name()).isEmpty();
      if (w.name().equals("sites-csv")) {
        assertThat(r.out()).as("one article: no rollup, the header alone").startsWith("site,pages,").hasLineCount(1);
        continue;
      }
      assertThat(r.out()).as(w.name()).contains("1.5 billion");
    }
  }

  @Test
  void claimsCsvToAFile() throws Exception {
    Path csv = dir.resolve("claims.csv");
    Cli.Result r = Cli.run("check", rewrite.toString(), "--source", source.toString(), "--format", "claims-csv",
        "-o", csv.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    List<String> rows = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
    assertThat(rows.get(0)).isEqualTo("file,line,column,status,kind,claim,hedge,attribution,sentence,note");
    assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(rewrite + ",3,").contains(
        ",not-in-source,count,1.5 billion,", "was 1,500,000 in the source"));
  }

  @Test
  void theTextReportSummarisesTheClaims() {
    Cli.Result r = Cli.run("check", rewrite.toString(), "--source", source.toString(), "--no-color");
    assertThat(r.out()).as(r.toString()).containsPattern("\\n  claims: \\d+ \\([^)]*1 not in source\\)\\n");
  }

  @Test
  void sourceFromStandardInputIsAllowedOnce() {
    Cli.Result r = Cli.run("check", "-", "--source", "-");
    assertUsage(r, "standard input");
  }

  @Test
  void exactlyOneArticleWithASource() throws Exception {
    assertUsage(Cli.run("check", rewrite.toString(), faithful.toString(), "--source", source.toString()),
        "--source", "exactly one article", "2 inputs");
    Path folder = Files.createDirectories(dir.resolve("many"));
    Files.copy(rewrite, folder.resolve("a.md"));
    Files.copy(faithful, folder.resolve("b.txt"));
    assertUsage(Cli.run("check", folder.toString(), "--source", source.toString()), "exactly one article",
        "2 files");
  }

  @Test
  void anUnreadableSourceIsAUsageError() throws Exception {
    assertUsage(Cli.run("check", rewrite.toString(), "--source", dir.resolve("missing.txt").toString()),
        "--source", "missing.txt", "no such file");
    Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0});
    Cli.Result r = Cli.run("check", rewrite.toString(), "--source", binary.toString());
    assertUsage(r, "--source", "blob.txt");
  }

  private static void assertUsage(Cli.Result r, String... mentions) {
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    List<String> lines = r.errLines();
    assertThat(lines).as(r.toString()).hasSize(1);
    assertThat(lines.get(0)).startsWith("copydesk: ").contains(mentions);
    assertThat(r.out()).as("no report on a usage error").isEmpty();
  }
}
