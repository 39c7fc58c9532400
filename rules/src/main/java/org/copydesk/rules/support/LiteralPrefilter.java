package org.copydesk.rules.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RequiredLiteral#mayMatch} for many patterns at once: given each pattern's required words, one pass over a
 * text (an Aho–Corasick automaton fed the text folded as {@link RequiredLiteral#lower} folds it) tells which
 * patterns may match. Gives exactly the answers of calling {@code mayMatch(words, RequiredLiteral.lower(text))}
 * for every pattern, without lower-casing the text or scanning it once per word. Immutable and thread-safe.
 */
public final class LiteralPrefilter {
  /** Patterns that cannot be prefiltered ({@code null} words, or an empty word): always candidates. */
  private final BitSet always = new BitSet();
  /** For each distinct word, the patterns that list it. */
  private final int[][] patternsOfWord;
  private final int patternCount;
  // the automaton: per state, its sorted edge labels and targets, its failure state and the words ending there
  private final char[][] labels;
  private final int[][] targets;
  private final int[] failure;
  private final int[][] wordsEndingAt;

  /**
   * @param anyOfPerPattern for each pattern, in order, the words of which it needs at least one ({@code null}
   *     when none can be proven), as {@link RequiredLiteral#anyOf} gives them
   */
  public LiteralPrefilter(List<List<String>> anyOfPerPattern) {
    patternCount = anyOfPerPattern.size();
    Map<String, Integer> wordIds = new HashMap<>();
    List<List<Integer>> patternsByWord = new ArrayList<>();
    for (int p = 0; p < patternCount; p++) {
      List<String> words = anyOfPerPattern.get(p);
      if (words == null || words.contains("")) {
        always.set(p);
        continue;
      }
      for (String w : words) {
        int id = wordIds.computeIfAbsent(w, k -> {
          patternsByWord.add(new ArrayList<>());
          return patternsByWord.size() - 1;
        });
        patternsByWord.get(id).add(p);
      }
    }
    patternsOfWord = patternsByWord.stream()
        .map(ps -> ps.stream().mapToInt(Integer::intValue).distinct().toArray())
        .toArray(int[][]::new);

    // the trie
    List<Map<Character, Integer>> edges = new ArrayList<>();
    List<List<Integer>> ending = new ArrayList<>();
    edges.add(new HashMap<>());
    ending.add(new ArrayList<>());
    for (Map.Entry<String, Integer> e : wordIds.entrySet()) {
      int state = 0;
      for (char c : e.getKey().toCharArray()) {
        Integer next = edges.get(state).get(c);
        if (next == null) {
          next = edges.size();
          edges.get(state).put(c, next);
          edges.add(new HashMap<>());
          ending.add(new ArrayList<>());
        }
        state = next;
      }
      ending.get(state).add(e.getValue());
    }
    int n = edges.size();
    labels = new char[n][];
    targets = new int[n][];
    for (int s = 0; s < n; s++) {
      char[] keys = new char[edges.get(s).size()];
      int k = 0;
      for (char c : edges.get(s).keySet()) {
        keys[k++] = c;
      }
      Arrays.sort(keys);
      labels[s] = keys;
      targets[s] = new int[keys.length];
      for (int i = 0; i < keys.length; i++) {
        targets[s][i] = edges.get(s).get(keys[i]);
      }
    }

    // failure links, breadth first; a state's words include those of its failure state
    failure = new int[n];
    wordsEndingAt = new int[n][];
    wordsEndingAt[0] = ending.get(0).stream().mapToInt(Integer::intValue).toArray();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int t : targets[0]) {
      failure[t] = 0;
      wordsEndingAt[t] = ending.get(t).stream().mapToInt(Integer::intValue).toArray();
      queue.add(t);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int i = 0; i < labels[s].length; i++) {
        char c = labels[s][i];
        int t = targets[s][i];
        int f = failure[s];
        while (f != 0 && next(f, c) < 0) {
          f = failure[f];
        }
        int g = next(f, c);
        failure[t] = g >= 0 && g != t ? g : 0;
        int[] own = ending.get(t).stream().mapToInt(Integer::intValue).toArray();
        int[] inherited = wordsEndingAt[failure[t]];
        int[] all = Arrays.copyOf(own, own.length + inherited.length);
        System.arraycopy(inherited, 0, all, own.length, inherited.length);
        wordsEndingAt[t] = all;
        queue.add(t);
      }
    }
  }

  /** The state after {@code c} from {@code state}, or -1 when there is no edge. */
  private int next(int state, char c) {
    int i = Arrays.binarySearch(labels[state], c);
    return i >= 0 ? targets[state][i] : -1;
  }

  /** The patterns, by index, that may match {@code text}: those whose word (or one of whose words) it contains. */
  public BitSet candidates(CharSequence text) {
    BitSet out = (BitSet) always.clone();
    boolean[] seen = new boolean[patternsOfWord.length];
    int state = 0;
    int length = text.length();
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      int lower = Character.toLowerCase(cp);
      if (Character.isBmpCodePoint(lower)) {
        state = step(state, (char) lower, out, seen);
      } else {
        state = step(state, Character.highSurrogate(lower), out, seen);
        state = step(state, Character.lowSurrogate(lower), out, seen);
      }
    }
    return out;
  }

  private int step(int state, char c, BitSet out, boolean[] seen) {
    int s = state;
    int t;
    while ((t = next(s, c)) < 0 && s != 0) {
      s = failure[s];
    }
    s = Math.max(t, 0);
    for (int w : wordsEndingAt[s]) {
      if (!seen[w]) {
        seen[w] = true;
        for (int p : patternsOfWord[w]) {
          out.set(p);
        }
      }
    }
    return s;
  }

  /** How many patterns this prefilter answers for. */
  public int size() {
    return patternCount;
  }
}
