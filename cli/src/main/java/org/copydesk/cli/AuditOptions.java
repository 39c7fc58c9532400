package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.crawl.Sites;
import org.copydesk.report.Policy;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.SiteRollup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code check} and {@code baseline} share: the inputs, the policy, the input format and the threads. */
final class AuditOptions {
  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*",
      description = "articles to audit; '-' reads standard input; a WARC file (.warc, .warc.gz) or JSON Lines "
          + "file (.jsonl, .ndjson, either optionally .gz) is read page by page")
  List<String> inputs;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "policy file for every input (default: the nearest copydesk.yaml or .copydesk.yaml above each"
          + " input); see docs/policy.md")
  Path policyFile;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "read every input as text, markdown, html or json instead of guessing")
  String inputFormat;

  @Mixin LimitOptions limits;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "audit N articles at a time (default: the number of processors); the report is the same for "
          + "any N")
  Integer jobs;

  /**
   * Why crawl files cannot be checked in this run ({@code check --changed-since}), or {@code null}: folders are then
   * walked for article files only, and a crawl file named on the command line is a usage error, before any audit.
   */
  String noCrawlsBecause;

  /** A usage error found while preparing: the message to print before exiting 2. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /** The forced input format, or {@code null}. */
  Format forcedFormat() throws UsageException {
    if (inputFormat == null) {
      return null;
    }
    return Format.fromId(inputFormat).orElseThrow(
        () -> new UsageException("unknown --input-format '" + inputFormat + "' " + Inputs.FORMATS));
  }

  /** Threads to use. */
  int threads() throws UsageException {
    if (jobs != null && jobs < 1) {
      throw new UsageException("--jobs must be at least 1, got " + jobs);
    }
    return jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
  }

  /**
   * What an audit run gives: the batch, the policy each report was judged by and each page's URL, by report
   * source.
   */
  record Run(ReportBatch batch, Map<String, Policy> policies, Map<String, String> urls) {
    /** The policy a report was judged by. */
    Policy policy(Report r) {
      return policies.getOrDefault(r.source(), Policy.defaults());
    }

    /**
     * The reports grouped by site, or {@code null} when fewer than two have a URL (one article, local drafts): a
     * rollup of one page says nothing the report does not.
     */
    SiteRollup sites(List<Report> reports) {
      long withUrl = reports.stream().filter(r -> urls.get(r.source()) != null).count();
      if (withUrl < 2) {
        return null;
      }
      return SiteRollup.of(reports, r -> Sites.of(urls.get(r.source())));
    }
  }

  /** Reads the {@code --source} original, once there is exactly one article to check against it. */
  private Article original(String source, List<String> files, List<ReportBatch.InputFailure> failures,
      Format forced) throws UsageException {
    if (inputs.size() != 1 || files.size() + failures.size() != 1) {
      throw new UsageException("--source compares one article with its original: give exactly one article, not "
          + (inputs.size() != 1 ? inputs.size() + " inputs" : files.size() + failures.size() + " files"));
    }
    if (files.size() == 1 && BatchAudit.isCrawl(files.get(0))) {
      throw new UsageException("--source compares one article with its original; " + files.get(0)
          + " is a crawl file of many pages");
    }
    if (source.equals("-") && inputs.get(0).equals("-")) {
      throw new UsageException("--source and the article cannot both be read from standard input");
    }
    try {
      return Inputs.read(source, forced, limits.limits());
    } catch (InvalidInputException e) {
      throw new UsageException("--source: " + e.getMessage());
    } catch (java.nio.file.InvalidPathException e) {
      throw new UsageException("--source: not a path: " + source);
    }
  }

  /**
   * Expands, reads and audits every input, each under its policy (the {@code --policy} file, else the nearest
   * {@code copydesk.yaml}), with {@code failOn} over it; inputs a policy ignores are left out.
   *
   * @param failOn the {@code --fail-on} value, or {@code null}
   * @param terminal whether a person watches standard error (draws a progress bar)
   */
  Run audit(String failOn, boolean terminal, PrintWriter err) throws UsageException, IOException {
    return audit(failOn, null, terminal, err);
  }

  /**
   * As {@link #audit(String, boolean, PrintWriter)}, checking the one input against an original.
   *
   * @param source the {@code --source} file ({@code -} for standard input), or {@code null}; with one, exactly one
   *     article may be given
   * @throws UsageException when there is a source and not exactly one article, or the source cannot be read
   */
  Run audit(String failOn, String source, boolean terminal, PrintWriter err) throws UsageException, IOException {
    Format forced = forcedFormat();
    int threads = threads();
    Auditors auditors;
    List<ReportBatch.InputFailure> failures = new ArrayList<>();
    List<String> files;
    if (oneArticleFile()) {
      // one article: its audit would load the grammars and lexicons on first use, after the rules are built; a
      // second thread loads them while the rules are built (docs/performance.md)
      org.copydesk.rules.Preload.inBackground();
    }
    try {
      auditors = Auditors.create(policyFile, failOn, limits.limits());
      files = Inputs.expand(inputs, failures, noCrawlsBecause == null);
      auditors.prepare(files);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (noCrawlsBecause != null) {
      for (String f : files) {
        if (BatchAudit.isCrawl(f)) {
          throw new UsageException(f + ": " + noCrawlsBecause);
        }
      }
    }
    Article original = source == null ? null : original(source, files, failures, forced);
    failures.forEach(f -> err.println("copydesk: " + f.message()));
    List<BatchAudit.Outcome> outcomes = BatchAudit.run(files, forced, auditors::forInput, threads, original,
        BatchAudit.Progress.forTerminal(err, files, terminal));
    Map<String, Policy> policies = new HashMap<>();
    Map<String, String> urls = new HashMap<>();
    for (BatchAudit.Outcome o : outcomes) {
      if (o.report() != null) {
        policies.put(o.report().source(), auditors.forInput(o.input()).policy());
        if (o.url() != null) {
          urls.put(o.report().source(), o.url());
        }
      }
    }
    return new Run(BatchAudit.batch(outcomes, failures, auditors.ruleSetVersion(), err), policies, urls);
  }

  /** Whether the inputs are one article file (not a folder, a crawl or standard input). */
  private boolean oneArticleFile() {
    try {
      return inputs.size() == 1 && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(inputs.get(0)))
          && !BatchAudit.isCrawl(inputs.get(0));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }
}
