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
import org.copydesk.article.Limits;
import org.copydesk.crawl.CrawlReader;
import org.copydesk.report.ReportBatch;

/** The inputs of {@code check} and {@code extract}: files, directories and standard input. */
final class Inputs {
  /** What {@code --input-format} accepts, for its error message. */
  static final String FORMATS = "(expected text, markdown, html or json)";

  private Inputs() {}

  /**
   * Reads one input within {@code limits}: a file, or standard input for {@code -}; the format is guessed unless
   * forced.
   */
  static Article read(String input, Format forced, Limits limits) throws InvalidInputException {
    if (BatchAudit.isCrawl(input)) {
      throw new InvalidInputException(input + ": a crawl file (WARC or JSON Lines) holds many pages; 'copydesk "
          + "check' and 'copydesk baseline' read it page by page");
    }
    return input.equals("-")
        ? Articles.read(System.in, forced, "<stdin>", limits)
        : Articles.read(Path.of(input), forced, limits);
  }

  /**
   * Files as given, directories expanded to their article files in sorted order, and glob patterns (for shells
   * that do not expand them, or quoted: {@code 'articles/**&#47;*.md'}) to the files they match, sorted.
   */
  static List<String> expand(List<String> inputs, List<ReportBatch.InputFailure> failures)
      throws IOException {
    return expand(inputs, failures, false);
  }

  /**
   * As {@link #expand(List, List)}; with {@code crawls}, folders and globs also give their crawl files (WARC, JSON
   * Lines), which {@code check} reads page by page.
   */
  static List<String> expand(List<String> inputs, List<ReportBatch.InputFailure> failures, boolean crawls)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      Path p = in.equals("-") || isGlob(in) ? null : Path.of(in);
      if (p == null && !in.equals("-")) {
        glob(in, out, failures, crawls);
      } else if (p != null && Files.isDirectory(p)) {
        // Links to directories found inside are not followed, so a link to the folder itself or its parent cannot
        // make the walk endless; a link named on the command line is followed ("dir/." goes through it).
        Path start = Files.isSymbolicLink(p) ? p.resolve(".") : p;
        try (Stream<Path> walk = Files.walk(start)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> isInput(f, crawls))
              .filter(f -> within(start, f, in, failures))
              .filter(f -> !f.getFileName().toString().contains(".expected."))
              .map(f -> p.resolve(start.relativize(f)).toString())
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

  /**
   * Whether a file found while walking {@code root} is really inside it. A link to a file elsewhere is left out
   * and reported: a repository audited in CI could otherwise link {@code x.md} to a file outside itself and get
   * excerpts of it into the report.
   */
  private static boolean within(Path root, Path f, String input, List<ReportBatch.InputFailure> failures) {
    if (!Files.isSymbolicLink(f)) {
      return true;
    }
    try {
      if (f.toRealPath().startsWith(root.toRealPath())) {
        return true;
      }
    } catch (IOException e) {
      // a broken link: reported below like one that leads outside
    }
    failures.add(new ReportBatch.InputFailure(f.toString(), f + ": a link to a file outside " + input
        + "; not followed (name the file itself to audit it)"));
    return false;
  }

  /**
   * Why {@code -o output} must not be written, or {@code null}: it is one of the inputs, or a text, Markdown or
   * HTML file inside a folder given as input (it would be read as an article, then replaced by the output).
   */
  static String outputClash(Path output, List<String> inputs) {
    if (output == null || !Files.exists(output)) {
      return null;
    }
    for (String in : inputs) {
      if (in.equals("-") || isGlob(in)) {
        continue;
      }
      Path p = Path.of(in);
      try {
        if (Files.isDirectory(p)) {
          // JSON is left out: a baseline or JSON report refreshed in place is the usual case there
          Format f = Format.fromFileName(output.getFileName().toString()).orElse(Format.JSON);
          if (f != Format.JSON && output.toRealPath().startsWith(p.toRealPath())) {
            return "-o " + output + " is an article file inside the input folder " + in + "; write elsewhere";
          }
        } else if (Files.exists(p) && Files.isSameFile(output, p)) {
          return "-o " + output + " is the input " + in + "; write the output elsewhere";
        }
      } catch (IOException e) {
        // unreadable: the audit says so for the input, the write for the output
      }
    }
    return null;
  }

  /** Whether a file found in a folder is read: an article by its extension, or (with {@code crawls}) a crawl file. */
  private static boolean isInput(Path f, boolean crawls) {
    String name = f.getFileName().toString();
    return Format.fromFileName(name).isPresent() || (crawls && CrawlReader.kindOf(name) != null);
  }

  private static boolean isGlob(String in) {
    return in.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{') && !Files.exists(Path.of(in));
  }

  /** Expands a glob: the folders before its first pattern character are walked, the rest is matched. */
  private static void glob(String pattern, List<String> out, List<ReportBatch.InputFailure> failures,
      boolean crawls) {
    String norm = pattern.replace('\\', '/');
    int first = 0;
    while (first < norm.length() && "*?[{".indexOf(norm.charAt(first)) < 0) {
      first++;
    }
    int slash = norm.lastIndexOf('/', first);
    Path base = Path.of(slash < 0 ? "." : slash == 0 ? "/" : norm.substring(0, slash));
    String rest = norm.substring(slash + 1);
    java.nio.file.PathMatcher m;
    try {
      java.nio.file.PathMatcher deep = base.getFileSystem().getPathMatcher("glob:" + rest);
      // "**/" also matches no folder at all, as in shells with globstar: articles/**/*.md takes articles/a.md.
      java.nio.file.PathMatcher flat = rest.contains("**/")
          ? base.getFileSystem().getPathMatcher("glob:" + rest.replace("**/", "")) : deep;
      m = p -> deep.matches(p) || flat.matches(p);
    } catch (IllegalArgumentException e) {
      failures.add(new ReportBatch.InputFailure(pattern, pattern + ": not a valid glob (" + e.getMessage() + ")"));
      return;
    }
    List<String> found = new ArrayList<>();
    if (Files.isDirectory(base)) {
      try (Stream<Path> walk = Files.walk(base)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> m.matches(base.relativize(f)))
            .filter(f -> isInput(f, crawls))
            .filter(f -> within(base, f, pattern, failures))
            .filter(f -> !f.getFileName().toString().contains(".expected."))
            .map(f -> slash < 0 ? base.relativize(f).toString() : f.toString())
            .sorted()
            .forEach(found::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        failures.add(new ReportBatch.InputFailure(pattern, pattern + ": cannot list "
            + base + " (" + e.getClass().getSimpleName() + ")"));
        return;
      }
    }
    if (found.isEmpty()) {
      failures.add(new ReportBatch.InputFailure(pattern, pattern + ": no file matches"));
    }
    out.addAll(found);
  }
}
