package org.copydesk.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

class CrawlReaderTest {
  @TempDir Path dir;

  private static final String STORY = TestCrawls.article("Port strike ends",
      "Dock workers in the port returned to work on Monday after a three-day strike over pay.",
      "The union said members had accepted the offer by a large majority.");

  @Test
  void readsTheHtmlPagesOfAWarcInOrderAndPassesOverTheRest() throws Exception {
    Path file = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      TestCrawls.write(w, TestCrawls.Page.html("https://www.example.co.uk/news/1", STORY));
      TestCrawls.write(w, new TestCrawls.Page("https://www.example.co.uk/missing", 404, "text/html",
          "<p>Not found</p>".getBytes(StandardCharsets.UTF_8), false));
      TestCrawls.write(w, new TestCrawls.Page("https://www.example.co.uk/logo.png", 200, "image/png",
          new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, false));
      TestCrawls.write(w, new TestCrawls.Page("https://news.example.org/2", 200, "text/html; charset=utf-8",
          STORY.getBytes(StandardCharsets.UTF_8), true));
      TestCrawls.revisit(w, "https://www.example.co.uk/news/1");
      TestCrawls.resource(w, "https://archive.example.net/3", STORY);
    }
    List<CrawlRecord> pages = new ArrayList<>();
    try (CrawlReader r = CrawlReader.open(file, Limits.defaults())) {
      r.forEachRemaining(pages::add);
      assertThat(r.skipped()).containsEntry("HTTP status not 2xx", 1).containsEntry("not HTML", 1)
          .containsEntry("revisit", 1);
    }
    assertThat(pages).extracting(CrawlRecord::source).containsExactly("https://www.example.co.uk/news/1",
        "https://news.example.org/2", "https://archive.example.net/3");
    assertThat(pages).extracting(CrawlRecord::container).containsOnly(file.toString());
    assertThat(pages.get(0).position()).isLessThan(pages.get(1).position());
    for (CrawlRecord p : pages) {
      Article a = p.toArticle(Limits.defaults());
      assertThat(a.format()).isEqualTo(Format.HTML);
      assertThat(a.source()).isEqualTo(p.url());
      assertThat(a.bodyText()).contains("three-day strike").doesNotContain("<p>");
    }
  }

  @Test
  void decodesTheCharsetTheHeaderOrTheMetaTagDeclares() throws Exception {
    String cyrillic = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><p>"
        + "Портовые рабочие вернулись к работе в понедельник после трёхдневной забастовки.</p></body></html>";
    String latin = "<html><head><title>Grève</title></head><body><p>Les dockers ont repris le travail après "
        + "trois jours de grève.</p></body></html>";
    Path file = TestCrawls.warc(dir.resolve("charsets.warc"), List.of(
        new TestCrawls.Page("http://ru.example.com/", 200, "text/html",
            cyrillic.getBytes(Charset.forName("windows-1251")), false),
        new TestCrawls.Page("http://fr.example.com/", 200, "text/html; charset=ISO-8859-1",
            latin.getBytes(StandardCharsets.ISO_8859_1), false)));
    List<String> texts = new ArrayList<>();
    try (CrawlReader r = CrawlReader.open(file, Limits.defaults())) {
      while (r.hasNext()) {
        texts.add(r.next().toArticle(Limits.defaults()).bodyText());
      }
    }
    assertThat(texts.get(0)).contains("трёхдневной забастовки");
    assertThat(texts.get(1)).contains("trois jours de grève");
  }

  @Test
  void aPageOverTheSizeLimitIsAFailedRecordAndReadingGoesOn() throws Exception {
    String big = TestCrawls.article("Long", "word ".repeat(5_000));
    Path file = TestCrawls.warc(dir.resolve("big.warc.gz"), List.of(
        TestCrawls.Page.html("https://big.example.com/", big),
        TestCrawls.Page.html("https://small.example.com/", STORY)));
    Limits limits = Limits.defaults().withMaxInputBytes(10_000);
    try (CrawlReader r = CrawlReader.open(file, limits)) {
      CrawlRecord first = r.next();
      assertThat(first.failure()).startsWith("too large");
      assertThatThrownBy(() -> first.toArticle(limits)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("https://big.example.com/: too large");
      assertThat(r.next().toArticle(limits).bodyText()).contains("three-day strike");
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void aFileThatIsNotWarcEndsReadingWithAMessage() throws Exception {
    Path file = dir.resolve("notes.warc");
    Files.writeString(file, "These are my notes, not an archive.\n");
    try (CrawlReader r = CrawlReader.open(file, Limits.defaults())) {
      assertThatThrownBy(r::hasNext).isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith(file + ": cannot read");
    }
  }

  @Test
  void aWarcHeaderJwarcCannotUseEndsTheFileWithAMessageNotAnException() throws Exception {
    Path file = dir.resolve("bad-length.warc");
    Files.writeString(file, "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://a.example.com/\r\n"
        + "WARC-Date: 2026-11-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "Content-Type: text/html\r\nContent-Length: 12x\r\n\r\n<p>Hello</p>\r\n\r\n");
    try (CrawlReader r = CrawlReader.open(file, Limits.defaults())) {
      assertThatThrownBy(r::hasNext).isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith(file + ": cannot read");
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void aRecordWithoutATargetUrlIsNamedByItsFileAndOffset() throws Exception {
    String html = "<html><body><p>Dock workers returned to work on Monday, the union said.</p></body></html>";
    Path file = dir.resolve("no-target.warc");
    Files.writeString(file, "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Date: 2026-11-01T00:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\nContent-Type: text/html\r\n"
        + "Content-Length: " + html.length() + "\r\n\r\n" + html + "\r\n\r\n");
    try (CrawlReader r = CrawlReader.open(file, Limits.defaults())) {
      CrawlRecord page = r.next();
      assertThat(page.source()).isEqualTo(file + "@0");
      assertThat(page.url()).isNull();
      assertThat(page.toArticle(Limits.defaults()).bodyText()).contains("Dock workers returned");
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void readsJsonLinesLineByLineNamingEachPageByItsLine() throws Exception {
    for (String name : List.of("feed.jsonl", "feed.ndjson.gz")) {
      Path file = TestCrawls.jsonLines(dir.resolve(name), List.of(
          "{\"title\":\"Port strike ends\",\"url\":\"https://www.example.com/a\",\"body\":\"Dock workers returned "
              + "to work on Monday.\"}",
          "",
          "{\"title\":\"Second\",\"body\":\"The union accepted the offer.\"}",
          "{not json"));
      List<CrawlRecord> pages = new ArrayList<>();
      try (CrawlReader r = CrawlReader.open(file, Limits.defaults())) {
        r.forEachRemaining(pages::add);
        assertThat(r.skipped()).containsEntry("blank line", 1);
      }
      assertThat(pages).extracting(CrawlRecord::source).containsExactly(file + ":1", file + ":3", file + ":4");
      Article first = pages.get(0).toArticle(Limits.defaults());
      assertThat(first.metadata().url()).isEqualTo("https://www.example.com/a");
      assertThat(pages.get(0).url()).isNull();
      assertThatThrownBy(() -> pages.get(2).toArticle(Limits.defaults()))
          .isInstanceOf(InvalidInputException.class).hasMessageStartingWith(file + ":4: ");
    }
  }

  @Test
  void aJsonLineOverTheSizeLimitFailsAloneAndTheNextLineIsRead() throws Exception {
    Path file = TestCrawls.jsonLines(dir.resolve("big.jsonl"), List.of(
        "{\"body\":\"" + "x".repeat(2_000) + "\"}", "{\"body\":\"Short and fine.\"}"));
    Limits limits = Limits.defaults().withMaxInputBytes(1_000);
    try (CrawlReader r = CrawlReader.open(file, limits)) {
      assertThat(r.next().failure()).startsWith("line too large");
      CrawlRecord second = r.next();
      assertThat(second.source()).isEqualTo(file + ":2");
      assertThat(second.toArticle(limits).bodyText()).contains("Short and fine.");
    }
  }

  @Test
  void tellsCrawlFilesByName() {
    assertThat(CrawlReader.kindOf("CC-MAIN-1.warc.gz")).isEqualTo(CrawlReader.Kind.WARC);
    assertThat(CrawlReader.kindOf("x.WARC")).isEqualTo(CrawlReader.Kind.WARC);
    assertThat(CrawlReader.kindOf("feed.jsonl.gz")).isEqualTo(CrawlReader.Kind.JSON_LINES);
    assertThat(CrawlReader.kindOf("feed.ndjson")).isEqualTo(CrawlReader.Kind.JSON_LINES);
    assertThat(CrawlReader.kindOf("article.json")).isNull();
    assertThat(CrawlReader.kindOf("page.html.gz")).isNull();
    assertThatThrownBy(() -> CrawlReader.open(dir.resolve("a.html"), Limits.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void charsetLabelsFollowTheHtmlStandard() {
    assertThat(CrawlRecord.charset("ISO-8859-1")).isEqualTo(Charset.forName("windows-1252"));
    assertThat(CrawlRecord.charset("utf-16le")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(CrawlRecord.charset("no-such-charset")).isNull();
    assertThat(CrawlRecord.charset(null)).isNull();
  }
}
