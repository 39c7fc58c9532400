package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.crawl.TestCrawls;
import org.copydesk.crawl.TestCrawls.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code check} on crawl files: WARC records and JSON Lines audited page by page, and the rollup by site. */
class CrawlCheckTest {
  @TempDir static Path dir;
  static Path warc;


  @BeforeAll
  static void crawl() throws Exception {
    List<Page> pages = new ArrayList<>();
    pages.add(Page.html("https://www.daily.example.co.uk/news/cycle-lanes", TestCrawls.CLEAN_1));
    pages.add(new Page("https://www.daily.example.co.uk/old", 404, "text/html",
        "<p>gone</p>".getBytes(StandardCharsets.UTF_8), false));
    pages.add(Page.html("https://farm.example.com/markets", TestCrawls.LEAKED));
    pages.add(Page.html("https://news.daily.example.co.uk/library", TestCrawls.CLEAN_2));
    pages.add(Page.html("https://farm.example.com/storm", TestCrawls.DISCLOSED));
    pages.add(new Page("https://farm.example.com/logo.png", 200, "image/png", new byte[] {1, 2, 3}, false));
    pages.add(Page.html("https://farm.example.com/tourism", TestCrawls.RESIDUE));
    warc = TestCrawls.warc(dir.resolve("crawl.warc.gz"), pages);
  }

