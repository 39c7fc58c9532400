package org.copydesk.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.copydesk.Copydesk;
import org.copydesk.crawl.CrawlReader;
import org.copydesk.crawl.CrawlRecord;
import org.copydesk.crawl.Sites;
import org.copydesk.crawl.TestCrawls;
import org.copydesk.crawl.TestCrawls.Page;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriters;
import org.copydesk.report.SiteRollup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on WARC files written with jwarc: the same pages as the command line's crawl test
 * (chatbot leakage, an AI disclosure, website residue, clean pages, a 404 and an image), over two files and
 * three sites. One session for the class: starting Spark costs seconds.
 */
class CopydeskSparkTest {
  @TempDir static Path dir;
  static Path crawl;
  static SparkSession spark;
  static Dataset<Row> reports;


  @BeforeAll
  static void start() throws Exception {
    crawl = Files.createDirectories(dir.resolve("crawl"));
    TestCrawls.warc(crawl.resolve("part-1.warc.gz"), List.of(
        Page.html("https://www.daily.example.co.uk/news/cycle-lanes", TestCrawls.CLEAN_1),
        new Page("https://www.daily.example.co.uk/old", 404, "text/html",
            "<p>gone</p>".getBytes(StandardCharsets.UTF_8), false),
        Page.html("https://farm.example.com/markets", TestCrawls.LEAKED),
        Page.html("https://news.daily.example.co.uk/library", TestCrawls.CLEAN_2)));
    TestCrawls.warc(crawl.resolve("part-2.warc"), List.of(
        Page.html("https://farm.example.com/storm", TestCrawls.DISCLOSED),
        new Page("https://farm.example.com/logo.png", 200, "image/png", new byte[] {1, 2, 3}, false),
        Page.html("https://farm.example.com/tourism", TestCrawls.RESIDUE),
        Page.html("https://ferries.example.org/timetable", TestCrawls.CLEAN_3)));
    Files.writeString(crawl.resolve("_SUCCESS"), "");
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("copydesk-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
    reports = CopydeskSpark.audit(CopydeskSpark.readWarc(spark, crawl.toString())).cache();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Map<String, Row> bySource(Dataset<Row> reports) {
    return reports.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs("source"), r -> r));
  }

