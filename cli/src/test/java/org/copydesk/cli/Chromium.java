package org.copydesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A tiny Chrome DevTools Protocol client for tests: launches headless Chromium with a fresh profile, attaches to
 * its page over a WebSocket and drives it (load, focus, insert text, click with real mouse events, evaluate
 * JavaScript, wait for a condition, viewport, screenshot). Every command and wait has a deadline; {@link #close()}
 * kills the browser and its child processes.
 */
final class Chromium implements AutoCloseable {
  /** The browser binary: system property {@code copydesk.chromium}, else {@code /usr/bin/chromium}. */
  static final Path BINARY = Path.of(System.getProperty("copydesk.chromium", "/usr/bin/chromium"));
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final int TAIL_LINES = 60;

  private final Process process;
  private final Path profile;
  private final Duration timeout;
  private final Deque<String> stderr = new ArrayDeque<>();
  private final Deque<String> pageLog = new ArrayDeque<>();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private WebSocket socket;

  private Chromium(Process process, Path profile, Duration timeout) {
    this.process = process;
    this.profile = profile;
    this.timeout = timeout;
  }

  /** True when the browser binary exists and is executable. */
  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  /** Launches Chromium with a profile under {@code tempDir}; {@code timeout} bounds every command and the start. */
  static Chromium launch(Path tempDir, Duration timeout) throws IOException {
    Path profile = Files.createTempDirectory(tempDir, "chromium-profile");
    ProcessBuilder pb = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--force-device-scale-factor=1",
        "--force-color-profile=srgb", "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
        "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("HOME", profile.toString());
    Chromium c = new Chromium(pb.start(), profile, timeout);
    try {
      c.attach();
      return c;
    } catch (RuntimeException | IOException e) {
      c.close();
      throw e;
    }
  }

  private void attach() throws IOException {
    CompletableFuture<String> browserUrl = new CompletableFuture<>();
    Thread reader = new Thread(() -> readStderr(browserUrl), "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    URI ws = URI.create(await(browserUrl, "the 'DevTools listening' line"));
    String base = "http://" + ws.getHost() + ":" + ws.getPort();
    String pageUrl = null;
    for (JsonNode target : MAPPER.readTree(get(base + "/json/list", "GET"))) {
      if (target.path("type").asText().equals("page") && pageUrl == null) {
        pageUrl = target.path("webSocketDebuggerUrl").asText();
      }
    }
    if (pageUrl == null) {
      pageUrl = MAPPER.readTree(get(base + "/json/new?about:blank", "PUT")).path("webSocketDebuggerUrl").asText();
    }
    socket = await(http.newWebSocketBuilder().connectTimeout(timeout)
        .buildAsync(URI.create(pageUrl), new Listener()), "the WebSocket to " + pageUrl);
    send("Page.enable", Map.of());
    send("Runtime.enable", Map.of());
  }

  private void readStderr(CompletableFuture<String> browserUrl) {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          browserUrl.complete(m.group(1));
        }
        if (!line.contains(":ERROR:dbus/")) { // no D-Bus in containers: pure noise
          remember(stderr, line);
        }
      }
    } catch (IOException e) {
      remember(stderr, "(reading stderr failed: " + e + ")");
    }
    browserUrl.completeExceptionally(new IllegalStateException("Chromium closed its stderr (exited?)"));
  }

  private String get(String url, String method) {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<String> res = await(http.sendAsync(req, HttpResponse.BodyHandlers.ofString()), method + " " + url);
    if (res.statusCode() != 200) {
      throw fail(method + " " + url + " answered " + res.statusCode() + ": " + res.body());
    }
    return res.body();
  }

  /** Sends a command and returns its {@code result}; a CDP error becomes an exception naming the method. */
  JsonNode send(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode msg = MAPPER.createObjectNode().put("id", id).put("method", method);
    msg.set("params", MAPPER.valueToTree(params));
    try {
      synchronized (this) { // the WebSocket allows one outstanding send at a time
        await(socket.sendText(msg.toString(), true), "sending " + method);
      }
      JsonNode response = await(answer, method);
      if (response.has("error")) {
        throw fail(method + " failed: " + response.get("error").path("message").asText()
            + " " + response.get("error").path("data").asText(""));
      }
      return response.path("result");
    } finally {
      pending.remove(id);
    }
  }

  /** Loads a URL and waits until its document is complete (Page.navigate answers once the page committed). */
  void navigate(String url) {
    JsonNode r = send("Page.navigate", Map.of("url", url));
    if (r.hasNonNull("errorText")) {
      throw fail("loading " + url + " failed: " + r.get("errorText").asText());
    }
    waitFor("document.readyState === 'complete'", timeout);
  }

  /** Evaluates an expression (awaiting a promise) and returns its JSON value; missing for {@code undefined}. */
  JsonNode evaluate(String expression) {
    JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
        "awaitPromise", true));
    if (r.has("exceptionDetails")) {
      JsonNode d = r.get("exceptionDetails");
      throw new IllegalStateException("JavaScript threw: "
          + d.path("exception").path("description").asText(d.path("text").asText()) + "\n  in: " + expression);
    }
    return r.path("result").has("value") ? r.path("result").get("value") : MissingNode.getInstance();
  }

  /** Polls a JavaScript condition until it is truthy; an AssertionError with the last error after {@code within}. */
  void waitFor(String condition, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    String last = "false";
    while (true) {
      try {
        if (evaluate("!!(" + condition + ")").asBoolean()) {
          return;
        }
        last = "false";
      } catch (IllegalStateException e) {
        if (!process.isAlive()) {
          throw e;
        }
        last = e.getMessage().split("\n--- Chromium stderr tail", 2)[0];
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + within.toMillis() + " ms waiting for: " + condition
            + "\n--- last result: " + last + "\n--- page log:\n" + pageLog()
            + "\n--- Chromium stderr tail:\n" + stderrTail());
      }
      sleep(50);
    }
  }

  /** Focuses the element matching a CSS selector. */
  void focus(String selector) {
    String js = "(() => { const e = document.querySelector(" + quote(selector) + "); if (!e) return 'missing';"
        + " e.focus(); return document.activeElement === e ? 'ok' : 'not focused'; })()";
    String r = evaluate(js).asText();
    if (!r.equals("ok")) {
      throw fail("focus " + selector + ": " + r);
    }
  }

  /** Inserts text at the focus, as a paste or an input method would. */
  void insertText(String text) {
    send("Input.insertText", Map.of("text", text));
  }

  /** Scrolls the element into view and clicks its centre with real mouse events. */
  void click(String selector) {
    JsonNode r = evaluate("(() => { const e = document.querySelector(" + quote(selector) + "); if (!e) return null;"
        + " e.scrollIntoView({block: 'center', inline: 'center'}); const r = e.getBoundingClientRect();"
        + " return {x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height}; })()");
    if (!r.isObject() || r.get("w").asDouble() <= 0 || r.get("h").asDouble() <= 0) {
      throw fail("click " + selector + ": no such element or it has no size (" + r + ")");
    }
    double x = r.get("x").asDouble();
    double y = r.get("y").asDouble();
    send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    for (String type : List.of("mousePressed", "mouseReleased")) {
      send("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
    }
  }

  /** Sets the viewport size in CSS pixels, at device scale factor 1. */
  void setViewport(int width, int height) {
    send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
        "mobile", false));
  }

  /** A PNG screenshot of the viewport. */
  BufferedImage screenshot() {
    byte[] png = Base64.getDecoder().decode(send("Page.captureScreenshot", Map.of("format", "png"))
        .path("data").asText());
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The profile directory (also HOME of the browser). */
  Path profile() {
    return profile;
  }

  /** The last lines Chromium wrote to stderr. */
  String stderrTail() {
    synchronized (stderr) {
      return String.join("\n", stderr);
    }
  }

  /** The last console messages and uncaught exceptions of the page. */
  String pageLog() {
    synchronized (pageLog) {
      return String.join("\n", pageLog);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    // The profile is throw-away, so no graceful shutdown (which takes seconds): kill the whole tree at once.
    tree.forEach(ProcessHandle::destroyForcibly);
    // Polls rather than onExit(), which checks processes that are not our children only every 300+ ms and
    // counts a zombie as alive until init reaps it (seconds in some containers).
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (tree.stream().anyMatch(Chromium::running) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    removeSocketDir();
  }

  /**
   * Chromium puts its singleton socket in a fresh {@code org.chromium.Chromium.*} folder under TMPDIR, linked from
   * the profile, and leaves it behind when killed; removes that folder's two files and the folder.
   */
  private void removeSocketDir() {
    try {
      Path dir = Files.readSymbolicLink(profile.resolve("SingletonSocket")).getParent();
      if (dir != null && dir.getFileName().toString().startsWith("org.chromium.Chromium.")) {
        Files.deleteIfExists(dir.resolve("SingletonSocket"));
        Files.deleteIfExists(dir.resolve("SingletonCookie"));
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      // no link (Chromium did not get that far) or the folder holds something else: leave it
    }
  }

  /** Alive and not a zombie (Linux: state in /proc/PID/stat); elsewhere {@link ProcessHandle#isAlive()}. */
  private static boolean running(ProcessHandle p) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException | RuntimeException e) {
      return p.isAlive();
    }
  }

  private void onMessage(String text) {
    JsonNode msg;
    try {
      msg = MAPPER.readTree(text);
    } catch (IOException e) {
      remember(pageLog, "(unreadable CDP message: " + e.getMessage() + ")");
      return;
    }
    if (msg.has("id")) {
      CompletableFuture<JsonNode> f = pending.get(msg.get("id").asInt());
      if (f != null) {
        f.complete(msg);
      }
      return;
    }
    String method = msg.path("method").asText();
    JsonNode params = msg.path("params");
    if (method.equals("Runtime.consoleAPICalled")) {
      StringBuilder line = new StringBuilder("console." + params.path("type").asText() + ":");
      params.path("args").forEach(a -> line.append(' ').append(a.path("value").asText(a.path("description")
          .asText())));
      remember(pageLog, line.toString());
    } else if (method.equals("Runtime.exceptionThrown")) {
      JsonNode d = params.path("exceptionDetails");
      remember(pageLog, "uncaught: " + d.path("exception").path("description").asText(d.path("text").asText()));
    }
  }

  private void failAll(String why) {
    IllegalStateException e = fail(why);
    pending.values().forEach(f -> f.completeExceptionally(e));
  }

  private <T> T await(CompletionStage<T> stage, String what) {
    try {
      return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw fail("timed out after " + timeout.toMillis() + " ms waiting for " + what);
    } catch (ExecutionException e) {
      throw fail("failed waiting for " + what + ": " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail("interrupted waiting for " + what);
    }
  }

  private IllegalStateException fail(String message) {
    return new IllegalStateException(message + (process.isAlive() ? "" : " (Chromium exited)")
        + "\n--- Chromium stderr tail:\n" + stderrTail());
  }

  private static void remember(Deque<String> lines, String line) {
    synchronized (lines) {
      lines.addLast(line);
      while (lines.size() > TAIL_LINES) {
        lines.removeFirst();
      }
    }
  }

  private static String quote(String s) {
    return MAPPER.getNodeFactory().textNode(s).toString();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Collects text frames into messages. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        onMessage(text);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      failAll("the DevTools WebSocket closed: " + status + " " + reason);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      failAll("the DevTools WebSocket failed: " + error);
    }
  }
}
