package org.copydesk.rules.claims;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Sentence;
import org.copydesk.analysis.Token;
import org.copydesk.internal.regex.Regexes;

/**
 * Finds the sentences of a source that a sentence of a rewrite paraphrases, by the content words they share
 * (folded to lower case without accents and cut to a five-letter stem, so "represents" meets "representing").
 */
final class Alignment {
  /** Below this cosine of shared stems a source sentence is not what the rewrite sentence says. */
  private static final double MIN_SCORE = 0.25;
  /** From this score the best source sentence is surely the one paraphrased. */
  private static final double STRONG = 0.4;
  private static final int STEM = 5;
  private static final Pattern MARKS = Regexes.compile("\\p{M}+");
  private static final Set<String> STOP = Set.of(
      "the", "and", "for", "that", "with", "this", "from", "was", "were", "has", "have", "had", "are", "its", "their",
      "which", "who", "will", "would", "also", "been", "into", "than", "over", "about", "after", "they", "his",
      "her", "not", "but", "said", "says", "there", "these", "those", "such", "some", "more", "most", "other",
      "can", "could", "should", "may", "all", "any", "our", "out", "one", "two", "per", "cent", "percent",
      "que", "los", "las", "del", "por", "para", "con", "una", "como", "más", "fue", "son", "sus", "este", "esta",
      "les", "des", "une", "pour", "dans", "par", "sur", "qui", "est", "aux", "avec", "plus", "pas", "ont", "été",
      "der", "die", "das", "und", "den", "dem", "ein", "eine", "mit", "von", "für", "auf", "ist", "sich", "nicht",
      "auch", "wurde", "dos", "uma", "com", "não", "mais", "foi", "pelo", "pela", "nos", "nas", "ao");

  /**
   * The aligned source sentences (indexes in the source analysis, best first), whether the best one is a sure
   * match, and the further sentences that share enough with it to be part of what it says.
   */
  record Match(List<Integer> sentences, boolean strong, List<Integer> related) {
    static final Match NONE = new Match(List.of(), false, List.of());
  }

  private final List<Set<String>> stems = new ArrayList<>();
  /** For each stem, the source sentences that have it, in order: a sentence is scored only if it shares one. */
  private final Map<String, List<Integer>> postings = new HashMap<>();

  Alignment(Analysis source) {
    for (Sentence s : source.sentences()) {
      Set<String> own = stems(source.tokens(s));
      for (String w : own) {
        postings.computeIfAbsent(w, k -> new ArrayList<>()).add(stems.size());
      }
      stems.add(own);
    }
  }

  /** The source sentences a rewrite sentence (its tokens) paraphrases, best first. */
  Match align(List<Token> tokens) {
    Set<String> mine = stems(tokens);
    if (mine.size() < 2) {
      return Match.NONE;
    }
    int[] shared = new int[stems.size()];
    List<Integer> touched = new ArrayList<>();
    for (String w : mine) {
      for (int i : postings.getOrDefault(w, List.of())) {
        if (shared[i]++ == 0) {
          touched.add(i);
        }
      }
    }
    touched.sort(null);
    double[] score = new double[stems.size()];
    double best = 0;
    for (int i : touched) {
      score[i] = shared[i] < 2 ? 0 : shared[i] / Math.sqrt((double) mine.size() * stems.get(i).size());
      best = Math.max(best, score[i]);
    }
    if (best < MIN_SCORE) {
      return Match.NONE;
    }
    List<Integer> out = new ArrayList<>();
    List<Integer> related = new ArrayList<>();
    for (int i : touched) {
      if (score[i] >= Math.max(MIN_SCORE, 0.6 * best)) {
        out.add(i);
      } else if (score[i] >= MIN_SCORE) {
        related.add(i);
      }
    }
    out.sort((a, b) -> Double.compare(score[b], score[a]));
    related.sort((a, b) -> Double.compare(score[b], score[a]));
    return new Match(List.copyOf(out), best >= STRONG, List.copyOf(related));
  }

  private static Set<String> stems(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.WORD || t.text().length() < 3) {
        continue;
      }
      String w = fold(t.text());
      if (!STOP.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  /** A word's stem: folded, without a possessive, cut to five letters. */
  static String stem(String word) {
    String w = fold(word);
    return w.length() <= STEM ? w : w.substring(0, STEM);
  }

  /** Lower case, accents and possessive "'s" removed. */
  static String fold(String word) {
    String w = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace('’', '\'');
    return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }
}
