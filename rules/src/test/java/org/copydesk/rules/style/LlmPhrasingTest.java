package org.copydesk.rules.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Report;
import org.copydesk.testing.RuleTester;
import org.junit.jupiter.api.Test;

class LlmPhrasingTest {
  private static final String PLAIN = "The council approved the budget on Tuesday. Council tax will rise by a small "
      + "amount and the library opening hours will not change, the finance director told the meeting. ";
  private static final String PUFFED = "In today's fast-paced world, the new library plays a crucial role in the "
      + "community. It stands as a testament to the council's vision, paving the way for a brighter future and "
      + "fostering a sense of belonging. Moreover, it is important to note that the project underscores the "
      + "importance of lifelong learning. ";

  @Test
  void reportsDensePuffery() {
    RuleTester.of(new LlmPhrasing())
        .expect("Library\n\n<<In today's fast-paced world>>" + PUFFED.substring("In today's fast-paced world".length())
            + PLAIN.repeat(4))
        .check();
  }

  @Test
  void staysQuietOnPlainCopyAndShortTexts() {
    RuleTester.of(new LlmPhrasing())
        .expectNothing("Library\n\n" + PLAIN.repeat(6))
        .expectNothing("Library\n\n" + PUFFED)
        .check();
  }

  @Test
  void alwaysMeasuresTheDensityIntoTheProvenanceSummary() throws Exception {
    Report r = Copydesk.builder().build().audit(Articles.parse("Library\n\n" + PLAIN.repeat(6), Format.TEXT, "x"));
    assertThat(r.provenance().signals()).containsEntry("style.llm-phrasing", 0.0);
  }

  @Test
  void realPublishedNewsRarelyScoresAboveTheThreshold() throws Exception {
    Path gt = Path.of(System.getProperty("copydesk.fixtures", "../fixtures")).toAbsolutePath().getParent()
        .resolveSibling("shared/datasets/article-extraction-benchmark/ground-truth.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gt), "benchmark data not beside the checkout");
    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(gt.toFile());
    Copydesk copydesk = Copydesk.builder().build();
    int flagged = 0;
    int total = 0;
    for (var e : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
        root.properties()::iterator) {
      Report r = copydesk.audit(Articles.parse(e.getValue().path("articleBody").asText(), Format.TEXT, e.getKey()));
      total++;
      if (r.findings().stream().anyMatch(f -> f.ruleId().equals("style.llm-phrasing"))) {
        flagged++;
      }
    }
    System.out.printf("style.llm-phrasing flagged %d of %d published news bodies%n", flagged, total);
    assertThat(flagged).as("published news flagged").isLessThanOrEqualTo(total / 50);
  }
}
