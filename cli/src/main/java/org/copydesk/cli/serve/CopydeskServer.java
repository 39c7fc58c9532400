package org.copydesk.cli.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.copydesk.Copydesk;
import org.copydesk.article.Format;
import org.copydesk.article.Limits;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.ReportWriters;

/**
 * {@code copydesk serve}: the HTTP API for CMS plugins and the editor page, on the JDK's built-in HTTP server.
 *
 * <p>Requests are read and answered on a pool of {@value #HTTP_THREADS} HTTP threads; audits run on a separate
 * pool of {@code workers} threads, and no HTTP thread waits for one: the answer is written when the audit
 * completes. At most {@code workers + queue} audits are admitted at once (running or waiting); one more is
 * answered 429 with {@code Retry-After}. An audit request gets its answer within {@code timeout} of its body
 * being read, or a 503: a queued audit is dropped, a running one is interrupted and stops before its next rule
 * (it keeps its admission until then, so the count stays honest). A connection must deliver its request,
 * headers and body, within {@value #MAX_REQUEST_SECONDS} s and take its answer within the time limit plus
 * {@value #RESPONSE_SECONDS} s; at most {@value #MAX_CONNECTIONS} connections are open at once, and one client
 * address may have {@value #PER_CLIENT} requests in flight (the JDK server's {@code
 * sun.net.httpserver.maxReqTime}, {@code maxRspTime} and {@code jdk.httpserver.maxConnections}, which a user may
 * set instead). The JDK server holds a thread for each request being read or answer being written, and cannot
 * limit connections per client: on an untrusted network, a buffering proxy belongs in front
 * ({@code docs/serve.md}). Request bodies held in memory are capped at an eighth of the heap.
 * {@link #close()} drains: new requests get 503 while the ones in flight finish (up to the grace period),
 * then the socket closes.
 *
 * <p>Endpoints and their JSON are described by {@code /openapi.json} ({@code docs/serve.md}).
 */