  @Test
  void auditsEveryHtmlPageOfTheWarcFilesUnderItsUrlWithItsSignals() {
    Map<String, Row> rows = bySource(reports);
    assertThat(rows.keySet()).containsExactlyInAnyOrder("https://www.daily.example.co.uk/news/cycle-lanes",
        "https://farm.example.com/markets", "https://news.daily.example.co.uk/library",
        "https://farm.example.com/storm", "https://farm.example.com/tourism",
        "https://ferries.example.org/timetable");
    Row leaked = rows.get("https://farm.example.com/markets");
    assertThat((String) leaked.getAs("site")).isEqualTo("example.com");
    assertThat((String) leaked.getAs("format")).isEqualTo("html");
    assertThat((String) leaked.getAs("title")).isEqualTo("Markets rally as inflation cools");
    assertThat((Boolean) leaked.getAs("leakage")).isTrue();
    assertThat((Boolean) leaked.getAs("failed")).isTrue();
    assertThat((String) leaked.getAs("verdict")).isEqualTo("fail");
    List<Row> findings = leaked.getList(leaked.fieldIndex("findings"));
    assertThat(findings).hasSize((Integer) leaked.getAs("finding_count"));
    assertThat(findings).extracting(f -> (String) f.getAs("rule_id")).contains("provenance.assistant-leakage");
    assertThat((Boolean) rows.get("https://farm.example.com/storm").getAs("ai_disclosed")).isTrue();
    assertThat((String) rows.get("https://farm.example.com/storm").getAs("ai_use")).isEqualTo("declared");
    assertThat((Boolean) rows.get("https://farm.example.com/tourism").getAs("residue_or_branding")).isTrue();
    assertThat((Boolean) rows.get("https://farm.example.com/tourism").getAs("unattributed_claims")).isTrue();
    Row clean = rows.get("https://news.daily.example.co.uk/library");
    assertThat((String) clean.getAs("site")).isEqualTo("example.co.uk");
    for (String s : CopydeskSpark.SIGNALS) {
      assertThat((Boolean) clean.getAs(s)).as(s).isFalse();
    }
    assertThat((String) clean.getAs("error")).isNull();
    assertThat(CopydeskSpark.findings(reports).where("rule_id = 'provenance.assistant-leakage'")
        .select("source").as(org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsOnly("https://farm.example.com/markets");
  }

  /** The rollup core computes from the same pages, audited one by one without Spark. */
  private static SiteRollup expectedRollup() throws Exception {
    Copydesk copydesk = Copydesk.builder().build();
    List<Report> expectedReports = new ArrayList<>();
    Map<String, String> urls = new HashMap<>();
    try (Stream<Path> files = Files.list(crawl)) {
      for (Path f : files.filter(p -> CrawlReader.kindOf(p.toString()) != null).sorted().toList()) {
        try (CrawlReader reader = CrawlReader.open(f, copydesk.limits())) {
          while (reader.hasNext()) {
            CrawlRecord page = reader.next();
            expectedReports.add(copydesk.audit(page.toArticle(copydesk.limits())));
            urls.put(page.source(), page.url());
          }
        }
      }
    }
    return SiteRollup.of(expectedReports, r -> Sites.of(urls.get(r.source())));
  }

  @Test
  void theRollupHasTheFiguresOfCoresSiteRollup() throws Exception {
    SiteRollup expected = expectedRollup();
    List<Row> actual = CopydeskSpark.rollup(reports).collectAsList();

    assertThat(actual).extracting(r -> (String) r.getAs("site"))
        .containsExactlyElementsOf(expected.sites().stream().map(SiteRollup.Site::site).toList());
    assertThat(actual).extracting(r -> (String) r.getAs("site")).containsExactly("example.com", "example.co.uk",
        "example.org");
    for (int i = 0; i < actual.size(); i++) {
      Row a = actual.get(i);
      SiteRollup.Site e = expected.sites().get(i);
      assertThat((Long) a.getAs("pages")).isEqualTo(e.pages());
      int[] counts = {e.aiDisclosed(), e.aiSuspected(), e.leakage(), e.residueOrBranding(), e.unattributedClaims(),
          e.failed()};
      for (int k = 0; k < counts.length; k++) {
        String s = CopydeskSpark.SIGNALS.get(k);
        assertThat((Long) a.getAs(s)).as(e.site() + " " + s).isEqualTo(counts[k]);
        assertThat((Double) a.getAs(s + "_share")).isCloseTo(e.share(counts[k]), within(1e-12));
      }
      assertThat((Double) a.getAs("mean_score")).isCloseTo(e.meanScore(), within(1e-9));
      List<Row> worst = a.getList(a.fieldIndex("worst_pages"));
      assertThat(worst).extracting(p -> new SiteRollup.Page(p.getAs("source"), p.<Integer>getAs("score"),
          org.copydesk.report.Verdict.valueOf(p.<String>getAs("verdict").toUpperCase(java.util.Locale.ROOT))))
          .containsExactlyElementsOf(e.worstPages());
    }
    assertThat(actual.get(0).<Long>getAs("leakage")).isEqualTo(1L);
  }

  @Test
  void anExecutorBuildsItsAuditorOnceWhateverThePartitions() {
    Dataset<Row> many = CopydeskSpark.audit(CopydeskSpark.readWarc(spark, crawl.toString()).repartition(4));
    assertThat(many.rdd().getNumPartitions()).isEqualTo(4);
    assertThat(many.count()).isEqualTo(6);
    assertThat(Auditors.BUILDS.get()).isEqualTo(1); // local mode: the driver is the one executor
  }

  @Test
  void aCrawlFileThatCannotBeReadIsOneErrorRowNotAFailedJob() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("bad-feeds"));
    Files.writeString(bad.resolve("feed.jsonl.gz"), "not gzip at all\n");
    List<Row> rows = CopydeskSpark.audit(CopydeskSpark.readJsonLines(spark, bad.toString())).collectAsList();
    assertThat(rows).hasSize(1);
    assertThat((String) rows.get(0).getAs("error")).startsWith(bad.resolve("feed.jsonl.gz") + ": cannot read");
    assertThat((Integer) rows.get(0).getAs("score")).isNull();
  }

  @Test
  void theCsvDefusesCellsASpreadsheetWouldRunAsFormulas() {
    StructType schema = new StructType().add("source", DataTypes.StringType).add("content", DataTypes.StringType)
        .add("url", DataTypes.StringType);
    Dataset<Row> articles = CopydeskSpark.articles(spark.createDataFrame(List.of(
        RowFactory.create("=1+1", "The library reopened on Saturday, the city said.\n", "https://a.example.com/x"),
        RowFactory.create("+cmd", "The ferry runs every twenty minutes, the operator said.\n",
            "https://a.example.com/y")), schema));
    Row csv = CopydeskSpark.rollupCsv(CopydeskSpark.rollup(CopydeskSpark.audit(articles))).first();
    assertThat((String) csv.getAs("site")).isEqualTo("example.com");
    assertThat(List.of((String) csv.getAs("worst_1_source"), (String) csv.getAs("worst_2_source")))
        .containsExactlyInAnyOrder("'=1+1", "'+cmd");
    assertThat((String) csv.getAs("worst_3_source")).isEmpty();
  }

