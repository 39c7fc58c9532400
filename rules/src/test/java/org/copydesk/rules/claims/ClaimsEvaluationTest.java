package org.copydesk.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Claim;
import org.copydesk.report.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision and recall of claim detection and of the unattributed-claim judgement on the labelled sentences in
 * {@code fixtures/claims/} (written blind to the implementation; see its README). Each item's article is its
 * {@code context} and its {@code text} joined by a space; only claims inside {@code text} count. An item is
 * predicted "unattributed" when the report lists an unattributed claim there, and "claim" when it lists any.
 *
 * <p>The target is precision and recall of at least 0.90 for "unattributed" on every set. The development
 * set is held to it. Each held-out set was written blind and run once before anything was tuned on it; that first
 * run is its honest score (precision / recall: test 0.729 / 0.867, heldout2 0.907 / 0.710, heldout3 0.909 / 0.714,
 * heldout4 0.945 / 0.732, heldout5 0.944 / 0.729, heldout6 0.926 / 0.694, heldout7 0.981 / 0.722, heldout8
 * 0.952 / 0.833, heldout9 0.867 / 0.722, heldout10 0.954 / 0.861, heldout11 0.983 / 0.819, heldout12 0.985 / 0.917,
 * heldout13 0.971 / 0.917, heldout14 0.968 / 0.833, heldout15 0.971 / 0.917, heldout16 0.972 / 0.958, heldout17
 * 0.939 / 0.861, heldout18 0.985 / 0.903, heldout19 0.908 / 0.958, heldout20 0.930 / 0.917, heldout21
 * 0.970 / 0.903). The last four, over two rounds, all meet the target at their first run; pooled, the last ten score
 * 0.959 / 0.908. After the rounds that read their misses every set meets 0.90 /
 * 0.90; each is held to a floor just under its current score, so a change that makes one worse fails, and the
 * printed gap says how far the target is. docs/claims.md tells the rounds.
 *
 * <p>Print the tables: {@code mvn -q -pl rules test -Dtest=ClaimsEvaluationTest}; add
 * {@code -Dcopydesk.eval.verbose=true} to list the items it gets wrong.
 */
class ClaimsEvaluationTest {
  private static final double MIN_PRECISION = 0.90;
  private static final double MIN_RECALL = 0.90;
  private static final boolean VERBOSE = Boolean.getBoolean("copydesk.eval.verbose");

  /** True and false positives and false negatives of one measure. */
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

