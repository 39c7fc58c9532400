package org.copydesk.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

  static Path fixtures() {
    return Path.of(System.getProperty("copydesk.fixtures", "../fixtures"));
  }

  static Path seed(String ext) {
    return fixtures().resolve("seed").resolve("sco-chairmanship." + ext);
  }

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

    void open() {
      latch.countDown();
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
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
