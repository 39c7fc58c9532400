package org.copydesk.rules.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the rules' data files from the class path: comment lines start with {@code #}. */
public final class Resources {
  /**
   * Reads the JSON copies token by token into a tree: for these files, the tree an {@code ObjectMapper} gives,
   * without building one (whose set-up costs a one-off command more than reading every data file). Unlike an
   * {@code ObjectMapper}, it refuses content after the first value.
   */
  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The YAML parser, made only when a YAML file has no current JSON copy (a build that stopped before
   * {@link JsonTwins} ran, or a copy from before an edit).
   */
  private static final class Yaml {
    static final YAMLMapper MAPPER = new YAMLMapper();
  }

  private Resources() {}

  /** Non-blank, non-comment lines of a resource, stripped. */
  public static List<String> lines(String path) {
    List<String> out = new ArrayList<>();
    try (InputStream in = open(path);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return out;
  }

  /**
   * A YAML resource as a tree: read from its JSON copy ({@code PATH.json}, written by {@link JsonTwins} at build
   * time) when the class path has one made from these very bytes (its length and CRC-32 match), else from the YAML
   * itself, so that an edited file is never read as it was (a build that stopped before the copies were written).
   */
  public static JsonNode yaml(String path) {
    byte[] yaml;
    try (InputStream in = open(path)) {
      yaml = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    try (InputStream twin = Resources.class.getResourceAsStream(path + JsonTwins.SUFFIX)) {
      return read(yaml, twin);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** A YAML file's tree, from its JSON copy ({@code null}: none) when that was made from these bytes. */
  static JsonNode read(byte[] yaml, InputStream twin) throws IOException {
    if (twin != null) {
      JsonNode copy = tree(twin);
      if (copy.path(JsonTwins.LENGTH).asLong(-1) == yaml.length
          && copy.path(JsonTwins.CRC32).asLong(-1) == JsonTwins.crc32(yaml)) {
        return copy.has(JsonTwins.TREE) ? copy.get(JsonTwins.TREE) : MissingNode.getInstance();
      }
    }
    return Yaml.MAPPER.readTree(yaml);
  }

  /**
   * Reads a few lines of JSON and throws the tree away: the parser's classes are then loaded and initialised, in
   * the calling thread (a second thread does this while a one-off command is still parsing its own options).
   */
  public static void warmUp() {
    try {
      tree(new java.io.ByteArrayInputStream("{\"warm\": [\"up\", {\"a\": 1.5, \"b\": true}]}"
          .getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One JSON document as a tree ({@link MissingNode} when empty). */
  static JsonNode tree(InputStream in) throws IOException {
    try (JsonParser p = JSON.createParser(in)) {
      JsonToken t = p.nextToken();
      JsonNode root = t == null ? MissingNode.getInstance() : value(p, t);
      if (p.nextToken() != null) {
        throw new IOException("more than one JSON value");
      }
      return root;
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
          a.add(value(p, k));
        }
        return a;
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IOException("unexpected " + t + " at " + p.currentLocation());
    }
  }

  private static InputStream open(String path) {
    InputStream in = Resources.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return in;
  }
}
