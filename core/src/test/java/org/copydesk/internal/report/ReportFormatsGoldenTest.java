package org.copydesk.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.ReportWriters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each writer's output for {@link WriterFixtures#batch()} is compared byte for byte with a committed golden
 * file under {@code src/test/resources/org/copydesk/internal/report/golden}; a mismatch fails with a line diff.
 *
 * <p>After a deliberate change, regenerate with
 * {@code mvn -q -o -pl core test -Dtest=ReportFormatsGoldenTest -Dcopydesk.golden.update=true} and review the
 * diff.
 */
class ReportFormatsGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("copydesk.golden.update");
  private static final Path GOLDEN = Path.of("src/test/resources/org/copydesk/internal/report/golden");
  private static ReportBatch batch;

  @BeforeAll
  static void build() throws Exception {
    batch = WriterFixtures.batch();
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(new SarifReportWriter(WriterFixtures.descriptors()), "batch.sarif"),
        Arguments.of(ReportWriters.byName("junit").orElseThrow(), "batch.junit.xml"),
        Arguments.of(ReportWriters.byName("checkstyle").orElseThrow(), "batch.checkstyle.xml"),
        Arguments.of(ReportWriters.byName("github").orElseThrow(), "batch.github.txt"),
        Arguments.of(ReportWriters.byName("gitlab").orElseThrow(), "batch.gitlab.json"),
        Arguments.of(ReportWriters.byName("markdown").orElseThrow(), "batch.md"),
        Arguments.of(ReportWriters.byName("text").orElseThrow(), "batch.txt"),
        Arguments.of(ReportWriters.byName("json").orElseThrow(), "batch.json"),
        Arguments.of(ReportWriters.byName("html").orElseThrow(), "batch.html"),
        Arguments.of(ReportWriters.byName("claims-csv").orElseThrow(), "batch.claims.csv"),
        Arguments.of(ReportWriters.byName("sites-csv").orElseThrow(), "batch.sites.csv"));
  }

  static String write(ReportWriter w, ReportBatch b) throws Exception {
    StringBuilder sb = new StringBuilder();
    w.write(b, sb, false);
    return sb.toString();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("formats")
  void matchesGolden(ReportWriter writer, String file) throws Exception {
    String actual = write(writer, batch);
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file (generate with -Dcopydesk.golden.update=true)").exists();
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("%s differs from %s (regenerate with -Dcopydesk.golden.update=true if deliberate):%n%s", writer.name(),
          golden, diff(expected, actual));
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("formats")
  void sameBatchSameBytes(ReportWriter writer, String file) throws Exception {
    String first = write(writer, batch);
    assertThat(write(writer, WriterFixtures.batch())).isEqualTo(first);
    StringBuilder coloured = new StringBuilder();
    writer.write(batch, coloured, true);
    if (writer.name().equals("text")) { // the terminal format is the one that uses colour
      assertThat(coloured.toString()).contains("\u001b[").isNotEqualTo(first);
    } else {
      assertThat(coloured.toString()).as("colour never changes a file format").isEqualTo(first);
    }
  }

  /** The lines that differ, as {@code -expected} / {@code +actual}, with their line numbers. */
  static String diff(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.max(e.length, a.length) && out.size() < 40; i++) {
      String el = i < e.length ? e[i] : null;
      String al = i < a.length ? a[i] : null;
      if (el == null || !el.equals(al)) {
        if (el != null) {
          out.add(String.format("%4d -%s", i + 1, el));
        }
        if (al != null) {
          out.add(String.format("%4d +%s", i + 1, al));
        }
      }
    }
    return String.join("\n", out);
  }
}
