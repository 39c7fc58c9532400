package org.copydesk.internal.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.article.Limits;

/** Shared Jackson mappers and small JSON helpers for the loaders. */
final class Json {
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();
  static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();
  static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper STRICT_DEFAULT_DEPTH = strictMapper(Limits.DEFAULT_MAX_NESTING_DEPTH);

  /**
   * {@link #JSON} with objects and arrays nested at most {@code maxDepth} deep: deeper input fails with a
   * {@link com.fasterxml.jackson.core.exc.StreamConstraintsException} as soon as it is read that far.
   */
  static ObjectMapper strict(int maxDepth) {
    return maxDepth == Limits.DEFAULT_MAX_NESTING_DEPTH ? STRICT_DEFAULT_DEPTH : strictMapper(maxDepth);
  }

  private static ObjectMapper strictMapper(int maxDepth) {
    JsonFactory f = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
        .build();
    return JsonMapper.builder(f).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  }

  private Json() {}

  static JsonNode readLenient(String s) {
    try {
      return LENIENT.readTree(s);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Objects of a JSON-LD document: the root, array items and {@code @graph} members. */
  static List<JsonNode> ldItems(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(n -> out.addAll(ldItems(n)));
    } else if (root.isObject()) {
      out.add(root);
      if (root.has("@graph")) {
        out.addAll(ldItems(root.get("@graph")));
      }
    }
    return out;
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v != null && v.isValueNode() && !v.asText().isBlank() ? v.asText() : null;
  }

  /** A name from a string, an object with {@code name}, or the first of an array of either. */
  static String name(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.size() == 0 ? null : name(n.get(0));
    }
    if (n.isObject()) {
      return text(n, "name");
    }
    return n.asText();
  }

  /** Keys that declare machine-readable provenance (IPTC digital source type, AI-generation flags). */
  static boolean isProvenanceKey(String key) {
    String k = key.toLowerCase(Locale.ROOT).replace('_', '-');
    return k.contains("digitalsourcetype") || k.contains("digital-source-type") || k.startsWith("ai-")
        || k.contains("ai-generated") || k.contains("aigenerated") || k.contains("ai-disclosure")
        || k.equals("generator-ai") || k.contains("synthetic");
  }

  /** The provenance statements among an object's top-level fields, keyed {@code prefix + field name}. */
  static java.util.Map<String, String> provenance(JsonNode object, String prefix) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    if (object != null && object.isObject()) {
      object.properties().forEach(e -> {
        if (isProvenanceKey(e.getKey()) && e.getValue().isValueNode()) {
          out.put(prefix + e.getKey(), e.getValue().asText());
        }
      });
    }
    return out;
  }

  /** The first line of a parser error, without Jackson's source dump. */
  static String firstLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
