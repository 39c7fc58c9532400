package org.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriters;
import org.copydesk.rule.Severity;
import org.copydesk.testing.TestRules;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {
  private static final int THREADS = 8;
  private static final int RUNS = 50;

  private static String json(Report r, Article a) throws Exception {
    StringBuilder sb = new StringBuilder();
    ReportWriters.byName("json").orElseThrow().write(
        new ReportBatch("test", r.ruleSetVersion(), List.of(r), List.of(), Map.of(a.source(), a.sourceMap())),
        sb, false);
    return sb.toString();
  }

  @Test
  void oneInstanceManyThreadsSameReports() throws Exception {
    Article article = Articles.parse(String.join("\n",
        "# Leaders Meet in Tianjin",
        "",
        "The Shanghai Cooperation Organization represents more than 40% of the world's population, and its",
        "members hold $23 trillion in assets. Mr. Li said 1,200 people from ten nations arrived on Monday.",
        "",
        "- The budget vote failed at 10:30.",
        "- The Bank of England said the budget was late.",
        ""), Format.MARKDOWN, "story.md");
    Copydesk copydesk = Copydesk.builder()
        .addPack(TestRules.pack("test",
            TestRules.word("claims.budget", Severity.WARNING, "budget"),
            TestRules.quantities("claims.figures"),
            TestRules.names("language.names"),
            TestRules.throwing("integrity.boom")))
        .build();
    String expected = json(copydesk.audit(article), article);
    assertThat(expected).contains("\"claims.figures\"", "\"language.names\"", "\"claims.budget\"");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          List<String> out = new ArrayList<>();
          for (int i = 0; i < RUNS; i++) {
            out.add(json(copydesk.audit(article), article));
          }
          return out;
        }));
      }
      start.countDown();
      int n = 0;
      for (Future<List<String>> f : futures) {
        for (String s : f.get(60, TimeUnit.SECONDS)) {
          assertThat(s).isEqualTo(expected);
          n++;
        }
      }
      assertThat(n).isEqualTo(THREADS * RUNS);
    } finally {
      pool.shutdownNow();
    }
  }
}
