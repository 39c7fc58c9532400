package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Limits;
import org.copydesk.report.ReportBatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk extract}: prints the article body of pages, without the page's furniture. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the article body of web pages (or any article file): the main text without navigation, "
        + "sidebars, related-story boxes, share bars, comments, footer, title and photo captions.",
    footer = {"", "JSON output is the article-extraction benchmark's prediction shape:",
        "  {\"<file name without extension>\": {\"articleBody\": \"...\"}}",
        "", "Exit codes: 0 every input was read; 2 usage error; 3 an input was unreadable (the others are still "
        + "printed)."})
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*",
      description = "pages or articles to read; a directory is read recursively; - reads standard input")
  List<String> inputs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  Path output;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "read every input as text, markdown, html or json instead of guessing from the name")
  String inputFormat;

  @Mixin LimitOptions limitOptions;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Limits limits;
    try {
      limits = limitOptions.limits();
    } catch (IllegalArgumentException e) {
      err.println("copydesk: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (!format.equals("text") && !format.equals("json")) {
      err.println("copydesk: unknown --format '" + format + "' (expected text or json)");
      return ExitCode.USAGE.code();
    }
    String clash = Inputs.outputClash(output, inputs);
    if (clash != null) {
      err.println("copydesk: " + clash);
      return ExitCode.USAGE.code();
    }
    Format forced = null;
    if (inputFormat != null) {
      forced = Format.fromId(inputFormat).orElse(null);
      if (forced == null) {
        err.println("copydesk: unknown --input-format '" + inputFormat + "' " + Inputs.FORMATS);
        return ExitCode.USAGE.code();
      }
    }
    List<ReportBatch.InputFailure> failures = new ArrayList<>();
    List<String> files = Inputs.expand(inputs, failures);
    failures.forEach(f -> err.println("copydesk: " + f.message()));
    List<Article> articles = new ArrayList<>();
    for (String input : files) {
      try {
        articles.add(Inputs.read(input, forced, limits));
      } catch (InvalidInputException e) {
        failures.add(new ReportBatch.InputFailure(input, e.getMessage()));
        err.println("copydesk: " + e.getMessage());
      }
    }
    String text = format.equals("json") ? json(articles) : text(articles);
    if (output != null) {
      try {
        AtomicFiles.write(output, w -> w.write(text));
      } catch (IOException e) {
        err.println("copydesk: cannot write " + output + " (" + e.getClass().getSimpleName() + ")");
        return ExitCode.USAGE.code();
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return failures.isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
  }

  private static String text(List<Article> articles) {
    StringBuilder sb = new StringBuilder();
    for (Article a : articles) {
      if (articles.size() > 1) {
        sb.append("==> ").append(a.source()).append(" <==\n");
      }
      sb.append(a.bodyText()).append('\n');
      if (articles.size() > 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static String json(List<Article> articles) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    for (Article a : articles) {
      root.putObject(key(a.source())).put("articleBody", a.bodyText());
    }
    return mapper.writeValueAsString(root) + "\n";
  }

  /** The file name without its extension, as the benchmark keys its predictions. */
  static String key(String source) {
    String name = Path.of(source).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name; // "my.story.html" -> "my.story"
  }
}
