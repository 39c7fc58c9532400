package org.copydesk.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Limits;
import org.copydesk.crawl.CrawlReader;
import org.copydesk.crawl.CrawlRecord;
import org.copydesk.crawl.Sites;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.copydesk.report.SiteRollup;
import scala.Tuple2;

/**
 * Copydesk on Apache Spark: read articles (WARC, JSON Lines, Parquet), audit them, and roll the reports up by site.
 *
 * <pre>{@code
 * Dataset<Row> articles = CopydeskSpark.readWarc(spark, "s3a://bucket/crawl/");
 * Dataset<Row> reports = CopydeskSpark.audit(articles).cache();
 * CopydeskSpark.findings(reports).write().parquet("out/findings");
 * CopydeskSpark.rollup(reports).write().parquet("out/sites");
 * }</pre>
 *
 * <p>Every reader gives the same {@linkplain #ARTICLES articles schema}, so {@link #audit} takes any of them, or any
 * Dataset of that shape. An audit builds one auditor per executor JVM (per policy), on first use, and shares it
 * between that executor's tasks: the rules and lexicons are loaded once per JVM, not per record or partition.
 */
public final class CopydeskSpark {
  /**
   * The articles schema: {@code source} (the report's name for the page: its URL for a WARC record,
   * {@code FILE:LINE} for a line of JSON Lines), {@code url} (the page's URL, or null), {@code format}
   * ({@code text}, {@code markdown}, {@code html} or {@code json}; null to detect it from the content),
   * {@code content} (the article as text, or null) and {@code error} (why the page could not be read from its
   * container, or null).
   */
  public static final StructType ARTICLES = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("url", DataTypes.StringType, true)
      .add("format", DataTypes.StringType, true)
      .add("content", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true);

  /**
   * One finding: {@code rule_id}, {@code category}, {@code severity}, {@code message}, {@code line} and
   * {@code column} (1-based, in the original input), {@code excerpt} and {@code confidence} (0 to 1).
   */
  public static final StructType FINDING = new StructType()
      .add("rule_id", DataTypes.StringType, false)
      .add("category", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false)
      .add("line", DataTypes.IntegerType, false)
      .add("column", DataTypes.IntegerType, false)
      .add("excerpt", DataTypes.StringType, false)
      .add("confidence", DataTypes.DoubleType, false);

  /**
   * The reports schema, one row per page: {@code source}, {@code url} (the container's URL, else the article's
   * own), {@code site} (the registered domain of {@code url}, or null), {@code format}, {@code language},
   * {@code title}, {@code score} (0 to 100), {@code verdict} ({@code pass}, {@code warn}, {@code fail}),
   * {@code ai_use} ({@code declared}, {@code suspected}, {@code none-seen}), the six signals of
   * {@link SiteRollup.Signals} ({@code ai_disclosed}, {@code ai_suspected}, {@code leakage},
   * {@code residue_or_branding}, {@code unattributed_claims}, {@code failed}), {@code finding_count},
   * {@code error} and {@code findings} (an array of {@link #FINDING}). A page that cannot be read has its
   * {@code error} set and null scores, signals and findings.
   */
  public static final StructType REPORTS = new StructType()
      .add("source", DataTypes.StringType, false)
      .add("url", DataTypes.StringType, true)
      .add("site", DataTypes.StringType, true)
      .add("format", DataTypes.StringType, true)
      .add("language", DataTypes.StringType, true)
      .add("title", DataTypes.StringType, true)
      .add("score", DataTypes.IntegerType, true)
      .add("verdict", DataTypes.StringType, true)
      .add("ai_use", DataTypes.StringType, true)
      .add("ai_disclosed", DataTypes.BooleanType, true)
      .add("ai_suspected", DataTypes.BooleanType, true)
      .add("leakage", DataTypes.BooleanType, true)
      .add("residue_or_branding", DataTypes.BooleanType, true)
      .add("unattributed_claims", DataTypes.BooleanType, true)
      .add("failed", DataTypes.BooleanType, true)
      .add("finding_count", DataTypes.IntegerType, true)
      .add("error", DataTypes.StringType, true)
      .add("findings", DataTypes.createArrayType(FINDING, false), true);

  /** The six signal columns of {@link #REPORTS}, in the order of {@link SiteRollup.Signals}. */
  public static final List<String> SIGNALS = List.of("ai_disclosed", "ai_suspected", "leakage",
      "residue_or_branding", "unattributed_claims", "failed");

  /** The {@code minPartitions} hint given to {@code binaryFiles}: see {@code readCrawl}. */
  private static final int FILE_SPLITS_HINT = 1 << 16;

  private CopydeskSpark() {}

