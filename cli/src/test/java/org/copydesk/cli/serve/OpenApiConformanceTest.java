package org.copydesk.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.cli.serve.ServerFixture.MAPPER;
import static org.copydesk.cli.serve.ServerFixture.request;
import static org.copydesk.cli.serve.ServerFixture.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.copydesk.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi.json} is a valid OpenAPI 3.1 document (read by swagger-parser), and the real answers of a
 * running server match it: for every request below, the status is one the operation documents, the media type
 * is one that status documents, and a JSON body validates against its schema (JSON Schema 2020-12). Every
 * operation of the document is called at least once.
 */
class OpenApiConformanceTest {
  private static final String TOKEN = "conformance-token-0123456789";
  private static CopydeskServer server;
  private static CopydeskServer guarded;
  private static JsonNode doc;
  private static String seedText;

  @BeforeAll
  static void start() throws Exception {
    seedText = Files.readString(Cli.seed("txt"), StandardCharsets.UTF_8);
    server = CopydeskServer.start(ServerOptions.defaults().withLimits(2, 8, 64 * 1024, Duration.ofSeconds(20)),
        "test");
    guarded = CopydeskServer.start(ServerOptions.defaults().withSecurity("127.0.0.1", TOKEN, List.of()), "test");
    doc = MAPPER.readTree(ServerFixture.get(server, "/openapi.json").body());
  }

  @AfterAll
  static void stop() {
    server.close();
    guarded.close();
  }

