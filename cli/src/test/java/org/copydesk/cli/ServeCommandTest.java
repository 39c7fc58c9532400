package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk serve}'s options: every bad value is a one-line usage error (exit 2) before anything binds. */
class ServeCommandTest {
  @TempDir Path dir;

  private static void usage(String expected, String... args) {
    Cli.Result r = Cli.run(args);
    assertThat(r.code()).as("exit code of %s; err: %s", String.join(" ", args), r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("copydesk: ").contains(expected);
    assertThat(r.err().strip().lines().count()).as("one line: %s", r.err()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("listening");
  }

  @Test
  void aNonLoopbackAddressNeedsATokenOrAnExplicitOptOut() {
    usage("lets other machines in", "serve", "--host", "0.0.0.0", "--port", "0");
  }

  @Test
  void badValuesAreUsageErrors() throws Exception {
    usage("--max-request-size", "serve", "--port", "0", "--max-request-size", "lots");
    usage("--max-request-size", "serve", "--port", "0", "--max-request-size", "0");
    usage("--timeout", "serve", "--port", "0", "--timeout", "5 minutes");
    usage("--timeout", "serve", "--port", "0", "--timeout", "0s");
    usage("--workers", "serve", "--port", "0", "--workers", "0");
    usage("--port", "serve", "--port", "70000");
    usage("--cors-origin", "serve", "--port", "0", "--cors-origin", "cms.example.org/path");
    usage("--host: unknown address", "serve", "--port", "0", "--host", "no-such-host.invalid");
    usage("--token-file: cannot read", "serve", "--port", "0", "--token-file", dir.resolve("none").toString());
    Path shortToken = Files.writeString(dir.resolve("token"), "abc\n");
    usage("at least 16", "serve", "--port", "0", "--token-file", shortToken.toString());
    Path empty = Files.writeString(dir.resolve("empty"), "  \n");
    usage("is empty", "serve", "--port", "0", "--token-file", empty.toString());
    Path policy = Files.writeString(dir.resolve("copydesk.yaml"), "failOn: sometimes\n");
    usage("copydesk.yaml:1:9", "serve", "--port", "0", "--policy", policy.toString());
    usage("--access-log: cannot open", "serve", "--port", "0", "--access-log", dir.resolve("no/such/dir/log")
        .toString());
  }

  @Test
  void sizesAndTimesParse() {
    assertThat(OptionValues.size("512KB", "x", 64L << 20)).isEqualTo(512 * 1024);
    assertThat(OptionValues.size("10mb", "x", 64L << 20)).isEqualTo(10 << 20);
    assertThat(OptionValues.size("4096", "x", 64L << 20)).isEqualTo(4096);
    assertThat(OptionValues.duration("500ms", "x", 1, Duration.ofMinutes(5))).isEqualTo(Duration.ofMillis(500));
    assertThat(OptionValues.duration("2m", "x", 1, Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(2));
    assertThat(OptionValues.duration("15", "x", 1, Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(15));
    assertThatThrownBy(() -> OptionValues.size("2GB", "--max-request-size", 64L << 20)).hasMessageStartingWith(
        "--max-request-size");
  }

  @Test
  void hugeNumbersAreUsageErrorsNotOverflows() {
    usage("--timeout: '99999999999999999m' is out of range", "serve", "--port", "0", "--timeout",
        "99999999999999999m");
    usage("--timeout: '6m' is out of range", "serve", "--port", "0", "--timeout", "6m");
    usage("--timeout: '0' is out of range", "serve", "--port", "0", "--timeout", "0");
    usage("--grace: '999999999999999999' is out of range", "serve", "--port", "0", "--grace", "999999999999999999");
    usage("--max-request-size: '9999999999999MB' is out of range", "serve", "--port", "0", "--max-request-size",
        "9999999999999MB");
    usage("--max-request-size: expected a size", "serve", "--port", "0", "--max-request-size",
        "99999999999999999999999");
    usage("--queue: expected 0 to 10000", "serve", "--port", "0", "--queue", "100000");
    usage("--workers: expected 1 to 256", "serve", "--port", "0", "--workers", "1000");
  }

  @Test
  void helpListsTheEndpointsAndExitCodes() {
    Cli.Result r = Cli.run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("/v1/audit").contains("--token-file").contains("SIGTERM").contains("docs/serve.md");
    assertThat(Cli.run("--help").out()).contains("serve");
  }
}
