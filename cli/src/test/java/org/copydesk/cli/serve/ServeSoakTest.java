package org.copydesk.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.copydesk.cli.Cli;
import org.junit.jupiter.api.Test;

/**
 * A bounded soak test of the service on loopback: {@value #USERS} clients send a mix of good and bad traffic for
 * {@code copydesk.soak.seconds} (30 by default, so it runs in every build; {@code docs/serve.md} gives the
 * command for a 5-minute run). Every request has the statuses it may get; any other answer, a connection
 * error on a well-formed request, or a 500 is an error, and there must be none. Heap after a full collection
 * is compared between the end of warm-up and the end of the run.
 */
class ServeSoakTest {
  private static final int USERS = 12;
  private static final long MAX_BODY = 256 << 10;
  private static final String PASSWD = "/etc/passwd";

  /** One kind of request and the statuses it may be answered with. */
  private enum Kind {
    TEXT(200), MARKDOWN(200), HTML(200), ENVELOPE(200), BATCH(200), RULES(200), HEALTH(200), METRICS(200),
    HEAD(200), FILE_PATH(200), MALFORMED_JSON(400), UNKNOWN_KEY(400), OVERSIZED(413), WRONG_METHOD(405),
    NOT_FOUND(404), BAD_MEDIA_TYPE(415), BAD_POLICY(422), SLOW_CLIENT(200), ABANDONED(-1);

    final int status;

    Kind(int status) {
      this.status = status;
    }
  }

  private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
  private final AtomicLong requests = new AtomicLong();

