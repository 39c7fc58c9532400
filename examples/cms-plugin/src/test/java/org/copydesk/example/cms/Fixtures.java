package org.copydesk.example.cms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test articles under the repository's {@code fixtures/}, reached from this module's folder. */
final class Fixtures {
  /** Surefire runs tests in the module's folder ({@code examples/cms-plugin}), two levels below the root. */
  static final Path DIR = Path.of("../../fixtures");

  private Fixtures() {}

  static Path path(String relative) {
    Path p = DIR.resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(p.toAbsolutePath().normalize() + " not found; run the tests from "
          + "examples/cms-plugin (Maven does)");
    }
    return p;
  }

  static String read(String relative) {
    try {
      return Files.readString(path(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
