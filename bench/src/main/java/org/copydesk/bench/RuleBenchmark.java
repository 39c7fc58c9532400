package org.copydesk.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.copydesk.analysis.Analysis;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.rule.Rule;
import org.copydesk.rules.BuiltinRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each built-in rule family (the rules of one category) on an article whose shared analysis is already computed,
 * so the time is the rules' own: plain-text articles of 300, 800 and 8,000 words and the 800-word article as a
 * full web page. A fresh analysis is made before each call (outside the timing), so results the rules share
 * within one audit are computed inside it as in a real audit.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar RuleBenchmark}; one rule alone with its id as the family, e.g.
 * {@code -p family=language.name-typo}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuleBenchmark {
  /** The fixtures folder the generated articles draw their sentences from. */
  @Param("fixtures")
  public String fixtures;

  /** A category of built-in rules, or one rule's id ({@code -p family=claims.unattributed-figure}). */
  @Param({"provenance", "integrity", "language", "claims", "style"})
  public String family;

  /** Article format and length in words. */
  @Param({"TEXT:300", "TEXT:800", "TEXT:8000", "HTML:800"})
  public String article;

  private Article parsed;
  private List<Rule> rules;
  private Analysis analysis;

  @Setup
  public void setUp() throws InvalidInputException {
    Format format = Format.valueOf(article.split(":")[0]);
    int words = Integer.parseInt(article.split(":")[1]);
    parsed = Articles.parse(Corpus.fromFixtures(Path.of(fixtures)).render(format, words, 42), format,
        "bench." + format.extension());
    rules = new BuiltinRules().rules().stream()
        .filter(r -> r.descriptor().category().name().toLowerCase(Locale.ROOT).equals(family)
            || r.id().equals(family)).toList();
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("no built-in rule or rule family " + family);
    }
  }

  /** A fresh analysis with every shared part computed, before each call. */
  @Setup(Level.Invocation)
  public void analyse() {
    analysis = new Analysis(parsed);
    analysis.quantities();
    analysis.names();
    analysis.terms();
    analysis.language();
  }

  /** The family's rules, one after the other. */
  @Benchmark
  public int check() {
    BenchSupport.CountingContext ctx = new BenchSupport.CountingContext(parsed, analysis);
    for (Rule r : rules) {
      r.check(parsed, ctx);
    }
    return ctx.findings + ctx.claims;
  }
}
