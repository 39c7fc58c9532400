package org.copydesk.rules.support;

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
  /** Each UTF-16 unit folded as {@link RequiredLiteral#fold} folds it, or -1 when that is not one unit. */
  private static final int[] FOLD = new int[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int folded = Character.isSurrogate((char) c) ? c : RequiredLiteral.fold(c);
      FOLD[c] = folded <= Character.MAX_VALUE ? folded : -1;
    }
  }

  /** For each UTF-16 unit, the class of its folded form (0: a character no word has). */
  private final char[] classOf;
  private final int classes;
  /**
   * The next state: {@code delta[state * classes + class]} holds the next state's row ({@code next * classes}),
   * shifted left by one, with the low bit set when a word ends at that state. A scan then needs neither a
   * multiplication nor a second array read per character.
   */
  private final int[] delta;
  /** The words that end at each state (its own and those of its failure states), or {@code null} for none. */
  private final int[][] wordsEndingAt;
  /** For each word, the patterns with a clause that names it. */
  private final int[][] patternsOfWord;

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
    char[] idOfFolded = new char[Character.MAX_VALUE + 1];
    classIds.forEach((c, id) -> idOfFolded[c] = (char) (int) id);
    classOf = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int folded = FOLD[c];
      classOf[c] = folded < 0 ? 0 : idOfFolded[folded];
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

    // number the states breadth first: a state's failure state then comes before it, and the shallow states,
    // where a scan spends nearly all its time, share cache lines
    int[] newId = new int[n];
    int[] order = new int[n];
    int ordered = 1;
    for (int i = 0; i < ordered; i++) {
      for (int child : edges.get(order[i]).values()) {
        newId[child] = ordered;
        order[ordered++] = child;
      }
    }

    // the complete transition table: each state's row is its failure state's row with its own edges on top
    delta = new int[n * classes];
    int[] failure = new int[n];
    int[][] words = new int[n][];
    words[0] = new int[0];
    for (int s = 0; s < n; s++) {
      if (s > 0) {
        System.arraycopy(delta, failure[s] * classes, delta, s * classes, classes);
      }
      for (Map.Entry<Integer, Integer> e : edges.get(order[s]).entrySet()) {
        int cls = e.getKey();
        int t = newId[e.getValue()];
        int f = s == 0 ? 0 : delta[s * classes + cls];
        failure[t] = f;
        int[] own = ending.get(e.getValue()).stream().mapToInt(Integer::intValue).toArray();
        int[] all = Arrays.copyOf(own, own.length + words[f].length);
        System.arraycopy(words[f], 0, all, own.length, words[f].length);
        words[t] = all;
        delta[s * classes + cls] = t;
      }
    }
    wordsEndingAt = new int[n][];
    for (int s = 0; s < n; s++) {
      wordsEndingAt[s] = words[s].length == 0 ? null : words[s];
    }
    for (int i = 0; i < delta.length; i++) {
      delta[i] = delta[i] * classes << 1 | (wordsEndingAt[delta[i]] != null ? 1 : 0);
    }
    List<List<Integer>> patternsOf = new ArrayList<>();
    for (int w = 0; w < wordCount; w++) {
      patternsOf.add(new ArrayList<>());
    }
    for (int p = 0; p < patternCount; p++) {
      if (clausesOf[p] != null) {
        for (int[] clause : clausesOf[p]) {
          for (int w : clause) {
            List<Integer> ps = patternsOf.get(w);
            if (ps.isEmpty() || ps.get(ps.size() - 1) != p) {
              ps.add(p);
            }
          }
        }
      }
    }
    patternsOfWord = patternsOf.stream().map(ps -> ps.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  /** The patterns, by index, that may match {@code text}: those whose word (or one of whose words) it contains. */
  public BitSet candidates(CharSequence text) {
    Seen seen = new Seen(wordCount);
    int row = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      int next;
      if (Character.isSurrogate(c) && Character.isSupplementaryCodePoint(Character.codePointAt(text, i))) {
        int folded = RequiredLiteral.fold(Character.codePointAt(text, i));
        i++;
        if (Character.isBmpCodePoint(folded)) {
          next = delta[row + classOf[folded]];
        } else {
          next = delta[row + classOf[Character.highSurrogate(folded)]];
          if ((next & 1) != 0) {
            seen.add(wordsEndingAt[(next >>> 1) / classes]);
          }
          next = delta[(next >>> 1) + classOf[Character.lowSurrogate(folded)]];
        }
      } else {
        next = delta[row + classOf[c]];
      }
      row = next >>> 1;
      if ((next & 1) != 0) {
        seen.add(wordsEndingAt[row / classes]);
      }
    }
    BitSet out = (BitSet) always.clone();
    // only the patterns that name a word the text holds can match; each of those is checked clause by clause
    for (int f = 0; f < seen.count; f++) {
      patterns:
      for (int p : patternsOfWord[seen.found[f]]) {
        if (out.get(p)) {
          continue;
        }
        clauses:
        for (int[] clause : clausesOf[p]) {
          for (int w : clause) {
            if (seen.has[w]) {
              continue clauses;
            }
          }
          continue patterns;
        }
        out.set(p);
      }
    }
    return out;
  }

  /** The words one scan has seen: a flag per word, and the list of those seen, in the order first seen. */
  private static final class Seen {
    final boolean[] has;
    int[] found = new int[16];
    int count;

    Seen(int words) {
      has = new boolean[words];
    }

    void add(int[] words) {
      for (int w : words) {
        if (!has[w]) {
          has[w] = true;
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = w;
        }
      }
    }
  }

  /** How many patterns this prefilter answers for. */
  public int size() {
    return patternCount;
  }
}
