package org.copydesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.Copydesk;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Token;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;

/**
 * How often the typo rules speak on published news: every article body of the article-extraction benchmark's
 * ground truth ({@code ground-truth.json}, read in place) is audited as plain text with the built-in rules and
 * the default policy. Prints, per typo rule, its findings, the words audited (all bodies, whatever their
 * language; the words per detected language are printed too), and findings per 5,000 words (the budget is
 * one false alarm per 5,000 words; real bodies may hold real typos, so judge the list).
 *
 * <p>Run from the repository root after {@code mvn -q -o -pl bench -am -DskipTests package}:
 * {@code java -cp bench/target/benchmarks.jar org.copydesk.bench.TypoFalseAlarms [--list] [DIR]}, where DIR
 * holds {@code ground-truth.json} (default {@code ../shared/datasets/article-extraction-benchmark}). With
 * {@code --list}, each finding is printed with its sentence.
 */
public final class TypoFalseAlarms {
  private static final List<String> RULES = List.of(
      "language.misspelling", "language.name-variant", "language.name-typo", "language.term-typo");

  private TypoFalseAlarms() {}

  /**
   * Audits the bodies and prints the counts.
   *
   * @param args {@code --list} to print each finding, and the benchmark directory
   * @throws IOException when the ground truth cannot be read
   */
  public static void main(String[] args) throws IOException {
    boolean list = false;
    Path dir = Path.of("../shared/datasets/article-extraction-benchmark");
    for (String a : args) {
      if (a.equals("--list")) {
        list = true;
      } else if (a.startsWith("-")) {
        System.err.println("usage: TypoFalseAlarms [--list] [DIR]");
        System.exit(2);
        return;
      } else {
        dir = Path.of(a);
      }
    }
    Path file = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(file)) {
      System.err.println("no such file: " + file + " (give the directory of the article-extraction benchmark)");
      System.exit(2);
      return;
    }
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    Copydesk copydesk = Copydesk.builder().build();
    Map<String, Integer> counts = new LinkedHashMap<>();
    RULES.forEach(r -> counts.put(r, 0));
    Map<String, Integer> byLanguage = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    long words = 0;
    int bodies = 0;
    int unreadable = 0;
    long started = System.nanoTime();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String body = e.getValue().path("articleBody").asText("");
      if (body.isBlank()) {
        continue;
      }
      Article article;
      Report report;
      try {
        article = Articles.parse(body, Format.TEXT, e.getKey().substring(0, 12) + ".txt");
        report = copydesk.audit(article);
      } catch (InvalidInputException ex) {
        unreadable++;
        continue;
      }
      bodies++;
      Analysis analysis = new Analysis(article);
      long n = analysis.tokens().stream().filter(t -> t.kind() == Token.Kind.WORD).count();
      words += n;
      byLanguage.merge(analysis.language(), (int) n, Integer::sum);
      for (Finding f : report.findings()) {
        if (!counts.containsKey(f.ruleId())) {
          continue;
        }
        counts.merge(f.ruleId(), 1, Integer::sum);
        if (list) {
          lines.add(String.format(Locale.ROOT, "%s %s [%s] %s (%.2f)%n    %s", f.ruleId(),
              e.getKey().substring(0, 12), analysis.language(), f.message(), f.confidence(),
              sentence(article.text(), f.span().start(), f.span().end())));
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "article-extraction benchmark: %d bodies (%d unreadable), %,d words, %.1f s; "
        + "words by detected language %s%n", bodies, unreadable, words, seconds, byLanguage);
    for (String r : RULES) {
      int n = counts.get(r);
      System.out.printf(Locale.ROOT, "  %-24s %4d findings  %,9d words  %5.2f per 5,000 words%n", r, n, words,
          words == 0 ? 0 : n * 5000.0 / words);
    }
    lines.forEach(System.out::println);
  }

  /** The sentence around a span: from the previous sentence end or line break to the next. */
  private static String sentence(String text, int start, int end) {
    int from = start;
    while (from > 0 && text.charAt(from - 1) != '\n'
        && !(from > 1 && text.charAt(from - 1) == ' ' && ".!?".indexOf(text.charAt(from - 2)) >= 0)) {
      from--;
    }
    int to = end;
    while (to < text.length() && text.charAt(to) != '\n'
        && !(".!?".indexOf(text.charAt(to)) >= 0 && (to + 1 == text.length() || text.charAt(to + 1) == ' '))) {
      to++;
    }
    to = Math.min(text.length(), to + 1);
    String s = text.substring(from, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, to);
    return s.strip().replaceAll("\\s+", " ");
  }
}
