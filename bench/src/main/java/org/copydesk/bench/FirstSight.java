package org.copydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;

/**
 * Real articles audited once each, as a feed delivers them: the auditor is warmed up on generated articles and on
 * the first half of a folder, then each article of the second half is audited once and timed. The batch harness
 * and JMH audit the same texts round after round, so the answers the lexicons remember across articles (bounded
 * memos of words and phrases) serve them better than they serve articles never seen; this harness shows the
 * difference.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.copydesk.bench.FirstSight DIR [--fixtures fixtures]
 * </pre>
 *
 * <p>{@code DIR} holds article files of any format Copydesk reads, {@code .gz} ones read decompressed (for
 * instance the web pages of {@code ../shared/datasets/article-extraction-benchmark/html}); unreadable ones are
 * skipped.
 */
public final class FirstSight {
  private FirstSight() {}

  /**
   * Warms up, audits the second half once and prints the time per article and the throughput.
   *
   * @param args the folder, and {@code --fixtures DIR} for the generated warm-up articles
   * @throws IOException when the folder cannot be listed
   */
  public static void main(String[] args) throws IOException {
    Path dir = null;
    Path fixtures = Path.of("fixtures");
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--fixtures") && i + 1 < args.length) {
        fixtures = Path.of(args[++i]);
      } else if (dir == null && !args[i].startsWith("-")) {
        dir = Path.of(args[i]);
      } else {
        throw new IllegalArgumentException("usage: FirstSight DIR [--fixtures DIR]");
      }
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("give a folder of articles: FirstSight DIR");
    }
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        try {
          String name = p.getFileName().toString().replaceFirst("\\.gz$", "");
          articles.add(Articles.parse(new String(BatchHarness.read(p), StandardCharsets.UTF_8),
              BatchHarness.format(p), name));
        } catch (InvalidInputException e) {
          // not an article: left out
        }
      }
    }
    if (articles.size() < 2) {
      throw new IllegalArgumentException("fewer than two readable articles in " + dir);
    }
    Copydesk copydesk = Copydesk.builder().build();
    Corpus corpus = Corpus.fromFixtures(fixtures);
    for (int seed = 0; seed < 1500; seed++) {
      try {
        copydesk.audit(Articles.parse(corpus.render(Format.TEXT, 800, 1000 + seed), Format.TEXT, "warm-up.txt"));
      } catch (InvalidInputException e) {
        throw new IllegalStateException("a generated article is unreadable", e);
      }
    }
    int half = articles.size() / 2;
    articles.subList(0, half).forEach(copydesk::audit);
    long chars = 0;
    long started = System.nanoTime();
    for (Article a : articles.subList(half, articles.size())) {
      copydesk.audit(a);
      chars += a.text().length();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    int n = articles.size() - half;
    System.out.printf(Locale.ROOT, "%d articles seen once (after %d generated and %d of the folder): %.1f ms each, "
        + "%.0f thousand characters of article text per second%n", n, 1500, half, seconds * 1000 / n,
        chars / 1e3 / seconds);
  }
}
