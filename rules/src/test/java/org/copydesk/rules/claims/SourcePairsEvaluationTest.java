package org.copydesk.rules.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Span;
import org.copydesk.report.Finding;
import org.copydesk.report.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code claims.not-in-source} on the source/rewrite pairs of {@code fixtures/claims/pairs/}: each folder holds
 * {@code source.txt}, {@code rewrite.txt} and {@code expected.yaml} ({@code invented_numbers}, {@code
 * changed_numbers} as {@code {rewrite, source}}, {@code invented_names}, {@code invented_quotes}, each the text as
 * it stands in the rewrite). Every invented or changed number must be covered by a finding (one that overlaps the
 * expected text where it stands in the rewrite); a faithful pair (all lists empty) must get no finding at all.
 * Recall of names and quotations and the false alarms (findings that cover no expected item) are printed, and the
 * false alarms bounded.
 */
class SourcePairsEvaluationTest {
  private static final Path PAIRS = Path.of(System.getProperty("copydesk.fixtures", "../fixtures"), "claims",
      "pairs");
  /** Findings covering no expected item, over all pairs: a rewrite may add a date or a detail unlabelled. */
  private static final double MAX_FALSE_ALARMS_PER_PAIR = 0.5;

  @Test
  void everyInventedOrChangedNumberIsFoundAndFaithfulRewritesGetNothing() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(PAIRS), "no " + PAIRS);
    List<Path> dirs;
    try (Stream<Path> s = Files.list(PAIRS)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(dirs).as("pairs in " + PAIRS).hasSizeGreaterThanOrEqualTo(10);
    Copydesk copydesk = Copydesk.builder().build();
    List<String> failures = new ArrayList<>();
    int numbers = 0;
    int numbersFound = 0;
    int names = 0;
    int namesFound = 0;
    int quotes = 0;
    int quotesFound = 0;
    int falseAlarms = 0;
    int faithful = 0;
    for (Path dir : dirs) {
      String id = dir.getFileName().toString();
      JsonNode expected = new YAMLMapper().readTree(Files.readString(dir.resolve("expected.yaml")));
      Article rewrite = Articles.parse(Files.readString(dir.resolve("rewrite.txt")), null, id + "/rewrite.txt");
      Article source = Articles.parse(Files.readString(dir.resolve("source.txt")), null, id + "/source.txt");
      Report report = copydesk.audit(rewrite, source);
      List<Finding> findings = report.findings().stream().filter(f -> f.ruleId().equals(NotInSource.ID)).toList();
      List<Finding> used = new ArrayList<>();
      List<String> numberItems = new ArrayList<>();
      expected.path("invented_numbers").forEach(n -> numberItems.add(n.asText()));
      expected.path("changed_numbers").forEach(n -> numberItems.add(n.path("rewrite").asText()));
      for (String item : numberItems) {
        numbers++;
        List<Finding> hit = covering(rewrite, item, findings, id, failures);
        used.addAll(hit);
        if (hit.isEmpty()) {
          failures.add(id + ": number \"" + item + "\" not reported");
        } else {
          numbersFound++;
        }
      }
      for (JsonNode n : expected.path("invented_names")) {
        names++;
        List<Finding> hit = covering(rewrite, n.asText(), findings, id, failures);
        used.addAll(hit);
        namesFound += hit.isEmpty() ? 0 : 1;
        if (hit.isEmpty()) {
          System.out.printf("  %s: name missed: %s%n", id, n.asText());
        }
      }
      for (JsonNode n : expected.path("invented_quotes")) {
        quotes++;
        List<Finding> hit = covering(rewrite, n.asText(), findings, id, failures);
        used.addAll(hit);
        quotesFound += hit.isEmpty() ? 0 : 1;
        if (hit.isEmpty()) {
          System.out.printf("  %s: quotation missed: %s%n", id, n.asText());
        }
      }
      boolean isFaithful = numberItems.isEmpty() && expected.path("invented_names").isEmpty()
          && expected.path("invented_quotes").isEmpty();
      faithful += isFaithful ? 1 : 0;
      for (Finding f : findings) {
        if (!used.contains(f)) {
          falseAlarms++;
          System.out.printf("  %s: false alarm %d:%d \"%s\": %s%n", id, f.location().line(), f.location().column(),
              f.excerpt(), f.message());
          if (isFaithful) {
            failures.add(id + ": faithful rewrite, yet " + f.location() + " \"" + f.excerpt() + "\": " + f.message());
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "claims.not-in-source on %d pairs (%d faithful): numbers %d/%d, names %d/%d "
        + "(recall %.2f), quotations %d/%d (recall %.2f), false alarms %d%n", dirs.size(), faithful, numbersFound,
        numbers, namesFound, names, names == 0 ? 1.0 : (double) namesFound / names, quotesFound, quotes,
        quotes == 0 ? 1.0 : (double) quotesFound / quotes, falseAlarms);
    assertThat(failures).as("invented or changed numbers missed, and findings on faithful rewrites").isEmpty();
    assertThat(falseAlarms).as("false alarms").isLessThanOrEqualTo((int) (MAX_FALSE_ALARMS_PER_PAIR * dirs.size()));
  }

  /** The findings that overlap an occurrence of {@code item} in the rewrite text. */
  private static List<Finding> covering(Article rewrite, String item, List<Finding> findings, String id,
      List<String> failures) {
    String text = rewrite.text();
    List<Span> at = new ArrayList<>();
    for (int i = text.indexOf(item); i >= 0; i = text.indexOf(item, i + 1)) {
      at.add(new Span(i, i + item.length()));
    }
    if (at.isEmpty()) {
      failures.add(id + ": expected.yaml names \"" + item + "\", which is not in rewrite.txt");
    }
    return findings.stream().filter(f -> at.stream().anyMatch(s -> s.overlaps(f.span()))).toList();
  }
}
