package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.report.Policy;
import org.copydesk.report.ReportBatch;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code check} and {@code baseline} share: the inputs, the policy, the input format and the threads. */
final class AuditOptions {
  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*",
      description = "articles to audit; '-' reads standard input")
  List<String> inputs;

  @Option(names = "--policy", paramLabel = "FILE", description = "policy file (YAML); see docs/policy.md")
  Path policyFile;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "read every input as text, markdown, html or json instead of guessing")
  String inputFormat;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "audit N articles at a time (default: the number of processors)")
  Integer jobs;

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

  /** The policy of the run, after {@code adjust} (command-line overrides). */
  Policy policy(Function<Policy, Policy> adjust) throws UsageException {
    try {
      Policy p = policyFile == null ? Policy.defaults() : Policy.load(policyFile);
      return adjust.apply(p);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** An auditor for every input. */
  Function<String, Copydesk> auditors(Policy policy) throws UsageException {
    try {
      Copydesk copydesk = Copydesk.builder().policy(policy).build();
      return input -> copydesk;
    } catch (IllegalArgumentException e) {
      throw new UsageException((policyFile == null ? "" : policyFile + ": ") + e.getMessage());
    }
  }

  /** Threads to use. */
  int threads() throws UsageException {
    if (jobs != null && jobs < 1) {
      throw new UsageException("--jobs must be at least 1, got " + jobs);
    }
    return jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
  }

  /**
   * Expands, reads and audits every input, in input order.
   *
   * @param terminal whether standard error is a terminal a person watches (draws a progress bar)
   */
  ReportBatch audit(Policy policy, boolean terminal, PrintWriter err) throws UsageException, IOException {
    Format forced = forcedFormat();
    Function<String, Copydesk> auditors = auditors(policy);
    int threads = threads();
    List<ReportBatch.InputFailure> failures = new ArrayList<>();
    List<String> files = Inputs.expand(inputs, failures);
    failures.forEach(f -> err.println("copydesk: " + f.message()));
    List<BatchAudit.Outcome> outcomes = BatchAudit.run(files, forced, auditors, threads,
        BatchAudit.Progress.forTerminal(err, files.size(), terminal));
    String ruleSet = auditors.apply(files.isEmpty() ? "-" : files.get(0)).ruleSetVersion();
    return BatchAudit.batch(outcomes, failures, ruleSet, err);
  }
}
