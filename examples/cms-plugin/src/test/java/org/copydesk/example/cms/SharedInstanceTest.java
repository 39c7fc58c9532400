package org.copydesk.example.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.ReportWriters;
import org.copydesk.report.Verdict;
import org.junit.jupiter.api.Test;

/** One Copydesk instance, shared by 8 threads auditing a mix of articles, gives each the single-threaded report. */
class SharedInstanceTest {
  private static final List<String> ARTICLES = List.of(
      "seed/sco-chairmanship.txt", "seed/sco-chairmanship.md", "seed/sco-chairmanship.html",
      "seed/sco-chairmanship.json", "clean/budget-council.txt", "clean/central-bank-rates.md",
      "clean/football-derby.txt", "clean/heatwave-study.md", "clean/hospital-vaccination.html",
      "clean/school-phone-ban.txt", "clean/tech-earnings.json");
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;
  private static final ReportWriter JSON = ReportWriters.byName("json").orElseThrow();

  @Test
  void eightThreadsGetTheSingleThreadedReports() throws Exception {
    Copydesk shared = Copydesk.builder().build();
    Map<String, String> expected = new LinkedHashMap<>();
    Set<Verdict> verdicts = new TreeSet<>();
    for (String a : ARTICLES) {
      Report report = shared.audit(Articles.read(Fixtures.path(a)));
      verdicts.add(report.verdict());
      expected.put(a, json(shared, report));
    }
    // the mix matters: failing, warning and passing articles, in all four formats
    assertThat(verdicts).containsExactly(Verdict.PASS, Verdict.WARN, Verdict.FAIL);

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Map<String, String>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        runs.add(threads.submit(() -> {
          start.await();
          Map<String, String> got = new LinkedHashMap<>();
          for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < ARTICLES.size(); i++) {
              // each thread walks the list from a different place, so different articles overlap
              String a = ARTICLES.get((i + offset) % ARTICLES.size());
              String report = json(shared, shared.audit(Articles.read(Fixtures.path(a))));
              String before = got.putIfAbsent(a, report);
              if (before != null && !before.equals(report)) {
                got.put(a + " (round " + round + ")", report);
              }
            }
          }
          return got;
        }));
      }
      start.countDown();
      for (Future<Map<String, String>> run : runs) {
        assertThat(run.get(5, TimeUnit.MINUTES)).containsExactlyInAnyOrderEntriesOf(expected);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static String json(Copydesk copydesk, Report report) {
    StringBuilder out = new StringBuilder();
    try {
      JSON.write(new ReportBatch("test", copydesk.ruleSetVersion(), List.of(report), List.of(), Map.of()), out,
          false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
