package org.copydesk.rules.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.copydesk.rules.support.Resources;

/**
 * Words common inside institutional names ({@code name-words.txt}) and their semantic domains
 * ({@code name-domains.yaml}: religion and heritage, international organisations, central banking, ...), with a
 * deletion index (SymSpell style) to find the lexicon words one edit away from a given word, plus same-letter
 * swaps ("untied" / "united", "reverse" / "reserve").
 */
final class NameLexicon {
  static final NameLexicon INSTANCE = load();
  private static final LevenshteinDistance ONE = new LevenshteinDistance(1);

  private final Set<String> words;
  private final Map<String, Set<String>> domains;
  private final Map<String, List<String>> deletions = new HashMap<>();
  private final Map<String, List<String>> anagrams = new HashMap<>();

  private static NameLexicon load() {
    Map<String, Set<String>> domains = new HashMap<>();
    JsonNode root = Resources.yaml("/org/copydesk/rules/language/name-domains.yaml");
    root.path("domains").properties().forEach(e -> e.getValue().forEach(
        w -> domains.computeIfAbsent(w.asText().strip(), k -> new TreeSet<>()).add(e.getKey())));
    return new NameLexicon(Resources.lines("/org/copydesk/rules/language/name-words.txt"), domains);
  }

  NameLexicon(List<String> lines, Map<String, Set<String>> domainsByWord) {
    this.domains = Map.copyOf(domainsByWord);
    this.words = new HashSet<>(lines);
    this.words.addAll(domainsByWord.keySet());
    for (String w : words) {
      deletions.computeIfAbsent(w, k -> new ArrayList<>()).add(w);
      for (String d : deletes(w)) {
        deletions.computeIfAbsent(d, k -> new ArrayList<>()).add(w);
      }
      anagrams.computeIfAbsent(sorted(w), k -> new ArrayList<>()).add(w);
    }
    deletions.values().forEach(l -> l.sort(null));
    anagrams.values().forEach(l -> l.sort(null));
  }

  boolean contains(String lower) {
    return words.contains(lower);
  }

  /** Whether two words share a semantic domain ("spiritual" and "shrines"; not "prize" and "minister"). */
  boolean shareDomain(String a, String b) {
    Set<String> da = domains.getOrDefault(a, Set.of());
    for (String d : domains.getOrDefault(b, Set.of())) {
      if (da.contains(d)) {
        return true;
      }
    }
    return false;
  }

  /** Lexicon words one edit (insert, delete, substitute) or one swap of two letters away, sorted. */
  List<String> neighbours(String lower) {
    Set<String> out = new java.util.TreeSet<>();
    List<String> keys = new ArrayList<>(deletes(lower));
    keys.add(lower);
    for (String k : keys) {
      for (String cand : deletions.getOrDefault(k, List.of())) {
        if (!cand.equals(lower) && ONE.apply(cand, lower) == 1) {
          out.add(cand);
        }
      }
    }
    for (String cand : anagrams.getOrDefault(sorted(lower), List.of())) {
      if (!cand.equals(lower) && differingPositions(cand, lower) == 2) {
        out.add(cand);
      }
    }
    return new ArrayList<>(out);
  }

  private static Set<String> deletes(String w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < w.length(); i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
    }
    return out;
  }

  private static String sorted(String w) {
    char[] c = w.toCharArray();
    java.util.Arrays.sort(c);
    return new String(c);
  }

  private static int differingPositions(String a, String b) {
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        n++;
      }
    }
    return n;
  }
}
