package org.copydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.report.ReportBatch;

/** The inputs of {@code check} and {@code extract}: files, directories and standard input. */
final class Inputs {
  /** What {@code --input-format} accepts, for its error message. */
  static final String FORMATS = "(expected text, markdown, html or json)";

  private Inputs() {}

  /** Reads one input: a file, or standard input for {@code -}; the format is guessed unless forced. */
  static Article read(String input, Format forced) throws InvalidInputException {
    return input.equals("-")
        ? Articles.read(System.in, forced, "<stdin>")
        : Articles.read(Path.of(input), forced);
  }

  /** Files as given, directories expanded to their article files in sorted order. */
  static List<String> expand(List<String> inputs, List<ReportBatch.InputFailure> failures)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      Path p = in.equals("-") ? null : Path.of(in);
      if (p != null && Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> Format.fromFileName(f.getFileName().toString()).isPresent())
              .filter(f -> !f.getFileName().toString().contains(".expected."))
              .map(Path::toString)
              .sorted()
              .forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          failures.add(new ReportBatch.InputFailure(in, in + ": cannot list directory ("
              + e.getClass().getSimpleName() + ")"));
        }
      } else {
        out.add(in);
      }
    }
    return out;
  }
}
