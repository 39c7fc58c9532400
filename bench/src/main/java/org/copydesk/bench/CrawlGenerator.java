package org.copydesk.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.copydesk.article.Format;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a generated crawl for the scaling figures: {@code --pages N} web pages ({@link Corpus#render} HTML with a
 * site's chrome, 300 to 1,200 words) spread over {@code --sites S} sites and {@code --files F} gzipped WARC files,
 * each page a request and a 200 response as a crawler stores them, plus a 404 every 50 pages and an image every 40
 * (which the audit passes over). One site in five is a "content farm": its pages get, at fixed rates, an AI
 * disclosure line, leaked chatbot lines, a foreign brand line or comment-form residue inside the article, so the
 * site rollup has something to find. The same arguments give the same files.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.copydesk.bench.CrawlGenerator --pages 20000 --sites 200 --files 8 --out /tmp/crawl
 * </pre>
 *
 * <p>With {@code --real DIR}, it writes instead the real news pages of the article-extraction benchmark
 * ({@code DIR/html/*.html.gz}) into one WARC file, each under the URL its {@code ground-truth.json} gives: a small
 * crawl of real sites to check the figures of the generated one against (the data stays where it is; the WARC goes
 * to {@code --out}).
 */
public final class CrawlGenerator {
  private static final Instant DATE = Instant.parse("2026-11-01T00:00:00Z");
  private static final List<String> TLDS = List.of("com", "co.uk", "de", "com.br", "fr", "org", "com.au", "es");
  private static final List<String> NAMES = List.of("daily", "herald", "courier", "ledger", "wire", "gazette",
      "observer", "post", "tribune", "chronicle");
  private static final List<String> FARM_LINES = List.of(
      "This article was rewritten by artificial intelligence from this source.",
      "Certainly! Here is a rewritten version of the article in a neutral news style:",
      "Premium Pool Supplies | Chlorine • Pumps • Filters",
      "Leave a Reply Your email address will not be published. Required fields are marked *");

  private static final String USAGE = "usage: CrawlGenerator --pages N --sites S --files F --out DIR "
      + "[--fixtures DIR] [--seed L] | --real EXTRACTION_BENCHMARK_DIR --out DIR";

  private CrawlGenerator() {}

  /**
   * Writes the crawl.
   *
   * @param args {@code --pages N --sites S --files F --out DIR [--fixtures DIR] [--seed L]}
   */
  public static void main(String[] args) throws IOException {
    int pages = 20_000;
    int sites = 200;
    int files = 8;
    long seed = 11;
    Path out = null;
    Path fixtures = Path.of("fixtures");
    Path real = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pages" -> pages = Integer.parseInt(args[++i]);
        case "--sites" -> sites = Integer.parseInt(args[++i]);
        case "--files" -> files = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--fixtures" -> fixtures = Path.of(args[++i]);
        case "--real" -> real = Path.of(args[++i]);
        default -> {
          System.err.println(USAGE);
          System.exit(2);
        }
      }
    }
    if (out == null) {
      System.err.println(USAGE);
      System.exit(2);
    }
    Files.createDirectories(out);
    if (real != null) {
      real(real, out);
      return;
    }
    Corpus corpus = Corpus.fromFixtures(fixtures);
    Random r = new Random(seed);
    long bytes = 0;
    int perFile = (pages + files - 1) / files;
    int written = 0;
    for (int f = 0; f < files && written < pages; f++) {
      Path file = out.resolve(String.format(Locale.ROOT, "crawl-%05d.warc.gz", f));
      try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
        for (int i = 0; i < perFile && written < pages; i++, written++) {
          int site = r.nextInt(sites);
          String host = "www." + NAMES.get(site % NAMES.size()) + site + "." + TLDS.get(site % TLDS.size());
          String url = "https://" + host + "/news/" + written;
          int words = 300 + r.nextInt(901);
          String html = corpus.render(Format.HTML, words, seed * 1_000_003L + written);
          if (site % 5 == 0 && r.nextInt(3) == 0) {
            String line = FARM_LINES.get(r.nextInt(FARM_LINES.size()));
            html = html.replace("</div></article>", "<p>" + line + "</p>\n</div></article>");
          }
          write(w, url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
          bytes += html.length();
          if (written % 50 == 49) {
            write(w, "https://" + host + "/gone/" + written, 404, "text/html", "<p>Not found</p>".getBytes(
                StandardCharsets.UTF_8));
          }
          if (written % 40 == 39) {
            write(w, "https://" + host + "/img/" + written + ".png", 200, "image/png", new byte[512]);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d pages (%.1f MB of HTML) over %d sites in %d WARC files under %s%n", written,
        bytes / 1e6, sites, files, out);
  }

  /** The extraction benchmark's real pages as one WARC file, each under its URL. */
  private static void real(Path dataset, Path out) throws IOException {
    com.fasterxml.jackson.databind.JsonNode truth = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dataset.resolve("ground-truth.json").toFile());
    Path file = out.resolve("real-pages.warc.gz");
    int pages = 0;
    long bytes = 0;
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP);
        java.util.stream.Stream<Path> htmls = Files.list(dataset.resolve("html"))) {
      for (Path f : htmls.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
        String id = f.getFileName().toString().replace(".html.gz", "");
        String url = truth.path(id).path("url").asText("");
        if (url.isEmpty()) {
          continue;
        }
        byte[] html;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
          html = in.readAllBytes();
        }
        // no charset in the header: the page's own <meta charset> (else UTF-8) decides, as for many servers
        write(w, url, 200, "text/html", html);
        pages++;
        bytes += html.length;
      }
    }
    System.out.printf(Locale.ROOT, "%d real pages (%.1f MB of HTML) in %s%n", pages, bytes / 1e6, file);
  }

  private static void write(WarcWriter w, String url, int status, String type, byte[] body) throws IOException {
    URI uri = URI.create(url);
    w.write(new WarcRequest.Builder(uri).date(DATE)
        .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost()).build()).build());
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body).build();
    w.write(new WarcResponse.Builder(uri).date(DATE).body(http).build());
  }
}
