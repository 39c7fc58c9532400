package org.copydesk.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.copydesk.internal.report.HtmlReportWriter;

/**
 * The editor page and the OpenAPI document, read once from the class path, and the Content-Security-Policy of
 * the pages: the editor's own script by hash, plus the HTML report's script, which runs in the editor's frame
 * (a {@code srcdoc} frame inherits its parent's policy).
 */
final class StaticPages {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final byte[] editor;
  private final byte[] openapi;
  private final String editorCsp;
  private final String reportCsp;

  private StaticPages(byte[] editor, byte[] openapi, String editorScriptSource) {
    this.editor = editor;
    this.openapi = openapi;
    this.reportCsp = "default-src 'none'; style-src 'unsafe-inline'; script-src "
        + HtmlReportWriter.SCRIPT_HASH_SOURCE + "; img-src data:; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors 'self'";
    this.editorCsp = "default-src 'none'; style-src 'unsafe-inline'; script-src " + editorScriptSource + " "
        + HtmlReportWriter.SCRIPT_HASH_SOURCE + "; connect-src 'self'; img-src data:; base-uri 'none'; "
        + "form-action 'none'; frame-ancestors 'self'";
  }

  static StaticPages load(String toolVersion) {
    String page = resource("editor.html").replace("@VERSION@", toolVersion);
    int s = page.indexOf("<script>");
    int e = page.indexOf("</script>");
    if (s < 0 || e < s || page.indexOf("<script", s + 1) >= 0) {
      throw new IllegalStateException("editor.html must hold exactly one inline <script>");
    }
    String script = page.substring(s + "<script>".length(), e);
    return new StaticPages(page.getBytes(StandardCharsets.UTF_8), openapi(toolVersion),
        HtmlReportWriter.scriptHashSource(script));
  }

  /**
   * The OpenAPI document with the report's JSON Schema ({@code docs/report-schema.json}) as
   * {@code components.schemas.Report}: its {@code $defs} become {@code Report.NAME} schemas beside it, so every
   * reference resolves inside the one document.
   */
  private static byte[] openapi(String toolVersion) {
    try {
      ObjectNode doc = (ObjectNode) MAPPER.readTree(resource("openapi.json").replace("@VERSION@", toolVersion));
      ObjectNode report = (ObjectNode) MAPPER.readTree(resource("report-schema.json"));
      ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
      JsonNode defs = report.remove("$defs");
      report.remove("$schema");
      report.remove("$id");
      schemas.set("Report", rewriteRefs(report));
      if (defs != null) {
        defs.fields().forEachRemaining(e -> schemas.set("Report." + e.getKey(), rewriteRefs(e.getValue())));
      }
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode rewriteRefs(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      JsonNode ref = o.get("$ref");
      if (ref != null && ref.isTextual() && ref.textValue().startsWith("#/$defs/")) {
        o.put("$ref", "#/components/schemas/Report." + ref.textValue().substring("#/$defs/".length()));
      }
      o.fields().forEachRemaining(e -> rewriteRefs(e.getValue()));
    } else if (n.isArray()) {
      n.forEach(StaticPages::rewriteRefs);
    }
    return n;
  }

  byte[] editor() {
    return editor.clone();
  }

  byte[] openapi() {
    return openapi.clone();
  }

  String editorCsp() {
    return editorCsp;
  }

  String reportCsp() {
    return reportCsp;
  }

  private static String resource(String name) {
    try (InputStream in = StaticPages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
