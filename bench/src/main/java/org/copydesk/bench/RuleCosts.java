package org.copydesk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.analysis.Analysis;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.rule.Rule;
import org.copydesk.rules.BuiltinRules;

/**
 * What each built-in rule costs inside a whole audit: the shared analysis, then every rule in the engine's order,
 * each timed with {@link System#nanoTime()} round after round on one generated article. A sampling profiler
 * (JFR) attributes time unevenly between tight loops and the code around them; this harness does not sample. A
 * result the rules share (the claims list, the integrity lines, the real-word search) is charged to the first
 * rule that asks for it, as in a real audit. The first third of the rounds warms up and is not counted.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.copydesk.bench.RuleCosts [--words 800] [--format text|html]
 *     [--rounds 6000] [--fixtures fixtures]
 * </pre>
 */
public final class RuleCosts {
  private RuleCosts() {}

  /**
   * Runs the rounds and prints the cost of each part per article, in microseconds.
   *
   * @param args the options above
   * @throws InvalidInputException if the generated article cannot be read (a bug)
   */
  public static void main(String[] args) throws InvalidInputException {
    int words = 800;
    int rounds = 6000;
    Format format = Format.TEXT;
    Path fixtures = Path.of("fixtures");
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--words" -> words = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--format" -> format = Format.fromId(v).orElseThrow(() -> new IllegalArgumentException("format " + v));
        case "--fixtures" -> fixtures = Path.of(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("options come in pairs: --words 800 --rounds 6000 ...");
    }
    Article article = Articles.parse(Corpus.fromFixtures(fixtures).render(format, words, 42), format,
        "bench." + format.extension());
    List<Rule> rules = new BuiltinRules().rules();
    List<String> parts = new ArrayList<>(List.of("analysis: sentences, tokens, language",
        "analysis: quantities, names, terms"));
    rules.forEach(r -> parts.add(r.id()));
    long[] nanos = new long[parts.size()];
    int counted = 0;
    for (int round = 0; round < rounds; round++) {
      boolean count = round >= rounds / 3;
      long t0 = System.nanoTime();
      Analysis analysis = new Analysis(article);
      analysis.sentences();
      analysis.tokens();
      analysis.language();
      long t1 = System.nanoTime();
      analysis.quantities();
      analysis.names();
      analysis.terms();
      long t2 = System.nanoTime();
      if (count) {
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
      }
      BenchSupport.CountingContext ctx = new BenchSupport.CountingContext(article, analysis);
      for (int i = 0; i < rules.size(); i++) {
        long s = System.nanoTime();
        rules.get(i).check(article, ctx);
        if (count) {
          nanos[i + 2] += System.nanoTime() - s;
        }
      }
      counted += count ? 1 : 0;
    }
    long total = 0;
    for (long n : nanos) {
      total += n;
    }
    System.out.printf(Locale.ROOT, "%d-word %s article, %d rounds counted after %d of warm-up: %.0f us per article%n",
        words, format.name().toLowerCase(Locale.ROOT), counted, rounds - counted, total / 1e3 / counted);
    for (int i = 0; i < parts.size(); i++) {
      System.out.printf(Locale.ROOT, "  %-38s %7.0f us  %4.1f %%%n", parts.get(i), nanos[i] / 1e3 / counted,
          100.0 * nanos[i] / total);
    }
  }
}
