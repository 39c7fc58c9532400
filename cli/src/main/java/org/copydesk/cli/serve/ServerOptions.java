package org.copydesk.cli.serve;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.copydesk.report.Policy;

/**
 * How a {@link CopydeskServer} runs.
 *
 * @param host the address to bind ({@code 127.0.0.1} by default)
 * @param port the port; 0 picks a free one
 * @param workers threads that audit (at most this many audits run at once)
 * @param queue audits that may wait for a worker; one more is answered 429
 * @param maxRequestBytes the largest request body; a larger one is answered 413
 * @param timeout the time limit of one audit request, from its body being read to its answer (queue wait
 *     included)
 * @param policy the server's policy; a request's {@code policy} changes it for that request only
 * @param token the bearer token every API request must carry, or {@code null} for none
 * @param corsOrigins origins allowed to call the API from a browser ({@code *} for any); empty: CORS off
 * @param accessLog where the access log goes, one JSON object per line, or {@code null} for none
 * @param grace how long a shutdown waits for requests in flight
 */
public record ServerOptions(
    String host,
    int port,
    int workers,
    int queue,
    long maxRequestBytes,
    Duration timeout,
    Policy policy,
    String token,
    List<String> corsOrigins,
    PrintStream accessLog,
    Duration grace) {

  /** Articles a batch request may hold. */
  public static final int MAX_BATCH = 100;
  /** The largest {@code workers}. */
  public static final int MAX_WORKERS = 256;
  /** The largest {@code queue}. */
  public static final int MAX_QUEUE = 10_000;
  /** The largest {@code maxRequestBytes}: 64 MiB. */
  public static final long MAX_REQUEST_BYTES = 64L << 20;
  /** The longest {@code timeout}. */
  public static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
  /** The longest {@code grace}. */
  public static final Duration MAX_GRACE = Duration.ofMinutes(10);

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(grace, "grace");
    corsOrigins = List.copyOf(corsOrigins);
    if (port < 0 || port > 65535 || workers < 1 || workers > MAX_WORKERS || queue < 0 || queue > MAX_QUEUE
        || maxRequestBytes < 1 || maxRequestBytes > MAX_REQUEST_BYTES || timeout.isNegative() || timeout.isZero()
        || timeout.compareTo(MAX_TIMEOUT) > 0 || grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
      throw new IllegalArgumentException("bad server options");
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the token is blank");
    }
  }

  /**
   * Loopback, a free port, one worker per core (at most {@link #MAX_WORKERS}), a queue of 64, bodies up to 2 MiB,
   * a 10 s timeout, default policy, no token, CORS off, no access log, 30 s grace.
   */
  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", 0, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()), 64,
        2L << 20,
        Duration.ofSeconds(10), Policy.defaults(), null, List.of(), null, Duration.ofSeconds(30));
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(host, p, workers, queue, maxRequestBytes, timeout, policy, token, corsOrigins, accessLog,
        grace);
  }

  public ServerOptions withLimits(int w, int q, long maxBytes, Duration t) {
    return new ServerOptions(host, port, w, q, maxBytes, t, policy, token, corsOrigins, accessLog, grace);
  }

  public ServerOptions withSecurity(String h, String tok, List<String> cors) {
    return new ServerOptions(h, port, workers, queue, maxRequestBytes, timeout, policy, tok, cors, accessLog, grace);
  }

  public ServerOptions withPolicy(Policy p) {
    return new ServerOptions(host, port, workers, queue, maxRequestBytes, timeout, p, token, corsOrigins, accessLog,
        grace);
  }

  public ServerOptions withAccessLog(PrintStream log, Duration g) {
    return new ServerOptions(host, port, workers, queue, maxRequestBytes, timeout, policy, token, corsOrigins, log, g);
  }
}
