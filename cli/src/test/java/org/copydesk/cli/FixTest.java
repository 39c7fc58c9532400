package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk fix}: the seed article, the ways of writing, and the original never lost. */
class FixTest {
  /** The seed's lines the fix must delete: its second headline, the branding line and the site furniture. */
  private static final List<String> SEED_DELETED = List.of(
      "Kazakhstan Successfully Concludes Chairmanship of Shanghai Cooperation Organization, Hands Over to China",
      "Pools Plus Cyprus",
      "Related Articles",
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
      "Back to top button");

  @TempDir Path dir;

  private Path copyOfSeed() throws IOException {
    Path p = dir.resolve("sco-chairmanship.txt");
    Files.copy(Cli.seed("txt"), p);
    return p;
  }

  /** A parsed unified diff: the old and new lines of each hunk, in order, without their marks. */
  private record Hunk(int oldStart, List<String> oldLines, List<String> newLines, List<String> removed,
      List<String> added) {}

  private static List<Hunk> hunks(String diff) {
    List<Hunk> out = new ArrayList<>();
    Hunk h = null;
    for (String line : diff.split("\n", -1)) {
      if (line.startsWith("@@ ")) {
        int oldStart = Integer.parseInt(line.substring(4, line.indexOf(' ', 4)).split(",")[0]);
        h = new Hunk(oldStart, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        out.add(h);
      } else if (h != null && line.startsWith(" ")) {
        h.oldLines().add(line.substring(1));
        h.newLines().add(line.substring(1));
      } else if (h != null && line.startsWith("-")) {
        h.oldLines().add(line.substring(1));
        h.removed().add(line.substring(1));
      } else if (h != null && line.startsWith("+")) {
        h.newLines().add(line.substring(1));
        h.added().add(line.substring(1));
      }
    }
    return out;
  }

  /** Applies a diff's hunks to a text's lines (line breaks aside), checking every old line is where it says. */
  private static List<String> apply(List<String> lines, List<Hunk> hunks) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (Hunk h : hunks) {
      int start = h.oldStart() - 1;
      out.addAll(lines.subList(at, start));
      assertThat(lines.subList(start, start + h.oldLines().size())).as("hunk at %d", h.oldStart())
          .isEqualTo(h.oldLines());
      out.addAll(h.newLines());
      at = start + h.oldLines().size();
    }
    out.addAll(lines.subList(at, lines.size()));
    return out;
  }

