package org.copydesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Runs the CLI in-process through {@link Main#run}, capturing stdout and stderr; finds the shared fixtures. */
public final class Cli {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Cli() {}

  /** The outcome of one run. */
  record Result(int code, String out, String err) {
    /** Non-empty lines of stderr. */
    List<String> errLines() {
      return err.lines().filter(l -> !l.isEmpty()).toList();
    }

    /** Stdout parsed as JSON. */
    JsonNode json() {
      return Cli.json(out);
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.run(args, o, e);
    }
    return new Result(code, out.toString(), err.toString());
  }

  /** The shared fixtures folder: system property {@code copydesk.fixtures}, else {@code ../fixtures}. */
  public static Path fixtures() {
    return Path.of(System.getProperty("copydesk.fixtures", "../fixtures"));
  }

  public static Path seed(String ext) {
    return fixtures().resolve("seed").resolve("sco-chairmanship." + ext);
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }
}
