package org.copydesk.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The spark-submit application: audits a crawl and writes the reports, the findings and the site rollup.
 *
 * <pre>
 * spark-submit --class org.copydesk.spark.AuditJob spark/target/copydesk-spark-job.jar \
 *     --input s3a://bucket/crawl/ --input-format warc --output s3a://bucket/audit/ [--policy copydesk.yaml] \
 *     [--partitions 200]
 * </pre>
 *
 * <p>{@code --input} is a file, a folder or a glob of WARC files ({@code warc}), JSON Lines files ({@code jsonl})
 * or Parquet with {@code source} and {@code content} columns ({@code parquet}). Under {@code --output} the job
 * writes {@code reports/}, {@code findings/} and {@code sites/} as Parquet, in the schemas of
 * {@link CopydeskSpark#REPORTS}, {@link CopydeskSpark#findings} and {@link CopydeskSpark#rollup}, and
 * {@code sites-csv/} (one CSV file with a header, the command line's {@code sites-csv} columns); an existing output
 * is replaced. {@code --policy} is a local file on the driver, sent to the executors; {@code --partitions}
 * repartitions the articles before the audit (by default the input's partitioning: one task per crawl file). The
 * job prints the number of pages, unreadable pages, findings and sites, and the pages audited per second. Exit
 * codes: 0 done, 1 the job failed, 2 bad arguments (a one-line usage message). The job jar holds Copydesk and
 * its dependencies but not Spark, Jackson, SLF4J or Apache Commons, which every Spark installation provides.
 */
public final class AuditJob {
  static final String USAGE = "usage: AuditJob --input PATH --input-format warc|jsonl|parquet --output DIR"
      + " [--policy FILE] [--partitions N]";

  private AuditJob() {}

  /** Runs the job in the current (or a new) Spark session and exits with {@link #run}'s code. */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the job in the current Spark session (the thread's active one, else the default one), or in a new one
   * (configured by spark-submit) that it stops at the end.
   *
   * @return 0 when done, 1 when the job failed, 2 for bad arguments; messages go to {@code err}, one line each
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("copydesk-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    SparkSession active = SparkSession.getActiveSession()
        .getOrElse(() -> SparkSession.getDefaultSession().getOrElse(() -> null));
    SparkSession spark = active != null ? active : SparkSession.builder().appName("copydesk-audit").getOrCreate();
    try {
      return run(spark, o, out);
    } catch (IllegalArgumentException e) {
      err.println("copydesk-spark: " + oneLine(e.getMessage()));
      return 2;
    } catch (RuntimeException e) {
      err.println("copydesk-spark: the job failed: " + oneLine(rootMessage(e)));
      return 1;
    } finally {
      if (active == null) {
        spark.stop();
      }
    }
  }

  private static int run(SparkSession spark, Options o, PrintStream out) {
    long start = System.nanoTime();
    Dataset<Row> articles = switch (o.format) {
      case "warc" -> CopydeskSpark.readWarc(spark, o.input);
      case "jsonl" -> CopydeskSpark.readJsonLines(spark, o.input);
      default -> CopydeskSpark.readParquet(spark, o.input);
    };
    if (o.partitions > 0) {
      articles = articles.repartition(o.partitions);
    }
    Dataset<Row> reports = CopydeskSpark.audit(articles, o.policy);
    String dir = o.output.endsWith("/") ? o.output : o.output + "/";
    reports.write().mode("overwrite").parquet(dir + "reports");
    // the rest reads the written reports back rather than auditing twice
    Dataset<Row> written = spark.read().parquet(dir + "reports");
    CopydeskSpark.findings(written).write().mode("overwrite").parquet(dir + "findings");
    Dataset<Row> sites = CopydeskSpark.rollup(written);
    sites.write().mode("overwrite").parquet(dir + "sites");
    Dataset<Row> sitesBack = spark.read().parquet(dir + "sites");
    CopydeskSpark.rollupCsv(sitesBack.orderBy(sitesBack.col("pages").desc(), sitesBack.col("site").asc()))
        .coalesce(1).write().mode("overwrite").option("header", "true")
        // as the command line writes it (RFC 4180): empty cells empty, quotes doubled; lines end in LF here
        .option("emptyValue", "").option("escape", "\"").csv(dir + "sites-csv");
    Row c = written.selectExpr("count(1)", "count(error)", "coalesce(sum(finding_count), 0)").first();
    long pages = c.getLong(0);
    long unreadable = c.getLong(1);
    long findings = c.getLong(2);
    long siteCount = sitesBack.count();
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "copydesk-spark: %d pages (%d unreadable), %d findings, %d sites in %.1f s"
        + " (%.1f pages/s); output in %s%n", pages, unreadable, findings, siteCount, seconds,
        seconds > 0 ? pages / seconds : 0.0, o.output);
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The parsed command line. */
  private record Options(String input, String format, String output, String policy, int partitions) {
    static Options parse(String[] args) {
      Map<String, String> values = new java.util.LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String name = a;
        String value = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          name = a.substring(0, eq);
          value = a.substring(eq + 1);
        }
        if (!java.util.List.of("--input", "--input-format", "--output", "--policy", "--partitions")
            .contains(name)) {
          throw new IllegalArgumentException("unknown argument '" + a + "'");
        }
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
          }
          value = args[++i];
        }
        if (values.put(name, value) != null) {
          throw new IllegalArgumentException(name + " given twice");
        }
      }
      for (String required : java.util.List.of("--input", "--input-format", "--output")) {
        if (!values.containsKey(required)) {
          throw new IllegalArgumentException("missing " + required);
        }
      }
      String format = values.get("--input-format").toLowerCase(Locale.ROOT);
      if (!java.util.List.of("warc", "jsonl", "parquet").contains(format)) {
        throw new IllegalArgumentException("--input-format must be warc, jsonl or parquet, got '"
            + values.get("--input-format") + "'");
      }
      int partitions = 0;
      if (values.containsKey("--partitions")) {
        try {
          partitions = Integer.parseInt(values.get("--partitions"));
        } catch (NumberFormatException e) {
          partitions = -1;
        }
        if (partitions < 1) {
          throw new IllegalArgumentException("--partitions must be a whole number of at least 1, got '"
              + values.get("--partitions") + "'");
        }
      }
      return new Options(values.get("--input"), format, values.get("--output"), values.get("--policy"),
          partitions);
    }
  }
}
