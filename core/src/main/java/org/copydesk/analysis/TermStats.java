package org.copydesk.analysis;

import java.util.Collections;
import java.util.Map;

/** Word frequencies of the article body (lower-cased words of three letters or more, stop words excluded). */
public final class TermStats {
  private final Map<String, Integer> counts;
  private final int total;

  TermStats(Map<String, Integer> counts) {
    this.counts = Collections.unmodifiableMap(counts);
    this.total = counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** How often a lower-cased term occurs in the body. */
  public int count(String term) {
    return counts.getOrDefault(term, 0);
  }

  /** Total counted words. */
  public int total() {
    return total;
  }

  /** All counts, keyed by lower-cased term. */
  public Map<String, Integer> counts() {
    return counts;
  }
}
