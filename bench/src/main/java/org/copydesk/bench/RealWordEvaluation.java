package org.copydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Finding;

/**
 * Scores the typo rules on the UKP real-word error sets (Zesch, EACL 2012: English sentences in which Wikipedia
 * editors corrected a real-word error, plus Brown-corpus sentences with injected errors), read in place from
 * {@code ../shared/datasets/realword-errors-wikipedia-ukp} and never copied. Each sentence is audited as a
 * plain-text article; a typo finding on the erroneous token is a true positive (and "corrected" when its first
 * suggestion is the intended word), a typo finding anywhere else a false positive, a sentence with no finding on
 * the token a false negative. Precision and recall print beside the published lexical-cohesion figures (Hirst and
 * Budanitsky 2005: precision 18–25 %, recall 23–50 %, on artificial errors).
 *
 * <p>Copydesk looks for errors in names and fixed terms only, so most of these errors ("the son" for "the sun",
 * "a manor that works") are outside its scope; the point of the run is the precision on real text.
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package}:
 * {@code java -cp bench/target/benchmarks.jar org.copydesk.bench.RealWordEvaluation
 * ../shared/datasets/realword-errors-wikipedia-ukp [--list]}
 */
public final class RealWordEvaluation {
  private static final Set<String> TYPO_RULES =
      Set.of("language.name-typo", "language.term-typo", "language.misspelling", "language.name-variant");

  private RealWordEvaluation() {}

  /** One record: the sentence, the wrong token, its correction and where it starts. */
  private record Item(String sentence, String wrong, String right, int offset) {}

  /**
   * Prints the scores of each file of the set.
   *
   * @param args the dataset folder, and {@code --list} to print every finding
   * @throws IOException when a file cannot be read
   * @throws org.copydesk.article.InvalidInputException when a sentence cannot be read as an article
   */
  public static void main(String[] args) throws IOException, org.copydesk.article.InvalidInputException {
    if (args.length < 1) {
      System.err.println("usage: RealWordEvaluation DATASET_DIR [--list]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    boolean list = args.length > 1 && args[1].equals("--list");
    Copydesk copydesk = Copydesk.builder().build();
    System.out.println("Real-word errors (UKP, Zesch 2012); typo rules " + TYPO_RULES);
    for (String name : List.of("en_natural_test.txt", "en_natural_train.txt", "en_artificial_noun.txt",
        "en_artificial_token.txt")) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        System.err.println("missing " + file);
        System.exit(2);
      }
      List<Item> items = read(file);
      int tp = 0;
      int fp = 0;
      java.util.Map<String, Integer> fpByRule = new java.util.TreeMap<>();
      int corrected = 0;
      long words = 0;
      for (Item item : items) {
        Article article = Articles.parse(item.sentence(), Format.TEXT, name);
        words += item.sentence().split("\\s+").length;
        for (Finding f : copydesk.audit(article).findings()) {
          if (!TYPO_RULES.contains(f.ruleId())) {
            continue;
          }
          String flagged = article.text().substring(f.span().start(), f.span().end());
          boolean hit = f.span().start() <= item.offset() && item.offset() < f.span().end()
              && flagged.equals(item.wrong());
          if (hit) {
            tp++;
            corrected += !f.suggestions().isEmpty()
                && f.suggestions().get(0).replacement().equalsIgnoreCase(item.right()) ? 1 : 0;
          } else {
            fp++;
            fpByRule.merge(f.ruleId(), 1, Integer::sum);
          }
          if (list) {
            System.out.printf("  %s %s \"%s\" %s%n      %s%n", hit ? "TP" : "FP", f.ruleId(), flagged, f.message(),
                item.sentence());
          }
        }
      }
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = (double) tp / items.size();
      System.out.printf(Locale.ROOT,
          "  %-24s %4d errors  TP %3d  FP %3d  precision %.3f  recall %.3f  corrected %d  (%.1f FP per 5,000 words)%n",
          name, items.size(), tp, fp, p, r, corrected, fp * 5000.0 / words);
      System.out.println("      findings off the labelled token, by rule (many are other real errors of the "
          + "sentence, see --list): " + fpByRule);
    }
    System.out.println("  published (Hirst & Budanitsky 2005, lexical cohesion, artificial errors): "
        + "precision 0.18-0.25, recall 0.23-0.50");
  }

  /** Records of six lines separated by blank lines (the dataset's README). */
  private static List<Item> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Item> items = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "";
      if (!line.isBlank()) {
        rec.add(line);
        continue;
      }
      if (rec.size() == 6) {
        String sentence = rec.get(5);
        String wrong = rec.get(2);
        int offset = Integer.parseInt(rec.get(4).strip());
        if (offset + wrong.length() > sentence.length()
            || !sentence.startsWith(wrong, offset)) {
          offset = sentence.indexOf(wrong); // four records of en_natural_train are off (the README)
        }
        if (offset >= 0) {
          items.add(new Item(sentence, wrong, rec.get(3), offset));
        }
      }
      rec.clear();
    }
    return items;
  }
}
