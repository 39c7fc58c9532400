package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link Chromium} test driver against a small page served over HTTP: text pasted into a textarea, a real
 * click on a button, the result read back from a same-origin iframe and seen in a screenshot.
 */
class ChromiumDriverTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int MARK = 0xffe07a;
  private static final String TEXT = "Škoda — Привет, světe!\nSecond line: \"quotes\" & <b>tags</b>\n\n"
      + "\tIndented 🙂 line\n";
  /** The button copies the textarea into the iframe, marking "Škoda"; it ignores synthetic (untrusted) clicks. */
  private static final String PAGE = "<!doctype html><html><head><meta charset=\"utf-8\"><title>driver test</title>"
      + "<style>body{margin:8px;font:16px sans-serif} textarea{width:400px;height:100px}"
      + " #spacer{height:1500px} iframe{display:block;width:700px;height:200px;border:3px solid #888}</style></head>"
      + "<body><textarea id=\"text\"></textarea><div id=\"spacer\"></div><button id=\"go\">Check</button>"
      + "<iframe id=\"report\"></iframe><script>"
      + "let inputs = 0, clicks = 0;"
      + "document.getElementById('text').addEventListener('input', () => inputs++);"
      + "document.getElementById('go').addEventListener('click', e => {"
      + " if (!e.isTrusted) return; clicks++;"
      + " const t = document.getElementById('text').value, i = t.indexOf('Škoda');"
      + " const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');"
      + " document.getElementById('report').srcdoc = '<!doctype html><meta charset=utf-8><style>body{margin:10px;"
      + "font:20px monospace;white-space:pre-wrap} mark{background:#ffe07a}</style><div id=out>'"
      + " + esc(t.slice(0, i)) + '<mark>Škoda</mark>' + esc(t.slice(i + 5)) + '</div>';"
      + " console.log('copied', t.length);"
      + "});</script></body></html>";

  @TempDir Path dir;

  @BeforeEach
  void needsChromium() {
    assumeTrue(Chromium.available(), "Chromium not found at " + Chromium.BINARY
        + ": the Chromium driver test is skipped (install it with 'apt-get install chromium', as .ci/run does,"
        + " or point -Dcopydesk.chromium at a Chromium binary)");
  }

  @Test
  void pastedTextComesBackThroughARealClickIntoTheIframe() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    Path profile;
    Path socketDir;
    try (Chromium chromium = Chromium.launch(dir, TIMEOUT)) {
      profile = chromium.profile();
      socketDir = Files.readSymbolicLink(profile.resolve("SingletonSocket")).getParent();
      assertThat(socketDir).as("Chromium's socket folder").isDirectory();
      chromium.setViewport(800, 600);
      chromium.navigate("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      assertThat(chromium.evaluate("document.title").asText()).isEqualTo("driver test");

      chromium.focus("#text");
      chromium.insertText(TEXT);
      assertThat(chromium.evaluate("document.getElementById('text').value").asText()).isEqualTo(TEXT);
      assertThat(chromium.evaluate("inputs").asInt()).as("input events").isPositive();

      chromium.evaluate("document.getElementById('go').click()"); // untrusted: the page ignores it
      assertThat(chromium.evaluate("clicks").asInt()).isZero();
      chromium.click("#go");
      chromium.waitFor("document.getElementById('report').contentDocument?.querySelector('mark')", TIMEOUT);
      assertThat(chromium.evaluate("clicks").asInt()).as("trusted clicks").isEqualTo(1);
      assertThat(chromium.evaluate("scrollY").asDouble()).as("scrolled to the button").isGreaterThan(1000);
      assertThat(chromium.evaluate("document.getElementById('report').contentDocument.getElementById('out')"
          + ".textContent").asText()).isEqualTo(TEXT);
      assertThat(chromium.pageLog()).contains("console.log: copied " + TEXT.length());

      JsonNode box = chromium.evaluate("(() => { const f = document.getElementById('report');"
          + " const o = f.getBoundingClientRect(), m = f.contentDocument.querySelector('mark');"
          + " const r = m.getBoundingClientRect();"
          + " return {x: o.left + f.clientLeft + r.left, y: o.top + f.clientTop + r.top, w: r.width, h: r.height,"
          + " rects: m.getClientRects().length, line: parseFloat(getComputedStyle(m).lineHeight) || r.height};"
          + " })()");
      assertThat(box.get("rects").asInt()).as("mark on one line: %s", box).isEqualTo(1);
      int[] mark = {(int) Math.ceil(box.get("x").asDouble()), (int) Math.ceil(box.get("y").asDouble()),
          (int) box.get("w").asDouble(), (int) box.get("h").asDouble()};
      assertThat(mark[2]).as("mark width: %s", box).isGreaterThan(30);
      BufferedImage shot = chromium.screenshot();
      assertThat(shot.getWidth()).isEqualTo(800);
      assertThat(shot.getHeight()).isEqualTo(600);
      assertThat(mark[1] + mark[3]).as("mark inside the viewport: %s", box).isLessThan(600);
      assertThat(share(shot, mark, MARK)).as("mark colour in the mark's box %s", box).isGreaterThan(0.5);
      // The same box one line lower holds plain text on white.
      int[] below = {mark[0], mark[1] + (int) Math.ceil(box.get("line").asDouble()) + 2, mark[2], mark[3]};
      assertThat(share(shot, below, MARK)).as("mark colour one line below %s", box).isLessThan(0.02);
      assertThat(share(shot, below, 0xffffff)).as("white one line below %s", box).isGreaterThan(0.5);
    } finally {
      server.stop(0);
    }
    assertThat(survivors(profile)).as("Chromium processes left after close()").isEmpty();
    assertThat(socketDir).as("Chromium's socket folder after close()").doesNotExist();
  }

  @Test
  void failuresNameWhatFailed() throws Exception {
    try (Chromium chromium = Chromium.launch(dir, TIMEOUT)) {
      assertThat(chromium.evaluate("Promise.resolve({a: [1, 'b']})").toString()).isEqualTo("{\"a\":[1,\"b\"]}");
      assertThat(chromium.evaluate("undefined").isMissingNode()).isTrue();
      assertThatThrownBy(() -> chromium.send("Nope.nothing", Map.of()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("Nope.nothing failed: ");
      assertThatThrownBy(() -> chromium.evaluate("null.x"))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("TypeError");
      assertThatThrownBy(() -> chromium.waitFor("window.neverSet === 1", Duration.ofMillis(300)))
          .isInstanceOf(AssertionError.class).hasMessageContaining("waiting for: window.neverSet === 1");
      assertThatThrownBy(() -> chromium.click("#missing")).hasMessageContaining("click #missing: no such element");
      int closed;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closed = s.getLocalPort();
      }
      assertThatThrownBy(() -> chromium.navigate("http://127.0.0.1:" + closed + "/"))
          .hasMessageContaining("failed: net::ERR_CONNECTION_REFUSED");
    }
  }

  /** Live processes whose command line mentions the profile, after giving them a few seconds to go. */
  private static List<String> survivors(Path profile) throws InterruptedException {
    List<String> left = List.of();
    for (int i = 0; i < 100; i++) {
      left = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
          .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
          .filter(c -> c.contains(profile.toString())).toList();
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    return left;
  }

  /** The share of pixels inside a box (less a 1-pixel border) within a small distance of a colour. */
  private static double share(BufferedImage img, int[] b, int rgb) {
    int n = 0;
    int hits = 0;
    for (int y = b[1] + 1; y < b[1] + b[3] - 1; y++) {
      for (int x = b[0] + 1; x < b[0] + b[2] - 1; x++) {
        n++;
        int c = img.getRGB(x, y);
        if (Math.abs((c >> 16 & 0xff) - (rgb >> 16 & 0xff)) <= 6 && Math.abs((c >> 8 & 0xff) - (rgb >> 8 & 0xff)) <= 6
            && Math.abs((c & 0xff) - (rgb & 0xff)) <= 6) {
          hits++;
        }
      }
    }
    return n == 0 ? 0 : (double) hits / n;
  }
}