  private static JsonNode site(JsonNode report, String name) {
    for (JsonNode s : report.path("summary").path("sites")) {
      if (s.path("site").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no site " + name + " in " + report.path("summary"));
  }

  @Test
  void auditsEveryHtmlPageOfAWarcUnderItsUrlAndRollsThemUpBySite() throws Exception {
    Cli.Result r = Cli.run("check", "--format", "json", warc.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1); // the leaked chatbot lines fail the policy
    JsonNode json = r.json();
    List<String> sources = new ArrayList<>();
    json.path("reports").forEach(n -> sources.add(n.path("source").asText()));
    assertThat(sources).containsExactly("https://www.daily.example.co.uk/news/cycle-lanes",
        "https://farm.example.com/markets", "https://news.daily.example.co.uk/library",
        "https://farm.example.com/storm", "https://farm.example.com/tourism");
    JsonNode farm = site(json, "example.com");
    assertThat(farm.path("pages").asInt()).isEqualTo(3);
    assertThat(farm.path("leakage").asInt()).isEqualTo(1);
    assertThat(farm.path("aiDisclosed").asInt()).isEqualTo(1);
    assertThat(farm.path("residueOrBranding").asInt()).isEqualTo(1);
    assertThat(farm.path("unattributedClaims").asInt()).isEqualTo(1);
    assertThat(farm.path("shares").path("leakage").asDouble()).isEqualTo(0.333);
    List<Integer> worst = new ArrayList<>();
    List<String> worstSources = new ArrayList<>();
    farm.path("worstPages").forEach(p -> {
      worst.add(p.path("score").asInt());
      worstSources.add(p.path("source").asText());
    });
    assertThat(worst).isSorted();
    assertThat(worstSources).containsExactlyInAnyOrder("https://farm.example.com/markets",
        "https://farm.example.com/storm", "https://farm.example.com/tourism");
    JsonNode daily = site(json, "example.co.uk");
    assertThat(daily.path("pages").asInt()).isEqualTo(2);
    assertThat(daily.path("leakage").asInt() + daily.path("aiDisclosed").asInt()
        + daily.path("residueOrBranding").asInt() + daily.path("unattributedClaims").asInt()).isZero();
    assertThat(daily.path("meanScore").asDouble()).isGreaterThan(farm.path("meanScore").asDouble());
    JsonSchemaConformanceTest.assertConforms(r);
  }

  @Test
  void theReportIsTheSameForAnyNumberOfThreads() {
    Cli.Result one = Cli.run("check", "--format", "json", "-j", "1", warc.toString());
    Cli.Result two = Cli.run("check", "--format", "json", "-j", "3", warc.toString());
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void theRollupIsInTheCsvTheHtmlAndTheTextReports() {
    Cli.Result csv = Cli.run("check", "--format", "sites-csv", warc.toString());
    List<String> rows = csv.out().lines().toList();
    assertThat(rows.get(0)).startsWith("site,pages,ai_disclosed,ai_disclosed_share,");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).startsWith("example.com,3,1,0.333,");
    assertThat(rows.get(2)).startsWith("example.co.uk,2,0,0.000,");
    Cli.Result html = Cli.run("check", "--format", "html", warc.toString());
    assertThat(html.out()).contains("<section class=\"sites\">", "<table class=\"sortable\">",
        "<td data-value=\"example.com\">example.com</td>", "href=\"#a2\">https://farm.example.com/markets</a>");
    Cli.Result text = Cli.run("check", "--no-color", warc.toString());
    assertThat(text.out()).contains("sites: 2, most pages first", "  example.com: 3 pages, mean score ");
  }

  @Test
  void theSitesTableSortsByAColumnInABrowser() throws Exception {
    assumeTrue(Chromium.available(), "Chromium not found at " + Chromium.BINARY + ": the sort is not checked");
    Path page = dir.resolve("report.html");
    assertThat(Cli.run("check", "--format", "html", "-o", page.toString(), warc.toString()).code()).isEqualTo(1);
    String firstSite = "document.querySelector('.sites tbody tr td').textContent";
    try (Chromium c = Chromium.launch(dir, Duration.ofSeconds(60))) {
      c.navigate(page.toUri().toString());
      assertThat(c.evaluate(firstSite).asText()).isEqualTo("example.com"); // most pages first
      c.click(".sites th:nth-child(9)"); // mean score, lowest first
      assertThat(c.evaluate("document.querySelector('.sites th:nth-child(9)').getAttribute('aria-sort')").asText())
          .isEqualTo("ascending");
      assertThat(c.evaluate(firstSite).asText()).isEqualTo("example.com");
      c.click(".sites th:nth-child(9)"); // again: highest first
      assertThat(c.evaluate(firstSite).asText()).isEqualTo("example.co.uk");
      c.click(".sites th:nth-child(1)"); // by name
      assertThat(c.evaluate(firstSite).asText()).isEqualTo("example.co.uk");
      assertThat(c.evaluate("document.querySelectorAll('.sites th[aria-sort]').length").asInt()).isEqualTo(1);
    }
  }

  @Test
  void readsJsonLinesAndFoldersOfCrawlFiles() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("feeds"));
    TestCrawls.jsonLines(folder.resolve("feed.jsonl"), TestCrawls.FEED);
    Cli.Result r = Cli.run("check", "--format", "json", folder.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(3); // one line is not JSON; the others are reported
    JsonNode json = r.json();
    assertThat(json.path("reports").get(0).path("source").asText()).endsWith("feed.jsonl:1");
    assertThat(json.path("inputErrors").get(0).path("source").asText()).endsWith("feed.jsonl:3");
    assertThat(site(json, "example.co.uk").path("pages").asInt()).isEqualTo(1);
    assertThat(site(json, "example.org").path("pages").asInt()).isEqualTo(1);
    assertThat(r.err()).contains("feed.jsonl:3: ").doesNotContain("Exception");
  }

  @Test
  void aBaselineOfACrawlKeysPagesByUrlAndThenOnlyNewFindingsCount() throws Exception {
    Path baseline = dir.resolve("crawl-baseline.json");
    assertThat(Cli.run("baseline", "-o", baseline.toString(), warc.toString()).code()).isZero();
    assertThat(Files.readString(baseline)).contains("\"https://farm.example.com/markets\"");
    Cli.Result r = Cli.run("check", "--format", "json", "--baseline", baseline.toString(), warc.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.json().path("baseline").path("new").asInt()).isZero();
    // the rollup counts live findings only: with every finding known, no site shows leakage
    assertThat(site(r.json(), "example.com").path("leakage").asInt()).isZero();
  }

  @Test
  void oneArticleOrArticlesWithoutUrlsGetNoRollup() {
    Cli.Result r = Cli.run("check", "--format", "json", Cli.seed("md").toString(), Cli.seed("txt").toString());
    assertThat(r.json().path("summary").has("sites")).isFalse();
  }

  @Test
  void aPageWithABadCompressedBodyIsUnreadableAloneAndACutShortFileKeepsItsPages() throws Exception {
    Path mixed = dir.resolve("mixed.warc");
    try (WarcWriter w = new WarcWriter(FileChannel.open(mixed, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE))) {
      TestCrawls.write(w, Page.html("https://a.example.net/1", TestCrawls.CLEAN_1));
      // says gzip, is not
      HttpResponse notGzip = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
          .body(MediaType.HTML_UTF8, TestCrawls.CLEAN_2.getBytes(StandardCharsets.UTF_8)).build();
      w.write(new WarcResponse.Builder(URI.create("https://a.example.net/2")).body(notGzip).build());
      TestCrawls.write(w, Page.html("https://a.example.net/3", TestCrawls.CLEAN_2));
    }
    Cli.Result r = Cli.run("check", "--format", "json", mixed.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.json().path("reports")).extracting(n -> n.path("source").asText())
        .containsExactly("https://a.example.net/1", "https://a.example.net/3");
    assertThat(r.err()).contains("https://a.example.net/2: body that cannot be decoded").doesNotContain("\tat ");

    byte[] whole = Files.readAllBytes(warc);
    Path cut = Files.write(dir.resolve("cut.warc.gz"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    Cli.Result c = Cli.run("check", "--format", "json", cut.toString());
    assertThat(c.code()).as(c.toString()).isEqualTo(3);
    assertThat(c.json().path("reports").size()).isBetween(1, 4);
    assertThat(c.err()).contains(cut + ": cannot read").doesNotContain("\tat ");
  }

  @Test
  void aFileThatIsNotAWarcIsAnUnreadableInputNotACrash() throws Exception {
    Path bad = Files.writeString(dir.resolve("notes.warc"), "Just some notes.\n");
    Cli.Result r = Cli.run("check", bad.toString(), Cli.seed("md").toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains(bad + ": cannot read").doesNotContain("\tat ");
  }

  @Test
  void commandsThatNeedOneFilePerArticleSaySoForACrawl() {
    Cli.Result extract = Cli.run("extract", warc.toString());
    assertThat(extract.code()).isEqualTo(3);
    assertThat(extract.err()).contains("a crawl file (WARC or JSON Lines) holds many pages");
    Cli.Result fix = Cli.run("fix", warc.toString());
    assertThat(fix.code()).isEqualTo(3);
    assertThat(fix.err()).contains("a crawl file (WARC or JSON Lines) holds many pages");
    Cli.Result changed = Cli.run("check", "--changed-since", "HEAD", warc.toString());
    assertThat(changed.code()).as(changed.toString()).isEqualTo(2);
    assertThat(changed.err()).contains("a crawl file's pages have none");
    Cli.Result source = Cli.run("check", "--source", Cli.seed("md").toString(), warc.toString());
    assertThat(source.code()).isEqualTo(2);
    assertThat(source.err()).contains("is a crawl file of many pages");
  }
}
