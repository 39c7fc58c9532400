package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.SourceMap;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.ReportWriters;
import org.copydesk.report.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk check}: audits articles and reports. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {
      "Audit articles (plain text, Markdown, HTML or CMS JSON) and report findings, scores and a verdict.",
      "Directories are searched recursively for .txt, .md, .html, .htm and .json files; files named "
          + "*.expected.* (test expectations) are skipped."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article passed the policy (PASS or WARN)",
      "1:an article failed the policy (FAIL)",
      "2:usage error: bad option, argument or policy file",
      "3:an input was unreadable or invalid; the others are still reported",
      "4:internal error"
    })
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*",
      description = "articles to audit; '-' reads standard input")
  List<String> inputs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "report format: text or json (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE")
  Path output;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "policy file for every input (default: the nearest copydesk.yaml or .copydesk.yaml above each"
          + " input); see docs/policy.md")
  Path policyFile;

  @Option(names = "--fail-on", paramLabel = "CONDITION",
      description = "when an article fails: error, warning or info (a finding at or above it), score<N, a category"
          + " (provenance, integrity, language, claims, style), several joined with commas, or never (overrides"
          + " the policy's failOn; default: the policy's, error)")
  String failOn;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "read every input as text, markdown, html or json instead of guessing")
  String inputFormat;

  @Option(names = "--no-color", description = "no colour, even on a terminal (NO_COLOR is honoured too)")
  boolean noColor;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ReportWriter writer = ReportWriters.byName(format).orElse(null);
    if (writer == null) {
      return usage(err, "unknown --format '" + format + "' (expected text or json)");
    }
    Format forced = null;
    if (inputFormat != null) {
      forced = Format.fromId(inputFormat).orElse(null);
      if (forced == null) {
        return usage(err, "unknown --input-format '" + inputFormat + "' " + Inputs.FORMATS);
      }
    }
    Auditors auditors;
    try {
      auditors = Auditors.create(policyFile, failOn);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }

    List<Report> reports = new ArrayList<>();
    List<ReportBatch.InputFailure> failures = new ArrayList<>();
    Map<String, SourceMap> sources = new LinkedHashMap<>();
    List<String> files = Inputs.expand(inputs, failures);
    try {
      auditors.prepare(files);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    failures.forEach(f -> err.println("copydesk: " + f.message()));
    for (String input : files) {
      Copydesk copydesk = auditors.forInput(input);
      if (copydesk == null) {
        continue; // its policy's ignore patterns leave it out
      }
      try {
        Article article = Inputs.read(input, forced);
        reports.add(copydesk.audit(article));
        sources.put(article.source(), article.sourceMap());
      } catch (InvalidInputException e) {
        failures.add(new ReportBatch.InputFailure(input, e.getMessage()));
        err.println("copydesk: " + e.getMessage());
      }
    }
    ReportBatch batch = new ReportBatch(Versions.VERSION, auditors.ruleSetVersion(), reports, failures, sources);
    if (output != null) {
      try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
        writer.write(batch, w, false);
      } catch (IOException e) {
        return usage(err, "cannot write " + output + " (" + e.getClass().getSimpleName() + ")");
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      writer.write(batch, out, useColor());
      out.flush();
    }
    if (!failures.isEmpty()) {
      return ExitCode.INVALID_INPUT.code();
    }
    return batch.count(Verdict.FAIL) > 0 ? ExitCode.POLICY_FAILED.code() : ExitCode.OK.code();
  }

  private boolean useColor() {
    return !noColor && isTerminal() && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }

  /** A console attached to a terminal; on JDK 22+ a console exists even when piped, so ask it. */
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17-21: a console exists only for a terminal
    }
  }

  private static int usage(PrintWriter err, String message) {
    err.println("copydesk: " + message);
    return ExitCode.USAGE.code();
  }
}