  @Test
  void theDocumentIsValidOpenApi31() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(doc.toString(), null, options);
    assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getOpenAPI().getPaths()).containsKeys("/v1/audit", "/v1/audit/batch", "/v1/rules",
        "/v1/rules/{id}", "/healthz", "/metrics", "/openapi.json", "/");
    assertThat(doc.at("/info/version").asText()).isEqualTo("test");
    assertThat(doc.at("/components/schemas/Report/properties/reports").isMissingNode()).isFalse();
  }

  @Test
  void realAnswersMatchTheDocument() {
    List<Call> calls = new ArrayList<>();
    String envelope = "{\"article\": " + quote(seedText) + ", \"policy\": {\"failOn\": \"never\"}}";
    calls.add(call(server, "POST", "/v1/audit", "text/plain", seedText, 200));
    calls.add(call(server, "POST", "/v1/audit?report=html", "text/markdown", "# T\n\nThe council met.\n", 200));
    calls.add(call(server, "POST", "/v1/audit?report=sarif", "text/plain", seedText, 200));
    calls.add(call(server, "POST", "/v1/audit?report=junit", "text/plain", seedText, 200));
    calls.add(call(server, "POST", "/v1/audit?report=markdown", "text/plain", seedText, 200));
    calls.add(call(server, "POST", "/v1/audit?report=text", "text/plain", seedText, 200));
    calls.add(call(server, "POST", "/v1/audit", "application/json", envelope, 200));
    calls.add(call(server, "POST", "/v1/audit", "application/json", "{\"title\": \"T\", \"body\": \"The council "
        + "met on Monday.\"}", 200));
    calls.add(call(server, "POST", "/v1/audit/batch", "application/json", "{\"articles\": [{\"article\": "
        + quote(seedText) + "}, {\"article\": \"\"}]}", 200));
    calls.add(call(server, "GET", "/v1/rules", null, null, 200));
    calls.add(call(server, "GET", "/v1/rules/provenance.ai-disclosure", null, null, 200));
    calls.add(call(server, "GET", "/healthz", null, null, 200));
    calls.add(call(server, "GET", "/metrics", null, null, 200));
    calls.add(call(server, "GET", "/openapi.json", null, null, 200));
    calls.add(call(server, "GET", "/", null, null, 200));
    // errors
    calls.add(call(server, "POST", "/v1/audit", "application/json", "{\"article\": ", 400));
    calls.add(call(server, "POST", "/v1/audit/batch", "application/json", "{\"articles\": 3}", 400));
    calls.add(call(guarded, "POST", "/v1/audit", "text/plain", "The council met.", 401));
    calls.add(call(guarded, "GET", "/v1/rules", null, null, 401));
    calls.add(call(guarded, "GET", "/v1/rules/provenance.ai-disclosure", null, null, 401));
    calls.add(call(guarded, "GET", "/metrics", null, null, 401));
    calls.add(call(server, "GET", "/v1/rules/provenance.nothing", null, null, 404));
    calls.add(call(server, "GET", "/v1/audit", null, null, 405));
    calls.add(call(server, "POST", "/healthz", "text/plain", "x", 405));
    calls.add(call(server, "POST", "/v1/audit", "text/plain", "x".repeat(70_000), 413));
    calls.add(call(server, "POST", "/v1/audit", "application/x-www-form-urlencoded", "a=b", 415));
    calls.add(call(server, "POST", "/v1/audit", "text/plain", "", 422));
    calls.add(call(server, "POST", "/v1/audit/batch", "application/json", "{\"articles\": [{\"article\": \"x\"}], "
        + "\"policy\": {\"failOn\": \"sometimes\"}}", 422));

    SoftAssertions soft = new SoftAssertions();
    Set<String> calledOk = new TreeSet<>();
    for (Call c : calls) {
      String what = c.method + " " + c.path + " -> " + c.response.statusCode();
      soft.assertThat(c.response.statusCode()).as(what + ": expected status; body " + head(c.response.body()))
          .isEqualTo(c.expected);
      JsonNode op = operation(c.method, c.path);
      if (op == null) {
        soft.fail(what + ": no such operation in openapi.json");
        continue;
      }
      JsonNode response = op.path("responses").path(Integer.toString(c.response.statusCode()));
      if (response.isMissingNode()) {
        soft.fail(what + ": status not documented for " + op.path("operationId").asText());
        continue;
      }
      if (c.response.statusCode() == 200) {
        calledOk.add(op.path("operationId").asText());
      }
      String type = c.response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip()
          .toLowerCase(Locale.ROOT);
      JsonNode media = response.path("content").path(type);
      if (media.isMissingNode()) {
        soft.fail(what + ": media type " + type + " not documented");
        continue;
      }
      if (type.endsWith("json")) {
        Set<ValidationMessage> errors = validate(media.path("schema"), c.response.body());
        soft.assertThat(errors).as(what + ": body against " + media.path("schema")).isEmpty();
      }
      for (Iterator<String> it = response.path("headers").fieldNames(); it.hasNext(); ) {
        String h = it.next();
        soft.assertThat(c.response.headers().firstValue(h)).as(what + ": documented header " + h).isPresent();
      }
    }
    soft.assertAll();
    Set<String> all = new TreeSet<>();
    doc.path("paths").forEach(p -> p.forEach(o -> all.add(o.path("operationId").asText())));
    assertThat(calledOk).as("operations answered 200 at least once").isEqualTo(all);
  }

  @Test
  void theSchemaCatchesAWrongBody() {
    // the check above can fail: a report with a misspelt key does not validate
    JsonNode schema = doc.at("/paths/~1v1~1audit/post/responses/200/content/application~1json/schema");
    String good = ServerFixture.post(server, "/v1/audit", "text/plain", seedText).body();
    assertThat(validate(schema, good)).isEmpty();
    assertThat(validate(schema, good.replaceFirst("\"verdict\"", "\"verdikt\""))).isNotEmpty();
    JsonNode error = doc.at("/components/schemas/Error");
    assertThat(validate(error, "{\"error\": {\"status\": 404, \"code\": \"nope\", \"message\": \"m\", "
        + "\"requestId\": \"r\"}}")).isNotEmpty();
  }

  /** Validates against a schema of the document, its {@code #/components/schemas/} references resolved. */
  private static Set<ValidationMessage> validate(JsonNode schema, String body) {
    String defs = doc.path("components").path("schemas").toString().replace("#/components/schemas/", "#/$defs/");
    String root = schema.toString().replace("#/components/schemas/", "#/$defs/");
    try {
      ObjectNode wrapper = (ObjectNode) MAPPER.readTree(root);
      wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      wrapper.set("$defs", MAPPER.readTree(defs));
      JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(wrapper);
      return s.validate(MAPPER.readTree(body));
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + head(body), e);
    }
  }

  private static JsonNode operation(String method, String path) {
    String p = path.split("\\?")[0];
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String regex = e.getKey().replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.");
      if (p.matches(regex)) {
        JsonNode op = e.getValue().path(method.toLowerCase(Locale.ROOT));
        if (!op.isMissingNode()) {
          return op;
        }
        // a method the path does not have: its 405 is documented on the path's operations
        Iterator<JsonNode> ops = e.getValue().elements();
        return ops.hasNext() ? ops.next() : null;
      }
    }
    return null;
  }

  private record Call(String method, String path, int expected, HttpResponse<String> response) {}

  private static Call call(CopydeskServer s, String method, String path, String type, String body, int expected) {
    HttpRequest.Builder b = request(s, path);
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (type != null) {
      b.header("Content-Type", type);
    }
    return new Call(method, path, expected, send(b.build()));
  }

  private static String head(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  private static String quote(String s) {
    try {
      return MAPPER.writeValueAsString(s);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

}
