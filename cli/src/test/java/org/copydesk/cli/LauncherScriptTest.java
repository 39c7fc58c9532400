package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./copydesk} launcher picks the JVM's options from the command (docs/performance.md): the quick compiler
 * and the archive for a check of one file or of up to 2,000, the second thread for one article only, the optimising
 * compiler for larger checks and the server, and {@code COPYDESK_JAVA_OPTS} alone when set. Run with a stand-in
 * {@code java} that prints its arguments, in a copy of the launcher beside an empty jar (so no archive is trained).
 */
class LauncherScriptTest {
  private static final Path LAUNCHER = Path.of("..", "copydesk");
  @TempDir
  Path home;
  private Path launcher;
  private Path work;

  @BeforeEach
  void standIns() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && Files.exists(LAUNCHER), "POSIX sh and the launcher");
    Path jdk = Files.createDirectories(home.resolve("jdk/bin"));
    Files.writeString(home.resolve("jdk/release"), "JAVA_VERSION=\"17.0.15\"\n");
    Path java = jdk.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path install = Files.createDirectories(home.resolve("install/cli/target"));
    Files.write(install.resolve("copydesk.jar"), new byte[0]);
    launcher = home.resolve("install/copydesk");
    Files.copy(LAUNCHER, launcher);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    work = Files.createDirectories(home.resolve("work"));
  }

  @Test
  void oneArticleGetsTheQuickCompilerAndTheSecondThread() throws Exception {
    Files.writeString(work.resolve("a.txt"), "text");
    String args = run(Map.of(), "check", "a.txt");
    assertThat(args).contains("-XX:TieredStopAtLevel=1", "-Dcopydesk.preload=true").endsWith("check a.txt");
  }

  @Test
  void aSmallFolderGetsTheQuickCompilerWithoutTheSecondThread() throws Exception {
    Path dir = Files.createDirectories(work.resolve("site/sub"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(dir.resolve(i + ".md"), "text");
    }
    String args = run(Map.of(), "check", "site", "--format", "json");
    assertThat(args).contains("-XX:TieredStopAtLevel=1").doesNotContain("copydesk.preload");
  }

  @Test
  void aFolderOfMoreThanTwoThousandFilesKeepsTheOptimisingCompiler() throws Exception {
    Path dir = Files.createDirectories(work.resolve("big"));
    for (int i = 0; i < 1_999; i++) {
      Files.write(dir.resolve(i + ".txt"), new byte[0]);
    }
    Files.writeString(work.resolve("one.txt"), "text");
    assertThat(run(Map.of(), "check", "big", "one.txt")).contains("-XX:TieredStopAtLevel=1"); // 2,000 files
    Files.write(dir.resolve("last.txt"), new byte[0]);
    assertThat(run(Map.of(), "check", "big", "one.txt")).doesNotContain("TieredStopAtLevel"); // 2,001
  }

  @Test
  void theServerAndSetOptionsKeepTheirOwn() throws Exception {
    Files.writeString(work.resolve("a.txt"), "text");
    assertThat(run(Map.of(), "serve", "--port", "0")).doesNotContain("TieredStopAtLevel");
    assertThat(run(Map.of("COPYDESK_JAVA_OPTS", "-Xmx64m"), "check", "a.txt"))
        .startsWith("-Xmx64m -jar").doesNotContain("TieredStopAtLevel");
  }

  private String run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
    pb.environment().remove("COPYDESK_JAVA_OPTS");
    pb.environment().put("JAVA_HOME", home.resolve("jdk").toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
