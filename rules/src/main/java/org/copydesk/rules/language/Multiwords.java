package org.copydesk.rules.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.lexicons.WordForms;

/**
 * Multiword names and fixed terms ("United Nations", "gross domestic product", "Nações Unidas"), indexed so that
 * a phrase of an article finds the entries it would be with one word changed. Each entry is stored once per word
 * long enough to be a typo, under the entry with that word cut out ("\u0001 nations" holds "united"); a phrase is
 * looked up under the same key and its word compared with what the entry has there. Names (entries with a
 * capital) and lower-case terms are kept apart, so "united nations" in lower case does not match the name.
 */
final class Multiwords {
  /** Words shorter than this are never taken for typos, nor offered as their correction ("of", "the"). */
  static final int MIN_WORD = 3;
  private static final int MAX_WORDS = 7;
  private static final String HOLE = "\u0001";

  private final Map<String, String[]> names;
  private final Map<String, String[]> terms;
  private final Set<String> words = new HashSet<>();
  private final boolean english;

  Multiwords(List<String> entries) {
    this(entries, false);
  }

  /**
   * Indexes entries.
   *
   * @param entries the entries, words separated by single spaces
   * @param english whether words around the hole are compared by their {@link WordForms#key} ("nuclear weapons"
   *     finds "nuclear weapon")
   */
  Multiwords(List<String> entries, boolean english) {
    this.english = english;
    Map<String, List<String>> n = new HashMap<>();
    Map<String, List<String>> t = new HashMap<>();
    for (String entry : entries) {
      String[] parts = entry.split(" ");
      if (parts.length < 2 || parts.length > MAX_WORDS) {
        continue;
      }
      boolean name = !entry.equals(entry.toLowerCase(Locale.ROOT));
      String[] lower = new String[parts.length];
      for (int i = 0; i < parts.length; i++) {
        lower[i] = parts[i].toLowerCase(Locale.ROOT);
        words.add(form(lower[i]));
      }
      if (content(lower) < 2) {
        continue; // "later on", "La Palma": one word and its particles
      }
      for (int i = 0; i < lower.length; i++) {
        if (lower[i].length() >= MIN_WORD && isWord(lower[i])) {
          (name ? n : t).computeIfAbsent(key(lower, i), k -> new ArrayList<>(1)).add(lower[i]);
        }
      }
    }
    this.names = freeze(n);
    this.terms = freeze(t);
  }

  private static Map<String, String[]> freeze(Map<String, List<String>> m) {
    Map<String, String[]> out = new HashMap<>(m.size() * 4 / 3 + 1);
    m.forEach((k, v) -> out.put(k, v.stream().distinct().toArray(String[]::new)));
    return out;
  }

  private static boolean isWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether any entry has this word (lower case): a phrase whose other words are not all such words cannot be an
   * entry with one word changed.
   */
  boolean hasWord(String lower) {
    return words.contains(form(lower));
  }

  /** Words of four letters or more that are not particles: what makes an entry more than a word and its particles. */
  static int content(String[] lower) {
    int n = 0;
    for (String w : lower) {
      n += content(w) ? 1 : 0;
    }
    return n;
  }

  /** A word of three letters or more that is not a particle, article or auxiliary ("with", "were", "los"). */
  static boolean content(String lower) {
    return lower.length() >= 3 && !PARTICLES.contains(lower);
  }

  private static final Set<String> PARTICLES = Set.copyOf(List.of("with", "from", "that", "this", "these", "those", "were",
      "been", "have", "having", "into", "onto", "upon", "over", "than", "then", "when", "what", "they", "them",
      "some", "your", "their", "there", "here", "about", "after", "before", "under", "along", "away", "back",
      "down", "will", "would", "could", "should", "must", "does", "done", "just", "only", "also", "very", "much",
      "many", "more", "most", "such", "each", "both", "either", "neither", "which", "where", "while", "whose",
      "come", "came", "goes", "went", "take", "took", "make", "made", "give", "gave", "keep", "kept", "like",
      "the", "and", "for", "but", "out", "off", "all", "any", "can", "get", "got", "has", "had", "was", "are",
      "not", "one", "two", "its", "his", "her", "our", "you", "who", "how", "why", "now", "yet", "too", "may",
      "put", "set", "let", "see", "say", "use", "way", "did", "own", "per", "via",
      // articles, prepositions and pronouns of es, pt, fr, de: "La Palma", "Le Perrier" are one word and an article
      "los", "las", "del", "una", "uno", "con", "por", "para", "sin", "sobre", "entre", "les", "des", "une",
      "aux", "sur", "sous", "dans", "avec", "pour", "par", "dos", "das", "uma", "com", "pelo", "pela", "nos",
      "nas", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "und", "von",
      "zum", "zur", "mit", "auf", "aus", "bei", "für", "nach", "über", "unter"));

  private String form(String lower) {
    return english ? WordForms.key(lower) : lower;
  }

  /**
   * The words that complete a phrase into an entry.
   *
   * @param lower the phrase's words in lower case
   * @param hole the position left open
   * @param name look among names (true) or lower-case terms (false)
   * @return the entries' words at that position; empty when none
   */
  String[] fillers(String[] lower, int hole, boolean name) {
    String[] found = (name ? names : terms).get(key(lower, hole));
    return found == null ? new String[0] : found;
  }

  private String key(String[] lower, int hole) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lower.length; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(i == hole ? HOLE : form(lower[i]));
    }
    return b.toString();
  }
}
