package org.copydesk.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.copydesk.analysis.Analysis;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The shared analysis every rule reads: each part on a fresh {@link Analysis} (with the parts it needs: tokens need
 * sentences, the rest need tokens), and all of it, on plain-text articles of 300, 800 and 8,000 words.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar AnalysisBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnalysisBenchmark {
  /** The fixtures folder the generated articles draw their sentences from. */
  @Param("fixtures")
  public String fixtures;

  /** Article length in words. */
  @Param({"300", "800", "8000"})
  public int words;

  private Article article;

  @Setup
  public void setUp() throws InvalidInputException {
    article = Articles.parse(Corpus.fromFixtures(Path.of(fixtures)).text(words, 42), Format.TEXT, "bench.txt");
  }

  /** Sentence splitting. */
  @Benchmark
  public Object sentences() {
    return new Analysis(article).sentences();
  }

  /** Sentences and tokens. */
  @Benchmark
  public Object tokens() {
    return new Analysis(article).tokens();
  }

  /** Numbers and quantities (after tokens). */
  @Benchmark
  public Object quantities() {
    return new Analysis(article).quantities();
  }

  /** Capitalised name sequences (after tokens). */
  @Benchmark
  public Object names() {
    return new Analysis(article).names();
  }

  /** Term statistics (after tokens). */
  @Benchmark
  public Object terms() {
    return new Analysis(article).terms();
  }

  /** The language vote (after tokens). */
  @Benchmark
  public Object language() {
    return new Analysis(article).language();
  }

  /** Every part. */
  @Benchmark
  public void all(Blackhole bh) {
    Analysis a = new Analysis(article);
    bh.consume(a.quantities());
    bh.consume(a.names());
    bh.consume(a.terms());
    bh.consume(a.language());
  }
}
