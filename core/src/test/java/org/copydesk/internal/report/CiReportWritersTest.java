package org.copydesk.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.Parser;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.ReportWriters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What each CI format promises beyond its golden file: validity, escaping, uniqueness, consistency. */
class CiReportWritersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ReportBatch batch;

  @BeforeAll
  static void build() throws Exception {
    batch = WriterFixtures.batch();
  }

  private static String write(ReportWriter w, ReportBatch b) throws Exception {
    StringBuilder sb = new StringBuilder();
    w.write(b, sb, false);
    return sb.toString();
  }

  private static String write(String name, ReportBatch b) throws Exception {
    return write(ReportWriters.byName(name).orElseThrow(), b);
  }

  // --- SARIF ---

  private static JsonSchema sarifSchema() throws Exception {
    try (InputStream in = CiReportWritersTest.class.getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("SARIF schema resource").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(in));
    }
  }

  @Test
  void sarifConformsToTheSchema() throws Exception {
    JsonNode sarif = JSON.readTree(write(new SarifReportWriter(WriterFixtures.descriptors()), batch));
    assertThat(sarifSchema().validate(sarif)).as("schema violations").isEmpty();
    // Also without rule descriptors, without sources, and for an empty batch.
    ReportBatch bare = new ReportBatch("1.2.3", "none", batch.reports(), List.of(), Map.of());
    assertThat(sarifSchema().validate(JSON.readTree(write(new SarifReportWriter(List.of()), bare)))).isEmpty();
    ReportBatch empty = new ReportBatch("1.2.3", "none", List.of(), List.of(), Map.of());
    assertThat(sarifSchema().validate(JSON.readTree(write("sarif", empty)))).isEmpty();
  }

  @Test
  void sarifSchemaRejectsABrokenLog() throws Exception {
    ObjectNode sarif = (ObjectNode) JSON.readTree(write("sarif", batch));
    ((ObjectNode) sarif.path("runs").get(0).path("results").get(0)).put("level", "fatal");
    Set<ValidationMessage> errors = sarifSchema().validate(sarif);
    assertThat(errors).isNotEmpty();
    // The schema checks URI syntax, so the writer's percent-encoding of paths matters.
    ObjectNode unencoded = (ObjectNode) JSON.readTree(write("sarif", batch));
    JsonNode page = unencoded.path("runs").get(0).path("results").get(7);
    ((ObjectNode) page.path("locations").get(0).path("physicalLocation").path("artifactLocation"))
        .put("uri", WriterFixtures.PAGE_SOURCE);
    assertThat(sarifSchema().validate(unencoded)).isNotEmpty();
  }

  @Test
  void sarifResults() throws Exception {
    JsonNode run = JSON.readTree(write(new SarifReportWriter(WriterFixtures.descriptors()), batch)).path("runs").get(0);
    assertThat(run.path("columnKind").asText()).isEqualTo("unicodeCodePoints");
    JsonNode rules = run.path("tool").path("driver").path("rules");
    JsonNode results = run.path("results");
    assertThat(results).hasSize(5 + 2 + 2); // findings + suppressed of story, findings of the page
    for (JsonNode r : results) {
      assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
    }
    JsonNode typo = find(results, "language.name-typo", 39);
    assertThat(typo.path("level").asText()).isEqualTo("error");
    assertThat(typo.has("suppressions")).isFalse();
    JsonNode repl = typo.path("fixes").get(0).path("artifactChanges").get(0).path("replacements").get(0);
    assertThat(repl.path("deletedRegion").path("startColumn").asInt()).isEqualTo(39);
    assertThat(repl.path("insertedContent").path("text").asText()).isEqualTo("Officials");
    // A deletion has a deleted region and nothing inserted.
    JsonNode residue = find(results, "integrity.template-residue", 1);
    JsonNode del = residue.path("fixes").get(0).path("artifactChanges").get(0).path("replacements").get(0);
    assertThat(del.has("deletedRegion")).isTrue();
    assertThat(del.has("insertedContent")).isFalse();
    // No fix where the original text is an HTML entity, not the excerpt: the edit would corrupt the page.
    JsonNode cafe = find(results, "language.misspelling", 22);
    assertThat(cafe.has("fixes")).isFalse();
    assertThat(cafe.path("locations").get(0).path("physicalLocation").path("region").path("snippet").path("text")
        .asText()).isEqualTo("caf&eacute;");
    assertThat(cafe.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("news/caf%C3%A9%20%26%20co%7Cdraft.html");
    // Columns after the emoji count it as one code point.
    JsonNode suppressed = find(results, "language.misspelling", 7);
    assertThat(suppressed.path("suppressions").get(0).path("kind").asText()).isEqualTo("inSource");
    JsonNode justified = find(results, "language.name-typo", 52);
    assertThat(justified.path("suppressions").get(0).path("justification").asText())
        .isEqualTo("house style: \"Smith & Sons\", see <style guide>");
    JsonNode invocation = run.path("invocations").get(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.path("toolExecutionNotifications")).extracting(n -> n.path("message").path("text").asText())
        .containsExactly("missing.md: no such file", "IllegalStateException: boom <b>&</b>");
    assertThat(run.path("properties").path("totals").path("findingsByRule").path("language.misspelling").asInt())
        .isEqualTo(3);
  }

  @Test
  void sarifWithoutDescriptorsStillNamesRulesAndCategories() throws Exception {
    JsonNode rules = JSON.readTree(write(new SarifReportWriter(List.of()), batch)).path("runs").get(0)
        .path("tool").path("driver").path("rules");
    assertThat(rules).extracting(r -> r.path("id").asText()).containsExactly("claims.boom",
        "claims.unattributed-figure", "integrity.template-residue", "language.misspelling", "language.name-typo",
        "style.llm-phrasing");
    assertThat(rules.get(3).path("properties").path("category").asText()).isEqualTo("language");
    assertThat(rules.get(3).has("shortDescription")).isFalse();
  }

  @Test
  void sarifOfACleanRunIsSuccessful() throws Exception {
    ReportBatch clean = new ReportBatch("1.2.3", "none", List.of(batch.reports().get(2)), List.of(), Map.of());
    JsonNode run = JSON.readTree(write("sarif", clean)).path("runs").get(0);
    assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean()).isTrue();
    assertThat(run.path("results")).isEmpty();
  }

  private static JsonNode find(JsonNode results, String ruleId, int column) {
    for (JsonNode r : results) {
      JsonNode region = r.path("locations").get(0).path("physicalLocation").path("region");
      if (r.path("ruleId").asText().equals(ruleId) && region.path("startColumn").asInt() == column) {
        return r;
      }
    }
    throw new AssertionError("no " + ruleId + " result at column " + column);
  }

  // --- XML ---

  private static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document d, String tag) {
    NodeList nl = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  @Test
  void junitParsesAndCountsAddUp() throws Exception {
    Document d = parseXml(write("junit", batch));
    Element root = d.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(elements(d, "testsuite")).extracting(s -> s.getAttribute("name"))
        .containsExactly("story.txt", WriterFixtures.PAGE_SOURCE, "clean.md", "missing.md");
    assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(elements(d, "testcase").size());
    assertThat(Integer.parseInt(root.getAttribute("failures"))).isEqualTo(elements(d, "failure").size());
    assertThat(Integer.parseInt(root.getAttribute("errors"))).isEqualTo(elements(d, "error").size());
    assertThat(Integer.parseInt(root.getAttribute("skipped"))).isEqualTo(elements(d, "skipped").size());
    for (Element suite : elements(d, "testsuite")) {
      assertThat(Integer.parseInt(suite.getAttribute("failures")))
          .isEqualTo(suite.getElementsByTagName("failure").getLength());
    }
    // The failing article's verdict is a failed test case; the passing and warning ones' are not.
    List<Element> verdicts = elements(d, "testcase").stream().filter(t -> t.getAttribute("name").equals("verdict"))
        .toList();
    assertThat(verdicts).hasSize(3);
    assertThat(verdicts.get(0).getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(verdicts.get(1).getElementsByTagName("failure").getLength()).isZero();
    assertThat(verdicts.get(2).getElementsByTagName("failure").getLength()).isZero();
    // Escaped text reads back exactly, line breaks in attributes included.
    List<String> messages = elements(d, "failure").stream().map(e -> e.getAttribute("message")).toList();
    assertThat(messages).contains("\"Offcials\" looks like a typo of \"Officials\" <name> & co | 100%");
    assertThat(elements(d, "skipped").get(0).getAttribute("message"))
        .isEqualTo("suppressed by disable-next-line on line 2: house style: \"Smith & Sons\", see <style guide>");
    assertThat(elements(d, "property")).anyMatch(p -> p.getAttribute("name").equals("verdict")
        && p.getAttribute("value").equals("fail"));
  }

  @Test
  void checkstyleParsesWithOneErrorPerFindingAndFailure() throws Exception {
    Document d = parseXml(write("checkstyle", batch));
    assertThat(d.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    assertThat(elements(d, "file")).extracting(f -> f.getAttribute("name"))
        .containsExactly("story.txt", WriterFixtures.PAGE_SOURCE, "clean.md", "missing.md");
    int findings = batch.reports().stream().mapToInt(r -> r.findings().size()).sum();
    int errors = batch.reports().stream().mapToInt(r -> r.errors().size()).sum() + batch.failures().size();
    assertThat(elements(d, "error")).hasSize(findings + errors);
    assertThat(elements(d, "error")).extracting(e -> e.getAttribute("message"))
        .contains("stock phrase: \"read more\",\r\n50% of 100%, a:b");
  }

  @Test
  void xmlCannotCarrySomeCharactersSoTheyAreReplaced() throws Exception {
    String nasty = "bell \u0007, lone \uD800 surrogate, ]]> end";
    assertThat(Xml.text(nasty)).isEqualTo("bell \uFFFD, lone \uFFFD surrogate, ]]&gt; end");
    Document d = parseXml("<a b=\"" + Xml.attr(nasty) + "\">" + Xml.text(nasty) + "</a>");
    assertThat(d.getDocumentElement().getAttribute("b")).isEqualTo("bell \uFFFD, lone \uFFFD surrogate, ]]> end");
  }

  // --- GitLab ---

  @Test
  void gitlabParsesWithUniqueFingerprints() throws Exception {
    JsonNode issues = JSON.readTree(write("gitlab", batch));
    assertThat(issues.isArray()).isTrue();
    Set<String> prints = new HashSet<>();
    for (JsonNode i : issues) {
      assertThat(i.path("description").asText()).isNotBlank();
      assertThat(i.path("check_name").asText()).isNotBlank();
      assertThat(i.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
      assertThat(i.path("location").path("path").asText()).isNotBlank();
      assertThat(i.path("location").path("lines").path("begin").asInt()).isPositive();
      assertThat(prints.add(i.path("fingerprint").asText())).as("unique " + i).isTrue();
    }
    assertThat(issues).hasSize(5 + 1 + 2 + 1);
    // The same article twice in one batch still gives unique fingerprints.
    Report story = batch.reports().get(0);
    ReportBatch twice = new ReportBatch("1", "r", List.of(story, story), List.of(), Map.of());
    Set<String> again = new HashSet<>();
    for (JsonNode i : JSON.readTree(write("gitlab", twice))) {
      assertThat(again.add(i.path("fingerprint").asText())).isTrue();
    }
    assertThat(again).hasSize(12);
  }

  @Test
  void gitlabFingerprintIgnoresLinesAddedAbove() throws Exception {
    WriterFixtures.batch(); // fixtures are deterministic
    String before = write("gitlab", batch);
    ReportBatch moved = new ReportBatch("1.2.3", "builtin-0.3.0", List.of(shifted(batch.reports().get(0))),
        List.of(), Map.of());
    JsonNode a = JSON.readTree(before).get(0);
    JsonNode b = JSON.readTree(write("gitlab", moved)).get(0);
    assertThat(b.path("location").path("lines").path("begin").asInt()).isEqualTo(13);
    assertThat(b.path("fingerprint").asText()).isEqualTo(a.path("fingerprint").asText());
  }

  /** The report with every finding ten lines further down. */
  private static Report shifted(Report r) {
    List<org.copydesk.report.Finding> fs = r.findings().stream().map(f -> new org.copydesk.report.Finding(
        f.ruleId(), f.category(), f.severity(), f.confidence(), f.message(), f.span(),
        new org.copydesk.report.Location(f.location().line() + 10, f.location().column(),
            f.location().endLine() + 10, f.location().endColumn()), f.excerpt(), f.suggestions(), f.evidence()))
        .toList();
    return new Report(r.source(), r.format(), r.title(), r.language(), fs, r.score(), r.verdict(), r.errors(),
        r.ruleSetVersion(), r.provenance(), r.suppressed());
  }

  // --- GitHub ---

  @Test
  void githubCommandsAreEscapedAndSummarised() throws Exception {
    List<String> lines = write("github", batch).lines().toList();
    assertThat(lines).allMatch(l -> l.startsWith("::error ") || l.startsWith("::warning ")
        || l.startsWith("::notice "));
    assertThat(lines).contains("::notice file=story.txt,line=4,endLine=5,title=style.llm-phrasing::"
        + "stock phrase: \"read more\",%0D%0A50%25 of 100%25, a:b");
    assertThat(lines).contains("::error file=story.txt,line=3,col=39,endLine=3,endColumn=47,"
        + "title=language.name-typo::\"Offcials\" looks like a typo of \"Officials\" <name> & co | 100%25"
        + "%0ASuggestion: replace with \"Officials\"");
    assertThat(GithubReportWriter.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
    assertThat(lines.get(lines.size() - 1)).startsWith("::notice title=copydesk summary::3 articles: 1 failed, "
        + "1 warned, 1 passed, 1 unreadable%0AFAIL story.txt 48/100");
  }

  // --- Markdown ---

  @Test
  void markdownTablesKeepTheirShapeAndCarryNoHtml() throws Exception {
    String md = write("markdown", batch);
    for (String line : md.lines().toList()) {
      if (line.startsWith("| Line ")) {
        assertThat(cells(line)).isEqualTo(5);
      }
    }
    assertThat(md.lines().filter(l -> l.startsWith("| 3:39 "))
        .map(CiReportWritersTest::cells)).containsOnly(5);
    assertThat(md.lines().filter(l -> l.startsWith("| news/")).map(CiReportWritersTest::cells)).containsOnly(7);
    List<String> html = new ArrayList<>();
    Parser.builder().build().parse(md).accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlInline h) {
        html.add(h.getLiteral());
      }

      @Override
      public void visit(HtmlBlock h) {
        html.add(h.getLiteral());
      }
    });
    assertThat(html).as("only the line breaks the writer adds").containsOnly("<br>");
    assertThat(MarkdownReportWriter.escape("@editor *see* [x](y) `z` <b> | a\nb"))
        .isEqualTo("\\@editor \\*see\\* \\[x\\](y) \\`z\\` \\<b\\> \\| a<br>b");
  }

  /** Cells in a table row: pipes not escaped with a backslash, minus the outer two, plus one. */
  private static int cells(String row) {
    int pipes = 0;
    for (int i = 0; i < row.length(); i++) {
      if (row.charAt(i) == '\\') {
        i++;
      } else if (row.charAt(i) == '|') {
        pipes++;
      }
    }
    return pipes - 1;
  }

  // --- helpers ---

  @Test
  void uris() {
    assertThat(Formats.uri("drafts/a b.md")).isEqualTo("drafts/a%20b.md");
    assertThat(Formats.uri("drafts\\win.md")).isEqualTo("drafts/win.md");
    assertThat(Formats.uri("C:\\news\\a.md")).isEqualTo("file:///C:/news/a.md");
    assertThat(Formats.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
    assertThat(Formats.uri("/abs/é.txt")).isEqualTo("/abs/%C3%A9.txt");
  }
}
