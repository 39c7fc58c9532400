package org.copydesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture article end to end with the built-in rules and the default policy and compares the
 * findings (rule id, excerpt, line:column) and the verdict with {@code <file>.expected.json} beside it.
 *
 * <p>To regenerate the expectations after a deliberate change, run
 * {@code mvn -q -pl rules test -Dtest=GoldenFixturesTest -Dcopydesk.golden.update=true} and review the diff.
 */
class GoldenFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Copydesk COPYDESK = Copydesk.builder().build();
  private static final boolean UPDATE = Boolean.getBoolean("copydesk.golden.update");

  static Path fixturesDir() {
    return Path.of(System.getProperty("copydesk.fixtures", "../fixtures"));
  }

  /** Every article file in the fixture folders (not READMEs, not expectations). */
  static List<Path> articles() throws IOException {
    try (Stream<Path> walk = Files.walk(fixturesDir())) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getParent().equals(fixturesDir()))
          // labelled sets are scored by their evaluation tests, not against snapshots of the current findings
          .filter(p -> !fixturesDir().relativize(p).startsWith("claims"))
          .filter(p -> !p.getFileName().toString().contains(".expected."))
          .filter(p -> !p.getFileName().toString().toUpperCase(java.util.Locale.ROOT).startsWith("README"))
          .filter(p -> Format.fromFileName(p.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureMatchesItsExpectations() throws IOException {
    List<Path> files = articles();
    assertThat(files).as("fixture articles under " + fixturesDir()).hasSizeGreaterThanOrEqualTo(11);
    return files.stream().map(f -> DynamicTest.dynamicTest(fixturesDir().relativize(f).toString(), () -> check(f)));
  }

  private static void check(Path file) throws Exception {
    Report report = COPYDESK.audit(Articles.read(file));
    ObjectNode actual = summarise(report);
    Path expectedFile = file.resolveSibling(file.getFileName() + ".expected.json");
    if (UPDATE) {
      Files.writeString(expectedFile, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile).as("expectations for " + file + " (generate with -Dcopydesk.golden.update=true)")
        .exists();
    JsonNode expected = JSON.readTree(expectedFile.toFile());
    assertThat(lines(actual)).as("findings of " + file).containsExactlyElementsOf(lines(expected));
    assertThat(actual.path("verdict").asText()).as("verdict of " + file).isEqualTo(expected.path("verdict").asText());
  }

  private static ObjectNode summarise(Report report) {
    ObjectNode n = JSON.createObjectNode();
    n.put("verdict", report.verdict().id());
    ArrayNode fs = n.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode o = fs.addObject();
      o.put("ruleId", f.ruleId());
      o.put("severity", f.severity().id());
      o.put("line", f.location().line());
      o.put("column", f.location().column());
      o.put("excerpt", f.excerpt());
    }
    return n;
  }

  /** One comparable line per finding: rule id, severity, line:column and excerpt. */
  private static List<String> lines(JsonNode summary) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : summary.path("findings")) {
      out.add(f.path("ruleId").asText() + " " + f.path("severity").asText() + " " + f.path("line").asInt() + ":"
          + f.path("column").asInt() + " " + f.path("excerpt").asText());
    }
    return out;
  }
}
