package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost when the process dies mid-write: the real CLI runs in a child JVM, is killed (SIGKILL) halfway
 * through writing its temporary file, and the original file must be byte for byte what it was. The pause comes
 * from {@link PausingMain}, so the kill always lands inside the write.
 */
class KillMidWriteTest {
  @TempDir Path dir;

  /** A child JVM running {@code copydesk ARGS}, stopped halfway through writing the file named {@code pauseOn}. */
  private record Paused(Process process, Path tmp) {}

  private static Process start(String pauseOn, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-Dcopydesk.test.pauseOn=" + pauseOn, PausingMain.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Waits for the child to reach the pause; fails with its standard error if it ends first. */
  private static Paused awaitPause(Process p) throws Exception {
    CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
      StringBuilder seen = new StringBuilder();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          if (l.startsWith("PAUSED ")) {
            return l.substring("PAUSED ".length());
          }
          seen.append(l).append('\n');
        }
      } catch (IOException e) {
        seen.append(e);
      }
      return "ended: " + seen;
    });
    String tmp;
    try {
      tmp = line.get(60, TimeUnit.SECONDS);
    } finally {
      if (!line.isDone()) {
        p.destroyForcibly();
      }
    }
    if (tmp.startsWith("ended: ")) {
      p.waitFor(10, TimeUnit.SECONDS);
      fail("the child ended (exit " + p.exitValue() + ") before its write: " + tmp);
    }
    return new Paused(p, Path.of(tmp));
  }

  private static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("the child died").isTrue();
    assertThat(p.isAlive()).isFalse();
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** About 100 KB of text: the seed article many times over, with something to fix in every part. */
  private static byte[] largeArticle() throws IOException {
    String seed = Files.readString(Cli.seed("txt"));
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 100_000) {
      sb.append(seed).append("\n\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void fixInPlaceKilledMidWriteLeavesTheOriginalAndItsBackupIntact() throws Exception {
    Path story = dir.resolve("story.txt");
    byte[] original = largeArticle();
    Files.write(story, original);

    Paused paused = awaitPause(start("story.txt", "fix", "--in-place", story.toString()));
    assertThat(paused.tmp().getFileName().toString())
        .matches(AtomicFiles.TEMP_NAME.pattern())
        .startsWith(".story.txt.copydesk-" + paused.process().pid() + ".");
    kill(paused.process());

    assertThat(Files.readAllBytes(story)).as("the original, after the kill").isEqualTo(original);
    assertThat(Files.readAllBytes(dir.resolve("story.txt.orig"))).as("the backup, written before").isEqualTo(original);
    assertThat(files()).containsExactlyInAnyOrder("story.txt", "story.txt.orig",
        paused.tmp().getFileName().toString());
    long halfWritten = Files.size(paused.tmp());

    // The next run removes the dead process's temporary file and does the job (the backup is already there).
    Cli.Result stdout = Cli.run("fix", story.toString());
    Cli.Result again = Cli.run("fix", "--in-place", "--force", story.toString());
    assertThat(again.code()).as(again.toString()).isZero();
    byte[] fixed = stdout.out().getBytes(StandardCharsets.UTF_8);
    assertThat(fixed).isNotEqualTo(original);
    assertThat(Files.readAllBytes(story)).isEqualTo(fixed);
    assertThat(files()).containsExactlyInAnyOrder("story.txt", "story.txt.orig");
    assertThat(halfWritten).as("the kill came halfway through the write").isEqualTo(fixed.length / 2);
  }

  @Test
  void checkOutputKilledMidWriteKeepsTheOldReportAndWritesNoNewOne() throws Exception {
    Path old = dir.resolve("report.json");
    Files.writeString(old, "{\"the\": \"report of an earlier run\"}\n");
    Path fresh = dir.resolve("new.json");
    String seed = Cli.seed("txt").toString();
    // Both at once: one replacing a report, one writing a file that does not exist yet.
    Process replacing = start("report.json", "check", seed, "--format", "json", "-o", old.toString());
    Process creating = start("new.json", "check", seed, "--format", "json", "-o", fresh.toString());
    Paused p1 = awaitPause(replacing);
    Paused p2 = awaitPause(creating);

    // A temporary file of a live writer, and files that are not ours, survive a sweep.
    Path notOurs = Files.writeString(dir.resolve(".report.json.123.tmp"), "someone else's");
    AtomicFiles.removeStale(dir);
    assertThat(p1.tmp()).exists();
    assertThat(p2.tmp()).exists();

    kill(replacing);
    kill(creating);
    assertThat(Files.readString(old)).isEqualTo("{\"the\": \"report of an earlier run\"}\n");
    assertThat(fresh).doesNotExist();
    assertThat(files()).containsExactlyInAnyOrder("report.json", ".report.json.123.tmp",
        p1.tmp().getFileName().toString(), p2.tmp().getFileName().toString());
    long halfWritten = Files.size(p1.tmp());

    Cli.Result stdout = Cli.run("check", seed, "--format", "json");
    Cli.Result again = Cli.run("check", seed, "--format", "json", "-o", old.toString());
    assertThat(again.code()).as(again.toString()).isEqualTo(ExitCode.POLICY_FAILED.code());
    assertThat(Files.readString(old)).isEqualTo(stdout.out());
    assertThat(files()).as("the dead writers' temporary files are gone, the others stay")
        .containsExactlyInAnyOrder("report.json", ".report.json.123.tmp");
    assertThat(Files.readString(notOurs)).isEqualTo("someone else's");
    assertThat(halfWritten).as("the kill came halfway through the write")
        .isEqualTo(stdout.out().getBytes(StandardCharsets.UTF_8).length / 2);
  }
}
