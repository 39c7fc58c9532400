package org.copydesk.bench.languagetool;

import static org.copydesk.bench.Measures.max;
import static org.copydesk.bench.Measures.median;
import static org.copydesk.bench.Measures.min;
import static org.copydesk.bench.Measures.peakRss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.bench.Corpus;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * The same corpus through Copydesk's whole default audit and through LanguageTool's English checker, in one JVM
 * (issue 9, deliverable 3). For each tool: build time, heap retained after the build and after a warm-up pass, and
 * the warm time per article on one thread (median over passes, with the range: wall time; the CPU time of the
 * checking thread, which a loaded machine disturbs less; the CPU time of the whole JVM, which adds the garbage
 * collector and the JIT; and the time in GC pauses), then the ratios.
 *
 * <p>The corpus: {@code --articles N} generated plain-text articles of {@code --words W} words
 * ({@link Corpus}, seeds 0..N-1, the articles the JMH benchmarks and the batch harness audit), plus the English
 * {@code articleBody} texts of the article-extraction benchmark's ground truth when {@code --real FILE} exists
 * (default {@code ../shared/datasets/article-extraction-benchmark/ground-truth.json}; {@code --real none} leaves
 * them out). A body counts as English when at least 97% of its letters are ASCII and at least 20% of its words are
 * common English function words ("the", "of", "and", ...), a test that uses neither tool under measurement.
 *
 * <p>{@code --write DIR} also writes every article as {@code DIR/<name>.txt}, so that codespell and the Copydesk
 * command line can read the same words ({@code bench-languagetool/README.md}).
 *
 * <p>Other options: {@code --real-limit K} keeps the first K English bodies (in the ground truth's key order, a
 * hash); {@code --warm-up S} repeats untimed passes until S seconds have passed (at least one; default 20, as
 * the JIT is still compiling Copydesk's audit after 5 s);
 * {@code --passes P} timed passes of Copydesk (default 5) and {@code --lt-passes P} of LanguageTool (default 3,
 * as one pass of 200 articles takes it minutes); {@code --fixtures DIR} (default {@code fixtures});
 * {@code --tools copydesk,languagetool} (default both).
 *
 * <pre>
 * java -Xmx2g -cp 'bench-languagetool/target/lib/*:bench-languagetool/target/classes' \
 *   org.copydesk.bench.languagetool.LanguageToolComparison --articles 200 --write /tmp/corpus
 * </pre>
 */
public final class LanguageToolComparison {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "a", "to", "in", "is", "was", "that",
      "for", "it", "on", "with", "as", "he", "she", "they", "at", "by", "this", "from", "but", "be", "are", "have",
      "has", "had", "not", "or", "an", "which", "were", "his", "her", "their", "its", "will", "would", "we", "you");

  private LanguageToolComparison() {}

  /** One article of the corpus: a name (also its file name), a group (generated or real) and its text. */
  private record Text(String name, String group, String text) {}

  /** What one tool does with one article: the number of findings or matches it reports. */
  private interface Checker {
    int check(Text t) throws Exception;
  }

  /** One tool's measurements. */
  private record Result(String tool, double buildMs, long retainedAfterBuild, long retainedAfterWarmUp,
      Map<String, double[]> msPerArticle, double[] cpuMsPerArticle, double[] processCpuMsPerArticle,
      double[] gcMsPerArticle, long findings) {}

  /**
   * Runs the comparison.
   *
   * @param args see the class comment
   * @throws Exception when the corpus cannot be read or written, or a tool fails
   */
  public static void main(String[] args) throws Exception {
    int articles = 200;
    int words = 800;
    int passes = 5;
    int ltPasses = 3;
    int realLimit = Integer.MAX_VALUE;
    double warmUpSeconds = 20;
    Path fixtures = Path.of("fixtures");
    String real = "../shared/datasets/article-extraction-benchmark/ground-truth.json";
    Path write = null;
    List<String> tools = List.of("copydesk", "languagetool");
    for (int i = 0; i < args.length; i++) {
      if (i + 1 >= args.length) {
        usage("option " + args[i] + " needs a value");
      }
      String v = args[++i];
      switch (args[i - 1]) {
        case "--articles" -> articles = positive(args[i - 1], v);
        case "--words" -> words = positive(args[i - 1], v);
        case "--passes" -> passes = positive(args[i - 1], v);
        case "--lt-passes" -> ltPasses = positive(args[i - 1], v);
        case "--real-limit" -> realLimit = positive(args[i - 1], v);
        case "--warm-up" -> warmUpSeconds = positive(args[i - 1], v);
        case "--fixtures" -> fixtures = Path.of(v);
        case "--real" -> real = v;
        case "--write" -> write = Path.of(v);
        case "--tools" -> tools = List.of(v.split(","));
        default -> usage("unknown option " + args[i - 1]);
      }
    }
    for (String t : tools) {
      if (!t.equals("copydesk") && !t.equals("languagetool")) {
        usage("unknown tool " + t + "; give copydesk, languagetool or both");
      }
    }
    if (!Files.isDirectory(fixtures.resolve("seed"))) {
      usage("no fixtures at " + fixtures.toAbsolutePath() + "; run from the repository root or give --fixtures");
    }

    List<Text> corpus = new ArrayList<>();
    Corpus generator = Corpus.fromFixtures(fixtures);
    for (int i = 0; i < articles; i++) {
      corpus.add(new Text(String.format(Locale.ROOT, "gen-%05d", i), "generated", generator.text(words, i)));
    }
    int realSeen = 0;
    Path realFile = real.equals("none") ? null : Path.of(real);
    if (realFile != null && Files.isRegularFile(realFile)) {
      JsonNode truth = new ObjectMapper().readTree(realFile.toFile());
      for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        realSeen++;
        String body = truth.path(key).path("articleBody").asText("").strip();
        if (!body.isEmpty() && english(body) && corpus.size() - articles < realLimit) {
          corpus.add(new Text("real-" + key.substring(0, Math.min(12, key.length())), "real", body));
        }
      }
    } else if (realFile != null) {
      System.out.println("no real articles: " + realFile + " not found");
    }
    if (write != null) {
      Files.createDirectories(write);
      for (Text t : corpus) {
        Files.writeString(write.resolve(t.name() + ".txt"), t.text() + "\n");
      }
    }
    Map<String, int[]> size = new LinkedHashMap<>();
    for (Text t : corpus) {
      int[] s = size.computeIfAbsent(t.group(), g -> new int[3]);
      s[0]++;
      s[1] += WORD.matcher(t.text()).results().count();
      s[2] += t.text().length();
    }
    System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB, load average %.2f%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (Map.Entry<String, int[]> e : size.entrySet()) {
      System.out.printf(Locale.ROOT, "corpus %-9s %4d articles, %7d words (mean %d), %.2f MB of text%s%n", e.getKey(),
          e.getValue()[0], e.getValue()[1], e.getValue()[1] / e.getValue()[0], e.getValue()[2] / 1e6,
          e.getKey().equals("real") ? " (English bodies: " + e.getValue()[0] + " of " + realSeen + ")" : "");
    }
    if (write != null) {
      System.out.println("wrote " + corpus.size() + " .txt files to " + write.toAbsolutePath());
    }
    System.out.printf(Locale.ROOT, "one thread; warm-up passes for at least %.0f s, then %d timed passes (Copydesk),"
        + " %d (LanguageTool); median [min–max]%n%n", warmUpSeconds, passes, ltPasses);

    List<Result> results = new ArrayList<>();
    for (String tool : tools) {
      results.add(tool.equals("copydesk") ? measure("Copydesk", corpus, passes, warmUpSeconds, () -> {
        Copydesk c = Copydesk.builder().build();
        return t -> {
          Article a = Articles.parse(t.text(), Format.TEXT, t.name());
          return c.audit(a).findings().size();
        };
      }) : measure("LanguageTool", corpus, ltPasses, warmUpSeconds, () -> {
        JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        return t -> lt.check(t.text()).size();
      }));
    }

    System.out.println();
    System.out.printf(Locale.ROOT, "%-13s %9s %13s %13s", "tool", "build ms", "heap build MB", "heap warm MB");
    for (String g : size.keySet()) {
      System.out.printf(Locale.ROOT, " %28s", g + " ms/article");
    }
    System.out.printf(Locale.ROOT, " %28s %28s %28s %20s %10s%n", "all ms/article", "thread CPU ms/article",
        "JVM CPU ms/article", "GC ms/article", "findings");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "%-13s %9.0f %13.1f %13.1f", r.tool(), r.buildMs(), r.retainedAfterBuild() / 1e6,
          r.retainedAfterWarmUp() / 1e6);
      for (String g : size.keySet()) {
        System.out.printf(Locale.ROOT, " %28s", spread(r.msPerArticle().get(g)));
      }
      System.out.printf(Locale.ROOT, " %28s %28s %28s %20.3f %10d%n", spread(r.msPerArticle().get("all")),
          spread(r.cpuMsPerArticle()), spread(r.processCpuMsPerArticle()), median(r.gcMsPerArticle()), r.findings());
    }
    if (results.size() == 2) {
      Result cd = results.get(0).tool().equals("Copydesk") ? results.get(0) : results.get(1);
      Result lt = cd == results.get(0) ? results.get(1) : results.get(0);
      System.out.println();
      // the ratio of medians, and its range from the extreme passes (fastest LanguageTool / slowest Copydesk ...)
      double[] c = cd.msPerArticle().get("all");
      double[] l = lt.msPerArticle().get("all");
      System.out.printf(Locale.ROOT, "LanguageTool / Copydesk time per article (all): %.0fx [%.0fx–%.0fx]; "
          + "articles/s on one thread: Copydesk %.0f, LanguageTool %.1f%n", median(l) / median(c), min(l) / max(c),
          max(l) / min(c), 1000 / median(c), 1000 / median(l));
      System.out.printf(Locale.ROOT, "LanguageTool / Copydesk CPU time per article: %.0fx (checking thread), %.0fx"
          + " (whole JVM)%n", median(lt.cpuMsPerArticle()) / median(cd.cpuMsPerArticle()),
          median(lt.processCpuMsPerArticle()) / median(cd.processCpuMsPerArticle()));
      for (String g : size.keySet()) {
        System.out.printf(Locale.ROOT, "LanguageTool / Copydesk time per article (%s): %.0fx%n", g,
            median(lt.msPerArticle().get(g)) / median(cd.msPerArticle().get(g)));
      }
    }
    System.out.printf(Locale.ROOT, "peak RSS of this JVM (both tools and the corpus): %s%n", peakRss());
  }

  /** A supplier of a checker whose construction is what "build" times. */
  private interface Builder {
    Checker build() throws Exception;
  }

  private static Result measure(String tool, List<Text> corpus, int passes, double warmUpSeconds, Builder builder)
      throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long t0 = System.nanoTime();
    Checker checker = builder.build();
    double buildMs = (System.nanoTime() - t0) / 1e6;
    long afterBuild = usedAfterGc(memory) - before;
    long t1 = System.nanoTime();
    long findings = pass(checker, corpus, null);
    int warmUps = 1;
    System.out.printf(Locale.ROOT, "%s: built in %.0f ms; first pass %.1f s, %d findings%n", tool, buildMs,
        (System.nanoTime() - t1) / 1e9, findings);
    while (System.nanoTime() - t1 < warmUpSeconds * 1e9) {
      pass(checker, corpus, null);
      warmUps++;
    }
    System.out.printf(Locale.ROOT, "%s: %d warm-up passes in %.1f s%n", tool, warmUps, (System.nanoTime() - t1) / 1e9);
    long afterWarmUp = usedAfterGc(memory) - before;
    Map<String, double[]> ms = new LinkedHashMap<>();
    Map<String, Integer> count = new LinkedHashMap<>();
    for (Text t : corpus) {
      count.merge(t.group(), 1, Integer::sum);
    }
    count.put("all", corpus.size());
    for (String g : count.keySet()) {
      ms.put(g, new double[passes]);
    }
    double[] cpu = new double[passes];
    double[] processCpu = new double[passes];
    double[] gc = new double[passes];
    for (int p = 0; p < passes; p++) {
      Map<String, Long> nanos = new LinkedHashMap<>();
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long process0 = processCpuNanos();
      long gc0 = gcMillis();
      long f = pass(checker, corpus, nanos);
      cpu[p] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6 / corpus.size();
      processCpu[p] = (processCpuNanos() - process0) / 1e6 / corpus.size();
      gc[p] = (gcMillis() - gc0) / (double) corpus.size();
      if (f != findings) {
        throw new IllegalStateException(tool + " found " + f + " then " + findings + " on the same corpus");
      }
      long total = 0;
      for (Map.Entry<String, Long> e : nanos.entrySet()) {
        ms.get(e.getKey())[p] = e.getValue() / 1e6 / count.get(e.getKey());
        total += e.getValue();
      }
      ms.get("all")[p] = total / 1e6 / corpus.size();
      System.out.printf(Locale.ROOT, "%s: pass %d %.1f s, %.3f ms/article (CPU: this thread %.3f, the JVM %.3f;"
          + " GC pauses %.3f)%n", tool, p + 1, total / 1e9, ms.get("all")[p], cpu[p], processCpu[p], gc[p]);
    }
    // the checker is unreachable once this returns, so the next tool's baseline does not count it
    return new Result(tool, buildMs, afterBuild, afterWarmUp, ms, cpu, processCpu, gc, findings);
  }

  /** Checks every article once; adds the time spent on each group to {@code nanos} when given. */
  private static long pass(Checker checker, List<Text> corpus, Map<String, Long> nanos) throws Exception {
    long findings = 0;
    for (Text t : corpus) {
      long t0 = System.nanoTime();
      findings += checker.check(t);
      if (nanos != null) {
        nanos.merge(t.group(), System.nanoTime() - t0, Long::sum);
      }
    }
    return findings;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of the whole JVM (all threads: the checker, the garbage collector, the JIT), or 0 if unknown. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** English by letters and function words; see the class comment. */
  static boolean english(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long ascii = text.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
    if (letters == 0 || ascii < 0.97 * letters) {
      return false;
    }
    int all = 0;
    int function = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      all++;
      if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
        function++;
      }
    }
    return function >= 0.2 * all;
  }

  private static String spread(double[] v) {
    return String.format(Locale.ROOT, "%.3f [%.3f–%.3f]", median(v), min(v), max(v));
  }

  private static int positive(String option, String v) {
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    usage(option + " needs a positive whole number, not " + v);
    return 0;
  }

  private static void usage(String problem) {
    System.err.println("LanguageToolComparison: " + problem);
    System.err.println("options: --articles N --words W --passes P --lt-passes P --warm-up SECONDS --fixtures DIR"
        + " --real FILE|none --real-limit K --write DIR --tools copydesk,languagetool");
    System.exit(2);
  }
}