  @Test
  void readsJsonLinesAndParquet() throws Exception {
    Path feeds = Files.createDirectories(dir.resolve("feeds"));
    TestCrawls.jsonLines(feeds.resolve("feed.jsonl"), TestCrawls.FEED);
    Map<String, Row> rows = bySource(CopydeskSpark.audit(CopydeskSpark.readJsonLines(spark, feeds.toString())));
    String feed = feeds.resolve("feed.jsonl").toString();
    assertThat(rows.keySet()).containsExactlyInAnyOrder(feed + ":1", feed + ":2", feed + ":3");
    assertThat((String) rows.get(feed + ":1").getAs("site")).isEqualTo("example.co.uk");
    assertThat((String) rows.get(feed + ":2").getAs("url")).isEqualTo("https://other.example.org/b");
    assertThat((String) rows.get(feed + ":3").getAs("error")).startsWith(feed + ":3: ");
    assertThat((Integer) rows.get(feed + ":3").getAs("score")).isNull();

    StructType schema = new StructType().add("source", DataTypes.StringType).add("content", DataTypes.StringType)
        .add("format", DataTypes.StringType);
    String parquet = dir.resolve("articles.parquet").toString();
    spark.createDataFrame(List.of(
        RowFactory.create("drafts/leak.md", "# Markets rally\n\nCertainly! Here is a rewritten version of the "
            + "article:\n\nStock markets rose on Friday after new figures showed inflation slowing.\n", "markdown"),
        RowFactory.create("drafts/plain.txt", "The library reopened on Saturday, the city said.\n", null)), schema)
        .write().parquet(parquet);
    Map<String, Row> fromParquet = bySource(CopydeskSpark.audit(CopydeskSpark.readParquet(spark, parquet)));
    assertThat((Boolean) fromParquet.get("drafts/leak.md").getAs("leakage")).isTrue();
    assertThat((String) fromParquet.get("drafts/leak.md").getAs("format")).isEqualTo("markdown");
    assertThat((String) fromParquet.get("drafts/plain.txt").getAs("site")).isNull();
    assertThat((String) fromParquet.get("drafts/plain.txt").getAs("error")).isNull();
  }

  @Test
  void theJobWritesReportsFindingsAndSites() throws Exception {
    Path out = dir.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = AuditJob.run(new String[] {"--input", crawl.toString(), "--input-format", "warc", "--output",
        out.toString(), "--partitions", "3"}, new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("6 pages (0 unreadable)", "3 sites", "pages/s");
    assertThat(spark.read().parquet(out.resolve("reports").toString()).count()).isEqualTo(6);
    assertThat(spark.read().parquet(out.resolve("findings").toString())
        .where("rule_id = 'provenance.assistant-leakage'").count()).isPositive();
    List<Row> sites = spark.read().parquet(out.resolve("sites").toString()).orderBy("site").collectAsList();
    assertThat(sites).extracting(r -> (String) r.getAs("site"))
        .containsExactly("example.co.uk", "example.com", "example.org");
    try (Stream<Path> csv = Files.list(out.resolve("sites-csv"))) {
      List<Path> parts = csv.filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
      assertThat(parts).hasSize(1);
      List<String> lines = Files.readAllLines(parts.get(0));
      assertThat(lines.get(0)).startsWith("site,pages,ai_disclosed,ai_disclosed_share,");
      assertThat(lines).hasSize(4);
      assertThat(lines.get(1)).startsWith("example.com,3,1,0.333,");
      // the command line's sites-csv of the same pages, line for line (Spark ends lines with LF, not CRLF)
      StringBuilder cli = new StringBuilder();
      ReportWriters.byName("sites-csv").orElseThrow().write(new ReportBatch("t", "t", List.of(), List.of(),
          Map.of()).withSites(expectedRollup()), cli, false);
      assertThat(lines).containsExactlyElementsOf(cli.toString().lines().toList());
    }
  }

  @Test
  void badArgumentsGiveAOneLineUsageMessageAndExitCode2() throws Exception {
    Path badPolicy = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  no.such-rule: off\n");
    String[][] cases = {
        {},
        {"--input", "x", "--input-format", "pdf", "--output", "y"},
        {"--input", "x", "--output", "y", "--input-format"},
        {"--input", "x", "--input-format", "warc", "--output", "y", "--partitions", "zero"},
        {"--input", "x", "--input-format", "warc", "--output", "y", "--bogus"},
        {"--input", crawl.toString(), "--input-format", "warc", "--output", dir.resolve("o2").toString(),
            "--policy", badPolicy.toString()},
        {"--input", crawl.toString(), "--input-format", "warc", "--output", dir.resolve("o3").toString(),
            "--policy", dir.resolve("missing.yaml").toString()}};
    for (String[] args : cases) {
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      int code = AuditJob.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(stderr, true, StandardCharsets.UTF_8));
      String err = stderr.toString(StandardCharsets.UTF_8);
      assertThat(code).as(String.join(" ", args) + ": " + err).isEqualTo(2);
      assertThat(err).startsWith("copydesk-spark: ").doesNotContain("\tat ", "Exception");
    }
    assertThat(Auditors.BUILDS.get()).isLessThanOrEqualTo(1); // a bad policy builds nothing
  }
}
