package org.copydesk.cli.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Locale;

/**
 * The structured access log: one JSON object per request and line ({@code time}, {@code id}, {@code remote},
 * {@code method}, {@code path}, {@code route}, {@code status}, {@code bytesIn}, {@code bytesOut}, {@code ms},
 * and {@code verdict} or {@code error} when there is one). The query string is left out: it may carry names
 * a newsroom does not want in logs. Thread-safe; a {@code null} stream logs nothing.
 */
final class AccessLog {
  private static final JsonFactory JSON = new JsonFactory();
  private final PrintStream out;

  AccessLog(PrintStream out) {
    this.out = out;
  }

  void write(CopydeskServer.Exchange x, HttpExchange ex, long nanos) {
    if (out == null) {
      return;
    }
    StringWriter line = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("time", x.received.toString());
      g.writeStringField("id", x.id);
      InetSocketAddress remote = ex.getRemoteAddress();
      g.writeStringField("remote", remote == null || remote.getAddress() == null ? ""
          : remote.getAddress().getHostAddress());
      g.writeStringField("method", ex.getRequestMethod());
      String path = ex.getRequestURI().getRawPath();
      g.writeStringField("path", path == null ? "" : path.length() > 200 ? path.substring(0, 200) : path);
      g.writeStringField("route", x.route);
      g.writeNumberField("status", x.status);
      g.writeNumberField("bytesIn", x.bytesIn);
      g.writeNumberField("bytesOut", x.bytesOut);
      g.writeNumberField("ms", Double.parseDouble(String.format(Locale.ROOT, "%.3f", nanos / 1e6)));
      if (x.verdict != null) {
        g.writeStringField("verdict", x.verdict);
      }
      if (x.errorCode != null) {
        g.writeStringField("error", x.errorCode);
      }
      g.writeEndObject();
    } catch (IOException e) {
      return; // a StringWriter does not fail
    }
    out.println(line);
  }

  /**
   * A bug while handling a request: logged with its request id and the whole stack trace (to standard error when
   * the access log is off), never sent to the client.
   */
  void internalError(String id, Throwable t) {
    StringWriter trace = new StringWriter(2048);
    t.printStackTrace(new PrintWriter(trace));
    StringWriter line = new StringWriter(2048);
    try (JsonGenerator g = JSON.createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("time", Instant.now().toString());
      g.writeStringField("id", id);
      g.writeStringField("level", "error");
      g.writeStringField("error", t.toString());
      g.writeStringField("trace", trace.toString());
      g.writeEndObject();
    } catch (IOException e) {
      return;
    }
    (out == null ? System.err : out).println(line);
  }

  void flush() {
    if (out != null) {
      out.flush();
    }
  }
}
