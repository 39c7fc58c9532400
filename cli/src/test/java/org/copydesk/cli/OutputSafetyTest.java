package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o} never replaces an input, a link, or a file that is not a regular file. */
class OutputSafetyTest {
  private static final String ARTICLE = "Council approves budget\n\nThe council met on Tuesday to discuss the "
      + "budget for the coming year.\n";

  @TempDir Path dir;

  @Test
  void theInputIsNeverTheOutput() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
    for (String[] args : new String[][] {
        {"check", "-o", article.toString(), article.toString()},
        {"extract", "-o", article.toString(), article.toString()},
        {"baseline", "-o", article.toString(), article.toString()},
        {"check", "-o", article.toString(), dir.toString()}}) {
      Cli.Result r = Cli.run(args);
      assertThat(r.code()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).startsWith("copydesk: -o " + article);
      assertThat(Files.readString(article)).isEqualTo(ARTICLE);
    }
    // a report beside the articles that is not an article file is fine, and so is a JSON baseline refreshed
    Cli.Result ok = Cli.run("check", "-o", dir.resolve("report.sarif").toString(), "--format", "sarif",
        dir.resolve("a.txt").toString());
    assertThat(ok.code()).as(ok.toString()).isIn(0, 1);
    Path baseline = dir.resolve("copydesk-baseline.json");
    for (int i = 0; i < 2; i++) {
      Cli.Result b = Cli.run("baseline", "-o", baseline.toString(), dir.resolve("a.txt").toString());
      assertThat(b.code()).as(b.toString()).isZero();
    }
    assertThat(Cli.run("baseline", "-o", baseline.toString(), dir.toString()).err())
        .doesNotContain("-o " + baseline);
  }

  @Test
  void aLinkIsWrittenThroughAndStaysALink() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Path report = Files.writeString(dir.resolve("report.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("latest.json"), report.getFileName());
    Cli.Result r = Cli.run("check", "--format", "json", "-o", link.toString(), article.toString());
    assertThat(r.code()).as(r.toString()).isIn(0, 1);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(report)).startsWith("{");
  }

  @Test
  void aPipeIsWrittenToNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeThat(false).as("mkfifo is not available").isTrue();
      return;
    }
    assumeThat(mk.waitFor()).isZero();
    Path article = Files.writeString(dir.resolve("a.txt"), ARTICLE);
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Cli.Result r = Cli.run("extract", "-o", fifo.toString(), article.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(read.get(20, TimeUnit.SECONDS)).contains("The council met on Tuesday");
    assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }
}
