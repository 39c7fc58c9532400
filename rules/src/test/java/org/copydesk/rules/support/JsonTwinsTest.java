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
      byte[] source = Files.readAllBytes(p);
      com.fasterxml.jackson.databind.JsonNode copy;
      try (java.io.InputStream in = Resources.class.getResourceAsStream(resource + JsonTwins.SUFFIX)) {
        assertThat(in).as(resource).isNotNull();
        copy = Resources.tree(in);
      }
      // made from the file as it is now (a copy left from before an edit would be skipped, and the YAML read)
      assertThat(copy.path(JsonTwins.LENGTH).asLong()).as(resource).isEqualTo(source.length);
      assertThat(copy.path(JsonTwins.CRC32).asLong()).as(resource).isEqualTo(JsonTwins.crc32(source));
      assertThat(copy.get(JsonTwins.TREE)).as(resource).isEqualTo(yaml.readTree(source));
      assertThat(Resources.yaml(resource)).as(resource).isEqualTo(yaml.readTree(source));
    }
  }

  @Test
  void writesCopiesAndLeavesUnchangedOnesAlone(@TempDir Path dir) throws IOException {
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(sub.resolve("x.yaml"), "# a comment\nentries:\n  - kind: k\n    patterns: ['a\\s+b', \"é\"]\n");
    Files.writeString(dir.resolve("notes.txt"), "not yaml");
    JsonTwins.main(new String[] {dir.toString()});
    Path twin = sub.resolve("x.yaml.json");
    byte[] yaml = Files.readAllBytes(sub.resolve("x.yaml"));
    assertThat(Files.readString(twin)).isEqualTo("{\"length\":" + yaml.length + ",\"crc32\":" + JsonTwins.crc32(yaml)
        + ",\"tree\":{\"entries\":[{\"kind\":\"k\",\"patterns\":[\"a\\\\s+b\",\"é\"]}]}}");
    assertThat(dir.resolve("notes.txt.json")).doesNotExist();

    Files.setLastModifiedTime(twin, java.nio.file.attribute.FileTime.fromMillis(0));
    JsonTwins.main(new String[] {dir.toString()});
    assertThat(Files.getLastModifiedTime(twin).toMillis()).isZero(); // same content: not rewritten

    Files.writeString(sub.resolve("x.yaml"), "entries: []\n");
    JsonTwins.main(new String[] {dir.toString()});
    assertThat(Files.readString(twin)).endsWith(",\"tree\":{\"entries\":[]}}");

    Files.delete(sub.resolve("x.yaml"));
    JsonTwins.main(new String[] {dir.toString()});
    assertThat(twin).doesNotExist(); // its YAML file is gone
  }

  @Test
  void aCopyIsReadOnlyWhenMadeFromTheSameBytes(@TempDir Path dir) throws IOException {
    byte[] yaml = "a: 1\nb: [x]\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String header = "{\"length\": " + yaml.length + ", \"crc32\": " + JsonTwins.crc32(yaml);
    // a copy made from these bytes is read as it is (here it says something else, to show which was read)
    assertThat(Resources.read(yaml, bytes(header + ", \"tree\": {\"from\": \"copy\"}}")).path("from").asText())
        .isEqualTo("copy");
    // a copy left from before an edit (another length or CRC-32) is not: the YAML is read
    String stale = "{\"length\": " + yaml.length + ", \"crc32\": " + (JsonTwins.crc32(yaml) ^ 1)
        + ", \"tree\": {\"from\": \"copy\"}}";
    assertThat(Resources.read(yaml, bytes(stale))).isEqualTo(new YAMLMapper().readTree(yaml));
    assertThat(Resources.read(yaml, bytes("{\"tree\": {\"from\": \"copy\"}}")))
        .isEqualTo(new YAMLMapper().readTree(yaml));
    assertThat(Resources.read(yaml, null)).isEqualTo(new YAMLMapper().readTree(yaml));

    // an empty file: no tree in the copy, a missing node either way
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "# nothing yet\n");
    JsonTwins.main(new String[] {dir.toString()});
    byte[] none = Files.readAllBytes(empty);
    assertThat(Resources.read(none, Files.newInputStream(dir.resolve("empty.yaml.json"))).isMissingNode()).isTrue();
    assertThat(new YAMLMapper().readTree(none).isMissingNode()).isTrue();
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
