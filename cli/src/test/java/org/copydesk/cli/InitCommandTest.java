package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.report.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheCommentedDefaults() throws IOException {
    Cli.Result r = Cli.run("init", dir.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    Path file = dir.resolve("copydesk.yaml");
    assertThat(r.out()).contains("wrote " + file);
    String text = Files.readString(file);
    assertThat(text).startsWith("# yaml-language-server: $schema=https://");
    assertThat(Policy.load(file)).isEqualTo(Policy.defaults());
    for (String key : org.copydesk.internal.policy.PolicyDocument.TOP_KEYS) {
      assertThat(text).as("every key is written out").containsPattern("(?m)^" + key + ":");
    }
  }

  @Test
  void refusesToOverwriteWithoutForce() throws IOException {
    Path file = Files.writeString(dir.resolve("copydesk.yaml"), "failOn: never\n");
    Cli.Result r = Cli.run("init", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("copydesk: " + file + " exists; use --force to overwrite it");
    assertThat(Files.readString(file)).isEqualTo("failOn: never\n");

    Cli.Result forced = Cli.run("init", "--force", dir.toString());
    assertThat(forced.code()).isZero();
    assertThat(Policy.load(file)).isEqualTo(Policy.defaults());
  }

  @Test
  void refusesBesideAHiddenPolicyFileAndOutsideAFolder() throws IOException {
    Files.writeString(dir.resolve(".copydesk.yaml"), "");
    Cli.Result r = Cli.run("init", "--force", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(".copydesk.yaml exists");
    assertThat(dir.resolve("copydesk.yaml")).doesNotExist();

    Cli.Result missing = Cli.run("init", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.errLines()).containsExactly("copydesk: " + dir.resolve("nope") + " is not a folder");
  }

  @Test
  void schemaWritesALocalCopyForEditors() throws IOException {
    Cli.Result r = Cli.run("init", "--schema", dir.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readString(dir.resolve("copydesk.yaml")))
        .startsWith("# yaml-language-server: $schema=copydesk-policy.schema.json\n");
    assertThat(Files.readString(dir.resolve("copydesk-policy.schema.json"))).contains("\"$id\"");
  }
}
