package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.copydesk.report.Baseline;
import org.copydesk.report.ReportBatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code copydesk baseline}: records today's findings so that {@code check --baseline} fails only on new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = {
      "Record the findings of articles in a baseline file, so that 'copydesk check --baseline FILE' fails only on "
          + "findings the file does not record and lists the ones that were fixed.",
      "Findings are matched by rule, flagged text and occurrence, not by line: the baseline survives edits "
          + "elsewhere in an article. Paths are stored relative to the baseline file's folder. See "
          + "docs/baseline.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the baseline was written",
      "2:usage error: bad option, argument or policy file, or the file cannot be written",
      "3:an input was unreadable or invalid; nothing is written unless --allow-partial",
      "4:internal error"
    })
final class BaselineCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin AuditOptions audit;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "copydesk-baseline.json",
      description = "where to write the baseline (default: ${DEFAULT-VALUE})")
  Path output;

  @Option(names = "--allow-partial",
      description = "write the baseline even when some inputs are unreadable (their findings are not recorded)")
  boolean allowPartial;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String clash = Inputs.outputClash(output, audit.inputs);
    if (clash != null) {
      err.println("copydesk: " + clash);
      return ExitCode.USAGE.code();
    }
    ReportBatch batch;
    try {
      batch = audit.audit(null, Terminal.isTerminal(), err).batch();
    } catch (AuditOptions.UsageException e) {
      err.println("copydesk: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    if (!batch.failures().isEmpty() && !allowPartial) {
      // A baseline without the unreadable articles would turn all their known findings into new ones later.
      err.println("copydesk: " + output + " not written: " + batch.failures().size() + " input"
          + (batch.failures().size() == 1 ? " was" : "s were") + " unreadable; fix them or pass --allow-partial");
      return ExitCode.INVALID_INPUT.code();
    }
    Baseline baseline = Baseline.of(batch, r -> key(output, r.source()));
    try {
      AtomicFiles.write(output, w -> w.write(baseline.toJson()));
    } catch (IOException e) {
      err.println("copydesk: cannot write " + output + " (" + e.getClass().getSimpleName() + ")");
      return ExitCode.USAGE.code();
    }
    err.println("copydesk: recorded " + baseline.entries().size() + " finding"
        + (baseline.entries().size() == 1 ? "" : "s") + " of " + batch.reports().size() + " article"
        + (batch.reports().size() == 1 ? "" : "s") + " in " + output);
    return batch.failures().isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
  }

  /** An article's key in a baseline: its path relative to the baseline file's folder, with '/' separators. */
  static String key(Path baselineFile, String source) {
    if (source.startsWith("<") || source.contains("://")) {
      return source; // standard input, or a crawled page's URL
    }
    Path base = baselineFile.toAbsolutePath().normalize().getParent();
    Path p = Path.of(source).toAbsolutePath().normalize();
    Path rel = base == null ? p : base.relativize(p);
    return rel.toString().replace('\\', '/');
  }
}
