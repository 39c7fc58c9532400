package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Position;
import org.copydesk.report.Fixer;
import org.copydesk.report.Fixes;
import org.copydesk.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk fix}: applies the safe suggestions of an audit to text and Markdown articles. */
@Command(name = "fix", mixinStandardHelpOptions = true,
    description = {
      "Apply the safe suggestions of an audit: delete template residue, off-topic branding and duplicate headline "
          + "lines, strip hidden Unicode characters, correct typos at or above --min-confidence. AI-use "
          + "disclosures, unsourced figures and the rest are left for an editor.",
      "Only the text the findings point at changes; line endings, spacing, a byte-order mark and everything else "
          + "stay as they were. Plain text and Markdown only.",
      "Without -o, --in-place or --dry-run the fixed article goes to standard output. A one-line summary per file "
          + "goes to standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the articles were fixed, or had nothing to fix",
      "2:usage error: bad option or policy file, HTML or JSON input, a backup already there, a file not written",
      "3:an input was unreadable or invalid (missing, empty, binary, not UTF-8, over a limit of docs/limits.md)",
      "4:internal error"
    })
final class FixCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "text or Markdown articles to fix")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the fixed article to FILE")
  Path output;

  @Option(names = "--in-place", description = "rewrite each FILE, keeping the original as FILE.orig first")
  boolean inPlace;

  @Option(names = "--backup-suffix", paramLabel = "SUFFIX",
      description = "with --in-place, the backup's suffix (default: .orig)")
  String backupSuffix;

  @Option(names = "--force", description = "with --in-place, overwrite a backup left by an earlier run")
  boolean force;

  @Option(names = "--dry-run", description = "print the changes as a unified diff and write nothing")
  boolean dryRun;

  @Option(names = "--rules", paramLabel = "ID", split = ",",
      description = "fix only these rules' findings (default: all fixable rules; see docs/fix.md)")
  List<String> rules;

  @Option(names = "--min-confidence", paramLabel = "X",
      description = "fix only findings at or above this confidence, 0 to 1 (default: 0.7)")
  Double minConfidence;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "policy file (YAML): rules it disables are not fixed; see docs/policy.md")
  Path policyFile;

  @Mixin LimitOptions limitOptions;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && inPlace) {
      return usage(err, "give -o or --in-place, not both");
    }
    if (output != null && inputs.size() > 1) {
      return usage(err, "-o takes one FILE; use --in-place for several");
    }
    if (!inPlace && output == null && !dryRun && inputs.size() > 1) {
      return usage(err, "several files: give --in-place or --dry-run (without them the fixed article goes to "
          + "standard output, one file at a time)");
    }
    if ((backupSuffix != null || force) && !inPlace) {
      return usage(err, (backupSuffix != null ? "--backup-suffix" : "--force") + " goes with --in-place");
    }
    String suffix = backupSuffix == null ? ".orig" : backupSuffix;
    if (suffix.isEmpty() || suffix.contains("/") || suffix.contains(java.io.File.separator)) {
      return usage(err, "--backup-suffix must be a non-empty file name suffix such as .orig");
    }
    Fixer fixer = Fixer.defaults();
    try {
      if (rules != null) {
        fixer = fixer.withRules(rules.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
      }
      if (minConfidence != null) {
        fixer = fixer.withMinConfidence(minConfidence);
      }
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage().startsWith("confidence") ? "--min-confidence must be between 0 and 1"
          : e.getMessage());
    }
    // Each file's policy, as for check: the --policy file, else the nearest copydesk.yaml (house lexicon included).
    Auditors auditors;
    try {
      auditors = Auditors.create(policyFile, null, limitOptions.limits());
      auditors.prepare(inputs.stream().map(Path::toString).toList());
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    int code = ExitCode.OK.code();
    for (Path input : inputs) {
      Copydesk copydesk = auditors.forInput(input.toString());
      if (copydesk == null) {
        err.println("copydesk: " + input + ": ignored by its policy, left as it is");
        continue;
      }
      code = Math.max(code, fix(input, copydesk, fixer, suffix, err));
    }
    return code;
  }

  /** Fixes one file; returns its exit code. */
  private int fix(Path input, Copydesk copydesk, Fixer fixer, String suffix, PrintWriter err) {
    if (Files.isDirectory(input)) {
      return invalid(err, input + ": is a directory (fix takes files)");
    }
    if (BatchAudit.isCrawl(input.toString())) {
      return invalid(err, input + ": a crawl file (WARC or JSON Lines) holds many pages; fix takes one article "
          + "per file");
    }
    // Read within the limits first (a file too large is refused before it is in memory), then its bytes again
    // for the prefix the loader drops; the article must still be what was read.
    Article article;
    byte[] bytes;
    try {
      Format byName = Format.fromFileName(input.getFileName().toString()).orElse(null);
      article = Articles.read(input, byName, copydesk.limits());
      bytes = Files.readAllBytes(input);
    } catch (InvalidInputException e) {
      return invalid(err, e.getMessage());
    } catch (NoSuchFileException e) {
      return invalid(err, input + ": no such file");
    } catch (IOException e) {
      return invalid(err, input + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    if (!Fixer.supports(article.format())) {
      return usage(err, input + ": cannot fix " + article.format().id() + " input: deleting lines of the source "
          + "could break its markup; fix the text and Markdown copies, or edit it by hand (see copydesk check)");
    }
    // The loader drops a byte-order mark from the original; it goes back in front of the fixed text.
    String content = new String(bytes, StandardCharsets.UTF_8);
    String original = article.sourceMap().original();
    if (!content.endsWith(original)) {
      return invalid(err, input + ": cannot map the findings back to the file");
    }
    String prefix = content.substring(0, content.length() - original.length());
    Report report = copydesk.audit(article);
    Fixes fixes = withPrefix(fixer.fix(report, article.sourceMap()), prefix);
    for (Fixes.Skipped s : fixes.skipped()) {
      Position p = article.sourceMap().start(s.finding().span().start());
      err.println(input + ":" + p.line() + ":" + p.column() + ": not fixed, " + s.finding().ruleId() + ": "
          + s.reason());
    }
    int left = remaining(copydesk, fixes, article, report);
    String name = slashes(input.toString());
    String done;
    if (dryRun) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(fixes.unifiedDiff("a/" + name, "b/" + name));
      out.flush();
      done = fixes.changed() ? "would fix " + count(fixes.applied().size()) : "nothing to fix";
    } else if (inPlace) {
      if (!fixes.changed()) {
        done = "nothing to fix";
      } else {
        Path backup = Path.of(input + suffix);
        if (Files.exists(backup, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force) {
          return usage(err, input + ": backup " + backup + " is already there; move it away or pass --force "
              + "(nothing was changed)");
        }
        try {
          Path target = input.toRealPath(); // a symbolic link keeps pointing at the fixed file
          AtomicFiles.write(backup, bytes, target);
          AtomicFiles.write(target, fixes.fixed().getBytes(StandardCharsets.UTF_8), target);
        } catch (IOException e) {
          return usage(err, input + ": cannot write (" + describe(e) + "); the original is unchanged");
        }
        done = "fixed " + count(fixes.applied().size()) + " (original in " + backup + ")";
      }
    } else if (output != null) {
      try {
        if (Files.isDirectory(output)) {
          return usage(err, "cannot write " + output + ": is a directory");
        }
        if (Files.exists(output) && Files.isSameFile(output, input)) {
          return usage(err, "-o " + output + " is the input; use --in-place, which keeps a backup");
        }
        Path target = Files.exists(output) ? output.toRealPath() : output;
        AtomicFiles.write(target, fixes.fixed().getBytes(StandardCharsets.UTF_8),
            Files.exists(target) ? target : input);
      } catch (IOException e) {
        return usage(err, "cannot write " + output + " (" + describe(e) + ")");
      }
      done = fixes.changed() ? "fixed " + count(fixes.applied().size()) + " into " + output
          : "nothing to fix; copied to " + output;
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(fixes.fixed());
      out.flush();
      done = fixes.changed() ? "fixed " + count(fixes.applied().size()) : "nothing to fix";
    }
    err.println(input + ": " + done + ", " + (left == 0 ? "none" : Integer.toString(left))
        + " left for an editor");
    err.flush();
    return ExitCode.OK.code();
  }

  /** The same fixes on {@code prefix + original}: a byte-order mark shifts every edit by one. */
  private static Fixes withPrefix(Fixes f, String prefix) {
    if (prefix.isEmpty()) {
      return f;
    }
    int n = prefix.length();
    return new Fixes(prefix + f.original(), prefix + f.fixed(), f.applied().stream()
        .map(e -> new Fixes.Edit(e.finding(), e.start() + n, e.end() + n, e.replacement())).toList(), f.skipped());
  }

  /** Findings an audit of the fixed text still has (all of them when nothing changed). */
  private static int remaining(Copydesk copydesk, Fixes fixes, Article article, Report before) {
    if (!fixes.changed()) {
      return before.findings().size();
    }
    try {
      return copydesk.audit(Articles.parse(fixes.fixed(), article.format(), article.source(),
          copydesk.limits())).findings().size();
    } catch (InvalidInputException e) {
      return 0; // nothing left to audit
    }
  }

  private static String count(int n) {
    return n + (n == 1 ? " finding" : " findings");
  }

  /** A path for a diff header: forward slashes, no leading {@code ./} or {@code /}. */
  private static String slashes(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./") || p.startsWith("/")) {
      p = p.substring(p.startsWith("./") ? 2 : 1);
    }
    return p;
  }

  private static String describe(IOException e) {
    String what = e.getClass().getSimpleName();
    if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      what += ": " + fse.getReason().toLowerCase(Locale.ROOT);
    }
    return what;
  }

  private static int usage(PrintWriter err, String message) {
    err.println("copydesk: " + message);
    err.flush();
    return ExitCode.USAGE.code();
  }

  private static int invalid(PrintWriter err, String message) {
    err.println("copydesk: " + message);
    err.flush();
    return ExitCode.INVALID_INPUT.code();
  }
}
