package org.copydesk.cli.serve;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;

/**
 * The service's counters, written in the Prometheus text exposition format (version 0.0.4) for {@code GET
 * /metrics}. Label values come from closed sets (routes, methods, status codes, rule ids, verdicts), so the
 * number of series stays bounded whatever clients send. Thread-safe.
 */
final class Metrics {
  /** Histogram bucket upper bounds, in seconds. */
  private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final Histogram auditSeconds = new Histogram();
  private final Map<String, LongAdder> findings = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> audits = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();
  private final LongAdder bytesIn = new LongAdder();
  private final long startMillis = System.currentTimeMillis();
  private final String version;
  private final String ruleSetVersion;
  private final IntSupplier inFlight;
  private final IntSupplier queued;

  Metrics(String version, String ruleSetVersion, IntSupplier inFlight, IntSupplier queued) {
    this.version = version;
    this.ruleSetVersion = ruleSetVersion;
    this.inFlight = inFlight;
    this.queued = queued;
  }

  /** One answered request: its route template (not the raw path), method and status, and how long it took. */
  void request(String route, String method, int status, long nanos, long requestBytes) {
    requests.computeIfAbsent(labels("route", route, "method", method, "status", Integer.toString(status)),
        k -> new LongAdder()).increment();
    latency.computeIfAbsent(labels("route", route), k -> new Histogram()).observe(nanos);
    bytesIn.add(Math.max(0, requestBytes));
  }

  /** One audited article: the engine's time, its verdict and its findings by rule. */
  void audited(Report report, long nanos) {
    auditSeconds.observe(nanos);
    audits.computeIfAbsent(labels("verdict", report.verdict().id()), k -> new LongAdder()).increment();
    for (Finding f : report.findings()) {
      findings.computeIfAbsent(labels("rule", f.ruleId()), k -> new LongAdder()).increment();
    }
  }

  /** A request turned away before an audit: {@code busy}, {@code timeout}, {@code too_large}, .... */
  void rejected(String reason) {
    rejected.computeIfAbsent(labels("reason", reason), k -> new LongAdder()).increment();
  }

  /** The exposition text. */
  String scrape() {
    StringBuilder s = new StringBuilder(4096);
    header(s, "copydesk_build_info", "gauge", "Copydesk and rule-set versions of this server");
    s.append("copydesk_build_info").append(labels("version", version, "rule_set", ruleSetVersion)).append(" 1\n");
    header(s, "copydesk_http_requests_total", "counter", "HTTP requests answered, by route, method and status");
    counters(s, "copydesk_http_requests_total", requests);
    header(s, "copydesk_http_request_duration_seconds", "histogram",
        "Time from reading a request to the end of its response, by route");
    new TreeMap<>(latency).forEach((l, h) -> h.write(s, "copydesk_http_request_duration_seconds", l));
    header(s, "copydesk_http_request_bytes_total", "counter", "Bytes of request bodies read");
    s.append("copydesk_http_request_bytes_total ").append(bytesIn.sum()).append('\n');
    header(s, "copydesk_audit_duration_seconds", "histogram", "Time the engine took to audit one article");
    auditSeconds.write(s, "copydesk_audit_duration_seconds", "");
    header(s, "copydesk_audits_total", "counter", "Articles audited, by verdict");
    counters(s, "copydesk_audits_total", audits);
    header(s, "copydesk_findings_total", "counter", "Findings reported, by rule");
    counters(s, "copydesk_findings_total", findings);
    header(s, "copydesk_rejected_total", "counter",
        "Requests turned away: busy (queue full), timeout, too_large, unauthorized, shutting_down");
    counters(s, "copydesk_rejected_total", rejected);
    header(s, "copydesk_audits_in_flight", "gauge", "Audits admitted and not yet finished (running or queued)");
    s.append("copydesk_audits_in_flight ").append(inFlight.getAsInt()).append('\n');
    header(s, "copydesk_audits_queued", "gauge", "Audits waiting for a worker");
    s.append("copydesk_audits_queued ").append(queued.getAsInt()).append('\n');
    header(s, "process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch, in seconds");
    s.append("process_start_time_seconds ").append(startMillis / 1000).append('\n');
    return s.toString();
  }

  private static void header(StringBuilder s, String name, String type, String help) {
    s.append("# HELP ").append(name).append(' ').append(help).append('\n');
    s.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void counters(StringBuilder s, String name, Map<String, LongAdder> series) {
    new TreeMap<>(series).forEach((l, v) -> s.append(name).append(l).append(' ').append(v.sum()).append('\n'));
  }

  /** {@code {k1="v1",k2="v2"}} with the values escaped as the format requires. */
  static String labels(String... kv) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < kv.length; i += 2) {
      if (i > 0) {
        b.append(',');
      }
      b.append(kv[i]).append("=\"");
      for (char c : kv[i + 1].toCharArray()) {
        switch (c) {
          case '\\' -> b.append("\\\\");
          case '"' -> b.append("\\\"");
          case '\n' -> b.append("\\n");
          default -> b.append(c);
        }
      }
      b.append('"');
    }
    return b.append('}').toString();
  }

  /**
   * A cumulative histogram with fixed buckets. The count is the sum of the buckets (the last one is {@code +Inf}),
   * read once per scrape, so a scrape during an observation still shows {@code +Inf} equal to the count and never
   * below a finite bucket.
   */
  private static final class Histogram {
    private final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
    private final AtomicLong sumNanos = new AtomicLong();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    void observe(long nanos) {
      double seconds = nanos / 1e9;
      int i = 0;
      while (i < BUCKETS.length && seconds > BUCKETS[i]) {
        i++;
      }
      counts[i].increment();
      sumNanos.addAndGet(nanos);
    }

    void write(StringBuilder s, String name, String labels) {
      String inner = labels.isEmpty() ? "" : labels.substring(1, labels.length() - 1) + ",";
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += counts[i].sum();
        s.append(name).append("_bucket{").append(inner).append("le=\"").append(number(BUCKETS[i])).append("\"} ")
            .append(cumulative).append('\n');
      }
      long n = cumulative + counts[BUCKETS.length].sum();
      s.append(name).append("_bucket{").append(inner).append("le=\"+Inf\"} ").append(n).append('\n');
      s.append(name).append("_sum").append(labels).append(' ')
          .append(String.format(Locale.ROOT, "%.6f", sumNanos.get() / 1e9)).append('\n');
      s.append(name).append("_count").append(labels).append(' ').append(n).append('\n');
    }

    private static String number(double d) {
      return d == Math.rint(d) ? Long.toString((long) d) + ".0" : Double.toString(d);
    }
  }
}
