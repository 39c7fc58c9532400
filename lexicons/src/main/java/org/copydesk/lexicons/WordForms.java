package org.copydesk.lexicons;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one word normalisation shared by the lexicon builder and the rules that read its output, so that a gloss
 * word stored at build time and a word of an article met at run time meet under the same key: lower case, and an
 * English plural or third-person "-s" taken off ("shrines" and "shrine" are one key). Deliberately cruder than a
 * lemmatiser: it only has to be the same on both sides.
 */
public final class WordForms {
  /** Where the generated resources live on the class path. */
  public static final String ROOT = "/org/copydesk/lexicons/";

  /** The longest entry, in words, the multiword automaton holds and a lookup reads. */
  public static final int MAX_WORDS = 6;

  /** Words shorter than this are never taken for typos, nor offered as their correction. */
  public static final int MIN_WORD = 3;

  /** In the multiword automaton: the prefix of a name's hole pattern. */
  public static final char NAME = 'N';

  /** In the multiword automaton: the prefix of a lower-case term's hole pattern. */
  public static final char TERM = 'T';

  /** In the English automaton: the prefix of a word WordNet knows only as a name ("greece"). */
  public static final char PROPER = 'P';

  /** In the English automaton: the prefix of a word WordNet's tagged corpus uses mostly as a verb ("shrink"). */
  public static final char VERB = 'V';

  /** In the English automaton: the prefix of a given name, in lower case ("john", "maria"). */
  public static final char GIVEN = 'G';

  /**
   * In the English automaton: the prefix of a common noun whose first WordNet sense, or most of whose senses, is a
   * person ("dentist", "operator"), in
   * {@link #key} form.
   */
  public static final char PERSON = 'H';

  /**
   * In the English automaton: the prefix of a common noun whose first WordNet sense is a kind of firm, institution,
   * foundation, association or working unit ("insurer", "charity", "firm", "crew"), in {@link #key} form; not units
   * of government ("council", "agency"), which speak as institutions.
   */
  public static final char ORGANISATION = 'O';

  /**
   * In the English automaton: the prefix of a place name from GATE ANNIE's gazetteer (cities, countries, provinces,
   * regions), in {@link #placeKey} form ("hamburg", "sao paulo").
   */
  public static final char PLACE = 'L';

  /** In the English automaton: the prefix of an irregular form and its base ("fell" tab "fall"). */
  public static final char IRREGULAR = 'X';

  /** Ends the words of a hole pattern; the position of the open word follows it as a digit. */
  public static final char HOLE = '\u0001';

  /** Separates a hole pattern from the word that fills it. */
  public static final char FILLER = '\t';

  private static final Set<String> PARTICLES = Set.copyOf(List.of("with", "from", "that", "this", "these",
      "those", "were", "been", "have", "having", "into", "onto", "upon", "over", "than", "then", "when", "what",
      "they", "them", "some", "your", "their", "there", "here", "about", "after", "before", "under", "along",
      "away", "back", "down", "will", "would", "could", "should", "must", "does", "done", "just", "only", "also",
      "very", "much", "many", "more", "most", "such", "each", "both", "either", "neither", "which", "where",
      "while", "whose", "come", "came", "goes", "went", "take", "took", "make", "made", "give", "gave", "keep",
      "kept", "like", "the", "and", "for", "but", "out", "off", "all", "any", "can", "get", "got", "has", "had",
      "was", "are", "not", "one", "two", "its", "his", "her", "our", "you", "who", "how", "why", "now", "yet",
      "too", "may", "put", "set", "let", "see", "say", "use", "way", "did", "own", "per", "via",
      // articles, prepositions and pronouns of es, pt, fr, de: "La Palma", "Le Perrier" are one word and an article
      "los", "las", "del", "una", "uno", "con", "por", "para", "sin", "sobre", "entre", "les", "des", "une",
      "aux", "sur", "sous", "dans", "avec", "pour", "par", "dos", "das", "uma", "com", "pelo", "pela", "nos",
      "nas", "der", "die", "den", "dem", "ein", "eine", "einer", "einem", "einen", "und", "von", "zum", "zur",
      "mit", "auf", "aus", "bei", "für", "nach", "über", "unter"));

  private WordForms() {}

  /**
   * A word of three letters or more that is not a particle, article or auxiliary ("with", "were", "los"): what
   * makes a phrase more than one word and its particles.
   *
   * @param lower a word in lower case
   * @return true for a content word
   */
  public static boolean isContent(String lower) {
    return lower.length() >= MIN_WORD && !PARTICLES.contains(lower);
  }

  /**
   * How many content words a phrase has.
   *
   * @param lower the phrase's words in lower case
   * @return the count of {@link #isContent} words
   */
  public static int contentWords(String[] lower) {
    int n = 0;
    for (String w : lower) {
      n += isContent(w) ? 1 : 0;
    }
    return n;
  }

  /**
   * The pattern of a phrase with one word left open, as the multiword automaton stores it: the other words, in
   * order, then {@link #HOLE} and the open position as a digit ("nations" HOLE "0" holds "united"). Putting the
   * known words first lets a lookup give up at the first word no entry continues with.
   *
   * @param forms the phrase's words in lower case ({@link #key} forms for English), at most ten
   * @param hole the position left open
   * @return the pattern
   */
  public static String holePattern(String[] forms, int hole) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < forms.length; i++) {
      if (i != hole) {
        b.append(b.length() == 0 ? "" : " ").append(forms[i]);
      }
    }
    return b.append(HOLE).append((char) ('0' + hole)).toString();
  }

  /**
   * The key of a place name: lower case, accents and marks removed, hyphens and runs of spaces as one space.
   *
   * @param name a place name as written ("São Paulo", "Stoke-on-Trent")
   * @return its key ("sao paulo", "stoke on trent")
   */
  public static String placeKey(String name) {
    String folded = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
  }

  /**
   * The key of an English word.
   *
   * @param word a word (letters)
   * @return its lower-case form without a plural "-s"/"-es"/"-ies"
   */
  public static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
