package org.copydesk.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes WARC files for tests with jwarc's writer, as a crawler would: a request and a response per page, one
 * gzip member per record. Shared with other modules' tests through this module's test jar.
 */
public final class TestCrawls {
  private static final Instant DATE = Instant.parse("2026-11-01T10:00:00Z");

  private TestCrawls() {}

  /**
   * A page as a crawler fetched it.
   *
   * @param url the target URL
   * @param status the HTTP status
   * @param contentType the HTTP Content-Type
   * @param body the body as sent
   * @param gzipped whether the body is sent gzip-compressed (Content-Encoding: gzip)
   */
  public record Page(String url, int status, String contentType, byte[] body, boolean gzipped) {
    /** A 200 HTML page in UTF-8. */
    public static Page html(String url, String html) {
      return new Page(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), false);
    }
  }

  /** Clean, sourced pages, which no rule should flag. */
  public static final String CLEAN_1 = article("Council approves new cycle lanes",
      "The city council approved three new cycle lanes on Tuesday, the transport committee said in a statement.",
      "Work on the first lane, along the river, is due to start in the spring, according to the council's plan.");
  public static final String CLEAN_2 = article("Library reopens after repairs",
      "The central library reopened on Saturday after six months of repairs to its roof, the city said.",
      "Visitors queued before the doors opened, and the reading room was full by noon.");
  public static final String CLEAN_3 = article("Ferry timetable changes",
      "The harbour ferry will run every twenty minutes from Monday, the operator said on its website.",
      "Evening crossings are unchanged, according to the published timetable.");
  /** A page with a chatbot's preamble and sign-off left in (provenance.assistant-leakage). */
  public static final String LEAKED = article("Markets rally as inflation cools",
      "Certainly! Here is a rewritten version of the article:",
      "Stock markets rose on Friday after new figures showed inflation slowing for a third month.",
      "I hope this helps! Let me know if you would like any changes.");
  /** A page that discloses an AI rewrite (provenance.ai-disclosure). */
  public static final String DISCLOSED = article("Storm closes coastal roads",
      "Heavy rain and strong winds closed several coastal roads on Sunday, the police said.",
      "This article was rewritten by artificial intelligence from this source.");
  /** A page with unattributed figures and comment-form residue. */
  public static final String RESIDUE = article("Tourism rebounds",
      "Tourism now accounts for more than 40% of the region's economy and brings in over $3 billion a year.",
      "Leave a Reply", "Your email address will not be published. Required fields are marked *");

  /**
   * A JSON Lines feed: an article of www.daily.example.co.uk, one of other.example.org, and a line that is not
   * JSON.
   */
  public static final List<String> FEED = List.of(
      "{\"title\":\"Council approves new cycle lanes\",\"url\":\"https://www.daily.example.co.uk/a\",\"body\":"
          + "\"The city council approved three new cycle lanes on Tuesday, the transport committee said.\"}",
      "{\"title\":\"Library reopens\",\"url\":\"https://other.example.org/b\",\"body\":\"The central library "
          + "reopened on Saturday after six months of repairs, the city said.\"}",
      "{broken");

  /** A minimal HTML article page with a title and paragraphs. */
  public static String article(String title, String... paragraphs) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title></head><body><article><h1>").append(title).append("</h1>\n");
    for (String p : paragraphs) {
      h.append("<p>").append(p).append("</p>\n");
    }
    return h.append("</article></body></html>\n").toString();
  }

  /** Writes {@code pages} to {@code file}, gzipped per record when the name ends in {@code .gz}. */
  public static Path warc(Path file, List<Page> pages) throws IOException {
    WarcCompression compression = file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
        java.nio.file.StandardOpenOption.WRITE), compression)) {
      for (Page p : pages) {
        write(w, p);
      }
    }
    return file;
  }

  /** Writes one page: its request, then its response. */
  public static void write(WarcWriter w, Page p) throws IOException {
    URI uri = URI.create(p.url());
    HttpRequest req = new HttpRequest.Builder("GET", uri.getRawPath() == null || uri.getRawPath().isEmpty()
        ? "/" : uri.getRawPath()).addHeader("Host", uri.getHost()).build();
    w.write(new WarcRequest.Builder(uri).date(DATE).body(req).build());
    byte[] body = p.gzipped() ? gzip(p.body()) : p.body();
    HttpResponse.Builder http = new HttpResponse.Builder(p.status(), p.status() == 200 ? "OK" : "Other");
    if (p.gzipped()) {
      http.addHeader("Content-Encoding", "gzip");
    }
    http.body(MediaType.parse(p.contentType()), body);
    w.write(new WarcResponse.Builder(uri).date(DATE).body(http.build()).build());
  }

  /** Writes a {@code resource} record holding a page (as browser-based crawlers store some captures). */
  public static void resource(WarcWriter w, String url, String html) throws IOException {
    w.write(new WarcResource.Builder(URI.create(url)).date(DATE)
        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build());
  }

  /** Writes a revisit record (a capture identical to an earlier one): not a page. */
  public static void revisit(WarcWriter w, String url) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").build();
    w.write(new WarcRevisit.Builder(URI.create(url)).date(DATE).body(http).build());
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buf)) {
      out.write(b);
    }
    return buf.toByteArray();
  }

  /** Writes JSON Lines, gzipped when the name ends in {@code .gz}. */
  public static Path jsonLines(Path file, List<String> lines) throws IOException {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    Files.write(file, file.toString().endsWith(".gz") ? gzip(bytes) : bytes);
    return file;
  }
}
