package org.copydesk.rules.language;

import java.util.List;
import java.util.Locale;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * One language's words, from a Morfologik dictionary: is a form a word, and which words is a non-word closest to.
 * The dictionary is immutable and shared; Morfologik's speller keeps scratch buffers, so each thread has its own.
 * The answers for the first forms looked up are remembered and shared by all threads (a look-up walks the
 * dictionary's automaton, about a microsecond; news vocabulary recurs from article to article), up to {@link
 * #REMEMBERED} forms, after which new forms are looked up each time; so are the suggestions for the first
 * {@link #SUGGESTIONS_REMEMBERED} non-words.
 */
final class Words {
  /** How many forms' answers are remembered: about 1.5 MB at most per dictionary. */
  static final int REMEMBERED = 1 << 14;

  private final ThreadLocal<Speller> spellers;
  private final ThreadLocal<Speller> suggesters;
  private final BoundedMemo<String, Boolean> known = new BoundedMemo<>(REMEMBERED, this::lookUp);
  /**
   * How many non-words' suggestions are remembered. A search within two edits of a short form ("govt": "got",
   * "gov", "gout" and three hundred more) takes the speller ten milliseconds or more, and such forms (abbreviations,
   * names) recur from article to article; a list holds up to a few hundred words, so a few MB at most.
   */
  static final int SUGGESTIONS_REMEMBERED = 256;
  private final BoundedMemo<String, List<String>> suggested =
      new BoundedMemo<>(SUGGESTIONS_REMEMBERED, this::suggest);

  Words(Dictionary dictionary) {
    this.spellers = ThreadLocal.withInitial(() -> new Speller(dictionary, 1));
    this.suggesters = ThreadLocal.withInitial(() -> new Speller(dictionary, 2));
  }

  /**
   * Whether a form is in the dictionary as written or, when it is capitalised, in lower case.
   *
   * @param form a word as written
   * @return true when the dictionary holds it
   */
  boolean contains(String form) {
    return known.get(form);
  }

  private boolean lookUp(String form) {
    Speller s = spellers.get();
    if (s.isInDictionary(form)) {
      return true;
    }
    String lower = form.toLowerCase(Locale.ROOT);
    return !lower.equals(form) && s.isInDictionary(lower);
  }

  /**
   * How common a word is, on the dictionary's 0–25 scale (0 where the dictionary has no frequencies).
   *
   * @param form a word
   * @return its frequency class
   */
  int frequency(String form) {
    Speller s = spellers.get();
    int f = s.getFrequency(form);
    return f > 0 ? f : s.getFrequency(form.toLowerCase(Locale.ROOT));
  }

  /**
   * The dictionary's words closest to a non-word, best first (edit distance, then frequency).
   *
   * @param form a non-word
   * @return the suggestions, a handful for most forms and a few hundred for a short one ("govt"); empty when none
   *     is within two edits; the same list (remembered) for a form asked before
   */
  List<String> suggestions(String form) {
    return suggested.get(form);
  }

  private List<String> suggest(String form) {
    return List.copyOf(suggesters.get().findReplacements(form));
  }
}