public final class CopydeskServer implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      // an article string may be as long as the largest body (Jackson's default stops at 20 million characters)
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) ServerOptions.MAX_REQUEST_BYTES)
          .build())
      .build())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");
  private static final Pattern RULE_PATH = Pattern.compile("/v1/rules/([a-z0-9.-]{1,100})");
  private static final Set<String> ENVELOPE_KEYS = Set.of("article", "format", "source", "original",
      "originalFormat", "policy");
  private static final Set<String> BATCH_KEYS = Set.of("articles", "policy");
  private static final Set<String> AUDIT_PARAMS = Set.of("source", "format", "report");
  /** Methods metrics name; any other is counted as {@code other}, so the label stays a closed set. */
  private static final Set<String> METHODS = Set.of("GET", "POST", "HEAD", "OPTIONS");
  /** Error codes counted in {@code copydesk_rejected_total}, by code. */
  private static final Set<String> REJECTIONS = Set.of("busy", "timeout", "too_large", "unauthorized",
      "shutting_down", "too_many_requests");
  private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  /** Threads that read requests and write answers (they never wait for an audit). */
  static final int HTTP_THREADS = 256;
  /** Seconds a connection has to deliver a whole request, headers and body, before it is closed. */
  static final int MAX_REQUEST_SECONDS = 15;
  /** Open connections at most; more are closed as they arrive. */
  static final int MAX_CONNECTIONS = 1024;
  /** Requests in flight from one client address at most (half the HTTP threads); more are answered 429. */
  static final int PER_CLIENT = HTTP_THREADS / 2;
  /** Seconds an answer may take to be taken by the client, beyond the time limit of the request. */
  static final int RESPONSE_SECONDS = 15;

  static {
    // The JDK server reads its configuration once, when the first server starts, so these are set before that
    // (unless the user set them). nodelay: the server writes a response's headers and body separately; with
    // Nagle's algorithm on, the body waits for the client's delayed ACK of the headers (40 ms on Linux) on every
    // keep-alive request. maxReqTime: without it a client that sends half a request holds an HTTP thread for
    // ever. maxConnections: each open request holds a thread. (maxRspTime, for a client that does not read its
    // answer, depends on the time limit: set when the first server starts.)
    defaultProperty("sun.net.httpserver.nodelay", "true");
    defaultProperty("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
    defaultProperty("jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));
  }

  private static void defaultProperty(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private final ServerOptions options;
  private final HttpServer http;
  private final ThreadPoolExecutor httpPool;
  private final ThreadPoolExecutor auditPool;
  private final AuditService service;
  private final Metrics metrics;
  private final AccessLog accessLog;
  private final StaticPages pages;
  private final AtomicInteger admitted = new AtomicInteger();
  private final AtomicInteger exchanges = new AtomicInteger();
  private final Map<InetAddress, AtomicInteger> perClient = new ConcurrentHashMap<>();
  private final Set<Job> pending = ConcurrentHashMap.newKeySet();
  private final AtomicLong bufferedBytes = new AtomicLong();
  private final long maxBufferedBytes = Math.max(64L << 20, Runtime.getRuntime().maxMemory() / 8);
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final byte[] token;
  private final String toolVersion;

  private CopydeskServer(ServerOptions options, Copydesk copydesk, String toolVersion) throws IOException {
    this.options = options;
    this.toolVersion = toolVersion;
    this.token = options.token() == null ? null : options.token().getBytes(StandardCharsets.UTF_8);
    // From a request's end to its answer's end: the audit's time limit, then a little for a slow reader. The
    // JDK reads it once, when its first server starts, so a later server in the same JVM shares the first's.
    defaultProperty("sun.net.httpserver.maxRspTime", Long.toString(options.timeout().toSeconds() + 1
        + RESPONSE_SECONDS));
    this.auditPool = new ThreadPoolExecutor(options.workers(), options.workers(), 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), threads("copydesk-audit-"));
    this.httpPool = new ThreadPoolExecutor(HTTP_THREADS, HTTP_THREADS, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), threads("copydesk-http-"));
    httpPool.allowCoreThreadTimeOut(true);
    this.metrics = new Metrics(toolVersion, copydesk.ruleSetVersion(), admitted::get,
        () -> auditPool.getQueue().size());
    this.service = new AuditService(copydesk, toolVersion, metrics);
    this.accessLog = new AccessLog(options.accessLog());
    this.pages = StaticPages.load(toolVersion);
    this.http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 128);
    http.createContext("/", this::handle);
    http.setExecutor(httpPool);
  }

  /**
   * Builds the server's auditor from {@code options.policy()} and starts listening.
   *
   * @throws IOException when the address cannot be bound
   * @throws IllegalArgumentException when the policy names a rule that does not exist
   */
  public static CopydeskServer start(ServerOptions options, String toolVersion) throws IOException {
    // The request size is the only size limit: an article may be as large as the body that carries it.
    Limits limits = Limits.defaults().withMaxInputBytes(options.maxRequestBytes());
    return start(options, Copydesk.builder().policy(options.policy()).limits(limits).build(), toolVersion);
  }

  /** Starts a server around an auditor already built (its policy is the server's; tests add rule packs). */
  static CopydeskServer start(ServerOptions options, Copydesk copydesk, String toolVersion) throws IOException {
    CopydeskServer s = new CopydeskServer(options, copydesk, toolVersion);
    s.http.start();
    return s;
  }

  /** The address the server listens on (with the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + address().getPort() + "/";
  }

  /**
   * Drains and stops: new requests are answered 503 while those in flight finish, for up to the grace period;
   * then the listening socket closes and the pools stop. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    draining.set(true);
    long deadline = System.nanoTime() + options.grace().toNanos();
    while ((exchanges.get() > 0 || admitted.get() > 0) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    // Audits still pending after the grace period are answered 503 (and logged) rather than cut off.
    for (Job job : pending) {
      job.result.completeExceptionally(new CancellationException("shutting down")); // first: the answer is 503
      job.cancel();
    }
    long answered = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (exchanges.get() > 0 && System.nanoTime() < answered) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    http.stop(0);
    httpPool.shutdownNow();
    auditPool.shutdownNow();
    accessLog.flush();
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Every request: routing, auth, CORS, errors, metrics and the access log. */
  private void handle(HttpExchange ex) {
    exchanges.incrementAndGet();
    Exchange x = new Exchange(ex, System.nanoTime(), requestId(ex.getRequestHeaders().getFirst("X-Request-Id")));
    x.route = routeOf(ex.getRequestURI().getRawPath());
    InetSocketAddress remote = ex.getRemoteAddress();
    x.client = remote == null ? null : remote.getAddress();
    int fromClient = x.client == null ? 0 : perClient.computeIfAbsent(x.client, k -> new AtomicInteger())
        .incrementAndGet();
    respond(x, () -> {
      if (draining.get()) {
        x.headers().set("Connection", "close");
        throw new ApiError(503, "shutting_down", "the server is shutting down; retry on another instance");
      }
      if (fromClient > PER_CLIENT) {
        x.headers().set("Connection", "close");
        x.headers().set("Retry-After", "1");
        throw new ApiError(429, "too_many_requests", "more than " + PER_CLIENT + " requests in flight from this "
            + "address; wait for answers before sending more");
      }
      return route(x);
    });
  }

  /** One step of answering a request; {@code true} when the answer is left to an audit that completes later. */
  @FunctionalInterface
  private interface Step {
    boolean run() throws ApiError, IOException;
  }

  /** Runs a step, answers an error as JSON, and finishes the exchange unless the step deferred it. */
  private void respond(Exchange x, Step step) {
    boolean deferred = false;
    try {
      try {
        deferred = step.run();
      } catch (ApiError e) {
        error(x, e);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (RuntimeException | Error e) {
        accessLog.internalError(x.id, e);
        error(x, new ApiError(500, "internal", "internal error (request " + x.id + "); the server log has the "
            + "details"));
      }
    } catch (IOException e) {
      x.status = x.status == 0 ? 499 : x.status; // the client went away
    } finally {
      if (!deferred) {
        finish(x);
      }
    }
  }

  private void finish(Exchange x) {
    try {
      long nanos = System.nanoTime() - x.start;
      String m = x.ex.getRequestMethod();
      metrics.request(x.route, METHODS.contains(m) ? m : "other", x.status,
          nanos, x.bytesIn);
      accessLog.write(x, x.ex, nanos);
    } finally {
      x.ex.close();
      if (x.bufferedBytes > 0) {
        bufferedBytes.addAndGet(-x.bufferedBytes);
        x.bufferedBytes = 0;
      }
      if (x.client != null) {
        perClient.computeIfPresent(x.client, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
      }
      exchanges.decrementAndGet();
    }
  }

  /** The route a path belongs to, as metrics and the access log name it. */
  private static String routeOf(String path) {
    return switch (path) {
      case "/", "/openapi.json", "/healthz", "/metrics", "/v1/rules", "/v1/audit", "/v1/audit/batch" -> path;
      default -> RULE_PATH.matcher(path).matches() ? "/v1/rules/{id}" : "other";
    };
  }

  /** The methods a route answers. */
  private static String allowed(String route) {
    return route.startsWith("/v1/audit") ? "POST" : "GET, HEAD";
  }

  /** Routes a request; {@code true} when an audit will answer it later. */
  private boolean route(Exchange x) throws ApiError, IOException {
    String method = x.ex.getRequestMethod();
    String path = x.ex.getRequestURI().getRawPath();
    boolean api = path.startsWith("/v1/") || path.equals("/metrics");
    cors(x, api || path.equals("/healthz"));
    if (method.equals("OPTIONS")) {
      options(x);
      return false;
    }
    switch (x.route) {
      case "/" -> {
        get(x);
        x.headers().set("Content-Security-Policy", pages.editorCsp());
        send(x, 200, "text/html; charset=utf-8", pages.editor());
      }
      case "/openapi.json" -> {
        get(x);
        send(x, 200, "application/json", pages.openapi());
      }
      case "/healthz" -> {
        get(x);
        ObjectNode n = MAPPER.createObjectNode();
        n.put("status", "ok");
        n.put("version", toolVersion);
        n.put("ruleSetVersion", service.base().ruleSetVersion());
        sendJson(x, 200, n);
      }
      case "/metrics" -> {
        get(x);
        authorize(x);
        send(x, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape().getBytes(StandardCharsets.UTF_8));
      }
      case "/v1/rules" -> {
        get(x);
        authorize(x);
        sendJson(x, 200, service.rules(MAPPER.createObjectNode()));
      }
      case "/v1/audit", "/v1/audit/batch" -> {
        post(x);
        authorize(x);
        return audit(x, x.route.equals("/v1/audit/batch"));
      }
      case "/v1/rules/{id}" -> {
        get(x);
        authorize(x);
        String id = path.substring("/v1/rules/".length());
        ObjectNode n = service.rule(MAPPER.createObjectNode(), id);
        if (n == null) {
          throw new ApiError(404, "no_such_rule", "no rule '" + id + "'; GET /v1/rules lists them");
        }
        sendJson(x, 200, n);
      }
      default -> throw new ApiError(404, "not_found", "no such endpoint; see GET /openapi.json");
    }
    return false;
  }

  private static void get(Exchange x) throws ApiError {
    String m = x.ex.getRequestMethod();
    if (!m.equals("GET") && !m.equals("HEAD")) {
      x.headers().set("Allow", "GET, HEAD");
      throw new ApiError(405, "method_not_allowed", m + " is not allowed here; use GET");
    }
  }

  private static void post(Exchange x) throws ApiError {
    if (!x.ex.getRequestMethod().equals("POST")) {
      x.headers().set("Allow", "POST");
      throw new ApiError(405, "method_not_allowed", x.ex.getRequestMethod() + " is not allowed here; use POST");
    }
  }

  private void authorize(Exchange x) throws ApiError {
    if (token == null) {
      return;
    }
    String given = x.ex.getRequestHeaders().getFirst("Authorization");
    String[] parts = given == null ? new String[0] : given.strip().split("\\s+", 2);
    boolean ok = parts.length == 2 && parts[0].equalsIgnoreCase("Bearer") // the scheme is case-insensitive
        && MessageDigest.isEqual(token, parts[1].getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      x.headers().set("WWW-Authenticate", "Bearer realm=\"copydesk\"");
      throw new ApiError(401, "unauthorized", given == null ? "this server needs Authorization: Bearer TOKEN"
          : "the bearer token is not this server's");
    }
  }

  private void cors(Exchange x, boolean allowed) {
    String origin = x.ex.getRequestHeaders().getFirst("Origin");
    if (!allowed || origin == null || options.corsOrigins().isEmpty()) {
      return;
    }
    boolean any = options.corsOrigins().contains("*");
    if (any || options.corsOrigins().contains(origin)) {
      x.headers().set("Access-Control-Allow-Origin", any && token == null ? "*" : origin);
      x.headers().add("Vary", "Origin");
      x.headers().set("Access-Control-Expose-Headers",
          "X-Request-Id, X-Copydesk-Verdict, X-Copydesk-Score, X-Copydesk-Findings, Retry-After");
      x.corsAllowed = true;
    }
  }

  /**
   * {@code OPTIONS}: a CORS preflight when CORS is on and the request is one, else the methods the path answers
   * ({@code Allow}).
   */
  private void options(Exchange x) throws ApiError, IOException {
    Headers h = x.ex.getRequestHeaders();
    if (!options.corsOrigins().isEmpty() && h.containsKey("Origin")
        && h.containsKey("Access-Control-Request-Method")) {
      x.route = "preflight";
      if (!x.corsAllowed) {
        throw new ApiError(403, "origin_not_allowed", "this origin may not call the API from a browser");
      }
      x.headers().set("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
      x.headers().set("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Request-Id");
      x.headers().set("Access-Control-Max-Age", "600");
      send(x, 204, null, new byte[0]);
      return;
    }
    if (x.route.equals("other")) {
      throw new ApiError(404, "not_found", "no such endpoint; see GET /openapi.json");
    }
    x.headers().set("Allow", allowed(x.route) + ", OPTIONS");
    send(x, 204, null, new byte[0]);
  }

  // ---- audits

  /** Reads an audit request and hands it to a worker; the answer is written when the audit completes. */
  private boolean audit(Exchange x, boolean batch) throws ApiError, IOException {
    Map<String, String> query = query(x.ex.getRequestURI().getRawQuery());
    for (String k : query.keySet()) {
      if (!AUDIT_PARAMS.contains(k)) {
        throw new ApiError(400, "bad_request", "unknown query parameter '" + k + "'; expected source, format or "
            + "report");
      }
    }
    String reportFormat = query.getOrDefault("report", "json");
    ReportWriter writer = ReportWriters.byName(reportFormat).orElseThrow(() -> new ApiError(400, "bad_request",
        "unknown report format '" + reportFormat + "'; expected one of " + String.join(", ",
            ReportWriters.all().stream().map(ReportWriter::name).toList())));
    String contentType = x.ex.getRequestHeaders().getFirst("Content-Type");
    byte[] body = body(x);
    long read = System.nanoTime();
    Request req = batch ? batchRequest(contentType, body) : singleRequest(contentType, body, query);
    Copydesk auditor = service.auditor(req.policy);

    if (admitted.incrementAndGet() > options.workers() + options.queue()) {
      admitted.decrementAndGet();
      x.headers().set("Retry-After", "1");
      throw new ApiError(429, "busy", "every worker is busy and the queue is full; retry shortly");
    }
    Job job = new Job(auditor, req.inputs);
    pending.add(job);
    try {
      auditPool.execute(job);
    } catch (RejectedExecutionException e) {
      pending.remove(job);
      admitted.decrementAndGet();
      throw new ApiError(503, "shutting_down", "the server is shutting down");
    }
    long left = options.timeout().toNanos() - (System.nanoTime() - read);
    job.result.orTimeout(Math.max(1, left), TimeUnit.NANOSECONDS).whenCompleteAsync((out, failure) ->
        respond(x, () -> {
          answer(x, batch, writer, job, out, failure);
          return false;
        }), httpPool);
    return true;
  }

  /** Writes the answer of a completed (or timed-out) audit. */
  private void answer(Exchange x, boolean batch, ReportWriter writer, Job job, ReportBatch out, Throwable failure)
      throws ApiError, IOException {
    pending.remove(job);
    if (failure != null) {
      Throwable c = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
          : failure;
      if (c instanceof TimeoutException) {
        job.cancel();
        x.headers().set("Retry-After", "2");
        throw new ApiError(503, "timeout", "the audit did not finish within " + options.timeout().toMillis()
            + " ms; the server is overloaded or the article is very large");
      }
      if (c instanceof CancellationException) {
        x.headers().set("Connection", "close");
        throw new ApiError(503, "shutting_down", "the server shut down before the audit finished");
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
    if (!batch && !out.failures().isEmpty()) {
      throw new ApiError(422, "invalid_input", out.failures().get(0).message());
    }
    if (!batch) {
      Report r = out.reports().get(0);
      x.verdict = r.verdict().id();
      x.headers().set("X-Copydesk-Verdict", r.verdict().id());
      x.headers().set("X-Copydesk-Score", Integer.toString(r.score().overall()));
      x.headers().set("X-Copydesk-Findings", Integer.toString(r.findings().size()));
    }
    StringBuilder text = new StringBuilder(8192);
    writer.write(out, text, false);
    if (writer.name().equals("html")) {
      x.headers().set("Content-Security-Policy", pages.reportCsp());
    }
    send(x, 200, contentType(writer.name()), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One admitted audit. It holds its admission until a worker has run it or dropped it; {@link #cancel()}
   * drops it from the queue, or interrupts the worker running it (the engine stops before its next rule).
   */
  private final class Job implements Runnable {
    final CompletableFuture<ReportBatch> result = new CompletableFuture<>();
    private final Copydesk auditor;
    private final List<AuditService.Input> inputs;
    private Thread runner;
    private boolean cancelled;

    Job(Copydesk auditor, List<AuditService.Input> inputs) {
      this.auditor = auditor;
      this.inputs = inputs;
    }

    @Override
    public void run() {
      try {
        synchronized (this) {
          if (cancelled || result.isDone()) {
            return;
          }
          runner = Thread.currentThread();
        }
        try {
          result.complete(service.audit(auditor, inputs));
        } catch (Throwable t) {
          result.completeExceptionally(t);
        } finally {
          synchronized (this) {
            runner = null;
            Thread.interrupted(); // an interrupt meant for this audit must not reach the worker's next one
          }
        }
      } finally {
        admitted.decrementAndGet();
      }
    }

    void cancel() {
      synchronized (this) {
        cancelled = true;
        if (runner != null) {
          runner.interrupt();
        }
      }
      if (auditPool.remove(this)) {
        admitted.decrementAndGet(); // still queued: it will never run
      }
    }
  }

  /** What a request asks to audit: the articles, and the request's policy settings or {@code null}. */
  private record Request(List<AuditService.Input> inputs, JsonNode policy) {}

  private Request singleRequest(String contentType, byte[] body, Map<String, String> query) throws ApiError {
    String source = source(query.get("source"), "request");
    Format forced = null;
    if (query.containsKey("format")) {
      forced = format(query.get("format"), "format");
    }
    String type = mediaType(contentType);
    if (isJson(type) && forced == null || forced == Format.JSON) {
      JsonNode root = json(body);
      if (root.isObject() && root.has("article")) {
        return new Request(List.of(envelopeInput(root, source, "")), root.get("policy"));
      }
      return new Request(List.of(new AuditService.Input(body, Format.JSON, source)), null);
    }
    Format f = forced != null ? forced : switch (type) {
      case "text/plain" -> Format.TEXT;
      case "text/markdown", "text/x-markdown" -> Format.MARKDOWN;
      case "text/html", "application/xhtml+xml" -> Format.HTML;
      case "application/octet-stream" -> null;
      default -> throw new ApiError(415, "unsupported_media_type", (type.isEmpty() ? "no Content-Type"
          : "Content-Type " + type + " is not an article") + "; send text/plain, text/markdown, text/html or "
          + "application/json");
    };
    return new Request(List.of(new AuditService.Input(body, f, source)), null);
  }

  private Request batchRequest(String contentType, byte[] body) throws ApiError {
    if (!isJson(mediaType(contentType))) {
      throw new ApiError(415, "unsupported_media_type", "a batch is JSON: {\"articles\": [...], \"policy\": {...}}"
          + " with Content-Type application/json");
    }
    JsonNode root = json(body);
    if (!root.isObject() || !root.path("articles").isArray()) {
      throw new ApiError(400, "bad_request", "expected {\"articles\": [{\"article\": ...}, ...]}");
    }
    unknownKeys(root, BATCH_KEYS, "");
    JsonNode list = root.get("articles");
    if (list.isEmpty()) {
      throw new ApiError(400, "bad_request", "articles: the list is empty");
    }
    if (list.size() > ServerOptions.MAX_BATCH) {
      throw new ApiError(413, "too_large", "articles: " + list.size() + " articles; a batch holds at most "
          + ServerOptions.MAX_BATCH);
    }
    List<AuditService.Input> inputs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String where = "articles[" + i + "]";
      if (!item.isObject() || !item.has("article")) {
        throw new ApiError(400, "bad_request", where + ": expected {\"article\": ..., \"format\": ..., \"source\":"
            + " ...}");
      }
      if (item.has("policy")) {
        throw new ApiError(400, "bad_request", where + ".policy: one policy applies to a whole batch; put it "
            + "beside articles");
      }
      AuditService.Input in = envelopeInput(item, "article-" + (i + 1), where + ".");
      String s = in.source();
      for (int n = 2; !seen.add(s); n++) {
        s = in.source() + " (" + n + ")";
      }
      inputs.add(new AuditService.Input(in.bytes(), in.format(), s, in.original()));
    }
    return new Request(inputs, root.get("policy"));
  }

  private static AuditService.Input envelopeInput(JsonNode n, String defaultSource, String where)
      throws ApiError {
    unknownKeys(n, ENVELOPE_KEYS, where);
    String source = n.hasNonNull("source") ? source(text(n.get("source"), where + "source"), defaultSource)
        : defaultSource;
    Format f = n.hasNonNull("format") ? format(text(n.get("format"), where + "format"), where + "format") : null;
    AuditService.Original original = null;
    if (n.hasNonNull("original")) {
      Format of = n.hasNonNull("originalFormat")
          ? format(text(n.get("originalFormat"), where + "originalFormat"), where + "originalFormat") : null;
      byte[] ob = articleBytes(n.get("original"), of, where + "original", where + "originalFormat");
      original = new AuditService.Original(ob, n.get("original").isObject() ? Format.JSON : of);
    } else if (n.hasNonNull("originalFormat")) {
      throw new ApiError(400, "bad_request", where + "originalFormat: given without original");
    }
    byte[] bytes = articleBytes(n.get("article"), f, where + "article", where + "format");
    return new AuditService.Input(bytes, n.get("article").isObject() ? Format.JSON : f, source, original);
  }

  /** An article (or original) as given: a string in its format, or a CMS JSON object. */
  private static byte[] articleBytes(JsonNode a, Format f, String where, String formatWhere) throws ApiError {
    if (a.isTextual()) {
      return a.textValue().getBytes(StandardCharsets.UTF_8);
    }
    if (a.isObject()) {
      if (f != null && f != Format.JSON) {
        throw new ApiError(400, "bad_request", formatWhere + ": an article given as an object is CMS JSON");
      }
      return a.toString().getBytes(StandardCharsets.UTF_8);
    }
    throw new ApiError(400, "bad_request", where + ": expected the article as a string (text, Markdown or "
        + "HTML) or a CMS JSON object");
  }

  private static void unknownKeys(JsonNode n, Set<String> allowed, String where) throws ApiError {
    for (var it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new ApiError(400, "bad_request", where + k + ": unknown key; expected " + String.join(", ",
            allowed.stream().sorted().toList()));
      }
    }
  }

  private static String text(JsonNode n, String where) throws ApiError {
    if (!n.isTextual()) {
      throw new ApiError(400, "bad_request", where + ": expected a string");
    }
    return n.textValue();
  }

  private static Format format(String id, String where) throws ApiError {
    return Format.fromId(id.toLowerCase(Locale.ROOT)).orElseThrow(() -> new ApiError(400, "bad_request",
        where + ": unknown format '" + id + "'; expected text, markdown, html or json"));
  }

  /** A name for reports: control and format characters (bidi overrides, zero widths) dropped, at most 200. */
  private static String source(String given, String fallback) {
    if (given == null) {
      return fallback;
    }
    String s = INVISIBLE.matcher(given).replaceAll("").strip();
    s = s.length() > 200 ? s.substring(0, 200) : s;
    return s.isEmpty() ? fallback : s;
  }

  /** Parses a JSON body (UTF-8, duplicate keys and anything after the value refused). */
  private static JsonNode json(byte[] body) throws ApiError {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new ApiError(400, "bad_json", "the body is not UTF-8");
    }
    try {
      JsonNode n = MAPPER.readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new ApiError(400, "bad_json", "the body is empty; expected JSON");
      }
      return n;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new ApiError(400, "bad_json", "malformed JSON" + (loc == null ? "" : " at line " + loc.getLineNr()
          + ", column " + loc.getColumnNr()) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new ApiError(400, "bad_json", "malformed JSON");
    }
  }

  private static String mediaType(String contentType) throws ApiError {
    if (contentType == null) {
      return "";
    }
    String[] parts = contentType.split(";");
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        String cs = p.substring(8).replace("\"", "");
        if (!cs.equals("utf-8") && !cs.equals("utf8") && !cs.equals("us-ascii")) {
          throw new ApiError(415, "unsupported_media_type", "charset " + cs + ": send UTF-8");
        }
      }
    }
    return parts[0].strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String type) {
    return type.equals("application/json") || type.endsWith("+json");
  }

  private static String contentType(String writer) {
    return switch (writer) {
      case "json", "gitlab" -> "application/json";
      case "sarif" -> "application/sarif+json";
      case "html" -> "text/html; charset=utf-8";
      case "junit", "checkstyle" -> "application/xml";
      case "markdown" -> "text/markdown; charset=utf-8";
      default -> "text/plain; charset=utf-8";
    };
  }

  /** The body, at most {@code maxRequestBytes}; a larger one is answered 413 without reading the rest. */
  private byte[] body(Exchange x) throws ApiError, IOException {
    long max = options.maxRequestBytes();
    String length = x.ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new ApiError(400, "bad_request", "Content-Length is not a number");
      }
      if (declared > max) {
        x.bodyRead = true;
        try (InputStream in = x.ex.getRequestBody()) {
          x.bytesIn = discard(in, max);
        }
        throw tooLarge(x, declared);
      }
    }
    reserve(x, length == null ? 0 : Long.parseLong(length.strip()));
    // grown as bytes arrive: a Content-Length is only a claim
    x.bodyRead = true;
    ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
    byte[] chunk = new byte[16384];
    InputStream in = x.ex.getRequestBody();
    try {
      int n;
      while ((n = in.read(chunk)) > 0) {
        if (buf.size() + n > max) {
          x.bytesIn = buf.size() + n + discard(in, max);
          throw tooLarge(x, -1);
        }
        if (buf.size() + n > x.bufferedBytes) {
          reserve(x, Math.max(2 * x.bufferedBytes, buf.size() + n) - x.bufferedBytes); // no length: as it grows
        }
        buf.write(chunk, 0, n);
      }
    } catch (IOException e) {
      String m = String.valueOf(e.getMessage());
      if (m.startsWith("invalid chunk") || m.startsWith("missing chunk") || m.startsWith("chunk length")) {
        x.headers().set("Connection", "close");
        throw new ApiError(400, "bad_request", "malformed chunked body (" + m + ")");
      }
      throw e; // the client went away
    } finally {
      try {
        in.close();
      } catch (IOException ignored) {
        // a broken stream fails again on close; the first failure has been handled
      }
    }
    x.bytesIn = buf.size();
    return buf.toByteArray();
  }

  /**
   * Counts {@code more} bytes of this request against what all requests may hold in memory at once (an eighth of
   * the heap, at least 64 MB), or answers 429: bodies are held from their reading until their answer.
   */
  private void reserve(Exchange x, long more) throws ApiError {
    if (more <= 0) {
      return;
    }
    if (bufferedBytes.addAndGet(more) > maxBufferedBytes) {
      bufferedBytes.addAndGet(-more);
      x.headers().set("Retry-After", "1");
      throw new ApiError(429, "busy", "the server holds as many request bodies as its memory allows; retry "
          + "shortly");
    }
    x.bufferedBytes += more;
  }

  /** Whether the request came with a body (that a handler may not have read). */
  private static boolean hasBody(Exchange x) {
    Headers h = x.ex.getRequestHeaders();
    String length = h.getFirst("Content-Length");
    return h.containsKey("Transfer-Encoding") || length != null && !length.strip().equals("0");
  }

  /**
   * Reads and drops the rest of a body that is too large, up to four times the limit, so that the client (which
   * is still sending) reads the 413 instead of a connection reset; beyond that the connection is closed.
   */
  private static long discard(InputStream in, long max) throws IOException {
    long cap = Math.min(4 * max, 64L << 20);
    byte[] sink = new byte[16384];
    long total = 0;
    int n;
    while (total < cap && (n = in.read(sink)) > 0) {
      total += n;
    }
    return total;
  }

  private ApiError tooLarge(Exchange x, long size) {
    x.headers().set("Connection", "close"); // the rest of the body is not read
    return new ApiError(413, "too_large", (size >= 0 ? size + " bytes" : "the body") + " is larger than this "
        + "server's limit of " + options.maxRequestBytes() + " bytes (copydesk serve --max-request-size)");
  }

  private static Map<String, String> query(String raw) throws ApiError {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (q.put(k, v) != null) {
          throw new ApiError(400, "bad_request", "query parameter '" + k + "' given twice");
        }
      } catch (IllegalArgumentException e) {
        throw new ApiError(400, "bad_request", "malformed query string");
      }
    }
    return q;
  }

  // ---- responses

  private void error(Exchange x, ApiError e) throws IOException {
    if (!x.bodyRead && hasBody(x)) {
      // Answered without reading the body (a 401, 404, 405, a bad query): read a little of it off so the client
      // sees this answer rather than a reset, and close the connection, since the rest of the body is still on it.
      x.bodyRead = true;
      try (InputStream in = x.ex.getRequestBody()) {
        x.bytesIn = discard(in, Math.min(options.maxRequestBytes(), 256 << 10) / 4);
      } catch (IOException ignored) {
        // the answer is still worth trying
      }
      x.headers().set("Connection", "close");
    }
    if (REJECTIONS.contains(e.code())) {
      metrics.rejected(e.code());
    }
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode err = root.putObject("error");
    err.put("status", e.status());
    err.put("code", e.code());
    err.put("message", e.getMessage());
    err.put("requestId", x.id);
    x.errorCode = e.code();
    sendJson(x, e.status(), root);
  }

  private static void sendJson(Exchange x, int status, ObjectNode body) throws IOException {
    send(x, status, "application/json", MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
  }

  private static void send(Exchange x, int status, String type, byte[] body) throws IOException {
    Headers h = x.headers();
    if (type != null) {
      h.set("Content-Type", type);
    }
    h.set("X-Request-Id", x.id);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Cache-Control", "no-store");
    h.set("Referrer-Policy", "no-referrer");
    if (!h.containsKey("Content-Security-Policy")) {
      h.set("Content-Security-Policy", API_CSP);
    }
    x.status = status;
    boolean head = x.ex.getRequestMethod().equals("HEAD");
    boolean empty = status == 204 || head;
    if (head) {
      h.set("Content-Length", Integer.toString(body.length)); // what GET would send
    }
    x.ex.sendResponseHeaders(status, empty ? -1 : body.length == 0 ? -1 : body.length);
    if (!empty && body.length > 0) {
      try (OutputStream out = x.ex.getResponseBody()) {
        out.write(body);
      }
    }
    x.bytesOut = empty ? 0 : body.length;
  }

  private static String requestId(String given) {
    return given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }

  /** One request's state while it is handled. */
  static final class Exchange {
    final HttpExchange ex;
    final long start;
    final String id;
    final Instant received = Instant.now();
    String route = "other";
    int status;
    long bytesIn;
    long bytesOut;
    String verdict;
    String errorCode;
    boolean corsAllowed;
    boolean bodyRead;
    InetAddress client;
    long bufferedBytes;

    Exchange(HttpExchange ex, long start, String id) {
      this.ex = ex;
      this.start = start;
      this.id = id;
    }

    Headers headers() {
      return ex.getResponseHeaders();
    }
  }
}
