package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report conforms to the published schema, docs/report-schema.json. */
class JsonSchemaConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema() throws Exception {
    Path file = Cli.fixtures().toAbsolutePath().getParent().resolve("docs/report-schema.json");
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(MAPPER.readTree(file.toFile()));
  }

  static void assertConforms(Cli.Result r) throws Exception {
    JsonNode report = MAPPER.readTree(r.out());
    Set<ValidationMessage> errors = schema().validate(report);
    assertThat(errors).as("schema violations").isEmpty();
  }

  @Test
  void everyFixtureReportConforms() throws Exception {
    Cli.Result r = Cli.run("check", "--format", "json", Cli.fixtures().resolve("seed").toString(),
        Cli.fixtures().resolve("clean").toString());
    assertThat(MAPPER.readTree(r.out()).path("summary").path("articles").asInt()).isEqualTo(11);
    assertConforms(r);
  }

  @Test
  void reportWithUnreadableInputConforms(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Cli.Result r = Cli.run("check", "--format", "json", empty.toString(), Cli.seed("md").toString());
    assertThat(r.code()).isEqualTo(3);
    assertConforms(r);
  }

  @Test
  void schemaRejectsAReportMissingItsVersion() throws Exception {
    Cli.Result r = Cli.run("check", "--format", "json", Cli.seed("txt").toString());
    com.fasterxml.jackson.databind.node.ObjectNode report =
        (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(r.out());
    report.remove("schemaVersion");
    assertThat(schema().validate(report)).isNotEmpty();
  }
}