  @Test
  void mixedTrafficGivesNoErrorsAndFlatMemory() throws Exception {
    long seconds = Long.getLong("copydesk.soak.seconds", 30);
    List<String> articles = articles();
    ServerOptions o = ServerOptions.defaults().withLimits(2, 64, MAX_BODY, Duration.ofSeconds(20));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (CopydeskServer server = CopydeskServer.start(o, "test")) {
      ExecutorService users = Executors.newFixedThreadPool(USERS);
      long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(5, seconds / 3));
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      long[] heap = new long[2];
      for (int u = 0; u < USERS; u++) {
        Random random = new Random(42 + u);
        users.execute(() -> {
          while (System.nanoTime() < end) {
            Kind k = Kind.values()[random.nextInt(Kind.values().length)];
            try {
              once(server, client, k, articles, random);
            } catch (Exception e) {
              errors.add(k + ": " + e);
            }
          }
        });
      }
      TimeUnit.NANOSECONDS.sleep(Math.max(0, warmEnd - System.nanoTime()));
      heap[0] = heapAfterGc(memory);
      users.shutdown();
      assertThat(users.awaitTermination(seconds + 60, TimeUnit.SECONDS)).as("the clients finished").isTrue();
      heap[1] = heapAfterGc(memory);
      HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(server.url() + "healthz"))
          .build(), HttpResponse.BodyHandlers.ofString());
      System.out.printf("soak: %d s, %d requests (%.0f/s), %d errors, heap after GC %.1f MB -> %.1f MB; %s%n",
          seconds, requests.get(), requests.get() / (double) seconds, errors.size(), heap[0] / 1e6, heap[1] / 1e6,
          new TreeMap<>(answers));
      assertThat(errors).as("unexpected answers").isEmpty();
      assertThat(health.statusCode()).as("the server is still up").isEqualTo(200);
      assertThat(answers.keySet()).as("every kind of request was tried").hasSizeGreaterThanOrEqualTo(
          Kind.values().length - 1);
      // Audits retain nothing and every cache is bounded; 64 MB covers JIT and pool threads coming and going.
      assertThat(heap[1] - heap[0]).as("heap growth, bytes").isLessThan(64L << 20);
    }
  }

  private void once(CopydeskServer s, HttpClient client, Kind k, List<String> articles, Random random)
      throws Exception {
    String article = articles.get(random.nextInt(articles.size()));
    String url = s.url();
    HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60));
    HttpRequest r = switch (k) {
      case TEXT -> post(b, url + "v1/audit", "text/plain", article);
      case MARKDOWN -> post(b, url + "v1/audit", "text/markdown", "# Title\n\n" + article);
      case HTML -> post(b, url + "v1/audit?report=sarif", "text/html",
          "<html><body><article><h1>Title</h1><p>" + article.replace("<", "&lt;").replace("\n\n", "</p><p>")
              + "</p></article></body></html>");
      case ENVELOPE -> post(b, url + "v1/audit", "application/json", "{\"article\": " + quote(article)
          + ", \"source\": \"cms/" + random.nextInt(1000) + "\", \"policy\": {\"failOn\": \"never\", \"rules\": "
          + "{\"claims.unattributed-figure\": {\"enabled\": " + random.nextBoolean() + "}}}}");
      case BATCH -> post(b, url + "v1/audit/batch", "application/json", "{\"articles\": [{\"article\": "
          + quote(article) + "}, {\"article\": " + quote(articles.get(0)) + ", \"format\": \"markdown\"}]}");
      case RULES -> b.uri(URI.create(url + "v1/rules/provenance.ai-disclosure")).GET().build();
      case HEALTH -> b.uri(URI.create(url + "healthz")).GET().build();
      case METRICS -> b.uri(URI.create(url + "metrics")).GET().build();
      case HEAD -> b.uri(URI.create(url + "openapi.json")).method("HEAD", HttpRequest.BodyPublishers.noBody())
          .build();
      case FILE_PATH -> post(b, url + "v1/audit?source=" + URLEncoder.encode(PASSWD, StandardCharsets.UTF_8),
          "application/json", "{\"article\": \"" + PASSWD + "\", \"format\": \"text\"}");
      case MALFORMED_JSON -> post(b, url + "v1/audit", "application/json", "{\"article\": \"x\",");
      case UNKNOWN_KEY -> post(b, url + "v1/audit", "application/json", "{\"article\": \"x\", \"path\": \"/etc\"}");
      case OVERSIZED -> post(b, url + "v1/audit", "text/plain", "a".repeat((int) MAX_BODY + 1 + random.nextInt(
          1000)));
      case WRONG_METHOD -> b.uri(URI.create(url + "v1/audit")).GET().build();
      case NOT_FOUND -> b.uri(URI.create(url + "v1/rules/..%2F..%2Fetc%2Fpasswd")).GET().build();
      case BAD_MEDIA_TYPE -> post(b, url + "v1/audit", "image/png", "\u0089PNG");
      case BAD_POLICY -> post(b, url + "v1/audit", "application/json",
          "{\"article\": \"x\", \"policy\": {\"failOn\": \"sometimes\"}}");
      case SLOW_CLIENT -> {
        slowClient(s, article);
        yield null;
      }
      case ABANDONED -> {
        abandon(s, article);
        yield null;
      }
    };
    if (r == null) {
      return;
    }
    requests.incrementAndGet();
    HttpResponse<String> answer = client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    count(k, answer.statusCode());
    if (answer.statusCode() != k.status) {
      errors.add(k + ": " + answer.statusCode() + " " + answer.body().lines().limit(6).toList());
    } else if (k == Kind.FILE_PATH && (!answer.body().contains("\"source\": \"" + PASSWD + "\"")
        || answer.body().contains("root:"))) {
      errors.add(k + ": the report is not of the literal text " + PASSWD);
    }
  }

  /** A client that sends its request in pieces over about a second, then reads the answer. */
  private void slowClient(CopydeskServer s, String article) throws IOException, InterruptedException {
    requests.incrementAndGet();
    byte[] body = article.getBytes(StandardCharsets.UTF_8);
    String head = "POST /v1/audit HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nConnection: close\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";
    try (Socket socket = new Socket(s.address().getAddress(), s.address().getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
      for (int i = 0; i < h.length; i += 16) {
        out.write(h, i, Math.min(16, h.length - i));
        out.flush();
        Thread.sleep(20);
      }
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      in.readAllBytes();
      count(Kind.SLOW_CLIENT, status.length() == 12 ? Integer.parseInt(status.substring(9, 12)) : 0);
      if (!status.equals("HTTP/1.1 200")) {
        errors.add(Kind.SLOW_CLIENT + ": " + status);
      }
    }
  }

  /** A client that sends half a body and leaves. */
  private void abandon(CopydeskServer s, String article) throws IOException {
    requests.incrementAndGet();
    byte[] body = article.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(s.address().getAddress(), s.address().getPort())) {
      socket.getOutputStream().write(("POST /v1/audit HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
          + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(body, 0, body.length / 2);
    }
    count(Kind.ABANDONED, -1);
  }

  private void count(Kind k, int status) {
    answers.computeIfAbsent(k + " " + status, x -> new LongAdder()).increment();
  }

  private static HttpRequest post(HttpRequest.Builder b, String url, String type, String body) {
    return b.uri(URI.create(url)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
  }

  private static String quote(String s) {
    return ServerFixture.MAPPER.valueToTree(s).toString();
  }

  private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** The clean fixtures and the seed as plain text. */
  private static List<String> articles() throws IOException {
    List<String> out = new ArrayList<>();
    Set<String> types = Set.of(".txt", ".md");
    try (Stream<Path> files = Stream.concat(Files.list(Cli.fixtures().resolve("clean")),
        Files.list(Cli.fixtures().resolve("seed")))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (types.stream().anyMatch(name::endsWith)) {
          out.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