  /**
   * The HTML pages of the WARC files ({@code .warc}, {@code .warc.gz}) at {@code path} (a file, a folder or a
   * glob), one file per task, read as a stream; other files are passed over. A page that cannot be taken from its
   * record, or a file that is not WARC, gives a row with {@code error} set.
   */
  public static Dataset<Row> readWarc(SparkSession spark, String path) {
    return readCrawl(spark, path, CrawlReader.Kind.WARC);
  }

  /**
   * The articles of the JSON Lines files ({@code .jsonl}, {@code .ndjson}, optionally {@code .gz}) at
   * {@code path}: one CMS-style JSON object per line, named {@code FILE:LINE} as the command line names them. A
   * line that is not an article gives a row with {@code error} set.
   */
  public static Dataset<Row> readJsonLines(SparkSession spark, String path) {
    return readCrawl(spark, path, CrawlReader.Kind.JSON_LINES);
  }

  /**
   * Articles from Parquet with the columns {@code source} and {@code content} (strings) and optionally
   * {@code format}, {@code url} and {@code error}, in the articles schema.
   *
   * @throws IllegalArgumentException when {@code source} or {@code content} is missing
   */
  public static Dataset<Row> readParquet(SparkSession spark, String path) {
    return articles(spark.read().parquet(path));
  }

  /**
   * A Dataset in the articles schema from any Dataset with the columns {@code source} and {@code content} and
   * optionally {@code url}, {@code format} and {@code error}.
   *
   * @throws IllegalArgumentException when {@code source} or {@code content} is missing
   */
  public static Dataset<Row> articles(Dataset<Row> in) {
    List<String> names = Arrays.asList(in.columns());
    for (String required : List.of("source", "content")) {
      if (!names.contains(required)) {
        throw new IllegalArgumentException("articles need a '" + required + "' column; found " + names);
      }
    }
    List<Column> cols = new ArrayList<>();
    for (var f : ARTICLES.fields()) {
      Column c = names.contains(f.name()) ? col(f.name()) : lit(null);
      cols.add(c.cast(DataTypes.StringType).as(f.name()));
    }
    return in.select(cols.toArray(Column[]::new));
  }

  /** Audits articles (in the articles schema) under the default policy: one {@link #REPORTS} row per article. */
  public static Dataset<Row> audit(Dataset<Row> articles) {
    return auditWith(articles, null, null);
  }

  /**
   * Audits articles under a policy file ({@code copydesk.yaml}), read on the driver and sent to the executors as
   * text; the driver builds its auditor first, so an invalid policy fails here rather than in every task. Paths
   * inside the policy are not resolved against its folder.
   *
   * @param policyFile a local file on the driver, or {@code null} for the default policy
   * @throws IllegalArgumentException with a one-line message when the file cannot be read or is not a valid policy
   */
  public static Dataset<Row> audit(Dataset<Row> articles, String policyFile) {
    if (policyFile == null) {
      return audit(articles);
    }
    String text;
    try {
      text = Files.readString(Path.of(policyFile), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("policy " + policyFile + ": cannot read ("
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName()) + ")");
    }
    Auditors.get(text, policyFile); // fails here, on the driver, with the policy's own message
    return auditWith(articles, text, policyFile);
  }

  private static Dataset<Row> auditWith(Dataset<Row> articles, String policyText, String policyName) {
    return articles(articles).mapPartitions(new AuditPartition(policyText, policyName), Encoders.row(REPORTS));
  }

  /**
   * The findings of audited pages, one row per finding: {@code source}, {@code url}, {@code site},
   * {@code verdict} and the columns of {@link #FINDING}.
   */
  public static Dataset<Row> findings(Dataset<Row> reports) {
    return reports.where(col("error").isNull())
        .select(col("source"), col("url"), col("site"), col("verdict"),
            org.apache.spark.sql.functions.explode(col("findings")).as("f"))
        .select("source", "url", "site", "verdict", "f.*");
  }

