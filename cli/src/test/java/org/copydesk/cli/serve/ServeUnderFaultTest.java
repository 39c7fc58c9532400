package org.copydesk.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.cli.serve.ServerFixture.HOLD;
import static org.copydesk.cli.serve.ServerFixture.get;
import static org.copydesk.cli.serve.ServerFixture.raw;
import static org.copydesk.cli.serve.ServerFixture.send;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clients that misbehave: half-sent requests, bodies nobody reads, broken chunking, HEAD and OPTIONS. */
class ServeUnderFaultTest {
  private static CopydeskServer server;

  @BeforeAll
  static void start() throws IOException {
    server = CopydeskServer.start(ServerOptions.defaults(), "test");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theJdkServerIsToldToCloseSlowRequestsAndCapConnections() {
    assertThat(System.getProperty("sun.net.httpserver.maxReqTime"))
        .isEqualTo(Integer.toString(CopydeskServer.MAX_REQUEST_SECONDS));
    assertThat(System.getProperty("jdk.httpserver.maxConnections"))
        .isEqualTo(Integer.toString(CopydeskServer.MAX_CONNECTIONS));
  }

  @Test
  void halfSentRequestsDoNotStarveTheOthers() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) { // each holds an HTTP thread in the JDK server until maxReqTime
        Socket socket = new Socket(server.address().getAddress(), server.address().getPort());
        socket.getOutputStream().write("POST /v1/audit HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nThe"
            .getBytes(StandardCharsets.ISO_8859_1));
        slow.add(socket);
      }
      long t0 = System.nanoTime();
      assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
      assertThat(ServerFixture.post(server, "/v1/audit", "text/plain", "The council met on Monday.").statusCode())
          .isEqualTo(200);
      assertThat((System.nanoTime() - t0) / 1e9).as("seconds to answer beside 100 slow clients").isLessThan(5);
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void queuedAuditsHoldNoHttpThread() throws Exception {
    // more audits waiting than there are HTTP threads: if a thread waited for each, /healthz could not be answered.
    // They come from three loopback addresses, since one address may have only PER_CLIENT requests in flight.
    int waiting = CopydeskServer.HTTP_THREADS + 20;
    List<InetAddress> from = List.of(InetAddress.getByName("127.0.0.2"), InetAddress.getByName("127.0.0.3"),
        InetAddress.getByName("127.0.0.4"));
    ServerOptions o = ServerOptions.defaults().withLimits(1, waiting + CopydeskServer.PER_CLIENT, 1 << 20,
        Duration.ofSeconds(60));
    ServerFixture.Gate gate = new ServerFixture.Gate();
    List<Socket> clients = new ArrayList<>();
    try (CopydeskServer s = ServerFixture.gated(o, gate)) {
      String body = "The council met on Monday. " + HOLD;
      String request = "POST /v1/audit HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
          + body.length() + "\r\n\r\n" + body;
      for (int i = 0; i < waiting; i++) {
        Socket socket = new Socket(s.address().getAddress(), s.address().getPort(), from.get(i % from.size()), 0);
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        clients.add(socket);
      }
      assertThat(gate.awaitHeld()).isTrue();
      // every audit admitted, and /metrics answered 200 all along: the HTTP threads stay free
      ServerFixture.awaitMetric(s, "copydesk_audits_in_flight " + waiting);
      // one address with PER_CLIENT requests in flight is told to wait
      List<Socket> more = new ArrayList<>();
      try {
        while (more.size() < CopydeskServer.PER_CLIENT - waiting / from.size()) {
          Socket socket = new Socket(s.address().getAddress(), s.address().getPort(), from.get(0), 0);
          socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
          more.add(socket);
        }
        ServerFixture.awaitMetric(s, "copydesk_audits_in_flight " + (waiting + more.size()));
        Socket over = new Socket(s.address().getAddress(), s.address().getPort(), from.get(0), 0);
        more.add(over);
        over.setSoTimeout(10_000);
        over.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        String answer = new String(over.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(answer).startsWith("HTTP/1.1 429 ").contains("too_many_requests");
      } finally {
        for (Socket socket : more) {
          socket.close();
        }
      }
      gate.open();
    } finally {
      for (Socket socket : clients) {
        socket.close();
      }
    }
  }

  @Test
  void anErrorAnsweredBeforeTheBodyIsReadClosesTheConnection() throws IOException {
    String body = "x".repeat(5000);
    for (String target : List.of("/v1/audit?nonsense=1", "/v1/nothing-here", "/v1/audit?report=pdf")) {
      String answer = raw(server, "POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
          + "Content-Length: " + body.length() + "\r\n\r\n" + body, 10);
      assertThat(answer).as(target).matches("(?s)HTTP/1.1 (400|404) .*")
          .containsIgnoringCase("\r\nConnection: close\r\n").doesNotContain("<open>");
    }
    // without a body nothing is left on the connection, so it stays open for the next request
    String kept = raw(server, "GET /v1/nothing-here HTTP/1.1\r\nHost: x\r\n\r\n", 1);
    assertThat(kept).startsWith("HTTP/1.1 404 ").endsWith("<open>");
  }

  @Test
  void aRequestStillRunningWhenTheGraceEndsIsAnswered503() throws Exception {
    ServerOptions o = ServerOptions.defaults().withLimits(1, 4, 1 << 20, Duration.ofSeconds(30))
        .withAccessLog(null, Duration.ofMillis(300));
    ServerFixture.Gate gate = new ServerFixture.Gate();
    CopydeskServer s = ServerFixture.gated(o, gate);
    try {
      CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() ->
          ServerFixture.post(s, "/v1/audit", "text/plain", "The council met. " + HOLD));
      assertThat(gate.awaitHeld()).isTrue();
      s.close();
      HttpResponse<String> r = held.get(20, TimeUnit.SECONDS);
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(ServerFixture.error(r)).isEqualTo("shutting_down");
    } finally {
      gate.open();
      s.close();
    }
  }

  @Test
  void brokenChunkingIsA400() throws IOException {
    String answer = raw(server, "POST /v1/audit HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
        + "Transfer-Encoding: chunked\r\n\r\nZZZ\r\nThe council met.\r\n0\r\n\r\n", 10);
    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("malformed chunked body");
  }

  @Test
  void headIsGetWithoutTheBody() {
    HttpResponse<String> full = get(server, "/openapi.json");
    HttpResponse<String> head = send(ServerFixture.request(server, "/openapi.json")
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(full.body().getBytes(StandardCharsets.UTF_8).length));
    assertThat(head.headers().firstValue("Content-Type")).isEqualTo(full.headers().firstValue("Content-Type"));
    HttpResponse<String> postOnly = send(ServerFixture.request(server, "/v1/audit")
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(postOnly.statusCode()).isEqualTo(405);
    assertThat(postOnly.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void optionsSaysWhichMethodsAPathTakes() {
    HttpResponse<String> r = send(ServerFixture.request(server, "/healthz")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    assertThat(send(ServerFixture.request(server, "/nowhere").method("OPTIONS",
        HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(404);
  }

  @Test
  void aClientThatLeavesMidBodyDoesNotHurtTheServer() throws Exception {
    try (Socket socket = new Socket(server.address().getAddress(), server.address().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write("POST /v1/audit HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      out.write("The council met. ".repeat(100).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }
    assertThat(ServerFixture.post(server, "/v1/audit", "text/plain", "The council met on Monday.").statusCode())
        .isEqualTo(200);
  }
}