  @Test
  void dryRunOnTheSeedDeletesTheFurnitureAndFixesTheTypoAndNothingElse() throws IOException {
    Path seed = Cli.seed("txt");
    byte[] before = Files.readAllBytes(seed);
    Cli.Result r = Cli.run("fix", "--dry-run", seed.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(Files.readAllBytes(seed)).as("dry run writes nothing").isEqualTo(before);
    assertThat(r.errLines()).singleElement().asString().matches(java.util.regex.Pattern.quote(seed.toString())
        + ": would fix 7 findings, \\d+ left for an editor");
    String name = seed.toString().replace('\\', '/').replaceFirst("^(\\./|/)+", "");
    assertThat(r.out()).startsWith("--- a/" + name + "\n+++ b/" + name + "\n@@ ");

    List<Hunk> hunks = hunks(r.out());
    List<String> removed = hunks.stream().flatMap(h -> h.removed().stream()).toList();
    List<String> added = hunks.stream().flatMap(h -> h.added().stream()).toList();
    String original = new String(before, StandardCharsets.UTF_8);
    String typoLine = original.lines().filter(l -> l.contains("Spiritual Shrinks")).findFirst().orElseThrow();
    List<String> expectedRemoved = new ArrayList<>(SEED_DELETED);
    expectedRemoved.add(typoLine);
    assertThat(removed.stream().filter(l -> !l.isBlank())).containsExactlyInAnyOrderElementsOf(expectedRemoved);
    assertThat(added).containsExactly(typoLine.replace("Spiritual Shrinks", "Spiritual Shrines"));

    // applied, the diff leaves every other line where it was, blank lines included except one per deleted line
    List<String> fixed = apply(original.lines().toList(), hunks);
    List<String> expected = new ArrayList<>(original.lines().toList());
    expected.replaceAll(l -> l.equals(typoLine) ? added.get(0) : l);
    expected.removeAll(SEED_DELETED);
    assertThat(fixed.stream().filter(l -> !l.isBlank()).toList())
        .isEqualTo(expected.stream().filter(l -> !l.isBlank()).toList());
    assertThat(removed.stream().filter(String::isBlank)).hasSize(SEED_DELETED.size());
    assertThat(fixed.get(fixed.size() - 1)).startsWith("This message was taken from this source");

    // and the article that results has no integrity or typo finding left; what needs an editor stays
    Path out = dir.resolve("fixed.txt");
    Files.writeString(out, String.join("\n", fixed) + "\n", StandardCharsets.UTF_8);
    Cli.Result check = Cli.run("check", "--format", "json", out.toString());
    List<String> rules = new ArrayList<>();
    for (JsonNode f : check.json().path("reports").path(0).path("findings")) {
      rules.add(f.path("ruleId").asText());
    }
    assertThat(rules).noneMatch(id -> id.startsWith("integrity.") || id.startsWith("language."))
        .contains("provenance.ai-disclosure", "claims.unattributed-figure");
    assertThat(r.err()).contains(", " + rules.size() + " left for an editor");
  }

  @Test
  void outputFileGetsWhatTheDiffSaysAndTheInputStays() throws IOException {
    Path in = copyOfSeed();
    byte[] before = Files.readAllBytes(in);
    Path out = dir.resolve("out").resolve("fixed.txt");
    Files.createDirectories(out.getParent());

    Cli.Result r = Cli.run("fix", in.toString(), "-o", out.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly(in + ": fixed 7 findings into " + out + ", 6 left for an editor");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    String diff = Cli.run("fix", "--dry-run", in.toString()).out();
    List<String> applied = apply(new String(before, StandardCharsets.UTF_8).lines().toList(), hunks(diff));
    assertThat(Files.readString(out)).isEqualTo(String.join("\n", applied) + "\n");
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(out);
    }
  }

  @Test
  void withoutAModeTheFixedArticleGoesToStandardOutput() throws IOException {
    Path in = copyOfSeed();
    Path out = dir.resolve("fixed.txt");
    assertThat(Cli.run("fix", in.toString(), "-o", out.toString()).code()).isZero();

    Cli.Result r = Cli.run("fix", in.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(out));
  }

  @Test
  void inPlaceKeepsTheOriginalByteForByteInABackup() throws IOException {
    Path in = copyOfSeed();
    byte[] before = Files.readAllBytes(in);
    Path expected = dir.resolve("expected.txt");
    assertThat(Cli.run("fix", in.toString(), "-o", expected.toString()).code()).isZero();

    Cli.Result r = Cli.run("fix", "--in-place", in.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    Path backup = dir.resolve("sco-chairmanship.txt.orig");
    assertThat(r.errLines()).containsExactly(in + ": fixed 7 findings (original in " + backup
        + "), 6 left for an editor");
    assertThat(Files.readAllBytes(backup)).isEqualTo(before);
    assertThat(Files.readAllBytes(in)).isEqualTo(Files.readAllBytes(expected));

    // a second run has nothing to fix and writes nothing
    Cli.Result again = Cli.run("fix", "--in-place", in.toString());
    assertThat(again.code()).as(again.toString()).isZero();
    assertThat(again.errLines()).containsExactly(in + ": nothing to fix, 6 left for an editor");
    assertThat(Files.readAllBytes(backup)).isEqualTo(before);
  }

  @Test
  void inPlaceRefusesToOverwriteABackupUnlessForced() throws IOException {
    Path in = copyOfSeed();
    byte[] before = Files.readAllBytes(in);
    Path backup = dir.resolve("sco-chairmanship.txt.bak");
    Files.writeString(backup, "an older backup");

    Cli.Result r = Cli.run("fix", "--in-place", "--backup-suffix", ".bak", in.toString());

    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("copydesk: " + in + ": backup " + backup + " is already there");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    assertThat(Files.readString(backup)).isEqualTo("an older backup");

    Cli.Result forced = Cli.run("fix", "--in-place", "--backup-suffix", ".bak", "--force", in.toString());
    assertThat(forced.code()).as(forced.toString()).isZero();
    assertThat(Files.readAllBytes(backup)).isEqualTo(before);
    assertThat(Files.readAllBytes(in)).isNotEqualTo(before);
  }

  @Test
  void theOriginalIsIntactWhenTheWriteFails() throws IOException {
    Path in = copyOfSeed();
    byte[] before = Files.readAllBytes(in);

    // the output is a directory
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Cli.Result r = Cli.run("fix", in.toString(), "-o", folder.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("copydesk: cannot write " + folder + ": is a directory");

    // the output's directory does not exist
    Path nowhere = dir.resolve("missing").resolve("fixed.txt");
    r = Cli.run("fix", in.toString(), "-o", nowhere.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("copydesk: cannot write " + nowhere + " (");

    // in place, the backup cannot be written (a directory holding a file is in its way)
    Path blocker = Files.createDirectory(dir.resolve("sco-chairmanship.txt.orig"));
    Files.writeString(blocker.resolve("keep"), "x");
    r = Cli.run("fix", "--in-place", "--force", in.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("copydesk: " + in + ": cannot write (")
        .endsWith("the original is unchanged");

    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
          .containsExactlyInAnyOrder("sco-chairmanship.txt", "folder", "sco-chairmanship.txt.orig");
    }
  }

  @Test
  void theOriginalIsIntactInAReadOnlyDirectory() throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
    Path ro = Files.createDirectory(dir.resolve("ro"));
    Path in = ro.resolve("a.txt");
    Files.copy(Cli.seed("txt"), in);
    byte[] before = Files.readAllBytes(in);
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(ro), "the directory is read-only for this user (not root)");
      Cli.Result r = Cli.run("fix", "--in-place", in.toString());
      assertThat(r.code()).as(r.toString()).isEqualTo(2);
      assertThat(Files.readAllBytes(in)).isEqualTo(before);
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void crlfAndAByteOrderMarkSurvive() throws IOException {
    Path in = dir.resolve("crlf.txt");
    String body = "Budget Talks\r\n\r\nRelated Articles\r\n\r\n"
        + "The council of the Spiritual Shrinks Foundation met on Monday and agreed the budget for the "
        + "coming year after a long debate.\r\n\r\nBack to top button\r\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(in, concat(bom, body.getBytes(StandardCharsets.UTF_8)));
    Path out = dir.resolve("crlf.fixed.txt");

    Cli.Result r = Cli.run("fix", in.toString(), "-o", out.toString());

    assertThat(r.code()).as(r.toString()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes).startsWith(bom);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("Budget Talks\r\n\r\nThe council of the Spiritual Shrines Foundation met on Monday and agreed "
            + "the budget for the coming year after a long debate.\r\n");

    // the diff shows the mark on line 1 too, so that it applies to the file as it is
    Cli.Result diff = Cli.run("fix", "--dry-run", in.toString());
    assertThat(diff.out()).contains("\n \uFEFFBudget Talks\r\n").contains("\n-Related Articles\r\n");
  }

  @Test
  void htmlAndJsonAreRefused() {
    for (String ext : List.of("html", "json")) {
      Cli.Result r = Cli.run("fix", "--dry-run", Cli.seed(ext).toString());
      assertThat(r.code()).as(r.toString()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).singleElement().asString()
          .startsWith("copydesk: " + Cli.seed(ext) + ": cannot fix " + ext + " input");
    }
  }

  @Test
  void markdownSeedLosesTheSameLines() {
    Cli.Result r = Cli.run("fix", "--dry-run", Cli.seed("md").toString());
    assertThat(r.code()).as(r.toString()).isZero();
    List<String> removed = hunks(r.out()).stream().flatMap(h -> h.removed().stream())
        .filter(l -> !l.isBlank()).toList();
    assertThat(removed).hasSize(SEED_DELETED.size() + 1).anyMatch(l -> l.startsWith("## Kazakhstan Successfully"))
        .contains("Pools Plus Cyprus", "Related Articles", "Back to top button");
    assertThat(hunks(r.out()).stream().flatMap(h -> h.added().stream()))
        .singleElement().asString().contains("Spiritual Shrines");
  }

  @Test
  void usageAndInputErrors() throws IOException {
    Path in = copyOfSeed();
    Path other = dir.resolve("other.txt");
    Files.copy(in, other);
    assertThat(Cli.run("fix", in.toString(), other.toString()).code()).isEqualTo(2);
    assertThat(Cli.run("fix", in.toString(), other.toString(), "-o", dir.resolve("x.txt").toString()).code())
        .isEqualTo(2);
    assertThat(Cli.run("fix", "--in-place", "-o", dir.resolve("x.txt").toString(), in.toString()).code())
        .isEqualTo(2);
    assertThat(Cli.run("fix", "--backup-suffix", ".bak", in.toString()).code()).isEqualTo(2);
    assertThat(Cli.run("fix", "--min-confidence", "1.5", in.toString()).errLines())
        .containsExactly("copydesk: --min-confidence must be between 0 and 1");
    Cli.Result rules = Cli.run("fix", "--rules", "provenance.ai-disclosure", in.toString());
    assertThat(rules.code()).isEqualTo(2);
    assertThat(rules.errLines()).singleElement().asString()
        .startsWith("copydesk: 'provenance.ai-disclosure' cannot be fixed automatically; fixable rules: ");
    Cli.Result same = Cli.run("fix", in.toString(), "-o", in.toString());
    assertThat(same.code()).isEqualTo(2);
    assertThat(same.errLines()).singleElement().asString().contains("is the input; use --in-place");
    Cli.Result missing = Cli.run("fix", dir.resolve("gone.txt").toString());
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.errLines()).containsExactly("copydesk: " + dir.resolve("gone.txt") + ": no such file");
    // several files: the good one is still fixed, the exit code is the worst
    Cli.Result mixed = Cli.run("fix", "--dry-run", dir.resolve("gone.txt").toString(), in.toString());
    assertThat(mixed.code()).isEqualTo(3);
    assertThat(mixed.out()).contains("+++ b/");
  }

  @Test
  void onlyTheChosenRulesAboveTheConfidence() throws IOException {
    Path in = copyOfSeed();
    Cli.Result typos = Cli.run("fix", "--dry-run", "--rules", "language.name-typo", in.toString());
    assertThat(typos.code()).as(typos.toString()).isZero();
    assertThat(hunks(typos.out())).singleElement().satisfies(h -> {
      assertThat(h.removed()).singleElement().asString().contains("Spiritual Shrinks");
      assertThat(h.added()).singleElement().asString().contains("Spiritual Shrines");
    });
    // the typo's confidence is 0.7: above it, only the structural fixes are left
    Cli.Result strict = Cli.run("fix", "--dry-run", "--min-confidence", "0.75", in.toString());
    assertThat(strict.out()).doesNotContain("Spiritual Shrines").contains("-Pools Plus Cyprus");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
