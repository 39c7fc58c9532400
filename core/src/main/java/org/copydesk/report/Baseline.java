package org.copydesk.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Today's findings, recorded so that a later check fails only on new ones. Entries are keyed by the article's
 * path (as the caller names it, usually relative to the baseline file) and the finding's {@link Fingerprint},
 * which holds no line numbers: a baseline survives edits elsewhere in the article. Immutable and thread-safe.
 */
public final class Baseline {
  /** The file format's version. */
  public static final int VERSION = 1;

  /**
   * One recorded finding.
   *
   * @param source the article's path
   * @param ruleId the rule
   * @param fingerprint the finding's fingerprint
   * @param excerpt the flagged text, for people reading the file
   * @param line its line when recorded, for people reading the file (not used for matching)
   */
  public record Entry(String source, String ruleId, String fingerprint, String excerpt, int line) {
    public Entry {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(excerpt, "excerpt");
    }
  }

  /**
   * What a check against the baseline found, for the batch summary.
   *
   * @param file the baseline file
   * @param newFindings findings not in the baseline (these count)
   * @param known findings in the baseline (suppressed with directive {@code baseline})
   * @param fixed entries whose finding is gone from articles that were checked
   */
  public record Summary(String file, int newFindings, int known, List<Entry> fixed) {
    public Summary {
      fixed = List.copyOf(fixed);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final List<Entry> entries;
  private final Map<String, Set<String>> bySource = new TreeMap<>();

  private Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::source).thenComparingInt(Entry::line)
        .thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint));
    this.entries = List.copyOf(sorted);
    for (Entry e : this.entries) {
      bySource.computeIfAbsent(e.source(), k -> new HashSet<>()).add(e.fingerprint());
    }
  }

  /** Records every live finding of a batch; {@code key} names each report's article (e.g. a relative path). */
  public static Baseline of(ReportBatch batch, Function<Report, String> key) {
    List<Entry> out = new ArrayList<>();
    for (Report r : batch.reports()) {
      List<String> fps = Fingerprint.of(r);
      for (int i = 0; i < r.findings().size(); i++) {
        Finding f = r.findings().get(i);
        out.add(new Entry(key.apply(r), f.ruleId(), fps.get(i), f.excerpt(), f.location().line()));
      }
    }
    return new Baseline(out);
  }

  /** The recorded findings, by source, then line. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Moves the report's findings that the baseline knows to {@link Report#suppressed()} (directive
   * {@code baseline}), rescoring under {@code policy}.
   */
  public Report apply(Report report, String key, Policy policy) {
    Set<String> known = bySource.getOrDefault(key, Set.of());
    if (known.isEmpty()) {
      return report;
    }
    List<String> fps = Fingerprint.of(report);
    Set<Finding> hit = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i < fps.size(); i++) {
      if (known.contains(fps.get(i))) {
        hit.add(report.findings().get(i));
      }
    }
    return report.withSuppressed(hit::contains, "baseline", "recorded in the baseline", policy);
  }

  /** Entries for {@code key} whose finding no longer appears among the report's findings, live or suppressed. */
  public List<Entry> fixed(Report report, String key) {
    Set<String> now = new HashSet<>(Fingerprint.of(report));
    now.addAll(Fingerprint.ofSuppressed(report));
    return entries.stream().filter(e -> e.source().equals(key) && !now.contains(e.fingerprint())).toList();
  }

  /** The baseline file: JSON, one entry per finding, sorted, so that it diffs well in version control. */
  public String toJson() {
    FileShape f = new FileShape();
    f.version = VERSION;
    f.entries = entries;
    try {
      return MAPPER.writeValueAsString(f) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a baseline file.
   *
   * @throws IllegalArgumentException with a one-line message when it is missing or not a baseline
   */
  public static Baseline load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("baseline " + file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException("baseline " + file + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    try {
      FileShape f = MAPPER.readValue(text, FileShape.class);
      if (f.version != VERSION || f.entries == null) {
        throw new IllegalArgumentException("baseline " + file + ": not a Copydesk baseline (version " + VERSION
            + " with entries expected)");
      }
      return new Baseline(f.entries);
    } catch (IOException e) {
      String m = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
      throw new IllegalArgumentException("baseline " + file + ": " + m);
    } catch (NullPointerException e) {
      throw new IllegalArgumentException("baseline " + file + ": an entry lacks a field (" + e.getMessage() + ")");
    }
  }

  /** The file shape. */
  static final class FileShape {
    @JsonProperty public int version;
    @JsonProperty public List<Entry> entries;
  }
}
