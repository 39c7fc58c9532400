package org.copydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole default audit (every built-in rule, the default policy) of one article, in process and warm: what a CMS
 * plugin pays per save. Generated articles of 300, 800 and 8,000 words as plain text and as full web pages, and
 * the seed article ({@code seed:txt}, {@code seed:html}).
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package}:
 * {@code java -jar bench/target/benchmarks.jar AuditBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuditBenchmark {
  /** The fixtures folder. */
  @Param("fixtures")
  public String fixtures;

  /** {@code FORMAT:WORDS} for a generated article, or {@code seed:EXT} for the seed article. */
  @Param({"TEXT:300", "TEXT:800", "TEXT:8000", "HTML:300", "HTML:800", "HTML:8000", "seed:txt", "seed:html"})
  public String article;

  private Copydesk copydesk;
  private String content;
  private Format format;
  private Article parsed;

  @Setup
  public void setUp() throws IOException, InvalidInputException {
    copydesk = Copydesk.builder().build();
    String[] p = article.split(":");
    if (p[0].equals("seed")) {
      Path file = Path.of(fixtures, "seed", "sco-chairmanship." + p[1]);
      content = Files.readString(file);
      format = Format.fromFileName(file.toString()).orElseThrow();
    } else {
      format = Format.valueOf(p[0]);
      content = Corpus.fromFixtures(Path.of(fixtures)).render(format, Integer.parseInt(p[1]), 42);
    }
    parsed = Articles.parse(content, format, "bench." + format.extension());
    copydesk.audit(parsed); // load the rules' resources before measuring
  }

  /** Loading (parsing, source map) plus auditing: the whole cost of one article. */
  @Benchmark
  public Report loadAndAudit() throws InvalidInputException {
    return copydesk.audit(Articles.parse(content, format, "bench." + format.extension()));
  }

  /** Auditing an already loaded article (analysis and all rules). */
  @Benchmark
  public Report auditOnly() {
    return copydesk.audit(parsed);
  }
}
