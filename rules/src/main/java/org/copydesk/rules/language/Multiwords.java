package org.copydesk.rules.language;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import morfologik.fsa.ByteSequenceIterator;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import org.copydesk.lexicons.WordForms;

/**
 * Multiword names and fixed terms ("United Nations", "gross domestic product", "Nações Unidas"), indexed so that
 * a phrase of an article finds the entries it would be with one word changed. The {@code copydesk-lexicons} build
 * stores each entry once per word long enough to be a typo, under the entry with that word left open ("\u0001
 * nations" holds "united"), in a finite-state automaton; a phrase is looked up under the same pattern and its
 * word compared with what the entries have there. Names (entries with a capital) and lower-case terms are kept
 * apart, so "united nations" in lower case does not match the name. Immutable and thread-safe: the automaton is
 * read-only and every lookup has its own traversal state.
 */
final class Multiwords {
  private final FSA fsa;
  private final boolean english;

  /**
   * Wraps a compiled lexicon.
   *
   * @param fsa the automaton the lexicon build wrote
   * @param english whether its words are {@link WordForms#key} forms ("nuclear weapons" finds "nuclear weapon")
   */
  Multiwords(FSA fsa, boolean english) {
    this.fsa = fsa;
    this.english = english;
  }

  /**
   * Whether any entry has this word (lower case): a phrase whose other words are not all such words cannot be an
   * entry with one word changed.
   */
  boolean hasWord(String lower) {
    return contains(WordForms.WORD + form(lower));
  }

  /**
   * The words that complete a phrase into an entry.
   *
   * @param lower the phrase's words in lower case
   * @param hole the position left open
   * @param name look among names (true) or lower-case terms (false)
   * @return the entries' words at that position; empty when none
   */
  List<String> fillers(String[] lower, int hole, boolean name) {
    String[] forms = new String[lower.length];
    for (int i = 0; i < lower.length; i++) {
      forms[i] = form(lower[i]);
    }
    return completions((name ? WordForms.NAME : WordForms.TERM) + WordForms.holePattern(forms, hole)
        + WordForms.FILLER);
  }

  /** Whether WordNet knows this English word (lower case) only as a name ("greece", "german"). */
  boolean isProperWord(String lower) {
    return contains(WordForms.PROPER + lower);
  }

  /**
   * Whether WordNet's sense-tagged corpus uses this English word ({@link WordForms#key} form) more often as a verb
   * than as a noun or adjective: such a word ("Shrinks") is not what names are made of.
   */
  boolean isMostlyVerb(String key) {
    return contains(WordForms.VERB + key);
  }

  private boolean contains(String sequence) {
    byte[] seq = sequence.getBytes(StandardCharsets.UTF_8);
    return new FSATraversal(fsa).match(seq).kind == MatchResult.EXACT_MATCH;
  }

  /** The base forms WordNet gives an irregular English form ("fell" → "fall"); empty for a regular one. */
  List<String> irregularBases(String lower) {
    return completions(WordForms.IRREGULAR + lower + WordForms.FILLER);
  }

  private List<String> completions(String prefix) {
    MatchResult m = new FSATraversal(fsa).match(prefix.getBytes(StandardCharsets.UTF_8));
    if (m.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    ByteSequenceIterator it = new ByteSequenceIterator(fsa, m.node);
    while (it.hasNext()) {
      ByteBuffer b = it.next();
      out.add(new String(b.array(), b.position(), b.remaining(), StandardCharsets.UTF_8));
    }
    return out;
  }

  private String form(String lower) {
    return english ? WordForms.key(lower) : lower;
  }
}
