package org.copydesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;

/**
 * Scores Copydesk's article-body extraction ({@code Article.bodyText()}, what {@code copydesk extract} prints)
 * on the two public datasets, read in place and never copied into the project:
 *
 * <ul>
 *   <li>the Zyte/ScrapingHub article-extraction benchmark: 4-token shingle precision and recall per page, averaged
 *       over pages, as that benchmark's {@code evaluate.py} computes them;
 *   <li>trafilatura's evaluation set (English subset with HTML): "with" snippets that must be in the output and
 *       "without" snippets that must not, counted over the corpus, as trafilatura's {@code eval_common.py} does.
 * </ul>
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package}:
 * {@code java -cp bench/target/benchmarks.jar org.copydesk.bench.ExtractionEvaluation ../shared/datasets}
 */
public final class ExtractionEvaluation {
  /** Python's {@code \w+}: letters, digits (isalnum) and underscore; Java's UNICODE_CHARACTER_CLASS adds marks. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}\\p{Nl}\\p{No}_]+");
  private static final int SHINGLE = 4;

  private ExtractionEvaluation() {}

  /**
   * Prints precision, recall and F1 on each dataset found under the given folder.
   *
   * @param args the {@code datasets} folder that holds {@code article-extraction-benchmark} and
   *     {@code trafilatura-eval}
   * @throws IOException when a dataset file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/datasets");
    Path aeb = root.resolve("article-extraction-benchmark");
    if (Files.isDirectory(aeb)) {
      articleExtractionBenchmark(aeb);
    } else {
      System.out.println("no " + aeb);
    }
    Path tra = root.resolve("trafilatura-eval");
    if (Files.isDirectory(tra)) {
      trafilaturaEval(tra);
    } else {
      System.out.println("no " + tra);
    }
  }

  private static void articleExtractionBenchmark(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Double> precisions = new ArrayList<>();
    List<Double> recalls = new ArrayList<>();
    int identical = 0;
    int pages = 0;
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      pages++;
      String expected = truth.path(key).path("articleBody").asText("");
      String got = extract(dir.resolve("html").resolve(key + ".html.gz"), key);
      Map<List<String>, Integer> t = shingles(expected);
      Map<List<String>, Integer> p = shingles(got);
      double tp = 0;
      double fp = 0;
      double fn = 0;
      for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
        int inTruth = t.getOrDefault(e.getKey(), 0);
        tp += Math.min(inTruth, e.getValue());
        fp += Math.max(0, e.getValue() - inTruth);
      }
      for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
        fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
      }
      double all = tp + fp + fn;
      if (all == 0) {
        continue;
      }
      tp /= all;
      fp /= all;
      fn /= all;
      if (fp == 0 && fn == 0) {
        precisions.add(1.0);
        recalls.add(1.0);
      } else {
        if (tp + fp > 0) {
          precisions.add(tp / (tp + fp));
        }
        if (tp + fn > 0) {
          recalls.add(tp / (tp + fn));
        }
      }
      if (tokens(expected).equals(tokens(got))) {
        identical++;
      }
    }
    double p = mean(precisions);
    double r = mean(recalls);
    System.out.printf(Locale.ROOT, "article-extraction-benchmark (%d pages): F1 %.3f  precision %.3f  recall %.3f"
        + "  accuracy %.3f%n", pages, f1(p, r), p, r, (double) identical / pages);
    System.out.println("  published: trafilatura 0.958, newspaper4k 0.949, readability 0.922, goose3 0.896, "
        + "boilerpipe 0.860, jusText 0.804, full page text 0.665");
  }

  private static void trafilaturaEval(Path dir) throws IOException {
    JsonNode data = new ObjectMapper().readTree(dir.resolve("evaldata-en-subset.json").toFile());
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    int docs = 0;
    for (Iterator<String> it = data.fieldNames(); it.hasNext(); ) {
      JsonNode doc = data.path(it.next());
      Path html = dir.resolve("html-en").resolve(doc.path("file").asText() + ".gz");
      if (!Files.exists(html)) {
        continue;
      }
      docs++;
      String got = normalise(extract(html, doc.path("file").asText()));
      for (JsonNode w : doc.path("with")) {
        if (got.contains(normalise(w.asText()))) {
          tp++;
        } else {
          fn++;
        }
      }
      for (JsonNode w : doc.path("without")) {
        if (got.contains(normalise(w.asText()))) {
          fp++;
        } else {
          tn++;
        }
      }
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    System.out.printf(Locale.ROOT, "trafilatura-eval, English subset (%d pages): F1 %.3f  precision %.3f  recall %.3f"
        + "  accuracy %.3f%n", docs, f1(p, r), p, r, (double) (tp + tn) / (tp + tn + fp + fn));
    System.out.println("  published (full 990-page corpus, not this subset): trafilatura 0.924, magic-html 0.889, "
        + "jusText 0.862, readability-lxml 0.826, goose3 0.810, newspaper4k 0.801, html_text 0.691");
  }

  /** The body Copydesk extracts from a gzip-compressed page; a page it cannot read counts as empty output. */
  private static String extract(Path gz, String name) throws IOException {
    String html;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      return Articles.parse(html, Format.HTML, name).bodyText();
    } catch (InvalidInputException e) {
      return "";
    }
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> t = tokens(text);
    Map<List<String>, Integer> out = new HashMap<>();
    if (t.isEmpty()) {
      return out;
    }
    if (t.size() < SHINGLE) {
      out.put(t, 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= t.size(); i++) {
      out.merge(List.copyOf(t.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
