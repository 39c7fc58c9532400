package org.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.rule.Severity;
import org.copydesk.testing.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static final Copydesk COPYDESK = Copydesk.builder()
      .addPack(TestRules.pack("t", TestRules.word("claims.budget", Severity.ERROR, "budget")))
      .build();

  private static final String TODAY = "Talks\n\nThe budget failed on Monday.\n\nThe budget office said nothing.\n";

  private static Report audit(String text) throws Exception {
    return COPYDESK.audit(Articles.parse(text, Format.TEXT, "a.txt"));
  }

  private static Baseline baseline(String text) throws Exception {
    Report r = audit(text);
    return Baseline.of(new ReportBatch("t", "t", List.of(r), List.of(), Map.of()), x -> "a.txt");
  }

  @Test
  void fingerprintsIgnoreLinesAndWhitespaceButNotTheText() throws Exception {
    List<String> before = Fingerprint.of(audit(TODAY));
    List<String> after = Fingerprint.of(audit("Breaking\n\nA new paragraph.\n\n" + TODAY.replace("Monday", "Tuesday")));
    assertThat(before).hasSize(2).doesNotHaveDuplicates();
    assertThat(after).isEqualTo(before);
    assertThat(Fingerprint.of(audit(TODAY.replace("The budget failed", "The  Budget failed")))).isNotEqualTo(before);
  }

  @Test
  void survivesAnEditElsewhereAndCatchesANewFinding() throws Exception {
    Baseline b = baseline(TODAY);
    Report edited = b.apply(audit("Talks\n\nAdded line.\n\n" + TODAY.substring(7).replace("Monday", "Friday")),
        "a.txt", Policy.defaults());
    assertThat(edited.findings()).isEmpty();
    assertThat(edited.verdict()).isEqualTo(Verdict.PASS);
    assertThat(edited.suppressed()).extracting(Suppressed::directive).containsExactly("baseline", "baseline");

    Report worse = b.apply(audit(TODAY + "\nA third budget line.\n"), "a.txt", Policy.defaults());
    assertThat(worse.findings()).extracting(f -> f.location().line()).containsExactly(7);
    assertThat(worse.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void reportsFixedEntriesAndIgnoresOtherFiles() throws Exception {
    Baseline b = baseline(TODAY);
    Report fixed = b.apply(audit("Talks\n\nThe budget failed on Monday.\n"), "a.txt", Policy.defaults());
    assertThat(b.fixed(fixed, "a.txt")).extracting(Baseline.Entry::line).containsExactly(5);
    Report other = b.apply(audit(TODAY), "b.txt", Policy.defaults());
    assertThat(other.findings()).hasSize(2);
  }

  @Test
  void roundTripsThroughItsFile(@TempDir Path dir) throws Exception {
    Baseline b = baseline(TODAY);
    Path f = dir.resolve("baseline.json");
    Files.writeString(f, b.toJson());
    assertThat(Baseline.load(f).entries()).isEqualTo(b.entries());
    assertThat(Baseline.load(f).toJson()).isEqualTo(b.toJson());
  }

  @Test
  void badFilesAreOneLineErrors(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Baseline.load(dir.resolve("missing.json")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("no such file");
    Path f = dir.resolve("x.json");
    Files.writeString(f, "{\"version\": 7, \"entries\": []}");
    assertThatThrownBy(() -> Baseline.load(f)).hasMessageContaining("not a Copydesk baseline");
    Files.writeString(f, "[1, 2");
    assertThatThrownBy(() -> Baseline.load(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("\n");
  }
}
