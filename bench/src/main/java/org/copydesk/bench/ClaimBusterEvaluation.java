package org.copydesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;

/**
 * Scores Copydesk's claim detection on the ClaimBuster 2.5xNCS sentence set (check-worthy factual sentences
 * from US presidential debates), read in place and never copied into the project. Each sentence is audited as a
 * plain-text article with the built-in rules; it is predicted check-worthy when the report lists at least one
 * claim. Prints precision, recall and F1 for the check-worthy class beside the dataset README's baselines, and
 * the "sentence has a digit" baseline recomputed on the same file as a check.
 *
 * <p>Copydesk looks for quantitative claims only, so it is not expected to find opinions, promises or facts
 * without figures, which the set also labels check-worthy: recall is bounded by how many check-worthy sentences
 * carry a figure.
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package}:
 * {@code java -cp bench/target/benchmarks.jar org.copydesk.bench.ClaimBusterEvaluation
 * ../shared/datasets/claimbuster-2.5xNCS/kfold_25ncs.json}
 */
public final class ClaimBusterEvaluation {
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private ClaimBusterEvaluation() {}

  /** True and false positives and false negatives for the check-worthy class. */
  private static final class Counts {
    int tp;
    int fp;
    int fn;

    void add(boolean predicted, boolean actual) {
      if (predicted && actual) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (actual) {
        fn++;
      }
    }

    String row(String name) {
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return String.format(Locale.ROOT, "  %-44s P %.3f  R %.3f  F1 %.3f  (TP %d, FP %d, FN %d)", name, p, r, f, tp,
          fp, fn);
    }
  }

  /**
   * Prints precision, recall and F1 of claim detection.
   *
   * @param args the path of {@code kfold_25ncs.json}
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/datasets/claimbuster-2.5xNCS/kfold_25ncs.json");
    if (!Files.isRegularFile(file)) {
      System.err.println("no such file: " + file + " (give the path of kfold_25ncs.json)");
      System.exit(2);
      return;
    }
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (!root.isArray()) {
      System.err.println(file + ": expected a JSON array of {sentence_id, label, text}");
      System.exit(2);
      return;
    }
    Copydesk copydesk = Copydesk.builder().build();
    Counts claims = new Counts();
    Counts unattributed = new Counts();
    Counts digit = new Counts();
    int sentences = 0;
    int unreadable = 0;
    long started = System.nanoTime();
    for (JsonNode item : root) {
      String text = item.path("text").asText("");
      boolean checkWorthy = item.path("label").asInt() == 1;
      sentences++;
      boolean anyClaim = false;
      boolean anyUnattributed = false;
      try {
        var report = copydesk.audit(Articles.parse(text, Format.TEXT, "claimbuster-" + item.path("sentence_id")));
        anyClaim = !report.claims().isEmpty();
        anyUnattributed = report.claims().stream()
            .anyMatch(c -> c.status() == org.copydesk.report.Claim.Status.UNATTRIBUTED);
      } catch (InvalidInputException e) {
        unreadable++;
      }
      claims.add(anyClaim, checkWorthy);
      unattributed.add(anyUnattributed, checkWorthy);
      digit.add(DIGIT.matcher(text).find(), checkWorthy);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "ClaimBuster 2.5xNCS (%d sentences, %d unreadable, %.1f s): check-worthy class%n",
        sentences, unreadable, seconds);
    System.out.println(claims.row("Copydesk: report lists a claim"));
    System.out.println(unattributed.row("Copydesk: report lists an unattributed claim"));
    System.out.println(digit.row("sentence has a digit (recomputed)"));
    System.out.println("  README baselines: digit P 0.820 R 0.386 F1 0.525; digit or number word P 0.673 R 0.562 "
        + "F1 0.613; everything P 0.286 R 1.000 F1 0.444");
  }
}