    double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    String row(String name) {
      return String.format(Locale.ROOT, "%-22s %4d %4d %4d %9.3f %7.3f", name, tp, fp, fn, precision(), recall());
    }
  }

  @Test
  void unattributedClaimsMeetTheirTargetsOnTheDevelopmentSet() throws Exception {
    evaluate("dev.yaml", MIN_PRECISION, MIN_RECALL);
  }

  /**
   * Every held-out set, each written blind and run once before anything was tuned on it, held to a floor just under
   * its current score (the comment gives its first run and its score now). A new set joins with floors of 0.0 for its
   * first run, which is then recorded here and in the fixtures README before any change.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "test.yaml, 0.94, 0.95", // first blind run 0.729 / 0.867; 0.945 / 0.956 now
      "heldout2.yaml, 0.96, 0.92", // first blind run 0.907 / 0.710; 0.970 / 0.928 now
      "heldout3.yaml, 0.92, 0.92", // first blind run 0.909 / 0.714; 0.929 / 0.929 now
      "heldout4.yaml, 0.97, 0.94", // first blind run 0.945 / 0.732; 0.971 / 0.944 now
      "heldout5.yaml, 0.98, 0.97", // first blind run 0.944 / 0.729; 0.986 / 0.971 now
      "heldout6.yaml, 0.95, 0.91", // first blind run 0.926 / 0.694; 0.957 / 0.917 now
      "heldout7.yaml, 0.98, 0.95", // first blind run 0.981 / 0.722; 0.986 / 0.958 now
      "heldout8.yaml, 0.98, 0.98", // first run 0.952 / 0.833 (6610ec2); 0.986 / 0.986 now
      "heldout9.yaml, 0.91, 0.95", // first run 0.867 / 0.722 (6610ec2); 0.920 / 0.958 now
      "heldout10.yaml, 0.95, 0.93", // first run 0.954 / 0.861 (86d6484); 0.957 / 0.931 now
      "heldout11.yaml, 0.99, 0.94", // first run 0.983 / 0.819 (86d6484); 1.000 / 0.944 now
      "heldout12.yaml, 0.98, 0.95", // first run 0.985 / 0.917 (a92d5f6); 0.986 / 0.958 now
      "heldout13.yaml, 0.98, 0.98", // first run 0.971 / 0.917 (a92d5f6); 0.986 / 0.986 now
      "heldout14.yaml, 0.97, 0.94", // first run 0.968 / 0.833 (5a73aa1); 0.971 / 0.944 now
      "heldout15.yaml, 0.97, 0.95", // first run 0.971 / 0.917 (5a73aa1); 0.972 / 0.958 now
      "heldout16.yaml, 0.97, 0.98", // first run 0.972 / 0.958 (cf64c7e); 0.973 / 0.986 now
      "heldout17.yaml, 0.97, 0.97", // first run 0.939 / 0.861 (cf64c7e); 0.972 / 0.972 now
      "heldout18.yaml, 0.98, 0.94", // first run 0.985 / 0.903 (5485822); 0.986 / 0.944 now
      "heldout19.yaml, 0.91, 0.99", // first run 0.908 / 0.958 (5485822); 0.911 / 1.000 now
      "heldout20.yaml, 0.92, 0.91", // first run 0.930 / 0.917 (e6bb4d3)
      "heldout21.yaml, 0.96, 0.90" // first run 0.970 / 0.903 (e6bb4d3)
  })
  void unattributedClaimsOnEachHeldOutSet(String name, double minPrecision, double minRecall) throws Exception {
    evaluate(name, minPrecision, minRecall);
  }

  private static void evaluate(String name, double minPrecision, double minRecall) throws Exception {
    Path file = Path.of(System.getProperty("copydesk.fixtures", "../fixtures"), "claims", name);
    Assumptions.assumeTrue(Files.isRegularFile(file), "no labelled set " + file);
    JsonNode root = new YAMLMapper().readTree(Files.readString(file));
    JsonNode items = root.isArray() ? root : root.path("items");
    assertThat(items.size()).as("items in " + file).isPositive();
    Copydesk copydesk = Copydesk.builder().build();
    Map<String, Counts> unattributed = new TreeMap<>();
    Map<String, Counts> detected = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (JsonNode item : items) {
      String id = item.path("id").asText();
      String lang = item.path("lang").asText("und");
      String label = item.path("label").asText();
      assertThat(label).as("label of " + id).isIn("unattributed", "attributed", "none");
      Format format = Format.fromId(item.path("format").asText("text")).orElseThrow();
      String context = item.path("context").asText("");
      String text = item.path("text").asText();
      String article = context.isEmpty() ? text : context + " " + text;
      int from = article.length() - text.length();
      Report report = copydesk.audit(Articles.parse(article, format, id));
      assertThat(report.errors()).as("rule errors on " + id).isEmpty();
      boolean anyClaim = false;
      boolean anyUnattributed = false;
      List<String> seen = new ArrayList<>();
      for (Claim c : report.claims()) {
        if (inside(c, from, article.length(), article)) {
          anyClaim = true;
          anyUnattributed |= c.status() == Claim.Status.UNATTRIBUTED;
          seen.add(c.text() + " [" + c.kind() + ", " + c.status().id()
              + (c.attribution() == null ? "" : ", " + c.attribution()) + "]");
        }
      }
      boolean isUnattributed = label.equals("unattributed");
      boolean isClaim = !label.equals("none");
      for (String key : List.of("all", lang)) {
        unattributed.computeIfAbsent(key, k -> new Counts()).add(anyUnattributed, isUnattributed);
        detected.computeIfAbsent(key, k -> new Counts()).add(anyClaim, isClaim);
      }
      if (anyUnattributed != isUnattributed || anyClaim != isClaim) {
        wrong.add(String.format("%s %s label=%s claims=%s%n    %s", id, lang, label, seen, text));
      }
    }
    System.out.printf("%nClaims evaluation on %d labelled items (%s)%n", items.size(), file.toAbsolutePath());
    System.out.printf("%-22s %4s %4s %4s %9s %7s%n", "measure", "TP", "FP", "FN", "precision", "recall");
    unattributed.forEach((k, c) -> System.out.println(c.row("unattributed " + k)));
    detected.forEach((k, c) -> System.out.println(c.row("claim " + k)));
    if (VERBOSE) {
      wrong.forEach(w -> System.out.println("  WRONG " + w));
    }
    Counts all = unattributed.get("all");
    if (all.precision() < MIN_PRECISION || all.recall() < MIN_RECALL) {
      System.out.printf(Locale.ROOT, "%s misses the target %.2f/%.2f: precision %.3f, recall %.3f%n", name,
          MIN_PRECISION, MIN_RECALL, all.precision(), all.recall());
    }
    assertThat(all.precision()).as("unattributed-claim precision on " + name).isGreaterThanOrEqualTo(minPrecision);
    assertThat(all.recall()).as("unattributed-claim recall on " + name).isGreaterThanOrEqualTo(minRecall);
  }

  /**
   * Whether a claim lies in the item's text. Claims carry spans of the article's normalised text; with plain
   * text and Markdown the claim is placed in the raw article by its line and column.
   */
  private static boolean inside(Claim c, int from, int to, String article) {
    int offset = offsetOf(article, c.location().line(), c.location().column());
    return offset >= from && offset < to;
  }

  private static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int nl = text.indexOf('\n', offset);
      if (nl < 0) {
        return text.length();
      }
      offset = nl + 1;
    }
    int end = offset;
    for (int i = 1; i < column && end < text.length(); i++) {
      end += Character.charCount(text.codePointAt(end));
    }
    return end;
  }
}
