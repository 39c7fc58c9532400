package org.copydesk.internal.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML document read into maps, lists and scalars that remember where they start (1-based line and column),
 * so that every error can point at its place. Aliases ({@code *name}) are refused rather than expanded, so an
 * "alias bomb" is an error and not a hang; duplicate keys are refused too.
 */
final class YamlTree {
  /** The most nesting a policy needs is small; a deeper document is an error, not a stack overflow. */
  private static final int MAX_DEPTH = 32;
  private static final int MAX_CHARS = 1 << 20;

  private YamlTree() {}

  /** Where a node starts. */
  record Pos(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  /** A node of the tree. */
  sealed interface Node permits MapNode, ListNode, Scalar {
    Pos pos();

    /** What the node is, for "got ..." in messages. */
    String kind();
  }

  /** A key of a map, with where it is written. */
  record Key(String name, Pos pos) {}

  /** A mapping; keys in document order. */
  record MapNode(Pos pos, Map<String, Key> keys, Map<String, Node> values) implements Node {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** A sequence. */
  record ListNode(Pos pos, List<Node> items) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A scalar: {@code value} is a String, Long, Double, Boolean or {@code null}.
   *
   * @param text the scalar as written
   */
  record Scalar(Pos pos, Object value, String text) implements Node {
    @Override
    public String kind() {
      if (value == null) {
        return "an empty value";
      }
      if (value instanceof Boolean) {
        return "the boolean " + text;
      }
      if (value instanceof Number) {
        return "the number " + text;
      }
      return "the text '" + text + "'";
    }
  }

  /** A problem at a place; the parser turns it into {@code NAME:LINE:COL: message}. */
  static final class Problem extends RuntimeException {
    final Pos pos;

    Problem(Pos pos, String message) {
      super(message, null, false, false);
      this.pos = pos;
    }
  }

  /** Reads one YAML (or JSON) document; an empty document is {@code null}. */
  static Node read(String text) {
    if (text.length() > MAX_CHARS) {
      throw new Problem(new Pos(1, 1), "the file is larger than " + (MAX_CHARS >> 10) + " KiB; expected a policy");
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH + 8);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build()).build();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      Node root = node(p, t, 0);
      JsonToken next = p.nextToken();
      if (next != null) {
        throw new Problem(pos(p), "a second YAML document; expected one document");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String m = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage();
      m = m.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("malformed YAML");
      throw new Problem(l == null || l.getLineNr() < 1 ? new Pos(1, 1) : new Pos(l.getLineNr(), l.getColumnNr()),
          m + "; expected well-formed YAML");
    } catch (IOException e) {
      throw new Problem(new Pos(1, 1), "cannot read (" + e.getClass().getSimpleName() + ")");
    } catch (RuntimeException e) {
      if (e instanceof Problem) {
        throw e;
      }
      // SnakeYAML's own limits (aliases, nesting, size) surface as its unchecked exceptions
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new Problem(new Pos(1, 1), m + "; expected well-formed YAML");
    }
  }

  private static Node node(JsonParser p, JsonToken t, int depth) throws IOException {
    Pos at = pos(p);
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      throw new Problem(at, "YAML alias '*" + p.getText() + "' is not supported; expected the value written out");
    }
    if (depth > MAX_DEPTH) {
      throw new Problem(at, "nested more than " + MAX_DEPTH + " levels deep; expected a policy");
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, Key> keys = new LinkedHashMap<>();
        Map<String, Node> values = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          Pos kp = pos(p);
          String name = p.currentName();
          if (keys.containsKey(name)) {
            throw new Problem(kp, "duplicate key '" + name + "' (first at " + keys.get(name).pos()
                + "); expected each key once");
          }
          keys.put(name, new Key(name, kp));
          values.put(name, node(p, p.nextToken(), depth + 1));
        }
        return new MapNode(at, Collections.unmodifiableMap(keys), Collections.unmodifiableMap(values));
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          items.add(node(p, i, depth + 1));
        }
        return new ListNode(at, List.copyOf(items));
      }
      case VALUE_STRING -> {
        // an empty scalar ("key:" at the end of a document) is nothing, as it is elsewhere
        return p.getText().isEmpty() ? new Scalar(at, null, "") : new Scalar(at, p.getText(), p.getText());
      }
      case VALUE_NUMBER_INT -> {
        Object v;
        try {
          v = p.getLongValue();
        } catch (IOException e) {
          v = p.getDoubleValue();
        }
        return new Scalar(at, v, p.getText());
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Scalar(at, p.getDoubleValue(), p.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(at, t == JsonToken.VALUE_TRUE, p.getText());
      }
      case VALUE_NULL -> {
        return new Scalar(at, null, "");
      }
      default -> throw new Problem(at, "unexpected " + t + "; expected a value");
    }
  }

  private static Pos pos(JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return new Pos(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }
}
