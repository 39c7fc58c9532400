package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.SourceMap;
import org.copydesk.crawl.CrawlReader;
import org.copydesk.crawl.CrawlRecord;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;

/**
 * Audits many inputs on a pool of threads and gives the results back in input order, so the report is the same
 * whatever the number of threads. A crawl file (WARC, JSON Lines) is read on the calling thread, one page at a
 * time, and its pages are parsed and audited on the pool, with a bounded number in flight, so no more than a few
 * pages' text is held at once whatever the size of the file (the reports are kept until the end, for the report
 * in input order). Shared by {@code check} and {@code baseline}.
 */
final class BatchAudit {
  /**
   * The outcome for one article: a report and its source, why it could not be read, or neither (ignored).
   *
   * @param input the input it came from (a file, or the crawl file holding the page)
   * @param url the page's URL: a crawl record's target, else the article's own (canonical) URL, or {@code null}
   * @param source the article's source lines, for writers that quote them; {@code null} for pages of a crawl,
   *     which are too many to keep
   */
  record Outcome(String input, Report report, SourceMap source, ReportBatch.InputFailure failure, String url) {}

  /** Pages of a crawl parsed or audited at once, per thread: enough to keep the threads busy, no more. */
  private static final int IN_FLIGHT_PER_THREAD = 8;

  private BatchAudit() {}

  /**
   * Audits {@code files}, each read and audited on one of the pool's threads; crawl files give one outcome per
   * page, in the order of the file.
   *
   * @param auditor the auditor for an input (policies may differ per folder), or {@code null} to leave it out
   * @param jobs threads to use, at least 1
   * @param source the original every input is checked against ({@code check --source}), or {@code null}
   * @param progress where to draw a progress bar, or {@code null} for none
   */
  static List<Outcome> run(List<String> files, Format forced, Function<String, Copydesk> auditor, int jobs,
      Article source, Progress progress) {
    List<Outcome> out = new ArrayList<>(files.size());
    if (files.isEmpty()) {
      return out;
    }
    boolean crawl = files.stream().anyMatch(BatchAudit::isCrawl);
    int total = crawl ? -1 : files.size();
    int threads = Math.max(1, crawl ? jobs : Math.min(jobs, files.size()));
    AtomicInteger done = new AtomicInteger();
    if (threads == 1) {
      try {
        for (String f : files) {
          tasks(f, forced, auditor, source, task -> {
            out.add(task.call());
            tick(progress, done, total);
          });
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "copydesk-audit");
        t.setDaemon(true);
        return t;
      });
      Semaphore inFlight = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
      try {
        List<Future<Outcome>> futures = new ArrayList<>(files.size());
        for (String f : files) {
          tasks(f, forced, auditor, source, task -> {
            inFlight.acquire();
            futures.add(pool.submit(() -> {
              try {
                Outcome o = task.call();
                tick(progress, done, total);
                return o;
              } finally {
                inFlight.release();
              }
            }));
          });
        }
        for (Future<Outcome> fu : futures) {
          out.add(fu.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException re) {
          throw re;
        }
        if (c instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(c);
      } finally {
        pool.shutdownNow();
      }
    }
    if (progress != null) {
      progress.finish();
    }
    return out;
  }

  /** Whether an input is a crawl file, read page by page rather than as one article. */
  static boolean isCrawl(String input) {
    return !input.equals("-") && CrawlReader.kindOf(input) != null;
  }

  /** Work for one outcome; {@link #tasks} hands them over in input order. */
  private interface Task {
    Outcome call();
  }

  private interface Sink {
    void accept(Task task) throws InterruptedException;
  }

  /** The tasks of one input: one for a file, one per page for a crawl file. */
  private static void tasks(String input, Format forced, Function<String, Copydesk> auditor, Article source,
      Sink sink) throws InterruptedException {
    Copydesk copydesk = auditor.apply(input);
    if (copydesk == null) {
      sink.accept(() -> new Outcome(input, null, null, null, null)); // its policy ignores it
      return;
    }
    if (!isCrawl(input)) {
      sink.accept(() -> one(input, forced, copydesk, source));
      return;
    }
    CrawlReader reader;
    try {
      reader = CrawlReader.open(Path.of(input), copydesk.limits());
    } catch (IOException | RuntimeException e) {
      String why = e instanceof java.nio.file.NoSuchFileException ? input + ": no such file"
          : input + ": cannot read (" + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())
          + ")";
      sink.accept(() -> failed(input, why));
      return;
    }
    try (reader) {
      while (true) {
        CrawlRecord page;
        try {
          if (!reader.hasNext()) {
            break;
          }
          page = reader.next();
        } catch (UncheckedIOException e) {
          // the file is cut short or not WARC: the pages read so far stand, the file is reported
          sink.accept(() -> failed(input, e.getMessage()));
          break;
        }
        sink.accept(() -> page(input, page, copydesk, source));
      }
    } catch (IOException e) {
      // closing a file that was read: nothing is lost
    }
  }

