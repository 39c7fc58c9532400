package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.copydesk.cli.serve.CopydeskServer;
import org.copydesk.cli.serve.ServerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor page of {@code copydesk serve} in headless Chromium, driven as an editor would: paste the seed
 * article into the page, press Audit, wait for the report, and check that the verdict, score and findings are
 * those of the API, that every finding is highlighted in place reading as its excerpt, that the highlight
 * colours are where the boxes say in a screenshot, that suggestions show, and that an uploaded file and a hostile
 * article work too. Skipped when Chromium is not installed ({@code .ci/run} installs it).
 */
class EditorPageBrowserTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(30);
  /** Highlight colours of the HTML report, by severity. */
  private static final Map<String, Integer> COLORS = Map.of(
      "error", 0xffb3ad, "warning", 0xffe07a, "info", 0xbcdcff);

  @TempDir static Path dir;
  private static CopydeskServer server;

  @BeforeEach
  void needsChromium() {
    assumeTrue(Chromium.available(), "Chromium not found at " + Chromium.BINARY + ": the editor page browser test"
        + " is skipped (install it with 'apt-get install chromium', as .ci/run does, or point -Dcopydesk.chromium"
        + " at a Chromium binary)");
  }

  @BeforeAll
  static void start() throws Exception {
    server = CopydeskServer.start(ServerOptions.defaults(), "test");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static JsonNode apiReport(String text) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url())
        .resolve("/v1/audit?source=pasted%20article")).header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return MAPPER.readTree(r.body()).at("/reports/0");
  }

  @Test
  void pastingTheSeedArticleShowsTheReportWithEveryFindingHighlighted() throws Exception {
    String seed = Files.readString(Cli.seed("txt"), StandardCharsets.UTF_8);
    JsonNode expected = apiReport(seed);
    try (Chromium c = Chromium.launch(dir, WAIT)) {
      c.setViewport(1280, 4200);
      c.navigate(server.url());
      assertThat(c.evaluate("document.body.dataset.state").asText()).isEqualTo("idle");
      c.focus("#article");
      c.insertText(seed);
      assertThat(c.evaluate("document.getElementById('article').value").asText()).isEqualTo(seed);
      c.click("#audit");
      c.waitFor("document.body.dataset.state === 'done' || document.body.dataset.state === 'error'", WAIT);
      assertThat(c.evaluate("document.body.dataset.state").asText()).as("status: %s",
          c.evaluate("document.getElementById('status').textContent")).isEqualTo("done");
      // the report's own script measured the highlights inside the frame
      c.waitFor("document.getElementById('report').contentDocument.querySelector('[data-hl-marks]')", WAIT);

      int findings = expected.path("findings").size();
      assertThat(findings).isGreaterThan(5);
      assertThat(c.evaluate("document.getElementById('status').textContent").asText()).isEqualTo(
          expected.path("verdict").asText().toUpperCase() + " · score " + expected.at("/score/overall").asInt()
              + "/100 · " + findings + " findings");
      assertThat(c.evaluate("document.getElementById('status').className").asText()).isEqualTo("fail");

      JsonNode items = c.evaluate("(() => { const d = document.getElementById('report').contentDocument;"
          + " return Array.from(d.querySelectorAll('#a1 li[id^=\"a1-F\"]')).map(li => ({id: li.id,"
          + " marks: li.getAttribute('data-hl-marks'), text: li.getAttribute('data-hl-text'),"
          + " content: li.textContent})); })()");
      assertThat(items).hasSize(findings);
      SoftAssertions soft = new SoftAssertions();
      for (int i = 0; i < findings; i++) {
        JsonNode f = expected.path("findings").get(i);
        JsonNode li = items.get(i);
        soft.assertThat(li.path("id").asText()).isEqualTo("a1-F" + (i + 1));
        soft.assertThat(li.path("marks").asText()).as("%s highlights", f.path("ruleId")).isNotIn("", "0");
        soft.assertThat(squash(li.path("text").asText())).as("%s highlighted text", f.path("ruleId"))
            .isEqualTo(squash(f.path("excerpt").asText()));
        soft.assertThat(li.path("content").asText()).as("the list names the rule").contains(f.path("ruleId")
            .asText());
        for (JsonNode s : f.path("suggestions")) {
          soft.assertThat(li.path("content").asText()).as("%s suggestion", f.path("ruleId"))
              .contains(s.path("replacement").asText());
        }
      }
      soft.assertAll();
      assertThat(c.evaluate("document.getElementById('report').contentDocument.body.textContent").asText())
          .contains("Shrines").contains("score");

      // the screenshot: each line box of each highlight is mostly its severity's colour
      JsonNode marks = c.evaluate("(() => { const f = document.getElementById('report'); const o ="
          + " f.getBoundingClientRect(); const d = f.contentDocument;"
          + " return Array.from(d.querySelectorAll('#a1 mark.hl')).flatMap(m => Array.from(m.getClientRects())"
          + ".map(r => ({level: m.getAttribute('data-level'),"
          + " text: m.textContent, x: Math.round(o.left + f.clientLeft + r.left),"
          + " y: Math.round(o.top + f.clientTop + r.top), w: Math.round(r.width), h: Math.round(r.height)})));"
          + " })()");
      BufferedImage shot = c.screenshot();
      ImageIO.write(shot, "png", dir.resolve("editor.png").toFile());
      Files.createDirectories(Path.of("target"));
      ImageIO.write(shot, "png", Path.of("target", "editor-page.png").toFile()); // for a human to look at
      Set<String> levels = new TreeSet<>();
      int checked = 0;
      for (JsonNode m : marks) {
        int[] b = {m.path("x").asInt(), m.path("y").asInt(), m.path("w").asInt(), m.path("h").asInt()};
        if (b[2] < 8 || b[0] + b[2] >= shot.getWidth() || b[1] + b[3] >= shot.getHeight()) {
          continue;
        }
        String level = m.path("level").asText();
        soft.assertThat(dominant(shot, b)).as("colour of '%s' (%s) at %d,%d", m.path("text").asText(), level,
            b[0], b[1]).isEqualTo(COLORS.get(level));
        levels.add(level);
        checked++;
      }
      soft.assertAll();
      assertThat(checked).as("highlights checked in the screenshot").isGreaterThanOrEqualTo(8);
      assertThat(levels).containsExactly("error", "info", "warning");
    }
  }

  @Test
  void anUploadedFileSetsFormatAndNameAndAHostileArticleStaysText() throws Exception {
    Path md = Cli.seed("md").toAbsolutePath();
    String hostile = "Budget <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> vote.\n\n"
        + "<script>parent.document.body.setAttribute('data-pwned','2')</script> This article was generated by"
        + " artificial intelligence.\n";
    try (Chromium c = Chromium.launch(dir, WAIT)) {
      c.setViewport(1280, 2000);
      c.navigate(server.url());
      JsonNode doc = c.send("DOM.getDocument", Map.of());
      int input = c.send("DOM.querySelector", Map.of("nodeId", doc.at("/root/nodeId").asInt(),
          "selector", "#file")).path("nodeId").asInt();
      c.send("DOM.setFileInputFiles", Map.of("nodeId", input, "files", java.util.List.of(md.toString())));
      c.waitFor("document.getElementById('article').value.length > 100", WAIT);
      assertThat(c.evaluate("document.getElementById('format').value").asText()).isEqualTo("markdown");
      assertThat(c.evaluate("document.getElementById('source').value").asText()).isEqualTo(
          md.getFileName().toString());
      assertThat(c.evaluate("document.getElementById('article').value").asText())
          .isEqualTo(Files.readString(md, StandardCharsets.UTF_8));
      c.click("#audit");
      c.waitFor("document.body.dataset.state === 'done'", WAIT);
      assertThat(c.evaluate("document.getElementById('report').contentDocument.querySelector('.source')"
          + ".textContent").asText()).isEqualTo(md.getFileName().toString());

      // a hostile article, pasted as HTML-looking plain text: nothing in it runs
      c.evaluate("document.getElementById('article').value = ''; document.getElementById('format').value = 'text';"
          + " document.body.dataset.state = 'idle'");
      c.focus("#article");
      c.insertText(hostile);
      c.click("#audit");
      c.waitFor("document.body.dataset.state === 'done'", WAIT);
      Map<String, String> pwned = new HashMap<>();
      pwned.put("page", c.evaluate("String(document.body.getAttribute('data-pwned'))").asText());
      pwned.put("frame", c.evaluate("String(document.getElementById('report').contentDocument.body"
          + ".getAttribute('data-pwned'))").asText());
      assertThat(pwned).containsEntry("page", "null").containsEntry("frame", "null");
      assertThat(c.evaluate("document.getElementById('report').contentDocument.querySelectorAll('img').length")
          .asInt()).isZero();
      assertThat(c.evaluate("document.getElementById('status').textContent").asText()).startsWith("FAIL");
    }
  }

  @Test
  void anErrorFromTheServerIsShownNotThrown() {
    try (Chromium c = Chromium.launch(dir, WAIT)) {
      c.navigate(server.url());
      c.click("#audit");
      assertThat(c.evaluate("document.getElementById('status').textContent").asText())
          .isEqualTo("Paste or open an article first.");
      c.evaluate("document.getElementById('format').value = 'json'");
      c.focus("#article");
      c.insertText("{\"title\": ");
      c.click("#audit");
      c.waitFor("document.body.dataset.state === 'error'", WAIT);
      assertThat(c.evaluate("document.getElementById('status').textContent").asText()).startsWith("400: malformed"
          + " JSON");
      assertThat(c.evaluate("document.getElementById('report').hidden").asBoolean()).isTrue();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String squash(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** The most common colour in a box. */
  private static int dominant(BufferedImage img, int[] b) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int y = b[1]; y < b[1] + b[3]; y++) {
      for (int x = b[0]; x < b[0] + b[2]; x++) {
        counts.merge(img.getRGB(x, y) & 0xffffff, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
