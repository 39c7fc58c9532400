package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI report formats end to end, over every fixture article with the built-in rules: valid output, the same
 * exit codes as the other formats. (The writers' exact output is pinned by golden files in core's tests.)
 */
class CiFormatsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Cli.Result check(String format, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "check";
    args[1] = "--format";
    args[2] = format;
    args[3] = Cli.fixtures().resolve("seed").toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return Cli.run(args);
  }

  @Test
  void sarifOfTheFixturesConformsAndDescribesTheRules() throws Exception {
    Cli.Result r = check("sarif", Cli.fixtures().resolve("clean").toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(check("json", Cli.fixtures().resolve("clean").toString()).code());
    Path schemaFile = Cli.fixtures().toAbsolutePath().getParent()
        .resolve("core/src/test/resources/org/copydesk/internal/report/sarif/sarif-schema-2.1.0.json");
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
        .getSchema(MAPPER.readTree(schemaFile.toFile()));
    JsonNode sarif = MAPPER.readTree(r.out());
    assertThat(schema.validate(sarif)).as("schema violations").isEmpty();
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("results").size()).isPositive();
    assertThat(run.path("properties").path("articles")).hasSize(11);
    // Every built-in rule is listed with the descriptions `copydesk rules` shows.
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(rules.size()).isGreaterThanOrEqualTo(13);
    for (JsonNode rule : rules) {
      assertThat(rule.path("shortDescription").path("text").asText()).as(rule.toString()).isNotBlank();
      assertThat(rule.path("help").path("markdown").asText()).as(rule.toString()).isNotBlank();
    }
  }

  @Test
  void xmlFormatsParse() throws Exception {
    for (String format : new String[] {"junit", "checkstyle"}) {
      Cli.Result r = check(format, Cli.fixtures().resolve("clean").toString());
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
      assertThat(doc.getDocumentElement().getTagName()).isEqualTo(format.equals("junit") ? "testsuites" : "checkstyle");
    }
  }

  @Test
  void gitlabFingerprintsAreUniqueAcrossTheFixtures() throws Exception {
    JsonNode issues = MAPPER.readTree(check("gitlab", Cli.fixtures().resolve("clean").toString()).out());
    assertThat(issues.size()).isPositive();
    Set<String> seen = new HashSet<>();
    for (JsonNode i : issues) {
      assertThat(seen.add(i.path("fingerprint").asText())).as(i.toString()).isTrue();
    }
  }

  @Test
  void githubAndMarkdownSummariseTheBatch(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Cli.Result gh = Cli.run("check", "--format", "github", empty.toString(), Cli.seed("md").toString());
    assertThat(gh.code()).isEqualTo(3);
    assertThat(gh.out().lines().toList()).last().asString().startsWith("::notice title=copydesk summary::1 article: ");
    assertThat(gh.out()).contains("title=unreadable input::");
    Cli.Result md = Cli.run("check", "--format", "markdown", Cli.seed("md").toString());
    assertThat(md.out()).startsWith("## Copydesk report\n").contains("| File | Verdict | Score |");
  }
}