  private static Outcome failed(String input, String message) {
    return new Outcome(input, null, null, new ReportBatch.InputFailure(input, message), null);
  }

  private static Outcome one(String input, Format forced, Copydesk copydesk, Article source) {
    try {
      Article article = Inputs.read(input, forced, copydesk.limits());
      Report report = source == null ? copydesk.audit(article) : copydesk.audit(article, source);
      return new Outcome(input, report, article.sourceMap(), null, article.metadata().url());
    } catch (InvalidInputException e) {
      return new Outcome(input, null, null, new ReportBatch.InputFailure(input, e.getMessage()), null);
    }
  }

  private static Outcome page(String input, CrawlRecord page, Copydesk copydesk, Article source) {
    try {
      Article article = page.toArticle(copydesk.limits());
      Report report = source == null ? copydesk.audit(article) : copydesk.audit(article, source);
      String url = page.url() != null ? page.url() : article.metadata().url();
      return new Outcome(input, report, null, null, url);
    } catch (InvalidInputException e) {
      return new Outcome(input, null, null, new ReportBatch.InputFailure(page.source(), e.getMessage()), null);
    }
  }

  private static void tick(Progress progress, AtomicInteger done, int total) {
    int n = done.incrementAndGet();
    if (progress != null) {
      progress.update(n, total);
    }
  }

  /** Reports, failures and sources of outcomes, in order; failures are also printed to {@code err}. */
  static ReportBatch batch(List<Outcome> outcomes, List<ReportBatch.InputFailure> earlier, String ruleSetVersion,
      PrintWriter err) {
    List<Report> reports = new ArrayList<>();
    List<ReportBatch.InputFailure> failures = new ArrayList<>(earlier);
    Map<String, SourceMap> sources = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      if (o.failure() != null) {
        failures.add(o.failure());
        err.println("copydesk: " + o.failure().message());
      } else if (o.report() != null) {
        reports.add(o.report());
        if (o.source() != null) {
          sources.put(o.report().source(), o.source());
        }
      }
    }
    return new ReportBatch(Versions.VERSION, ruleSetVersion, reports, failures, sources);
  }

  /** A one-line progress bar on a terminal's standard error, redrawn at most ten times a second. */
  static final class Progress {
    private final PrintWriter err;
    private long last;
    private boolean drawn;

    Progress(PrintWriter err) {
      this.err = err;
    }

    /** A bar only where a person watches: a terminal, not CI, more than one input or a crawl file. */
    static Progress forTerminal(PrintWriter err, List<String> inputs, boolean terminal) {
      boolean ci = System.getenv("CI") != null;
      boolean many = inputs.size() > 1 || inputs.stream().anyMatch(BatchAudit::isCrawl);
      return terminal && !ci && many ? new Progress(err) : null;
    }

    /** Redraws the bar; with {@code total} unknown (negative, a crawl being read), only the count. */
    synchronized void update(int done, int total) {
      long now = System.nanoTime();
      if (done != total && now - last < 100_000_000L) {
        return;
      }
      last = now;
      if (total < 0) {
        err.print("\r" + done + " articles");
        err.flush();
        drawn = true;
        return;
      }
      int width = 30;
      int filled = (int) ((long) done * width / total);
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " articles");
      err.flush();
      drawn = true;
    }

    synchronized void finish() {
      if (drawn) {
        err.print("\r" + " ".repeat(60) + "\r");
        err.flush();
      }
    }
  }
}
