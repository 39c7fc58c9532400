package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.copydesk.report.Baseline;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.ReportWriters;
import org.copydesk.report.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code copydesk check}: audits articles and reports. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {
      "Audit articles (plain text, Markdown, HTML or CMS JSON) and report findings, scores and a verdict.",
      "Directories are searched recursively for .txt, .md, .html, .htm and .json files and crawl files; files named "
          + "*.expected.* (test expectations) are skipped. Articles are audited in parallel and reported in "
          + "input order.",
      "A WARC file (.warc, .warc.gz) is audited record by record: every HTML response with a 2xx status, and every "
          + "HTML resource record, named by its URL. A JSON Lines file (.jsonl, .ndjson, either optionally .gz) holds "
          + "one CMS-style JSON article per line, named FILE:LINE."
          + " When two or more articles have a URL, the report adds a rollup by site (registered domain): pages, "
          + "shares with AI disclosure, leakage, residue or branding and unattributed figures, mean score and worst "
          + "pages (docs/scale.md).",
      "Inline comments in Markdown and HTML switch rules off: <!-- copydesk-disable RULE -- reason -->, "
          + "copydesk-enable, copydesk-disable-next-line, copydesk-disable-line, copydesk-ignore RULE \"text\" "
          + "(docs/suppressions.md)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article passed the policy (PASS or WARN)",
      "1:an article failed the policy (FAIL)",
      "2:usage error: bad option, argument, policy or baseline file",
      "3:an input was unreadable or invalid; the others are still reported",
      "4:internal error"
    })
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin AuditOptions audit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "report format: text, json, html (a page for editors), sarif, junit, checkstyle, github "
          + "(workflow annotations), gitlab (Code Quality), markdown (a pull-request comment), claims-csv (the claims "
          + "list for fact-checkers), sites-csv (the rollup by site); default: "
          + "${DEFAULT-VALUE}. See docs/report-format.md")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE")
  Path output;

  @Option(names = "--fail-on", paramLabel = "CONDITION",
      description = "when an article fails: error, warning or info (a finding at or above it), score<N, a category"
          + " (provenance, integrity, language, claims, style), several joined with commas, or never (overrides"
          + " the policy's failOn; default: the policy's, error)")
  String failOn;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "count only findings that FILE (from 'copydesk baseline') does not record; report fixed ones")
  Path baselineFile;

  @Option(names = "--changed-since", paramLabel = "GIT_REF",
      description = "count only findings on lines changed since GIT_REF (files git does not track count as new)")
  String changedSince;

  @Option(names = "--source", paramLabel = "ORIGINAL",
      description = "check the one article against the original it was rewritten from (any input format; '-' "
          + "reads standard input): numbers, names and quotations the original does not contain, and numbers the"
          + " article changed, are reported (claims.not-in-source) and marked in the claims list")
  String source;

  @Option(names = "--no-color", description = "no colour, even on a terminal (NO_COLOR is honoured too)")
  boolean noColor;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ReportWriter writer = ReportWriters.byName(format).orElse(null);
    if (writer == null) {
      return usage(err, "unknown --format '" + format + "' (expected "
          + String.join(", ", ReportWriters.all().stream().map(ReportWriter::name).toList()) + ")");
    }
    String clash = Inputs.outputClash(output, audit.inputs);
    if (clash != null) {
      return usage(err, clash);
    }
    ReportBatch batch;
    AuditOptions.Run run;
    Baseline baseline;
    try {
      audit.forcedFormat();
      baseline = baselineFile == null ? null : loadBaseline(baselineFile);
      if (changedSince != null) {
        audit.noCrawlsBecause = "--changed-since looks at lines changed in git; a crawl file's pages have none";
      }
      run = audit.audit(failOn, source, Terminal.isTerminal(), err);
      batch = run.batch();
      if (changedSince != null) {
        batch = restrictToChanges(batch, run);
      }
    } catch (AuditOptions.UsageException e) {
      return usage(err, e.getMessage());
    }
    if (baseline != null) {
      batch = compare(batch, baseline, run);
    }
    batch = batch.withSites(run.sites(batch.reports()));
    return write(writer, batch, err);
  }

  private int write(ReportWriter writer, ReportBatch batch, PrintWriter err) throws IOException {
    if (output != null) {
      try {
        AtomicFiles.write(output, w -> writer.write(batch, w, false));
      } catch (IOException e) {
        return usage(err, "cannot write " + output + " (" + e.getClass().getSimpleName() + ")");
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      writer.write(batch, out, useColor());
      out.flush();
    }
    if (!batch.failures().isEmpty()) {
      return ExitCode.INVALID_INPUT.code();
    }
    return batch.count(Verdict.FAIL) > 0 ? ExitCode.POLICY_FAILED.code() : ExitCode.OK.code();
  }

  private static Baseline loadBaseline(Path file) throws AuditOptions.UsageException {
    try {
      return Baseline.load(file);
    } catch (IllegalArgumentException e) {
      throw new AuditOptions.UsageException(e.getMessage());
    }
  }

  private ReportBatch compare(ReportBatch batch, Baseline baseline, AuditOptions.Run run) {
    List<Report> reports = new ArrayList<>();
    List<Baseline.Entry> fixed = new ArrayList<>();
    int known = 0;
    int fresh = 0;
    for (Report r : batch.reports()) {
      String key = BaselineCommand.key(baselineFile, r.source());
      Report after = baseline.apply(r, key, run.policy(r));
      known += (int) after.suppressed().stream().filter(s -> s.directive().equals("baseline")).count();
      fresh += after.findings().size();
      fixed.addAll(baseline.fixed(after, key));
      reports.add(after);
    }
    return batch.withReports(reports, new Baseline.Summary(baselineFile.toString(), fresh, known, fixed));
  }

  private ReportBatch restrictToChanges(ReportBatch batch, AuditOptions.Run run) throws AuditOptions.UsageException {
    List<Report> reports = new ArrayList<>();
    for (Report r : batch.reports()) {
      if (r.source().equals("<stdin>")) {
        reports.add(r);
        continue;
      }
      ChangedLines changed;
      try {
        changed = ChangedLines.since(changedSince, Path.of(r.source()));
      } catch (IllegalArgumentException e) {
        throw new AuditOptions.UsageException(e.getMessage());
      }
      reports.add(r.withSuppressed(f -> !changed.touches(f), "unchanged",
          "not on a line changed since " + changedSince, run.policy(r)));
    }
    return batch.withReports(reports, batch.baseline());
  }

  private boolean useColor() {
    return !noColor && Terminal.isTerminal() && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }

  private static int usage(PrintWriter err, String message) {
    err.println("copydesk: " + message);
    return ExitCode.USAGE.code();
  }
}
