package org.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.rule.Severity;
import org.copydesk.testing.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
  static final String STORY = "Budget Talks\n\n"
      + "The budget vote failed on Monday. Officials said the vote would return.\n\n"
      + "The \uD83D\uDE00 budget office said nothing.\n";
  private static ReportBatch batch;
  private static Article article;

  @BeforeAll
  static void audit() throws Exception {
    article = Articles.parse(STORY, Format.TEXT, "story.txt");
    Copydesk c = Copydesk.builder()
        .addPack(TestRules.pack("test",
            TestRules.word("claims.budget", Severity.WARNING, "budget"),
            TestRules.word("style.vote", Severity.INFO, "vote"),
            TestRules.throwing("integrity.boom")))
        .build();
    Report r = c.audit(article);
    batch = new ReportBatch("9.9.9", c.ruleSetVersion(), List.of(r),
        List.of(new ReportBatch.InputFailure("gone.txt", "gone.txt: no such file")),
        Map.of("story.txt", article.sourceMap()));
  }

  private static String write(String writer, ReportBatch b, boolean color) throws Exception {
    StringBuilder sb = new StringBuilder();
    ReportWriters.byName(writer).orElseThrow().write(b, sb, color);
    return sb.toString();
  }

  @Test
  void writersByName() {
    assertThat(ReportWriters.all()).extracting(ReportWriter::name).containsExactly("text", "json", "html", "sarif",
        "junit", "checkstyle", "github", "gitlab", "markdown", "claims-csv", "sites-csv");
    assertThat(ReportWriters.byName("yaml")).isEmpty();
    assertThat(ReportWriters.JSON_SCHEMA_VERSION).isEqualTo("1.4");
  }

  @Test
  void jsonIsDeterministic() throws Exception {
    assertThat(write("json", batch, false)).isEqualTo(write("json", batch, false));
    // Colour never changes JSON.
    assertThat(write("json", batch, true)).isEqualTo(write("json", batch, false));
  }

  @Test
  void jsonContent() throws Exception {
    JsonNode root = new ObjectMapper().readTree(write("json", batch, false));
    assertThat(root.path("schemaVersion").asText()).isEqualTo("1.4");
    assertThat(root.path("tool").path("name").asText()).isEqualTo("copydesk");
    assertThat(root.path("tool").path("version").asText()).isEqualTo("9.9.9");
    assertThat(root.path("ruleSetVersion").asText()).isEqualTo("test-1.0");
    JsonNode report = root.path("reports").get(0);
    assertThat(report.path("source").asText()).isEqualTo("story.txt");
    assertThat(report.path("format").asText()).isEqualTo("text");
    assertThat(report.path("title").asText()).isEqualTo("Budget Talks");
    assertThat(report.path("verdict").asText()).isEqualTo("warn");
    assertThat(report.path("score").path("overall").asInt()).isEqualTo(78);
    assertThat(report.path("score").path("categories").path("claims").asInt()).isEqualTo(80);

    JsonNode f1 = report.path("findings").get(0);
    assertThat(f1.path("id").asText()).isEqualTo("F1");
    assertThat(f1.path("ruleId").asText()).isEqualTo("claims.budget");
    assertThat(f1.path("category").asText()).isEqualTo("claims");
    assertThat(f1.path("severity").asText()).isEqualTo("warning");
    assertThat(f1.path("confidence").asDouble()).isEqualTo(1.0);
    assertThat(f1.path("location").path("line").asInt()).isEqualTo(3);
    assertThat(f1.path("location").path("column").asInt()).isEqualTo(5);
    assertThat(f1.path("location").path("endLine").asInt()).isEqualTo(3);
    assertThat(f1.path("location").path("endColumn").asInt()).isEqualTo(11);
    assertThat(f1.path("excerpt").asText()).isEqualTo("budget");
    assertThat(report.path("findings")).hasSize(4);
    // The emoji before the last "budget" is one column.
    JsonNode f4 = report.path("findings").get(3);
    assertThat(f4.path("id").asText()).isEqualTo("F4");
    assertThat(f4.path("location").path("column").asInt()).isEqualTo(7);
    assertThat(f4.path("location").path("endColumn").asInt()).isEqualTo(13);

    JsonNode deductions = report.path("score").path("deductions");
    assertThat(deductions).hasSize(2);
    assertThat(deductions.get(0).path("ruleId").asText()).isEqualTo("claims.budget");
    assertThat(deductions.get(0).path("points").asDouble()).isEqualTo(20.0);
    assertThat(deductions.get(0).path("findings").toString()).isEqualTo("[\"F1\",\"F4\"]");
    assertThat(deductions.get(1).path("ruleId").asText()).isEqualTo("style.vote");
    assertThat(deductions.get(1).path("findings").toString()).isEqualTo("[\"F2\",\"F3\"]");
    // Every referenced id exists.
    for (JsonNode d : deductions) {
      for (JsonNode id : d.path("findings")) {
        int n = Integer.parseInt(id.asText().substring(1));
        assertThat(report.path("findings").get(n - 1).path("ruleId").asText()).isEqualTo(d.path("ruleId").asText());
      }
    }
    assertThat(report.path("errors").get(0).path("ruleId").asText()).isEqualTo("integrity.boom");
    assertThat(root.path("inputErrors").get(0).path("message").asText()).isEqualTo("gone.txt: no such file");
    assertThat(root.path("summary").path("articles").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("warn").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("unreadable").asInt()).isEqualTo(1);
  }

  @Test
  void textReport() throws Exception {
    String out = write("text", batch, false);
    assertThat(out).doesNotContain("\u001b");
    assertThat(out).contains("story.txt:3:5: warning claims.budget: found \"budget\" (confidence 1.00)\n"
        + "   3 | The budget vote failed on Monday. Officials said the vote would return.\n"
        + "     |     ^^^^^^\n");
    assertThat(out).contains("story.txt:3:12: info style.vote: found \"vote\"");
    // Columns and carets count the emoji as one character.
    assertThat(out).contains("story.txt:5:7: warning claims.budget");
    assertThat(out).contains("   5 | The \uD83D\uDE00 budget office said nothing.\n"
        + "     |       ^^^^^^\n");
    assertThat(out).contains("story.txt: score 78/100");
    assertThat(out).contains("rule failed: integrity.boom: IllegalStateException: boom");
    assertThat(out).contains("error: gone.txt: no such file");
    assertThat(out).contains("WARN");
  }

  @Test
  void textReportWithoutSourcesQuotesTheExcerpt() throws Exception {
    ReportBatch noSources = new ReportBatch("9.9.9", "test-1.0", batch.reports(), List.of(), Map.of());
    assertThat(write("text", noSources, false)).contains("story.txt:3:5: warning claims.budget: found \"budget\""
        + " (confidence 1.00)\n    | budget\n");
  }

  @Test
  void textReportInColour() throws Exception {
    String out = write("text", batch, true);
    assertThat(out).contains("\u001b[");
    assertThat(out).contains("\u001b[1mstory.txt:3:5\u001b[0m");
  }
}
