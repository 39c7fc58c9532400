package org.copydesk.rules.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RequiredLiteral#mayMatch} for many patterns at once: given each pattern's required strings, one pass over a
 * text tells which patterns may match. The strings are compiled into an Aho–Corasick automaton, made a complete
 * finite automaton over the classes of characters they use, so each character of the text costs two array reads
 * (its class, folded as {@link RequiredLiteral#lower} folds it, and the next state). Gives exactly the answers of
 * calling {@code mayMatch(words, RequiredLiteral.lower(text))} for every pattern. Immutable and thread-safe.
 */
public final class LiteralPrefilter {
  /** Patterns that cannot be prefiltered ({@code null} words, or an empty word): always candidates. */
  private final BitSet always = new BitSet();
  /** For each pattern, its clauses, each the ids of the words of which one must occur; null for {@link #always}. */
  private final int[][][] clausesOf;
  private final int wordCount;
  private final int patternCount;
  /** For each UTF-16 unit, the class of its folded form (0: a character no word has). */
  private final char[] classOf;
  private final int classes;
  /** The next state: {@code delta[state * classes + class]}. */
  private final int[] delta;
  /** The words that end at each state (its own and those of its failure states), or {@code null} for none. */
  private final int[][] wordsEndingAt;

  /**
   * @param anyOfPerPattern for each pattern, in order, the strings of which it needs at least one ({@code null}
   *     when none can be proven), folded, as {@link RequiredLiteral#anyOf} gives them
   */
  public LiteralPrefilter(List<List<String>> anyOfPerPattern) {
    this(anyOfPerPattern.stream().map(a -> a == null ? null : List.of(a)).toList(), true);
  }

  /** A prefilter for regular expressions, from what each requires ({@link RequiredLiteral#allOf}). */
  public static LiteralPrefilter forRegexes(List<String> regexes) {
    return ofClauses(regexes.stream().map(RequiredLiteral::allOf).toList());
  }

  /**
   * @param clausesPerPattern for each pattern, in order, clauses that must all hold, each a set of folded strings
   *     of which at least one must occur ({@code null} when nothing can be proven), as {@link RequiredLiteral#allOf}
   *     gives them
   */
  public static LiteralPrefilter ofClauses(List<List<List<String>>> clausesPerPattern) {
    return new LiteralPrefilter(clausesPerPattern, true);
  }

  private LiteralPrefilter(List<List<List<String>>> clausesPerPattern, boolean clauses) {
    patternCount = clausesPerPattern.size();
    Map<String, Integer> wordIds = new HashMap<>();
    clausesOf = new int[patternCount][][];
    for (int p = 0; p < patternCount; p++) {
      List<List<String>> cs = clausesPerPattern.get(p);
      if (cs == null || cs.isEmpty() || cs.stream().anyMatch(c -> c == null || c.isEmpty() || c.contains(""))) {
        always.set(p);
        continue;
      }
      clausesOf[p] = cs.stream()
          .map(c -> c.stream().mapToInt(w -> wordIds.computeIfAbsent(w, k -> wordIds.size())).distinct().toArray())
          .toArray(int[][]::new);
    }
    wordCount = wordIds.size();

    // character classes: one per distinct character of the words, 0 for every other
    Map<Character, Integer> classIds = new HashMap<>();
    for (String w : wordIds.keySet()) {
      for (char c : w.toCharArray()) {
        classIds.computeIfAbsent(c, k -> classIds.size() + 1);
      }
    }
    classes = classIds.size() + 1;
    classOf = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int folded = Character.isSurrogate((char) c) ? c : RequiredLiteral.fold(c);
      Integer id = folded <= Character.MAX_VALUE ? classIds.get((char) folded) : null;
      classOf[c] = (char) (id == null ? 0 : id);
    }

    // the trie
    List<Map<Integer, Integer>> edges = new ArrayList<>();
    List<List<Integer>> ending = new ArrayList<>();
    edges.add(new HashMap<>());
    ending.add(new ArrayList<>());
    for (Map.Entry<String, Integer> e : wordIds.entrySet()) {
      int state = 0;
      for (char c : e.getKey().toCharArray()) {
        int cls = classIds.get(c);
        Integer next = edges.get(state).get(cls);
        if (next == null) {
          next = edges.size();
          edges.get(state).put(cls, next);
          edges.add(new HashMap<>());
          ending.add(new ArrayList<>());
        }
        state = next;
      }
      ending.get(state).add(e.getValue());
    }
    int n = edges.size();

    // failure links breadth first, filling in the complete transition table as we go
    int[] delta = new int[n * classes];
    int[] order = new int[n]; // states in breadth-first order
    int ordered = 1;
    int[] failure = new int[n];
    int[][] words = new int[n][];
    words[0] = ending.get(0).stream().mapToInt(Integer::intValue).toArray();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int cls = 0; cls < classes; cls++) {
      Integer t = edges.get(0).get(cls);
      if (t != null) {
        delta[cls] = t;
        failure[t] = 0;
        queue.add(t);
      }
    }
    for (int t : queue) {
      words[t] = ending.get(t).stream().mapToInt(Integer::intValue).toArray();
      order[ordered++] = t;
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int cls = 0; cls < classes; cls++) {
        Integer t = edges.get(s).get(cls);
        if (t == null) {
          delta[s * classes + cls] = delta[failure[s] * classes + cls];
          continue;
        }
        delta[s * classes + cls] = t;
        int f = delta[failure[s] * classes + cls];
        failure[t] = f;
        int[] own = ending.get(t).stream().mapToInt(Integer::intValue).toArray();
        int[] inherited = words[f];
        int[] all = Arrays.copyOf(own, own.length + inherited.length);
        System.arraycopy(inherited, 0, all, own.length, inherited.length);
        words[t] = all;
        queue.add(t);
        order[ordered++] = t;
      }
    }
    // renumber breadth first: the shallow states, where a scan spends nearly all its time, share cache lines
    int[] newId = new int[n];
    for (int i = 0; i < n; i++) {
      newId[order[i]] = i;
    }
    this.delta = new int[n * classes];
    wordsEndingAt = new int[n][];
    for (int s = 0; s < n; s++) {
      for (int cls = 0; cls < classes; cls++) {
        this.delta[newId[s] * classes + cls] = newId[delta[s * classes + cls]];
      }
      wordsEndingAt[newId[s]] = words[s].length == 0 ? null : words[s];
    }
  }

  /** The patterns, by index, that may match {@code text}: those whose word (or one of whose words) it contains. */
  public BitSet candidates(CharSequence text) {
    boolean[] seen = new boolean[wordCount];
    int state = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        int cp = Character.codePointAt(text, i);
        if (Character.isSupplementaryCodePoint(cp)) {
          i++;
          int folded = RequiredLiteral.fold(cp);
          if (Character.isBmpCodePoint(folded)) {
            state = step(state, (char) folded, seen);
          } else {
            state = step(state, Character.highSurrogate(folded), seen);
            state = step(state, Character.lowSurrogate(folded), seen);
          }
          continue;
        }
      }
      state = delta[state * classes + classOf[c]];
      if (wordsEndingAt[state] != null) {
        for (int w : wordsEndingAt[state]) {
          seen[w] = true;
        }
      }
    }
    BitSet out = (BitSet) always.clone();
    patterns:
    for (int p = 0; p < patternCount; p++) {
      if (clausesOf[p] == null) {
        continue;
      }
      clauses:
      for (int[] clause : clausesOf[p]) {
        for (int w : clause) {
          if (seen[w]) {
            continue clauses;
          }
        }
        continue patterns;
      }
      out.set(p);
    }
    return out;
  }

  private int step(int state, char c, boolean[] seen) {
    int s = delta[state * classes + classOf[c]];
    if (wordsEndingAt[s] != null) {
      for (int w : wordsEndingAt[s]) {
        seen[w] = true;
      }
    }
    return s;
  }

  /** How many patterns this prefilter answers for. */
  public int size() {
    return patternCount;
  }
}
