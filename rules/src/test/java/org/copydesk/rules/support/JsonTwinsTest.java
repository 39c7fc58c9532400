package org.copydesk.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON copies the build writes hold their YAML files' trees, and the rules read them. */
class JsonTwinsTest {
  private static final Path SOURCES = Path.of("src/main/resources");

  @Test
  void everyYamlDataFileHasAnUpToDateCopyOnTheClassPath() throws IOException {
    List<Path> yamls;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      yamls = files.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
    assertThat(yamls).hasSizeGreaterThanOrEqualTo(7);
    YAMLMapper yaml = new YAMLMapper();
    for (Path p : yamls) {
      String resource = "/" + SOURCES.relativize(p).toString().replace('\\', '/');
      assertThat(Resources.class.getResource(resource + JsonTwins.SUFFIX)).as(resource).isNotNull();
      // a stale copy (the YAML edited, the build step not run) reads differently from the file
      assertThat(Resources.yaml(resource)).as(resource).isEqualTo(yaml.readTree(p.toFile()));
    }
  }

  @Test
  void writesCopiesAndLeavesUnchangedOnesAlone(@TempDir Path dir) throws IOException {
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(sub.resolve("x.yaml"), "# a comment\nentries:\n  - kind: k\n    patterns: ['a\\s+b', \"é\"]\n");
    Files.writeString(dir.resolve("notes.txt"), "not yaml");
    JsonTwins.main(new String[] {dir.toString()});
    Path twin = sub.resolve("x.yaml.json");
    assertThat(Files.readString(twin)).isEqualTo("{\"entries\":[{\"kind\":\"k\",\"patterns\":[\"a\\\\s+b\",\"é\"]}]}");
    assertThat(dir.resolve("notes.txt.json")).doesNotExist();

    Files.setLastModifiedTime(twin, java.nio.file.attribute.FileTime.fromMillis(0));
    JsonTwins.main(new String[] {dir.toString()});
    assertThat(Files.getLastModifiedTime(twin).toMillis()).isZero(); // same content: not rewritten

    Files.writeString(sub.resolve("x.yaml"), "entries: []\n");
    JsonTwins.main(new String[] {dir.toString()});
    assertThat(Files.readString(twin)).isEqualTo("{\"entries\":[]}");
  }

  @Test
  void readsTheTreeAnObjectMapperReads() throws IOException {
    String json = "{\"s\": \"é \\u00e9 \\\"q\\\"\", \"i\": 42, \"n\": -7, \"l\": 12345678901, "
        + "\"b\": 123456789012345678901234567890, \"f\": 1.5, \"e\": 2e-3, \"t\": true, \"no\": false, "
        + "\"z\": null, \"a\": [1, [], {}, [\"x\", {\"k\": [null]}]], \"o\": {\"dup\": 1, \"dup\": 2}}";
    com.fasterxml.jackson.databind.JsonNode expected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertThat(Resources.tree(bytes(json))).isEqualTo(expected);
    assertThat(Resources.tree(bytes("[]"))).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().readTree("[]"));
    assertThat(Resources.tree(bytes("  ")).isMissingNode()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Resources.tree(bytes("{\"a\": [1, 2}")))
        .isInstanceOf(IOException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Resources.tree(bytes("{} {}")))
        .isInstanceOf(IOException.class);
  }

  private static java.io.InputStream bytes(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aBrokenYamlFileFailsTheBuildWithItsName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), "a: [unclosed\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonTwins.main(new String[] {dir.toString()}))
        .isInstanceOf(IOException.class).hasMessageContaining("bad.yaml");
  }
}
