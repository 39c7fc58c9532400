package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Node.js client example ({@code examples/node-client}) against the server built here: runs the example's
 * own test ({@code node --test}), which starts {@code copydesk serve} as {@code java -cp <this test's class path>
 * org.copydesk.cli.Main}, audits the seed and a clean article over HTTP, runs the client as a command and stops
 * the server with SIGTERM. Skipped when Node.js 18 or later is not on the PATH.
 */
class NodeClientTest {
  private static final long TIMEOUT_SECONDS = 120;
  private static final int MIN_NODE = 18;
  private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.\\d+\\.\\d+.*");

  @Test
  void nodeClientTestPassesAgainstThisServer(@TempDir Path dir) throws Exception {
    Path node = onPath("node");
    assumeTrue(node != null, "Node.js not found on the PATH: the Node.js client example test is skipped"
        + " (install Node.js " + MIN_NODE + "+ to run it)");
    int major = nodeMajor(node, dir);
    assumeTrue(major >= MIN_NODE, "Node.js at " + node + " is version " + (major < 0 ? "unknown" : major)
        + "; the Node.js client example needs " + MIN_NODE + "+ (global fetch, node:test): test skipped");

    Path root = Cli.fixtures().toAbsolutePath().normalize().getParent();
    Path test = root.resolve("examples/node-client/client.test.mjs");
    assertThat(test).as("the Node.js client's test").isRegularFile();
    List<String> serve = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", absoluteClassPath(), "org.copydesk.cli.Main");

    Path log = dir.resolve("node-test.log");
    ProcessBuilder pb = new ProcessBuilder(node.toString(), "--test", test.toString())
        .directory(root.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("COPYDESK_SERVE_CMD", new ObjectMapper().writeValueAsString(serve));
    pb.environment().remove("COPYDESK_URL");
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly); // the server too
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      fail("node --test %s did not finish within %d s; its output:%n%s", test, TIMEOUT_SECONDS, read(log));
    }
    String out = read(log);
    assertThat(p.exitValue()).as("exit code of node --test %s; its output:%n%s", test, out).isZero();
    // The summary of the TAP reporter (# pass 8) or of the spec reporter (ℹ pass 8), whichever node picked.
    assertThat(out).as("node's output").containsPattern("(?m)^\\S pass [1-9]").containsPattern("(?m)^\\S fail 0$");
  }

  /** The class path with every entry absolute: the server runs in another working directory. */
  private static String absoluteClassPath() {
    List<String> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
      if (!e.isEmpty()) {
        entries.add(Path.of(e).toAbsolutePath().toString());
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(Pattern.quote(File.pathSeparator))) {
      if (d.isEmpty()) {
        continue;
      }
      Path p = Path.of(d, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** The major version of {@code node --version}, or -1 when it does not answer like Node.js. */
  private static int nodeMajor(Path node, Path dir) throws IOException, InterruptedException {
    Path out = dir.resolve("node-version.txt");
    Process p = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true)
        .redirectOutput(out.toFile()).start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    Matcher m = NODE_VERSION.matcher(read(out).strip());
    return p.exitValue() == 0 && m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
