package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code copydesk check|baseline} command line of the integration pages in {@code docs/integrations}
 * against sample articles, so a copy-paste snippet cannot drift from the tool.
 */
class IntegrationDocsTest {
  private static final Pattern COMMAND = Pattern.compile("\\bcopydesk ((?:check|baseline)\\b[^'\"\\n]*)");

  static Stream<Path> pages() throws Exception {
    Path dir = Cli.fixtures().toAbsolutePath().getParent().resolve("docs/integrations");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
          .sorted().toList().stream();
    }
  }

  /** The command lines inside the fenced code blocks of a page; a line with no files gets them appended. */
  static List<String> commands(Path page) throws Exception {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      Matcher m = COMMAND.matcher(line);
      if (fenced && m.find()) {
        out.add(m.group(1).strip());
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everySnippetRuns(Path page, @TempDir Path dir) throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    try (Stream<Path> seed = Files.list(Cli.fixtures().resolve("seed"))) {
      for (Path p : seed.filter(p -> !p.getFileName().toString().contains(".expected.")).toList()) {
        Files.copy(p, articles.resolve(p.getFileName()));
      }
    }
    Path baseline = dir.resolve("copydesk-baseline.json");
    assertThat(Cli.run("baseline", "-o", baseline.toString(), articles.toString()).code()).isZero();

    List<String> commands = commands(page);
    assertThat(commands).as("copydesk commands in " + page.getFileName()).isNotEmpty();
    for (String command : commands) {
      List<String> args = new ArrayList<>();
      String output = null;
      boolean files = false;
      String[] tokens = command.split("\\s+");
      for (int i = 0; i < tokens.length; i++) {
        String t = tokens[i];
        if (t.equals("articles/")) {
          args.add(articles.toString());
          files = true;
        } else if (t.equals("copydesk-baseline.json")) {
          args.add(baseline.toString());
        } else if ((t.equals("-o") || t.equals("--output")) && i + 1 < tokens.length) {
          output = tokens[++i];
          args.add(t);
          args.add(dir.resolve(output).toString());
        } else {
          args.add(t);
        }
      }
      if (!files) { // pre-commit and xargs hand the file names over
        args.add(articles.resolve("sco-chairmanship.md").toString());
      }
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      String what = page.getFileName() + ": copydesk " + command + "\n" + r;
      assertThat(r.code()).as(what).isIn(0, 1);
      if (command.contains("--fail-on never")) {
        assertThat(r.code()).as(what).isZero();
      }
      if (command.contains("--format github")) {
        // Workflow commands only, ending with the summary notice (with a baseline, old findings are not annotated).
        assertThat(r.out().lines().toList()).as(what).isNotEmpty().allMatch(l -> l.startsWith("::"))
            .last().asString().startsWith("::notice title=copydesk summary::");
      }
      if (output != null) {
        checkOutput(dir.resolve(output), what);
      }
    }
  }

  private static void checkOutput(Path file, String what) throws Exception {
    assertThat(file).as(what).isNotEmptyFile();
    String name = file.getFileName().toString();
    if (name.endsWith(".json") || name.endsWith(".sarif")) {
      assertThat(Cli.json(Files.readString(file)).isContainerNode()).as(what).isTrue();
    } else if (name.endsWith(".xml")) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      assertThat(f.newDocumentBuilder().parse(file.toFile()).getDocumentElement()).as(what).isNotNull();
    } else if (name.endsWith(".html")) {
      assertThat(Files.readString(file)).as(what).contains("<html");
    }
  }
}
