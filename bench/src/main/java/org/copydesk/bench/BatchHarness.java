package org.copydesk.bench;

import static org.copydesk.bench.Measures.max;
import static org.copydesk.bench.Measures.median;
import static org.copydesk.bench.Measures.min;
import static org.copydesk.bench.Measures.peakRss;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;

/**
 * Audits a folder of articles on several threads, as an aggregator's batch does, and prints articles per second,
 * MB per second and peak memory over several rounds (median and range). The folder is generated
 * ({@code --generate N}) or given ({@code --dir}; {@code .gz} files are read decompressed).
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar org.copydesk.bench.BatchHarness --generate 10000 --words 800
 * java -cp bench/target/benchmarks.jar org.copydesk.bench.BatchHarness --dir ../shared/datasets/article-extraction-benchmark/html
 * </pre>
 *
 * <p>Options: {@code --threads T} (default: the processors), {@code --rounds R} (default 5; the first is a warm-up
 * and not counted), {@code --format text|html|markdown|json} for generated articles (default text),
 * {@code --fixtures DIR} (default {@code fixtures}).
 */
public final class BatchHarness {
  private BatchHarness() {}

  private record Item(String name, String content, Format format) {}

  /**
   * Runs the batch.
   *
   * @param args see the class comment
   * @throws Exception when the folder cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    int generate = 0;
    int words = 800;
    Path dir = null;
    Path fixtures = Path.of("fixtures");
    Format format = Format.TEXT;
    int threads = Runtime.getRuntime().availableProcessors();
    int rounds = 5;
    for (int i = 0; i < args.length; i++) {
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--generate" -> generate = Integer.parseInt(v);
        case "--words" -> words = Integer.parseInt(v);
        case "--dir" -> dir = Path.of(v);
        case "--fixtures" -> fixtures = Path.of(v);
        case "--format" -> format = Format.fromId(v).orElseThrow(() -> new IllegalArgumentException("format " + v));
        case "--threads" -> threads = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; see the class comment");
      }
      i++;
    }
    boolean generated = dir == null;
    if (dir == null) {
      if (generate <= 0) {
        throw new IllegalArgumentException("give --generate N or --dir DIR");
      }
      dir = Files.createTempDirectory("copydesk-batch");
      Corpus corpus = Corpus.fromFixtures(fixtures);
      for (int i = 0; i < generate; i++) {
        Files.writeString(dir.resolve(String.format(Locale.ROOT, "a%06d.%s", i, format.extension())),
            corpus.render(format, words, i));
      }
      System.out.printf(Locale.ROOT, "generated %d %s articles of %d words in %s%n", generate, format.id(), words, dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> format(p) != null).sorted().toList();
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(Locale.ROOT, "%d files, %.1f MB on disk, %d threads, %d rounds after a warm-up%n", files.size(),
        bytes / 1e6, threads, rounds);

    Copydesk copydesk = Copydesk.builder().build();
    double[] perSecond = new double[rounds];
    double[] mbPerSecond = new double[rounds];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int r = 0; r <= rounds; r++) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong read = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong findings = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          done.add(pool.submit(() -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
              Path f = files.get(i);
              try {
                byte[] raw = read(f);
                read.addAndGet(raw.length);
                String name = f.getFileName().toString().replaceFirst("\\.gz$", "");
                findings.addAndGet(copydesk.audit(Articles.parse(new String(raw, StandardCharsets.UTF_8),
                    format(f), name)).findings().size());
              } catch (IOException | InvalidInputException e) {
                failed.incrementAndGet();
              }
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r == 0) {
          System.out.printf(Locale.ROOT, "warm-up: %.2f s, %d findings, %d unreadable%n", seconds, findings.get(),
              failed.get());
          continue;
        }
        perSecond[r - 1] = files.size() / seconds;
        mbPerSecond[r - 1] = read.get() / 1e6 / seconds;
        System.out.printf(Locale.ROOT, "round %d: %.2f s, %.0f articles/s, %.2f MB/s%n", r, seconds,
            perSecond[r - 1], mbPerSecond[r - 1]);
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf(Locale.ROOT, "articles/s: median %.0f (range %.0f–%.0f); MB/s: median %.2f (range %.2f–%.2f)%n",
        median(perSecond), min(perSecond), max(perSecond), median(mbPerSecond), min(mbPerSecond), max(mbPerSecond));
    long heapPeak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heapPeak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks) %.0f MB; peak RSS %s%n", heapPeak / 1e6, peakRss());
    if (generated) {
      for (Path f : files) {
        Files.delete(f);
      }
      Files.delete(dir);
    }
  }

  static Format format(Path p) {
    String name = p.getFileName().toString().replaceFirst("\\.gz$", "");
    return Format.fromFileName(name).orElse(null);
  }

  static byte[] read(Path f) throws IOException {
    if (!f.toString().endsWith(".gz")) {
      return Files.readAllBytes(f);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }
}
