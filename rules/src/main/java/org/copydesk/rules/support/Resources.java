package org.copydesk.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
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
  private static final YAMLMapper YAML = new YAMLMapper();

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

  /** A YAML resource as a tree. */
  public static JsonNode yaml(String path) {
    try (InputStream in = open(path)) {
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Reads a few lines of YAML and throws the tree away: the parser's classes are then loaded and initialised, in
   * the calling thread (a second thread does this while a one-off command is still parsing its own options).
   */
  public static void warmUp() {
    try {
      YAML.readTree("warm: [up, {a: 1}]\n");
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
