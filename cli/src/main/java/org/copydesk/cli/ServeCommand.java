package org.copydesk.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.copydesk.cli.serve.CopydeskServer;
import org.copydesk.cli.serve.ServerOptions;
import org.copydesk.report.Policy;
import org.copydesk.report.PolicyResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk serve}: the HTTP API and the editor page. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Serve the HTTP API (POST /v1/audit, /v1/audit/batch; GET /v1/rules, /healthz, /metrics, /openapi.json) and"
          + " the editor page (GET /) until SIGTERM or Ctrl+C; then requests in flight finish (up to --grace)"
          + " and the command exits 0. See docs/serve.md.",
      "Binds 127.0.0.1 unless --host says otherwise; any other address needs a token (--token-file or"
          + " COPYDESK_TOKEN) or --allow-unauthenticated.",
      "The access log (one JSON object per request) goes to standard error unless --access-log says otherwise."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped by SIGTERM or Ctrl+C after draining",
      "2:usage error: bad option or policy file, or the address cannot be bound",
      "4:internal error"
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "address to bind; default ${DEFAULT-VALUE} (this machine only)")
  String host;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
      description = "port; 0 picks a free one (printed on start); default ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--workers", paramLabel = "N",
      description = "audits run at once (1 to 256); default: one per core")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
      description = "audits that may wait for a worker (0 to 10000); beyond that, 429 Too Many Requests; default "
          + "${DEFAULT-VALUE}")
  int queue;

  @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "2MB",
      description = "largest request body (e.g. 512KB, 8MB; at most 64MB); larger is 413; default ${DEFAULT-VALUE}")
  String maxRequestSize;

  @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "10s",
      description = "time limit of one audit request from its body being read, queueing included (e.g. 500ms, "
          + "10s; at most 5m); then 503; default ${DEFAULT-VALUE}")
  String timeout;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "the server's policy (default: copydesk.yaml in the working directory, else the built-in); "
          + "a request's \"policy\" changes it for that request")
  Path policyFile;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "require 'Authorization: Bearer TOKEN' on /v1 and /metrics, TOKEN read from FILE (or set "
          + "COPYDESK_TOKEN)")
  Path tokenFile;

  @Option(names = "--allow-unauthenticated",
      description = "allow a non-loopback --host without a token (only behind a proxy that authenticates)")
  boolean allowUnauthenticated;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "let a web page from ORIGIN (e.g. https://cms.example.org, or *) call the API; repeatable; "
          + "default: CORS off")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--access-log", paramLabel = "FILE", defaultValue = "-",
      description = "where the JSON access log goes: - (standard error), off, or a file to append to; "
          + "default ${DEFAULT-VALUE}")
  String accessLog;

  @Option(names = "--grace", paramLabel = "TIME", defaultValue = "30s",
      description = "on shutdown, how long requests in flight may take to finish (at most 10m); default "
          + "${DEFAULT-VALUE}")
  String grace;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    ServerOptions options;
    PrintStream log;
    try {
      options = options(err);
      log = accessLog(accessLog);
    } catch (IllegalArgumentException e) {
      err.println("copydesk: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    CopydeskServer server;
    try {
      server = CopydeskServer.start(options.withAccessLog(log, options.grace()), Versions.VERSION);
    } catch (BindException e) {
      err.println("copydesk: cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
      return ExitCode.USAGE.code();
    } catch (IOException e) {
      err.println("copydesk: cannot start the server on " + host + ":" + port + " (" + e + ")");
      return ExitCode.USAGE.code();
    } catch (IllegalArgumentException e) {
      err.println("copydesk: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    CountDownLatch stop = new CountDownLatch(1);
    boolean signals = Signals.onTerminate(stop::countDown);
    Thread hook = new Thread(server::close, "copydesk-shutdown");
    if (!signals) {
      Runtime.getRuntime().addShutdownHook(hook); // no signal handling here: drain from a shutdown hook
    }
    out.println("copydesk: listening on " + server.url() + " (workers " + options.workers() + ", queue "
        + options.queue() + ", timeout " + options.timeout().toMillis() + " ms"
        + (options.token() == null ? "" : ", token required") + ")");
    out.flush();
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    out.println("copydesk: shutting down; requests in flight may take up to " + options.grace().toSeconds() + " s");
    out.flush();
    server.close();
    out.println("copydesk: stopped");
    out.flush();
    if (log != null && log != System.err) {
      log.close();
    }
    return ExitCode.OK.code();
  }

  private ServerOptions options(PrintWriter err) {
    int w = workers == null ? Math.min(ServerOptions.MAX_WORKERS, Runtime.getRuntime().availableProcessors())
        : workers;
    if (w < 1 || w > ServerOptions.MAX_WORKERS) {
      throw new IllegalArgumentException("--workers: expected 1 to " + ServerOptions.MAX_WORKERS + ", got " + w);
    }
    if (queue < 0 || queue > ServerOptions.MAX_QUEUE) {
      throw new IllegalArgumentException("--queue: expected 0 to " + ServerOptions.MAX_QUEUE + ", got " + queue);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port: expected 0 to 65535, got " + port);
    }
    long max = OptionValues.size(maxRequestSize, "--max-request-size", ServerOptions.MAX_REQUEST_BYTES);
    Duration t = OptionValues.duration(timeout, "--timeout", 1, ServerOptions.MAX_TIMEOUT);
    Duration g = OptionValues.duration(grace, "--grace", 0, ServerOptions.MAX_GRACE);
    String token = token();
    boolean loopback;
    try {
      loopback = InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--host: unknown address '" + host + "'");
    }
    if (!loopback && token == null && !allowUnauthenticated) {
      throw new IllegalArgumentException("--host " + host + " lets other machines in: give a token (--token-file "
          + "FILE or COPYDESK_TOKEN), or --allow-unauthenticated behind a proxy that authenticates");
    }
    for (String o : corsOrigins) {
      if (!o.equals("*") && !o.matches("https?://[^/\\s]+")) {
        throw new IllegalArgumentException("--cors-origin: '" + o + "' is not an origin (scheme://host[:port], "
            + "or *)");
      }
    }
    return new ServerOptions(host, port, w, queue, max, t, policy(err), token, corsOrigins, null, g);
  }

  private Policy policy(PrintWriter err) {
    Path file = policyFile;
    if (file == null) {
      for (String name : PolicyResolver.FILE_NAMES) {
        if (Files.isRegularFile(Path.of(name))) {
          file = Path.of(name);
          break;
        }
      }
    }
    if (file == null) {
      return Policy.defaults();
    }
    Policy p = Policy.load(file); // IllegalArgumentException: FILE:LINE:COL: what is wrong
    err.println("copydesk: policy " + file);
    return p;
  }

  private String token() {
    String t;
    if (tokenFile != null) {
      try {
        t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new IllegalArgumentException("--token-file: cannot read " + tokenFile + " ("
            + e.getClass().getSimpleName() + ")");
      }
      if (t.isEmpty()) {
        throw new IllegalArgumentException("--token-file: " + tokenFile + " is empty");
      }
    } else {
      t = System.getenv("COPYDESK_TOKEN");
      t = t == null || t.isBlank() ? null : t.strip();
    }
    if (t != null && (t.length() < 16 || !t.matches("[\\x21-\\x7e]+"))) {
      throw new IllegalArgumentException("the token must be at least 16 printable ASCII characters without spaces");
    }
    return t;
  }

  private static PrintStream accessLog(String where) {
    if (where.equals("off")) {
      return null;
    }
    if (where.equals("-")) {
      return System.err;
    }
    try {
      return new PrintStream(new FileOutputStream(where, true), true, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("--access-log: cannot open " + where + " (" + e.getClass().getSimpleName()
          + ")");
    }
  }
}
