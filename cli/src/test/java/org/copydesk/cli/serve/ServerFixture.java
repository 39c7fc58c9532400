package org.copydesk.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.RulePack;
import org.copydesk.rule.Severity;
import org.copydesk.rules.BuiltinRules;

/** Helpers for the service tests: an HTTP client, and a rule that holds an audit until the test lets it go. */
final class ServerFixture {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  /** Articles containing this word wait in {@link Gate} until {@link Gate#open()}. */
  static final String HOLD = "HOLDTHISAUDIT";

  private ServerFixture() {}

  static HttpResponse<String> send(HttpRequest r) {
    try {
      return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpRequest.Builder request(CopydeskServer s, String path) {
    return HttpRequest.newBuilder(URI.create(s.url()).resolve(path)).timeout(Duration.ofSeconds(30));
  }

  /**
   * Sends bytes as they are on a new connection and returns everything the server answers until it closes the
   * connection or {@code seconds} pass.
   */
  static String raw(CopydeskServer s, String request, int seconds) throws IOException {
    try (Socket socket = new Socket(s.address().getAddress(), s.address().getPort())) {
      socket.setSoTimeout(seconds * 1000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = socket.getInputStream().read(buf)) > 0; ) {
          answer.write(buf, 0, n);
        }
      } catch (SocketTimeoutException e) {
        answer.write("\n<open>".getBytes(StandardCharsets.ISO_8859_1)); // the server kept the connection open
      }
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Polls {@code /metrics} (each answer must be 200) until it has {@code line}, for up to about 5 s; returns the
   * last scrape.
   */
  static String awaitMetric(CopydeskServer s, String line) throws InterruptedException {
    String m = "";
    for (int i = 0; i < 500 && !m.contains(line); i++) {
      HttpResponse<String> r = get(s, "/metrics");
      assertThat(r.statusCode()).isEqualTo(200);
      m = r.body();
      Thread.sleep(10);
    }
    assertThat(m).contains(line);
    return m;
  }

  static HttpResponse<String> get(CopydeskServer s, String path) {
    return send(request(s, path).GET().build());
  }

  static HttpResponse<String> post(CopydeskServer s, String path, String contentType, String body) {
    HttpRequest.Builder b = request(s, path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }

  /** The error code of an error response. */
  static String error(HttpResponse<String> r) {
    return json(r).path("error").path("code").asText("<no error code in " + r.body() + ">");
  }

  /** A server with the built-in rules plus {@link Gate}. */
  static CopydeskServer gated(ServerOptions options, Gate gate) throws IOException {
    Copydesk c = Copydesk.builder().policy(options.policy()).addPack(new BuiltinRules()).addPack(gate).build();
    return CopydeskServer.start(options, c, "test");
  }

  /** A rule pack whose one rule blocks audits of articles containing {@link #HOLD} until opened. */
  static final class Gate implements RulePack, Rule {
    private final CountDownLatch latch = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(1);
    private volatile boolean interrupted;

    void open() {
      latch.countDown();
    }

    /** Whether a held audit was interrupted (its request timed out). */
    boolean interrupted() {
      return interrupted;
    }

    /** Waits until an audit is held in the gate. */
    boolean awaitHeld() throws InterruptedException {
      return entered.await(20, TimeUnit.SECONDS);
    }

    @Override
    public String name() {
      return "gate";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public List<Rule> rules() {
      return List.of(this);
    }

    @Override
    public RuleDescriptor descriptor() {
      return new RuleDescriptor("style.test-gate", Category.STYLE, Severity.INFO, "holds audits for tests", "", "",
          List.of());
    }

    @Override
    public void check(Article article, RuleContext context) {
      if (article.text().contains(HOLD)) {
        entered.countDown();
        try {
          latch.await(30, TimeUnit.SECONDS); // bounded: a broken test cannot hang the build
        } catch (InterruptedException e) {
          interrupted = true;
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
