package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.internal.policy.PolicyDocument;
import org.copydesk.report.Policy;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of copydesk.yaml (in the core jar) agrees with the parser: the init template and every
 * example in docs/policy.md are valid for both, and both know exactly the same keys.
 */
class PolicySchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonNode schemaNode() throws Exception {
    return JSON.readTree(InitCommand.resource(InitCommand.SCHEMA));
  }

  private static JsonSchema schema() throws Exception {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode());
  }

  private static JsonNode yaml(String text) throws Exception {
    JsonNode n = YAML.readTree(text);
    return n == null || n.isMissingNode() ? JSON.nullNode() : n;
  }

  /** The ```yaml blocks of docs/policy.md. */
  private static List<String> docExamples() throws Exception {
    Path doc = Cli.fixtures().toAbsolutePath().getParent().resolve("docs/policy.md");
    Matcher m = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(Files.readString(doc));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void theInitTemplateIsValid() throws Exception {
    String template = InitCommand.resource(InitCommand.TEMPLATE);
    assertThat(schema().validate(yaml(template))).isEmpty();
    assertThat(template).contains("$schema=" + schemaNode().path("$id").asText());
  }

  @Test
  void everyDocsExampleIsValidForTheSchemaAndTheParser() throws Exception {
    List<String> examples = docExamples();
    assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
    for (String example : examples) {
      assertThat(schema().validate(yaml(example))).as(example).isEmpty();
      Policy.parse(example, "docs/policy.md example"); // throws if the parser disagrees
    }
  }

  @Test
  void theSchemaRejectsWhatTheParserRejects() throws Exception {
    JsonSchema s = schema();
    for (String bad : List.of("failOnn: error\n", "failOn: sometimes\n", "failOn: [never, error]\n",
        "minConfidence: 2\n", "failBelow: 50.5\n", "rules: {claims.x: {enabeld: false}}\n",
        "categories: {claim: 2}\n", "lexicon: {terms: Qalamoun}\n", "overrides: [{failOn: never}]\n",
        "overrides: [{files: x, ignore: y}]\n", "points: {critical: 1}\n", "ruleCap: 0\n",
        "patterns: [{name: x, pattern: said}]\n", "patterns: [{name: Said, pattern: said, message: m}]\n",
        "patterns: [{name: x, pattern: said, message: m, category: tone}]\n",
        "patterns: [{name: x, pattern: said, message: m, ignorecase: true}]\n")) {
      assertThat(s.validate(yaml(bad))).as(bad).isNotEmpty();
      try {
        Policy.parse(bad, "p.yaml");
        throw new AssertionError("the parser accepted " + bad);
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).startsWith("p.yaml:");
      }
    }
  }

  @Test
  void theSchemaAndTheParserKnowTheSameKeys() throws Exception {
    JsonNode s = schemaNode();
    JsonNode defs = s.path("definitions");
    assertThat(names(s.path("properties"))).containsExactlyInAnyOrderElementsOf(PolicyDocument.TOP_KEYS);
    assertThat(names(s.path("properties").path("overrides").path("items").path("properties")))
        .containsExactlyInAnyOrderElementsOf(PolicyDocument.OVERRIDE_KEYS);
    assertThat(names(defs.path("rules").path("additionalProperties").path("properties")))
        .containsExactlyInAnyOrderElementsOf(PolicyDocument.RULE_KEYS);
    assertThat(names(defs.path("lexicon").path("properties")))
        .containsExactlyInAnyOrderElementsOf(PolicyDocument.LEXICON_KEYS);
    assertThat(names(defs.path("patterns").path("items").path("properties")))
        .containsExactlyInAnyOrderElementsOf(PolicyDocument.PATTERN_KEYS);
    assertThat(names(defs.path("points").path("properties")))
        .containsExactlyInAnyOrderElementsOf(PolicyDocument.POINTS_KEYS);
    assertThat(names(defs.path("categories").path("properties")))
        .containsExactlyInAnyOrderElementsOf(PolicyDocument.CATEGORY_KEYS);
    // every settings key of an override is the same definition as at the top level
    for (String key : PolicyDocument.SETTINGS_KEYS) {
      assertThat(s.path("properties").path("overrides").path("items").path("properties").path(key))
          .as(key).isEqualTo(s.path("properties").path(key));
    }
  }

  private static Set<String> names(JsonNode object) {
    assertThat(object.isObject()).as("an object of properties").isTrue();
    Set<String> out = new LinkedHashSet<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
