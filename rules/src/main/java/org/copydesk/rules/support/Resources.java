package org.copydesk.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
  private static final JsonMapper JSON = new JsonMapper();

  /** The YAML parser, made only when a YAML file has no JSON copy (a build that skipped {@link JsonTwins}). */
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
   * time) when the class path has one, else from the YAML itself.
   */
  public static JsonNode yaml(String path) {
    try (InputStream twin = Resources.class.getResourceAsStream(path + JsonTwins.SUFFIX)) {
      if (twin != null) {
        return JSON.readTree(twin);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + JsonTwins.SUFFIX, e);
    }
    try (InputStream in = open(path)) {
      return Yaml.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Reads a few lines of JSON and throws the tree away: the parser's classes are then loaded and initialised, in
   * the calling thread (a second thread does this while a one-off command is still parsing its own options).
   */
  public static void warmUp() {
    try {
      JSON.readTree("{\"warm\": [\"up\", {\"a\": 1}]}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
