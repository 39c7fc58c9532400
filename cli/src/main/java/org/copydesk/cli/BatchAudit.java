package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.SourceMap;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;

/**
 * Audits many inputs on a pool of threads and gives the results back in input order, so the report is the same
 * whatever the number of threads. Shared by {@code check} and {@code baseline}.
 */
final class BatchAudit {
  /** The outcome for one input: a report and its source, why it could not be read, or neither (ignored). */
  record Outcome(String input, Report report, SourceMap source, ReportBatch.InputFailure failure) {}

  private BatchAudit() {}

  /**
   * Audits {@code files}, each read and audited on one of the pool's threads.
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
    int threads = Math.max(1, Math.min(jobs, files.size()));
    AtomicInteger done = new AtomicInteger();
    if (threads == 1) {
      for (String f : files) {
        out.add(one(f, forced, auditor, source));
        tick(progress, done, files.size());
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "copydesk-audit");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<Outcome>> futures = new ArrayList<>(files.size());
        for (String f : files) {
          futures.add(pool.submit(() -> {
            Outcome o = one(f, forced, auditor, source);
            tick(progress, done, files.size());
            return o;
          }));
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

  private static void tick(Progress progress, AtomicInteger done, int total) {
    int n = done.incrementAndGet();
    if (progress != null) {
      progress.update(n, total);
    }
  }

  private static Outcome one(String input, Format forced, Function<String, Copydesk> auditor, Article source) {
    Copydesk copydesk = auditor.apply(input);
    if (copydesk == null) {
      return new Outcome(input, null, null, null); // its policy ignores it
    }
    try {
      Article article = Inputs.read(input, forced, copydesk.limits());
      Report report = source == null ? copydesk.audit(article) : copydesk.audit(article, source);
      return new Outcome(input, report, article.sourceMap(), null);
    } catch (InvalidInputException e) {
      return new Outcome(input, null, null, new ReportBatch.InputFailure(input, e.getMessage()));
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
        sources.put(o.report().source(), o.source());
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

    /** A bar only where a person watches: a terminal, not CI, more than one input. */
    static Progress forTerminal(PrintWriter err, int inputs, boolean terminal) {
      boolean ci = System.getenv("CI") != null;
      return terminal && !ci && inputs > 1 ? new Progress(err) : null;
    }

    synchronized void update(int done, int total) {
      long now = System.nanoTime();
      if (done < total && now - last < 100_000_000L) {
        return;
      }
      last = now;
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
