package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.report.Finding;

/**
 * The lines of a file that changed since a git revision, read from {@code git diff --unified=0}. A file git
 * does not track counts as changed throughout.
 */
final class ChangedLines {
  private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@", Pattern.MULTILINE);

  private final BitSet lines; // null: every line
  private ChangedLines(BitSet lines) {
    this.lines = lines;
  }

  /** Whether any line of the finding changed. */
  boolean touches(Finding f) {
    if (lines == null) {
      return true;
    }
    int next = lines.nextSetBit(f.location().line());
    return next >= 0 && next <= Math.max(f.location().line(), f.location().endLine());
  }

  /**
   * Asks git.
   *
   * @throws IllegalArgumentException when git is missing, the file is not in a repository or the revision is unknown
   */
  static ChangedLines since(String ref, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    if (ref.startsWith("-")) {
      throw new IllegalArgumentException("--changed-since: '" + ref + "' is not a revision");
    }
    Result tracked = git(dir, "ls-files", "--error-unmatch", "--", name);
    if (tracked.code() != 0) {
      Result inRepo = git(dir, "rev-parse", "--is-inside-work-tree");
      if (inRepo.code() != 0) {
        throw new IllegalArgumentException("--changed-since: " + file + " is not in a git work tree");
      }
      return new ChangedLines(null); // untracked: all of it is new
    }
    Result diff = git(dir, "diff", "--no-color", "--no-ext-diff", "--unified=0", ref, "--", name);
    if (diff.code() != 0) {
      throw new IllegalArgumentException("--changed-since: git cannot diff against '" + ref + "': "
          + diff.err().lines().findFirst().orElse("exit " + diff.code()));
    }
    BitSet set = new BitSet();
    Matcher m = HUNK.matcher(diff.out());
    while (m.find()) {
      int start = Integer.parseInt(m.group(1));
      int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      if (count > 0) {
        set.set(start, start + count);
      }
    }
    return new ChangedLines(set);
  }

  private record Result(int code, String out, String err) {}

  private static Result git(Path dir, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("-C");
    cmd.add(dir.toString());
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).start();
      p.getOutputStream().close();
      // Drain stderr on another thread so a large diff on stdout cannot block the process.
      StringBuilder errText = new StringBuilder();
      Thread drain = new Thread(() -> errText.append(read(p.getErrorStream())));
      drain.start();
      String out = read(p.getInputStream());
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalArgumentException("--changed-since: git did not answer within 60 s");
      }
      drain.join();
      return new Result(p.exitValue(), out, errText.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("--changed-since needs git on the PATH (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("--changed-since: interrupted");
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
