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
 * Time to load and audit one article with the built-in rules and the default policy.
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package}:
 * {@code java -jar bench/target/benchmarks.jar -p fixtures=fixtures}
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

  /** Which fixture, relative to the fixtures folder. */
  @Param({"seed/sco-chairmanship.txt", "seed/sco-chairmanship.html", "clean/tech-earnings.json"})
  public String file;

  private Copydesk copydesk;
  private String content;
  private Format format;
  private Article article;

  @Setup
  public void setUp() throws IOException, InvalidInputException {
    copydesk = Copydesk.builder().build();
    Path p = Path.of(fixtures, file);
    content = Files.readString(p);
    format = Format.fromFileName(p.getFileName().toString()).orElseThrow();
    article = Articles.parse(content, format, file);
    copydesk.audit(article); // load the rules' resources before measuring
  }

  /** Loading (parsing, source map) plus auditing: what a CMS plugin pays per article. */
  @Benchmark
  public Report loadAndAudit() throws InvalidInputException {
    return copydesk.audit(Articles.parse(content, format, file));
  }

  /** Auditing an already loaded article (analysis and all rules). */
  @Benchmark
  public Report auditOnly() {
    return copydesk.audit(article);
  }
}