  /**
   * The reports grouped by site, with the figures of {@link SiteRollup#of}: {@code site}, {@code pages}, each
   * signal's count and share ({@code ai_disclosed}, {@code ai_disclosed_share}, ... {@code failed},
   * {@code failed_share}), {@code mean_score} and {@code worst_pages} (the {@link SiteRollup#WORST_PAGES}
   * lowest-scoring pages, lowest first, ties by source: an array of {@code source}, {@code score},
   * {@code verdict}). Pages that could not be read, and pages without a site, are left out. Most pages first,
   * ties by site.
   */
  public static Dataset<Row> rollup(Dataset<Row> reports) {
    Dataset<Row> pages = reports.where(col("error").isNull().and(col("site").isNotNull()));
    List<Column> aggs = new ArrayList<>();
    for (String s : SIGNALS) {
      aggs.add(sum(when(col(s), 1L).otherwise(0L)).as(s));
    }
    aggs.add(sum(col("score").cast(DataTypes.LongType)).as("score_sum"));
    Dataset<Row> counts = pages.groupBy("site")
        .agg(org.apache.spark.sql.functions.count(lit(1)).as("pages"), aggs.toArray(Column[]::new));
    Dataset<Row> worst = pages
        .withColumn("rank", row_number().over(Window.partitionBy("site").orderBy(col("score"), col("source"))))
        .where(col("rank").leq(SiteRollup.WORST_PAGES))
        .groupBy("site")
        .agg(expr("transform(sort_array(collect_list(struct(rank, source, score, verdict))), "
            + "p -> named_struct('source', p.source, 'score', p.score, 'verdict', p.verdict))").as("worst_pages"));
    List<Column> out = new ArrayList<>(List.of(col("site"), col("pages")));
    for (String s : SIGNALS) {
      out.add(col(s));
      out.add(col(s).cast(DataTypes.DoubleType).divide(col("pages")).as(s + "_share"));
    }
    out.add(col("score_sum").cast(DataTypes.DoubleType).divide(col("pages")).as("mean_score"));
    out.add(col("worst_pages"));
    return counts.join(worst, "site")
        .select(out.toArray(Column[]::new))
        .orderBy(col("pages").desc(), col("site").asc());
  }

  /**
   * A rollup ({@link #rollup}) flattened for CSV, in the columns and cells of the command line's {@code sites-csv}
   * report: text defused against formula injection, shares to three decimals, the mean score to one, and the worst
   * pages as {@code worst_1_source},
   * {@code worst_1_score} ... {@code worst_5_score} (empty where a site has fewer pages).
   */
  public static Dataset<Row> rollupCsv(Dataset<Row> rollup) {
    List<Column> out = new ArrayList<>(List.of(defused(col("site")).as("site"), col("pages")));
    for (String s : SIGNALS) {
      out.add(col(s));
      out.add(org.apache.spark.sql.functions.format_string("%.3f", col(s + "_share")).as(s + "_share"));
    }
    out.add(org.apache.spark.sql.functions.format_string("%.1f", col("mean_score")).as("mean_score"));
    for (int i = 1; i <= SiteRollup.WORST_PAGES; i++) {
      Column page = expr("try_element_at(worst_pages, " + i + ")"); // null past the end, even in ANSI mode
      out.add(org.apache.spark.sql.functions.coalesce(defused(page.getField("source")), lit(""))
          .as("worst_" + i + "_source"));
      out.add(org.apache.spark.sql.functions.coalesce(page.getField("score").cast(DataTypes.StringType), lit(""))
          .as("worst_" + i + "_score"));
    }
    return rollup.select(out.toArray(Column[]::new));
  }

  /**
   * A text cell a spreadsheet would not run as a formula: a leading apostrophe before {@code =}, {@code +},
   * {@code -}, {@code @}, a tab or a carriage return, as the command line's CSV writers do (OWASP's advice).
   */
  private static Column defused(Column c) {
    return when(c.rlike("^[=+\\-@\t\r]"), org.apache.spark.sql.functions.concat(lit("'"), c)).otherwise(c);
  }

