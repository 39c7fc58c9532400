package org.copydesk.crawl;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.copydesk.article.Format;
import org.copydesk.article.Limits;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the pages of a crawl file one at a time, in file order: the HTML response and resource records of a WARC
 * file ({@code .warc}, {@code .warc.gz}, through jwarc), or the articles of a JSON Lines file ({@code .jsonl},
 * {@code .ndjson}, optionally gzipped; one CMS-style JSON object per line). Only one page is in memory at a time,
 * whatever the size of the file.
 *
 * <p>From a WARC file, a page is a {@code response} record with a 2xx HTTP status and an HTML body
 * ({@code text/html}, {@code application/xhtml+xml}), or a {@code resource} record of HTML; its body is read with
 * the HTTP {@code Content-Encoding} undone and its source is the record's target URL ({@code FILE@OFFSET} for a
 * record without one). Requests, metadata, revisits, redirects, errors and other media types are passed over and
 * counted ({@link #skipped()}). A page larger than {@link Limits#maxInputBytes()} is given as a
 * {@linkplain CrawlRecord#failure() failed record}, as is a record whose HTTP message cannot be parsed or whose
 * body cannot be decoded; reading goes on with the next record. A file that is not WARC at all, or is cut short,
 * ends the reading with an {@link UncheckedIOException}.
 *
 * <p>Not thread-safe: one reader per thread. Close it when done.
 */
public final class CrawlReader implements Iterator<CrawlRecord>, Closeable {
  /** The kinds of crawl file. */
  public enum Kind {
    WARC,
    JSON_LINES
  }

  private final String name;
  private final Limits limits;
  private final WarcReader warc;
  private final InputStream lines;
  private final Map<String, Integer> skipped = new LinkedHashMap<>();
  private long lineNumber;
  private CrawlRecord ahead;
  private boolean done;

  private CrawlReader(String name, Kind kind, InputStream in, Limits limits) throws IOException {
    this.name = name;
    this.limits = limits;
    if (kind == Kind.WARC) {
      this.warc = new WarcReader(in);
      this.warc.setLenient(true);
      this.lines = null;
    } else {
      this.warc = null;
      this.lines = new BufferedInputStream(isGzip(name) ? new GZIPInputStream(in, 65536) : in, 65536);
    }
  }

  /** The kind of crawl file a name says, or {@code null} for any other file. */
  public static Kind kindOf(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".warc")) {
      return Kind.WARC;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Kind.JSON_LINES;
    }
    return null;
  }

  /** Opens a crawl file; its kind comes from its name ({@link #kindOf}). */
  public static CrawlReader open(Path file, Limits limits) throws IOException {
    Kind kind = kindOf(file.getFileName().toString());
    if (kind == null) {
      throw new IllegalArgumentException(file + ": not a crawl file (.warc, .warc.gz, .jsonl, .ndjson)");
    }
    InputStream in = Files.newInputStream(file);
    try {
      return new CrawlReader(file.toString(), kind, in, limits);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads a crawl file from a stream (a Spark task's, say); {@code name} gives its kind and names it in sources
   * and messages. The reader closes the stream.
   */
  public static CrawlReader open(InputStream in, String name, Limits limits) throws IOException {
    Kind kind = kindOf(name);
    if (kind == null) {
      throw new IllegalArgumentException(name + ": not a crawl file (.warc, .warc.gz, .jsonl, .ndjson)");
    }
    return new CrawlReader(name, kind, in, limits);
  }

  /**
   * Records passed over so far, by reason: {@code not HTML}, {@code HTTP status not 2xx}, {@code revisit}, and
   * for JSON Lines {@code blank line}. Requests, metadata and warcinfo records are not pages and are not counted.
   */
  public Map<String, Integer> skipped() {
    return Map.copyOf(skipped);
  }

  @Override
  public boolean hasNext() {
    if (ahead == null && !done) {
      try {
        ahead = warc != null ? nextWarcPage() : nextLine();
      } catch (IOException e) {
        done = true;
        throw new UncheckedIOException(name + ": cannot read (" + message(e) + ")", e);
      } catch (UncheckedIOException e) {
        done = true;
        throw e;
      } catch (RuntimeException e) {
        // a WARC header jwarc cannot use (a Content-Length that is not a number, say): the file ends here
        done = true;
        throw new UncheckedIOException(name + ": cannot read (" + message(e) + ")", new IOException(e));
      }
      done = ahead == null;
    }
    return ahead != null;
  }

  @Override
  public CrawlRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CrawlRecord r = ahead;
    ahead = null;
    return r;
  }

  private CrawlRecord nextWarcPage() throws IOException {
    while (true) {
      java.util.Optional<WarcRecord> rec = warc.next();
      if (rec.isEmpty()) {
        return null;
      }
      long at = warc.position();
      CrawlRecord page;
      try {
        page = page(rec.get(), at);
      } catch (RuntimeException e) {
        // a record jwarc reads but cannot make sense of (a malformed header value, say): that page only
        page = CrawlRecord.failed(name + "@" + at, null, name, at, "record that cannot be read (" + message(e) + ")");
      }
      if (page != null) {
        return page;
      }
    }
  }

  private CrawlRecord page(WarcRecord rec, long at) throws IOException {
    if (rec instanceof WarcResponse res) {
      String url = target(res);
      String source = url != null ? url : name + "@" + at;
      HttpResponse http;
      try {
        http = res.http();
      } catch (IOException | RuntimeException e) {
        if (!isHttp(res.contentType())) {
          skip("not HTML"); // a DNS or Gemini record, say
          return null;
        }
        return CrawlRecord.failed(source, url, name, at, "HTTP response that cannot be parsed (" + message(e) + ")");
      }
      if (http.status() < 200 || http.status() > 299) {
        skip("HTTP status not 2xx");
        return null;
      }
      MediaType type = http.contentType();
      if (!isHtml(type)) {
        skip("not HTML");
        return null;
      }
      try {
        // the Content-Encoding is undone as the body is read, so a bad body fails here, for this page only
        return read(http.bodyDecoded().stream(), source, url, at, type);
      } catch (IOException | RuntimeException e) {
        return CrawlRecord.failed(source, url, name, at, "body that cannot be decoded (" + message(e) + ")");
      }
    }
    if (rec instanceof WarcResource res) {
      MediaType type = res.contentType();
      if (!isHtml(type)) {
        skip("not HTML");
        return null;
      }
      String url = target(res);
      return read(res.body().stream(), url != null ? url : name + "@" + at, url, at, type);
    }
    if ("revisit".equals(rec.type())) {
      skip("revisit");
    }
    return null;
  }

  /** A record's target URL, or {@code null} when it has none (the header is required, but not always there). */
  private static String target(WarcTargetRecord rec) {
    try {
      String t = rec.target();
      return t == null || t.isBlank() ? null : t;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private CrawlRecord read(InputStream body, String source, String url, long at, MediaType type)
      throws IOException {
    byte[] bytes = bounded(body);
    if (bytes == null) {
      return CrawlRecord.failed(source, url, name, at, tooLarge("too large"));
    }
    return CrawlRecord.page(source, url, name, at, Format.HTML, bytes, type.parameters().get("charset"));
  }

  /** The stream's bytes, or {@code null} when there are more than the limit allows (the rest is skipped). */
  private byte[] bounded(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[16384];
    int n;
    while ((n = in.read(chunk)) > 0) {
      if (buf.size() + (long) n > limits.maxInputBytes()) {
        return null;
      }
      buf.write(chunk, 0, n);
    }
    return buf.toByteArray();
  }

  private CrawlRecord nextLine() throws IOException {
    while (true) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      int b;
      while ((b = lines.read()) >= 0 && b != '\n') {
        if (line.size() < limits.maxInputBytes()) {
          line.write(b);
        } else {
          tooLong = true;
        }
      }
      if (b < 0 && line.size() == 0 && !tooLong) {
        return null;
      }
      lineNumber++;
      String source = name + ":" + lineNumber;
      if (tooLong) {
        return CrawlRecord.failed(source, null, name, lineNumber, tooLarge("line too large"));
      }
      byte[] bytes = line.toByteArray();
      if (!isBlank(bytes)) {
        return CrawlRecord.page(source, null, name, lineNumber, Format.JSON, bytes, "UTF-8");
      }
      if (b < 0) {
        return null;
      }
      skip("blank line");
    }
  }

  private String tooLarge(String what) {
    long max = limits.maxInputBytes();
    return what + " (more than " + max + " bytes; the max input size is " + Limits.bytes(max) + ")";
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte x : bytes) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  private void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String t = type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  private static boolean isHttp(MediaType type) {
    return type != null && type.subtype().toLowerCase(Locale.ROOT).equals("http");
  }

  private static boolean isGzip(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  @Override
  public void close() throws IOException {
    done = true;
    ahead = null;
    if (warc != null) {
      warc.close();
    } else {
      lines.close();
    }
  }
}
