package org.copydesk.rules.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * The spelling dictionaries of one language for the non-word rules: {@link Dictionaries#words(String)}, and for
 * English the British speller beside the American one, so that "colour" and "programme" are words too. Loaded on
 * first use and shared by every thread.
 */
final class Spelling {
  private static final Map<String, Spelling> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final List<Words> lists;
  private final Map<String, Boolean> known; // null in the shared instances

  private Spelling(List<Words> lists, Map<String, Boolean> known) {
    this.lists = List.copyOf(lists);
    this.known = known;
  }

  /**
   * A view that remembers every answer of {@link #contains}: for one article in one thread (most words recur).
   *
   * @return a new caching view of the same dictionaries
   */
  Spelling forOneArticle() {
    return new Spelling(lists, new java.util.HashMap<>());
  }

  /**
   * The dictionaries of a language.
   *
   * @param lang an ISO 639-1 code
   * @return its dictionaries, or {@code null} for a language without one
   */
  static Spelling of(String lang) {
    if (!Dictionaries.LANGUAGES.contains(lang)) {
      return null;
    }
    return BY_LANGUAGE.computeIfAbsent(lang, l -> {
      List<Words> lists = new ArrayList<>();
      lists.add(Dictionaries.words(l));
      if (l.equals("en")) {
        lists.add(Dictionaries.britishEnglish());
      }
      return new Spelling(lists, null);
    });
  }

  /** Whether one of the dictionaries holds the form as written or, when it is capitalised, in lower case. */
  boolean contains(String form) {
    if (known != null) {
      Boolean k = known.get(form);
      if (k == null) {
        k = lookUp(form);
        known.put(form, k);
      }
      return k;
    }
    return lookUp(form);
  }

  private boolean lookUp(String form) {
    for (Words w : lists) {
      if (w.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /** The highest frequency class any of the dictionaries gives the form (0–25; 0 when unknown). */
  int frequency(String form) {
    int f = 0;
    for (Words w : lists) {
      f = Math.max(f, w.frequency(form));
    }
    return f;
  }

  /** The first dictionary's suggestions, then the others' that it lacks (each list best first). */
  List<String> suggestions(String form) {
    Set<String> out = new LinkedHashSet<>();
    for (Words w : lists) {
      out.addAll(w.suggestions(form));
    }
    return List.copyOf(out);
  }



  /**
   * Optimal-string-alignment distance (a letter deleted, added or changed, or two neighbours swapped, each one
   * edit), stopping early above {@code max}.
   *
   * @return the distance, or {@code max + 1} when it is larger than {@code max}
   */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    return Math.min(d[n][m], max + 1);
  }
}
