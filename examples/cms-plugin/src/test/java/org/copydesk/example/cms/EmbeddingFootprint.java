package org.copydesk.example.cms;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.report.Policy;
import org.copydesk.report.Report;
import org.copydesk.rule.Severity;

/**
 * Not a test: a small program that measures what docs/embedding.md reports about one embedded Copydesk: how long
 * building takes (the first build in a JVM and later ones), how long a warm audit of a typical article takes,
 * the heap a built instance retains, whether auditing retains anything, and what one audit allocates. An audit
 * here is what {@link ArticleGate} runs: parse the draft's text, then audit it. Wall-clock
 * figures from one run on one machine; for careful timings use the JMH benchmarks in {@code bench/}.
 *
 * <p>Run from the repository root after {@code mvn -q -o -B -DskipTests package}:
 *
 * <pre>
 * java -XX:+UseSerialGC -cp examples/cms-plugin/target/test-classes:examples/cms-plugin/target/classes:cli/target/copydesk.jar \
 *     org.copydesk.example.cms.EmbeddingFootprint fixtures
 * </pre>
 */
public final class EmbeddingFootprint {
  private static final List<String> ARTICLES = List.of(
      "clean/budget-council.txt", "clean/central-bank-rates.md", "clean/football-derby.txt",
      "clean/heatwave-study.md", "clean/hospital-vaccination.html", "clean/school-phone-ban.txt",
      "clean/tech-earnings.json", "seed/sco-chairmanship.txt", "seed/sco-chairmanship.html");
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private EmbeddingFootprint() {}

  public static void main(String[] args) throws Exception {
    Path fixtures = Path.of(args.length > 0 ? args[0] : "fixtures");
    List<Draft> articles = new ArrayList<>();
    for (String a : ARTICLES) {
      // reading one through Articles also loads the parsers, so the baseline below does not count them
      Articles.read(fixtures.resolve(a));
      articles.add(new Draft(a, Files.readString(fixtures.resolve(a)), Format.fromFileName(a).orElseThrow()));
    }
    long baseline = usedHeap();

    long t0 = System.nanoTime();
    Copydesk copydesk = Copydesk.builder().build();
    long firstBuild = System.nanoTime() - t0;
    long built = usedHeap();

    double[] builds = new double[20];
    for (int i = 0; i < builds.length; i++) {
      long s = System.nanoTime();
      Reference.reachabilityFence(Copydesk.builder().build());
      builds[i] = (System.nanoTime() - s) / 1e6;
    }

    long t1 = System.nanoTime();
    audit(copydesk, articles.get(0));
    long firstAudit = System.nanoTime() - t1;

    for (int i = 0; i < 2_000; i++) {
      audit(copydesk, articles.get(i % articles.size()));
    }
    System.out.printf(Locale.ROOT, "rule set %s, %d rules%n", copydesk.ruleSetVersion(), copydesk.rules().size());
    System.out.printf(Locale.ROOT, "first build in this JVM: %.1f ms; later builds: median %.2f ms%n",
        firstBuild / 1e6, median(builds));
    System.out.printf(Locale.ROOT, "first audit (cold, %s): %.1f ms%n", ARTICLES.get(0), firstAudit / 1e6);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long me = Thread.currentThread().getId();
    for (int i = 0; i < articles.size(); i++) {
      Draft a = articles.get(i);
      double[] times = new double[300];
      for (int r = 0; r < times.length; r++) {
        long s = System.nanoTime();
        audit(copydesk, a);
        times[r] = (System.nanoTime() - s) / 1e6;
      }
      long before = threads.getThreadAllocatedBytes(me);
      audit(copydesk, a);
      long allocated = threads.getThreadAllocatedBytes(me) - before;
      System.out.printf(Locale.ROOT, "warm audit %-34s %5d chars: median %.2f ms, p90 %.2f ms, allocates %.1f MB%n",
          a.name(), a.content().length(), median(times), percentile(times, 0.9), allocated / 1e6);
    }

    long beforeHundred = usedHeap();
    for (int i = 0; i < 100; i++) {
      audit(copydesk, articles.get(i % articles.size()));
    }
    long afterHundred = usedHeap();
    System.out.printf(Locale.ROOT, "heap used: before build %.1f MB, after build %.1f MB (retained by the instance"
        + " and the rule data it loaded: %.1f MB)%n", baseline / 1e6, built / 1e6, (built - baseline) / 1e6);
    System.out.printf(Locale.ROOT, "heap used after warm-up audits %.1f MB (%.1f MB above the baseline: the"
        + " instance and everything its rules load on first use)%n", beforeHundred / 1e6,
        (beforeHundred - baseline) / 1e6);
    System.out.printf(Locale.ROOT, "heap used after 100 more audits %.1f MB (difference %+.2f MB)%n",
        afterHundred / 1e6, (afterHundred - beforeHundred) / 1e6);
    Copydesk second = Copydesk.builder().policy(Policy.defaults().withFailOn(Severity.WARNING)).build();
    audit(second, articles.get(0));
    long withSecond = usedHeap();
    System.out.printf(Locale.ROOT, "a second instance (another policy) adds %.2f MB%n",
        (withSecond - afterHundred) / 1e6);
    Reference.reachabilityFence(copydesk);
    Reference.reachabilityFence(second);
    Reference.reachabilityFence(articles);
  }

  /** An article as a CMS holds it: text in a format, parsed on every audit as {@link ArticleGate} does. */
  private record Draft(String name, String content, Format format) {}

  private static Report audit(Copydesk copydesk, Draft draft) throws InvalidInputException {
    return copydesk.audit(draft.content(), draft.format(), draft.name());
  }

  /** Heap in use after the collector has had every chance to free what is unreachable. */
  private static long usedHeap() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static double median(double[] values) {
    return percentile(values, 0.5);
  }

  private static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }
}
