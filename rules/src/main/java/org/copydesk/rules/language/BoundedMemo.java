package org.copydesk.rules.language;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function for the first keys asked, shared by all threads: once it holds its limit, new keys
 * are computed each time and not kept, so its memory is bounded (about 90 bytes an entry for a short word, more
 * for a list). For the language lexicons' look-ups, which walk an automaton for about a microsecond while news
 * vocabulary recurs from article to article. Thread-safe; two threads may compute the same answer once each.
 */
final class BoundedMemo<K, V> {
  private final Map<K, V> answers = new ConcurrentHashMap<>();
  private final int limit;
  private final Function<K, V> compute;

  BoundedMemo(int limit, Function<K, V> compute) {
    this.limit = limit;
    this.compute = compute;
  }

  V get(K key) {
    V v = answers.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (answers.size() < limit) {
        answers.put(key, v);
      }
    }
    return v;
  }
}
