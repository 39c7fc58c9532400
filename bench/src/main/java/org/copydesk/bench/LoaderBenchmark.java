package org.copydesk.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
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
 * Reading one article: parsing, block structure and source map, for each input format and size (300, 800 and 8,000
 * words; the HTML page adds the chrome of a scraped page around the same words).
 *
 * <p>{@code java -jar bench/target/benchmarks.jar LoaderBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoaderBenchmark {
  /** The fixtures folder the generated articles draw their sentences from. */
  @Param("fixtures")
  public String fixtures;

  /** Input format. */
  @Param({"TEXT", "MARKDOWN", "JSON", "HTML"})
  public Format format;

  /** Article length in words. */
  @Param({"300", "800", "8000"})
  public int words;

  private String content;

  @Setup
  public void setUp() {
    content = Corpus.fromFixtures(Path.of(fixtures)).render(format, words, 42);
  }

  /** Parse into an {@link Article}. */
  @Benchmark
  public Article load() throws InvalidInputException {
    return Articles.parse(content, format, "bench." + format.extension());
  }
}