  private static Dataset<Row> readCrawl(SparkSession spark, String path, CrawlReader.Kind kind) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // binaryFiles packs files into splits of at most total size / minPartitions (kept between 4 MB and 128 MB, Spark's
    // file open cost and max partition bytes): with the default parallelism as the hint, 8 WARC files on 2 cores
    // became splits of 6 and 2 files, and one core idled for half the run. With a high hint a split closes once it
    // reaches 4 MB, so files of that size or more mostly get a task each (small files share one), and the scheduler
    // balances the tasks over the cores.
    JavaRDD<Row> rows = jsc.binaryFiles(path, FILE_SPLITS_HINT).flatMap(new ReadFile(kind));
    return spark.createDataFrame(rows, ARTICLES);
  }

  /** The file name Spark gives, as a local path when it is one ({@code file:/a/b} is {@code /a/b}). */
  static String name(String sparkPath) {
    if (sparkPath.startsWith("file://")) {
      return sparkPath.substring("file://".length());
    }
    return sparkPath.startsWith("file:") ? sparkPath.substring("file:".length()) : sparkPath;
  }

  /** Reads one crawl file in a task, lazily: one page in memory at a time. */
  private static final class ReadFile implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
    private static final long serialVersionUID = 1L;
    private final CrawlReader.Kind kind;

    ReadFile(CrawlReader.Kind kind) {
      this.kind = kind;
    }

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
      String name = name(file._1());
      if (CrawlReader.kindOf(name) != kind) {
        return java.util.Collections.emptyIterator(); // _SUCCESS, checksums, other files of the folder
      }
      Format format = kind == CrawlReader.Kind.WARC ? Format.HTML : Format.JSON;
      InputStream in = null;
      CrawlReader reader;
      try {
        in = file._2().open();
        reader = CrawlReader.open(in, name, Limits.defaults());
      } catch (IOException | RuntimeException e) {
        if (in != null) {
          in.close(); // not gzip, or empty
        }
        // gone since it was listed, unreadable, not gzip: one error row for the file, as the command line reports it
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return List.of(RowFactory.create(name, null, format.id(), null, name + ": cannot read (" + why + ")"))
            .iterator();
      }
      PageRows rows = new PageRows(reader, name, format);
      TaskContext task = TaskContext.get();
      if (task != null) {
        // closed when the task ends however it ends (a failure downstream, a limit() that stops early)
        task.addTaskCompletionListener((TaskCompletionListener) ctx -> rows.close());
      }
      return rows;
    }
  }

  /** The articles rows of one crawl file; a file that cannot be read gives one error row and ends. */
  private static final class PageRows implements Iterator<Row> {
    private CrawlReader reader;
    private final String name;
    private final Format format;
    private Row failure;
    private boolean closed;

    PageRows(CrawlReader reader, String name, Format format) {
      this.reader = reader;
      this.name = name;
      this.format = format;
    }

    @Override
    public boolean hasNext() {
      if (closed) {
        return failure != null;
      }
      try {
        if (reader.hasNext()) {
          return true;
        }
      } catch (UncheckedIOException e) {
        failure = RowFactory.create(name, null, format.id(), null, e.getMessage());
      }
      close();
      return failure != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (closed) {
        Row f = failure;
        failure = null;
        return f;
      }
      CrawlRecord page = reader.next();
      try {
        // decoded here, parsed once, in the audit
        return RowFactory.create(page.source(), page.url(), page.format().id(), page.text(), null);
      } catch (InvalidInputException e) {
        return RowFactory.create(page.source(), page.url(), format.id(), null, e.getMessage());
      }
    }

    void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        reader.close();
      } catch (IOException e) {
        // read to the end already; nothing to lose
      }
      reader = null; // the task's completion listener keeps this iterator until the task ends; not its buffers
    }
  }

  /** Audits a partition of articles with this JVM's auditor, lazily, one row at a time. */
  private static final class AuditPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String policyText;
    private final String policyName;

    AuditPartition(String policyText, String policyName) {
      this.policyText = policyText;
      this.policyName = policyName;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
      Copydesk copydesk = Auditors.get(policyText, policyName);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return articles.hasNext();
        }

        @Override
        public Row next() {
          return report(copydesk, articles.next());
        }
      };
    }
  }

  /** The report row of one article row. */
  static Row report(Copydesk copydesk, Row article) {
    String source = article.getString(0);
    String url = article.getString(1);
    String format = article.getString(2);
    String content = article.getString(3);
    String error = article.getString(4);
    if (error != null) {
      return failed(source, url, format, error);
    }
    Format f = null;
    if (format != null) {
      f = Format.fromId(format).orElse(null);
      if (f == null) {
        return failed(source, url, format, source + ": unknown format '" + format
            + "'; expected text, markdown, html or json");
      }
    }
    if (content == null) {
      return failed(source, url, format, source + ": no content");
    }
    Article a;
    try {
      a = CrawlRecord.parse(content, f, source, copydesk.limits());
    } catch (InvalidInputException e) {
      return failed(source, url, format, e.getMessage());
    }
    Report r = copydesk.audit(a);
    String pageUrl = url != null ? url : a.metadata().url();
    SiteRollup.Signals s = SiteRollup.Signals.of(r);
    List<Row> findings = new ArrayList<>(r.findings().size());
    for (Finding x : r.findings()) {
      findings.add(RowFactory.create(x.ruleId(), x.category().id(), x.severity().id(), x.message(),
          x.location().line(), x.location().column(), x.excerpt(), x.confidence()));
    }
    return RowFactory.create(r.source(), pageUrl, Sites.of(pageUrl), r.format().id(), r.language(), r.title(),
        r.score().overall(), r.verdict().id(), r.provenance().aiUse().id(), s.aiDisclosed(), s.aiSuspected(),
        s.leakage(), s.residueOrBranding(), s.unattributedClaims(), s.failed(), r.findings().size(), null,
        scala.jdk.javaapi.CollectionConverters.asScala(findings)); // Spark's row encoder takes a Scala Seq
  }

  private static Row failed(String source, String url, String format, String error) {
    return RowFactory.create(source, url, Sites.of(url), format, null, null, null, null, null, null, null, null,
        null, null, null, null, error, null);
  }
}
