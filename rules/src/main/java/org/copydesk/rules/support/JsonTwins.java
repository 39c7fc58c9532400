package org.copydesk.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (the rules module's {@code process-classes} phase): writes beside each YAML data file in the compiled
 * classes a JSON copy of the same tree, named {@code NAME.yaml.json}, which {@link Resources#yaml} reads instead.
 * The YAML files stay the source that people edit; the copies only spare a one-off command the YAML parser at
 * start-up (JSON parses in about half the time, and the YAML parser's classes are then never loaded). A copy holds
 * {@code {"length": …, "crc32": …, "tree": …}}: the YAML file's length and CRC-32, so that a copy left from before
 * an edit is never read (then the YAML is), and its tree ({@code tree} absent for an empty file). A copy is
 * rewritten only when its content changes, and one whose YAML file is gone is deleted. {@code JsonTwinsTest}
 * checks that every copy holds its YAML's tree.
 *
 * <p>Usage: {@code JsonTwins CLASSES_DIR}
 */
public final class JsonTwins {
  /** What a copy's name adds to its YAML file's name. */
  static final String SUFFIX = ".json";
  /** The fields of a copy: the YAML file's length in bytes, its CRC-32, and its tree. */
  static final String LENGTH = "length";
  static final String CRC32 = "crc32";
  static final String TREE = "tree";

  private JsonTwins() {}

  /**
   * Writes the copies.
   *
   * @param args the compiled classes' directory
   * @throws IOException when a file cannot be read or written, or is not valid YAML (the build fails)
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: JsonTwins CLASSES_DIR");
    }
    Path root = Path.of(args[0]);
    List<Path> sources;
    List<Path> orphans;
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> all = files.toList();
      sources = all.stream().filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      orphans = all.stream().filter(p -> p.getFileName().toString().endsWith(".yaml" + SUFFIX))
          .filter(p -> !Files.exists(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.json$", ""))))
          .toList();
    }
    for (Path orphan : orphans) {
      Files.delete(orphan); // its YAML file was removed or renamed
    }
    YAMLMapper yaml = new YAMLMapper();
    JsonMapper json = new JsonMapper();
    int written = 0;
    for (Path source : sources) {
      byte[] content = Files.readAllBytes(source);
      JsonNode tree;
      try {
        tree = yaml.readTree(content);
      } catch (IOException e) {
        throw new IOException(root.relativize(source) + ": " + e.getMessage(), e);
      }
      com.fasterxml.jackson.databind.node.ObjectNode copy = json.createObjectNode();
      copy.put(LENGTH, content.length);
      copy.put(CRC32, crc32(content));
      if (!tree.isMissingNode()) {
        copy.set(TREE, tree);
      }
      byte[] bytes = json.writeValueAsBytes(copy);
      Path twin = source.resolveSibling(source.getFileName() + SUFFIX);
      if (Files.exists(twin) && java.util.Arrays.equals(Files.readAllBytes(twin), bytes)) {
        continue;
      }
      Path temporary = twin.resolveSibling(twin.getFileName() + ".tmp");
      Files.write(temporary, bytes);
      Files.move(temporary, twin, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      written++;
    }
    System.out.printf("json twins: %d of %d YAML data files written%n", written, sources.size());
  }

  /** The CRC-32 of some bytes. */
  static long crc32(byte[] bytes) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes);
    return crc.getValue();
  }
}
