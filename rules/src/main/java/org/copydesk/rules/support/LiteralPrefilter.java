package org.copydesk.rules.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RequiredLiteral#mayMatch} for many patterns at once: given each pattern's required strings, one pass over a
 * text tells which patterns may match. The strings are compiled into an Aho–Corasick automaton over the classes of
 * characters they use. Its shallow states, where a scan spends most of its time, have complete rows in a table of
 * at most 64 KB, so there a character costs two array reads (its class, folded as {@link RequiredLiteral#lower}
 * folds it, and the next state); the deeper states keep only their own edges and fall back on their failure
 * states. A complete table for a catalogue of a thousand strings would take megabytes, more than a core's cache.
 * Gives exactly the answers of calling {@code mayMatch(words, RequiredLiteral.lower(text))} for every pattern.
 * Immutable and thread-safe.
 */
public final class LiteralPrefilter {
  /** Patterns that cannot be prefiltered ({@code null} words, or an empty word): always candidates. */
  private final BitSet always = new BitSet();
  /** For each pattern, its clauses, each the ids of the words of which one must occur; null for {@link #always}. */
  private final int[][][] clausesOf;
  private final int wordCount;
  private final int patternCount;
  /**
   * The UTF-16 units that fold to each unit, as {@link RequiredLiteral#fold} folds them (a surrogate to itself; a
   * unit whose folded form is not one unit to none): those folding to {@code f} are
   * {@code FOLDING_TO[FOLDING_START[f]]} up to {@code FOLDING_START[f + 1]}. A prefilter then fills its table of
   * classes from the few characters its words use, not from every unit.
   */
  private static final int[] FOLDING_START = new int[Character.MAX_VALUE + 2];
  private static final char[] FOLDING_TO;

  static {
    int[] fold = new int[Character.MAX_VALUE + 1];
    int count = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int folded = Character.isSurrogate((char) c) ? c : RequiredLiteral.fold(c);
      fold[c] = folded <= Character.MAX_VALUE ? folded : -1;
      if (fold[c] >= 0) {
        FOLDING_START[fold[c] + 1]++;
        count++;
      }
    }
    for (int f = 0; f <= Character.MAX_VALUE; f++) {
      FOLDING_START[f + 1] += FOLDING_START[f];
    }
    FOLDING_TO = new char[count];
    int[] next = java.util.Arrays.copyOf(FOLDING_START, Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (fold[c] >= 0) {
        FOLDING_TO[next[fold[c]]++] = (char) c;
      }
    }
  }

  /** For each UTF-16 unit, the class of its folded form (0: a character no word has). */
  private final char[] classOf;
  private final int classes;
  /** How many entries the table of shallow states may hold: 16K, 64 KB, which stays in a core's cache. */
  private static final int DENSE_ENTRIES = 1 << 14;
  /** States numbered below this have a complete row in {@link #denseTable}. */
  private final int dense;
  /**
   * The next state of a shallow state: {@code denseTable[state * classes + class]}, each entry a state shifted left
   * by one, with the low bit set when a word ends at that state.
   */
  private final int[] denseTable;
  /** The failure state of each state (the longest proper suffix of its string that is a state too). */
  private final int[] failure;
  /** The edges of each deeper state {@code s}: {@code sparseStart[s - dense]} up to the next state's start. */
  private final int[] sparseStart;
  private final int[] sparseClass;
  /** Where each edge of a deeper state leads, encoded as in {@link #denseTable}. */
  private final int[] sparseNext;
  /** The words that end at each state (its own and those of its failure states), or {@code null} for none. */
  private final int[][] wordsEndingAt;
  /** For each word, the patterns whose {@link #trigger} clause names it. */
  private final int[][] patternsOfWord;

  /**
   * @param anyOfPerPattern for each pattern, in order, the strings of which it needs at least one ({@code null}
   *     when none can be proven), folded, as {@link RequiredLiteral#anyOf} gives them
   */
  public LiteralPrefilter(List<List<String>> anyOfPerPattern) {
    this(anyOfPerPattern.stream().map(a -> a == null ? null : List.of(a)).toList(), DENSE_ENTRIES);
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
    return new LiteralPrefilter(clausesPerPattern, DENSE_ENTRIES);
  }

  /** As {@link #LiteralPrefilter(List)}, with a smaller table of shallow states, so tests reach the deeper states. */
  static LiteralPrefilter withTableLimit(List<List<String>> anyOfPerPattern, int denseEntries) {
    return new LiteralPrefilter(anyOfPerPattern.stream().map(a -> a == null ? null : List.of(a)).toList(),
        denseEntries);
  }

  private LiteralPrefilter(List<List<List<String>>> clausesPerPattern, int denseEntries) {
    patternCount = clausesPerPattern.size();
    Map<String, Integer> wordIds = new HashMap<>();
    clausesOf = new int[patternCount][][];
    for (int p = 0; p < patternCount; p++) {
      List<List<String>> cs = clausesPerPattern.get(p);
      if (cs == null || cs.isEmpty() || !provable(cs)) {
        always.set(p);
        continue;
      }
      int[][] clauses = new int[cs.size()][];
      for (int k = 0; k < clauses.length; k++) {
        clauses[k] = distinctIds(cs.get(k), wordIds);
      }
      clausesOf[p] = clauses;
    }
    wordCount = wordIds.size();

    String[] wordsById = new String[wordCount];
    int totalChars = 0;
    for (Map.Entry<String, Integer> e : wordIds.entrySet()) {
      wordsById[e.getValue()] = e.getKey();
      totalChars += e.getKey().length();
    }

    // character classes: one per distinct character of the words, 0 for every other
    char[] classIdOf = new char[Character.MAX_VALUE + 1];
    StringBuilder classChars = new StringBuilder();
    for (String w : wordsById) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (classIdOf[c] == 0) {
          classChars.append(c);
          classIdOf[c] = (char) classChars.length();
        }
      }
    }
    classes = classChars.length() + 1;
    classOf = new char[Character.MAX_VALUE + 1];
    for (int id = 1; id < classes; id++) {
      char f = classChars.charAt(id - 1);
      for (int k = FOLDING_START[f]; k < FOLDING_START[f + 1]; k++) {
        classOf[FOLDING_TO[k]] = (char) id;
      }
    }

    // the trie, in arrays: each state's class, its first child and its next sibling
    int capacity = totalChars + 1;
    int[] firstChild = new int[capacity];
    Arrays.fill(firstChild, -1);
    int[] sibling = new int[capacity];
    int[] label = new int[capacity];
    int[] childCount = new int[capacity];
    int[] endOf = new int[wordCount];
    int n = 1;
    for (int w = 0; w < wordCount; w++) {
      String word = wordsById[w];
      int state = 0;
      for (int i = 0; i < word.length(); i++) {
        int cls = classIdOf[word.charAt(i)];
        int next = firstChild[state];
        while (next >= 0 && label[next] != cls) {
          next = sibling[next];
        }
        if (next < 0) {
          next = n++;
          label[next] = cls;
          sibling[next] = firstChild[state];
          firstChild[state] = next;
          childCount[state]++;
        }
        state = next;
      }
      endOf[w] = state;
    }
    // the words that end at each state: endWords[endStart[s]] up to endStart[s + 1]
    int[] endStart = new int[n + 1];
    for (int w = 0; w < wordCount; w++) {
      endStart[endOf[w] + 1]++;
    }
    for (int s = 0; s < n; s++) {
      endStart[s + 1] += endStart[s];
    }
    int[] endWords = new int[wordCount];
    int[] filled = Arrays.copyOf(endStart, n);
    for (int w = 0; w < wordCount; w++) {
      endWords[filled[endOf[w]]++] = w;
    }

    // number the states breadth first: a state's failure state then comes before it, and the shallow states,
    // where a scan spends nearly all its time, share cache lines
    int[] newId = new int[n];
    int[] order = new int[n];
    int ordered = 1;
    for (int i = 0; i < ordered; i++) {
      for (int child = firstChild[order[i]]; child >= 0; child = sibling[child]) {
        newId[child] = ordered;
        order[ordered++] = child;
      }
    }

    // children by new id, and failure states, breadth first: a failure state is shallower, so it comes first
    int[][] childClasses = new int[n][];
    int[][] childStates = new int[n][];
    for (int old = 0; old < n; old++) {
      int[] cls = new int[childCount[old]];
      int[] to = new int[childCount[old]];
      int k = 0;
      for (int child = firstChild[old]; child >= 0; child = sibling[child]) {
        cls[k] = label[child];
        to[k++] = newId[child];
      }
      childClasses[newId[old]] = cls;
      childStates[newId[old]] = to;
    }
    int[] failure = new int[n];
    int[][] words = new int[n][];
    words[0] = new int[0];
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < childClasses[s].length; k++) {
        int t = childStates[s][k];
        int f = 0;
        if (s > 0) {
          f = goTo(childClasses, childStates, failure, failure[s], childClasses[s][k]);
        }
        failure[t] = f;
        int from = endStart[order[t]];
        int own = endStart[order[t] + 1] - from;
        int[] all = new int[own + words[f].length];
        System.arraycopy(endWords, from, all, 0, own);
        System.arraycopy(words[f], 0, all, own, words[f].length);
        words[t] = all;
      }
    }
    wordsEndingAt = new int[n][];
    for (int s = 0; s < n; s++) {
      wordsEndingAt[s] = words[s].length == 0 ? null : words[s];
    }

    // a complete table for the shallow states, where a scan spends most of its time, small enough to stay in the
    // cache; the deeper states keep their own edges and fall back on their failure states
    int dense = Math.max(1, Math.min(n, denseEntries / classes));
    this.dense = dense;
    denseTable = new int[dense * classes];
    for (int s = 0; s < dense; s++) {
      if (s > 0) {
        System.arraycopy(denseTable, failure[s] * classes, denseTable, s * classes, classes);
      }
      for (int k = 0; k < childClasses[s].length; k++) {
        int t = childStates[s][k];
        denseTable[s * classes + childClasses[s][k]] = encode(t);
      }
    }
    this.failure = failure;
    sparseStart = new int[n - dense + 1];
    int edgeCount = 0;
    for (int s = dense; s < n; s++) {
      sparseStart[s - dense] = edgeCount;
      edgeCount += childClasses[s].length;
    }
    sparseStart[n - dense] = edgeCount;
    sparseClass = new int[edgeCount];
    sparseNext = new int[edgeCount];
    for (int s = dense; s < n; s++) {
      for (int k = 0; k < childClasses[s].length; k++) {
        sparseClass[sparseStart[s - dense] + k] = childClasses[s][k];
        sparseNext[sparseStart[s - dense] + k] = encode(childStates[s][k]);
      }
    }
    List<List<Integer>> patternsOf = new ArrayList<>();
    for (int w = 0; w < wordCount; w++) {
      patternsOf.add(new ArrayList<>());
    }
    for (int p = 0; p < patternCount; p++) {
      if (clausesOf[p] != null) {
        for (int w : clausesOf[p][trigger(clausesOf[p], wordsById)]) {
          patternsOf.get(w).add(p);
        }
      }
    }
    patternsOfWord = new int[wordCount][];
    for (int w = 0; w < wordCount; w++) {
      List<Integer> ps = patternsOf.get(w);
      patternsOfWord[w] = new int[ps.size()];
      for (int k = 0; k < ps.size(); k++) {
        patternsOfWord[w][k] = ps.get(k);
      }
    }
  }

  /**
   * The clause whose words alone lead a scan to check a pattern's clauses: a pattern that may match holds a word of
   * every clause, so one clause is enough to find it by, and the one with the longest shortest word is the one a text
   * holds least often ("chatgpt" rather than "you"), which spares checking the pattern on every text with "you".
   */
  private static int trigger(int[][] clauses, String[] wordsById) {
    int best = 0;
    int bestShortest = -1;
    for (int k = 0; k < clauses.length; k++) {
      int shortest = Integer.MAX_VALUE;
      for (int w : clauses[k]) {
        shortest = Math.min(shortest, wordsById[w].length());
      }
      if (shortest > bestShortest || shortest == bestShortest && clauses[k].length < clauses[best].length) {
        best = k;
        bestShortest = shortest;
      }
    }
    return best;
  }

  /** Whether every clause names at least one word and none is empty (an empty word is always present). */
  private static boolean provable(List<List<String>> clauses) {
    for (List<String> c : clauses) {
      if (c == null || c.isEmpty() || c.contains("")) {
        return false;
      }
    }
    return true;
  }

  /** The ids of a clause's words, each once, in the order first named; new words get the next ids. */
  private static int[] distinctIds(List<String> words, Map<String, Integer> ids) {
    int[] out = new int[words.size()];
    int n = 0;
    next:
    for (String w : words) {
      Integer id = ids.get(w);
      if (id == null) {
        id = ids.size();
        ids.put(w, id);
      }
      for (int k = 0; k < n; k++) {
        if (out[k] == id) {
          continue next;
        }
      }
      out[n++] = id;
    }
    return Arrays.copyOf(out, n);
  }

  /** The patterns, by index, that may match {@code text}: those whose word (or one of whose words) it contains. */
  public BitSet candidates(CharSequence sequence) {
    String text = sequence.toString(); // itself for a string: the loop reads a string, not any sequence
    Seen seen = new Seen(wordCount);
    int state = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      int next;
      if (Character.isSurrogate(c) && Character.isSupplementaryCodePoint(Character.codePointAt(text, i))) {
        int folded = RequiredLiteral.fold(Character.codePointAt(text, i));
        i++;
        if (Character.isBmpCodePoint(folded)) {
          next = next(state, classOf[folded]);
        } else {
          next = next(state, classOf[Character.highSurrogate(folded)]);
          if ((next & 1) != 0) {
            seen.add(wordsEndingAt[next >>> 1]);
          }
          next = next(next >>> 1, classOf[Character.lowSurrogate(folded)]);
        }
      } else {
        next = next(state, classOf[c]);
      }
      state = next >>> 1;
      if ((next & 1) != 0) {
        seen.add(wordsEndingAt[state]);
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

  /** The next state after {@code state} on a character of class {@code cls}, encoded as in {@link #denseTable}. */
  private int next(int state, int cls) {
    if (cls == 0) {
      return 0; // a character no word has: back to the start
    }
    int s = state;
    while (s >= dense) {
      for (int k = sparseStart[s - dense], end = sparseStart[s - dense + 1]; k < end; k++) {
        if (sparseClass[k] == cls) {
          return sparseNext[k];
        }
      }
      s = failure[s];
    }
    return denseTable[s * classes + cls];
  }

  /** A state as the tables hold it: shifted left by one, the low bit set when a word ends there. */
  private int encode(int state) {
    return state << 1 | (wordsEndingAt[state] != null ? 1 : 0);
  }

  /** The state after {@code state} on class {@code cls} in the trie with failure links (used while building). */
  private static int goTo(int[][] childClasses, int[][] childStates, int[] failure, int state, int cls) {
    int s = state;
    while (true) {
      for (int k = 0; k < childClasses[s].length; k++) {
        if (childClasses[s][k] == cls) {
          return childStates[s][k];
        }
      }
      if (s == 0) {
        return 0;
      }
      s = failure[s];
    }
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
