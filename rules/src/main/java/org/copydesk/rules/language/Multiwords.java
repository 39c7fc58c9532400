package org.copydesk.rules.language;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import morfologik.fsa.ByteSequenceIterator;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import org.copydesk.lexicons.WordForms;

/**
 * Multiword names and fixed terms ("United Nations", "gross domestic product", "Nações Unidas"), indexed so that
 * a phrase of an article finds the entries it would be with one word changed. The {@code copydesk-lexicons} build
 * stores each entry once per word long enough to be a typo, under the entry with that word left open ("\u0001
 * nations" holds "united"), in a finite-state automaton; a phrase is looked up under the same pattern and its
 * word compared with what the entries have there. Names (entries with a capital) and lower-case terms are kept
 * apart, so "united nations" in lower case does not match the name. Thread-safe: the automaton is read-only, every
 * lookup has its own traversal state, and the memos and the transitions kept (each slot read and written whole)
 * hold the automaton's own answers.
 */
final class Multiwords {
  /**
   * How many answers each memo keeps across articles: for the first words about 1.5 MB at most per lexicon, for the
   * fillers a few MB (a key's two words and a short list each).
   */
  private static final int REMEMBERED = 1 << 14;

  private final FSA fsa;
  private final boolean english;
  /**
   * Where each first word (kind letter, then the word's form) leads, or -1, remembered across articles and threads:
   * most words recur from phrase to phrase and article to article.
   */
  private final BoundedMemo<String, Integer> firstWords;
  /**
   * What each filler node offers each written word (the same entry context and word recur: "of the", "the United
   * States"), remembered across articles and threads like {@link #firstWords}.
   */
  private final BoundedMemo<Place, Fill> fills;
  /**
   * Transitions read before, across articles and threads: {@link FSA#getArc} reads a node's arcs one by one, and a
   * node after a space or a common first word has dozens. Each slot holds one transition as a long: the node and
   * the label, plus one, in the high half, the next node plus one (0: none) in the low half. A slot read or written
   * whole (opaque access) holds a transition or nothing, and another transition may take its place; the answer is
   * the automaton's either way.
   */
  private final AtomicLongArray transitions;
  /** Slots of {@link #transitions}: 64K, 512 KB per lexicon. */
  private static final int TRANSITIONS = 1 << 16;
  /** Nodes from here on are not kept in {@link #transitions} (their key would not fit its half); none is so far. */
  private static final int KEPT_NODES = 1 << 23;

  /** A node where an entry's open word is filled, and the word written there ({@code lower} only for a name). */
  private record Place(int fillers, String form, String lower) {}

  /** The fillers near the written word, and whether the written word itself fills the place. */
  private record Fill(List<String> near, boolean written) {}

  /**
   * Wraps a compiled lexicon.
   *
   * @param fsa the automaton the lexicon build wrote
   * @param english whether its words are {@link WordForms#key} forms ("nuclear weapons" finds "nuclear weapon")
   */
  Multiwords(FSA fsa, boolean english) {
    this(fsa, english, TRANSITIONS);
  }

  /** As {@link #Multiwords(FSA, boolean)}, keeping {@code transitions} slots (a power of two; tests use a few). */
  Multiwords(FSA fsa, boolean english, int transitions) {
    this.transitions = new AtomicLongArray(transitions);
    this.fsa = fsa;
    this.english = english;
    this.firstWords = new BoundedMemo<>(REMEMBERED, key -> {
      int kind = step(fsa.getRootNode(), (byte) key.charAt(0));
      return kind < 0 ? -1 : steps(kind, key.substring(1).getBytes(StandardCharsets.UTF_8));
    });
    this.fills = new BoundedMemo<>(REMEMBERED, this::fill);
  }

  /** What {@link #match} finds: the phrase {@code [from, end)} is an entry once the word at {@code hole} changes. */
  interface Visitor {
    /**
     * One match.
     *
     * @param hole the position left open
     * @param end the end of the phrase (exclusive)
     * @param fillers the entries' words at the hole that are within two edits of the written word (a
     *     letter counted per byte of UTF-8, a swap of neighbours as two; check them with a real distance)
     * @param written whether the phrase as written is an entry
     */
    void visit(int hole, int end, List<String> fillers, boolean written);
  }

  /**
   * The words of a phrase in the form the automaton stores them.
   *
   * @param lower the words in lower case
   * @return the same words, as {@link WordForms#key} forms for English
   */
  String[] forms(String[] lower) {
    String[] forms = new String[lower.length];
    for (int i = 0; i < lower.length; i++) {
      forms[i] = form(lower[i]);
    }
    return forms;
  }

  /**
   * Every entry that the phrases starting at {@code from} match with exactly one word left open. For each open
   * position the walk reads the other words through the automaton, so a phrase no entry starts with is given up
   * at its first word.
   *
   * @param lower the run's words in lower case
   * @param forms the same words, as {@link #forms} gives them
   * @param holeable which words may be left open
   * @param from where the phrases start
   * @param to how far they may reach (exclusive)
   * @param name walk the names (true) or the lower-case terms (false)
   * @param visitor told of each match
   */
  void match(String[] lower, String[] forms, boolean[] holeable, int from, int to, boolean name, Visitor visitor) {
    int root = step(fsa.getRootNode(), (byte) (name ? WordForms.NAME : WordForms.TERM));
    if (root >= 0) {
      new Walk(lower, forms, holeable, from, to, name, visitor).walk(from, root, -1, false);
    }
  }

  /**
   * One depth-first walk: at each word, either read it or leave it open (once), so the phrases with the hole at
   * every position share the reading of their common words.
   */
  private final class Walk {
    private final String[] lower;
    private final String[] forms;
    private final boolean[] holeable;
    private final int from;
    private final int to;
    private final boolean names;
    private final Visitor visitor;

    Walk(String[] lower, String[] forms, boolean[] holeable, int from, int to, boolean name, Visitor visitor) {
      this.lower = lower;
      this.forms = forms;
      this.holeable = holeable;
      this.from = from;
      this.to = to;
      this.names = name;
      this.visitor = visitor;
    }

    /**
     * The words of {@code [from, end)} but the hole are read: report the entries that end here. In a name, the
     * fillers that differ from the written word in its first letter alone are offered too.
     */
    private void reached(int hole, int end, int node) {
      int marked = step(node, (byte) WordForms.HOLE);
      int at = marked < 0 ? -1 : step(marked, (byte) ('0' + hole - from));
      int fillers = at < 0 ? -1 : step(at, (byte) WordForms.FILLER);
      if (fillers >= 0) {
        Fill fill = fills.get(new Place(fillers, forms[hole], names ? lower[hole] : null));
        visitor.visit(hole, end, fill.near(), fill.written());
      }
    }

    void walk(int k, int node, int hole, boolean read) {
      if (k >= to) {
        return;
      }
      int next;
      if (read) {
        next = step(node, (byte) ' ');
        next = next < 0 ? -1 : steps(next, forms[k].getBytes(StandardCharsets.UTF_8));
      } else {
        next = firstWords.get((names ? WordForms.NAME : WordForms.TERM) + forms[k]);
      }
      if (next >= 0) {
        if (hole >= 0) {
          reached(hole, k + 1, next);
        }
        walk(k + 1, next, hole, true);
      }
      if (hole < 0 && holeable[k]) {
        if (read) {
          reached(k, k + 1, node);
        }
        walk(k + 1, node, k, read);
      }
    }
  }

  /**
   * The fillers at a place near the word written there; for a name, also those that differ in the first letter
   * alone.
   */
  private Fill fill(Place place) {
    byte[] word = place.form().getBytes(StandardCharsets.UTF_8);
    int max = 4 + 2 * (word.length - place.form().length()); // two edits, swaps cost two, accents two bytes
    List<String> near = new ArrayList<>(2);
    int[] row = new int[word.length + 1];
    for (int j = 0; j <= word.length; j++) {
      row[j] = j;
    }
    nearKeepingFirstLetter(place.fillers(), word, max, row, near);
    if (place.lower() != null) {
      firstLetterChanged(place.fillers(), place.lower().getBytes(StandardCharsets.UTF_8), near);
    }
    return new Fill(List.copyOf(near), ends(place.fillers(), word));
  }

  /**
   * The fillers near the written word that keep its first letter, or swap its first two, or add or drop one
   * letter at the start (the only first-letter slips {@link RealWords} accepts): the edit-distance walk runs only
   * under the arcs of the word's first two letters, and a letter added in front is looked up directly.
   */
  private void nearKeepingFirstLetter(int node, byte[] word, int max, int[] row0, List<String> out) {
    byte[] buf = new byte[64];
    int second = utf8Length(word[0]);
    for (int arc = fsa.getFirstArc(node); arc != 0; arc = fsa.getNextArc(arc)) {
      byte label = fsa.getArcLabel(arc);
      if (label == word[0] || (second < word.length && label == word[second])) {
        int[] row = new int[word.length + 1];
        row[0] = 1;
        int best = 1;
        for (int j = 1; j <= word.length; j++) {
          int cost = word[j - 1] == label ? 0 : 1;
          row[j] = Math.min(Math.min(row[j - 1] + 1, row0[j] + 1), row0[j - 1] + cost);
          best = Math.min(best, row[j]);
        }
        buf[0] = label;
        if (fsa.isArcFinal(arc) && row[word.length] <= max) {
          out.add(new String(buf, 0, 1, StandardCharsets.UTF_8));
        }
        if (best <= max && !fsa.isArcTerminal(arc)) {
          near(fsa.getEndNode(arc), word, max, row, buf, 1, out);
        }
      } else if ((label & 0xC0) != 0x80 && !fsa.isArcTerminal(arc) && ends(fsa.getEndNode(arc), word)) {
        out.add(new String(new byte[] {label}, StandardCharsets.UTF_8) + new String(word, StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * The fillers that are the written word with another first letter ("wall" for "mall", "über" for "aber"): the
   * automaton is read one letter deep, then the rest of the word is looked up as it is.
   */
  private void firstLetterChanged(int node, byte[] word, List<String> out) {
    int first = utf8Length(word[0]);
    if (first >= word.length) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(word, first, word.length);
    byte[] letter = new byte[4];
    letters(node, letter, 0, (at, length) -> {
      if (!Arrays.equals(letter, 0, length, word, 0, first) && ends(at, rest)) {
        String head = new String(letter, 0, length, StandardCharsets.UTF_8);
        if (Character.isLetter(head.codePointAt(0))) {
          out.add(head + new String(rest, StandardCharsets.UTF_8));
        }
      }
    });
  }

  /** Told of each whole code point below a node: where it leads, and how many bytes of the buffer it fills. */
  private interface LetterVisitor {
    void at(int node, int length);
  }

  /** Each whole UTF-8 code point that can be read from {@code node}, its bytes in {@code buf}. */
  private void letters(int node, byte[] buf, int depth, LetterVisitor visitor) {
    for (int arc = fsa.getFirstArc(node); arc != 0; arc = fsa.getNextArc(arc)) {
      byte label = fsa.getArcLabel(arc);
      if (fsa.isArcTerminal(arc) || depth == 0 && (label & 0xC0) == 0x80) {
        continue; // nothing follows, or a continuation byte where a code point must start
      }
      buf[depth] = label;
      int length = utf8Length(buf[0]);
      if (depth + 1 == length) {
        visitor.at(fsa.getEndNode(arc), length);
      } else {
        letters(fsa.getEndNode(arc), buf, depth + 1, visitor);
      }
    }
  }

  private static int utf8Length(byte lead) {
    return (lead & 0x80) == 0 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
  }

  /**
   * The sequences below {@code node} within {@code max} byte edits of {@code word}: a depth-first walk that
   * carries one row of the edit-distance table and gives up a branch once every cell of it exceeds the limit.
   */
  private void near(int node, byte[] word, int max, int[] prev, byte[] buf, int depth, List<String> out) {
    if (depth >= buf.length) {
      return;
    }
    for (int arc = fsa.getFirstArc(node); arc != 0; arc = fsa.getNextArc(arc)) {
      byte label = fsa.getArcLabel(arc);
      int[] row = new int[word.length + 1];
      row[0] = prev[0] + 1;
      int best = row[0];
      for (int j = 1; j <= word.length; j++) {
        int cost = word[j - 1] == label ? 0 : 1;
        row[j] = Math.min(Math.min(row[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, row[j]);
      }
      buf[depth] = label;
      if (fsa.isArcFinal(arc) && row[word.length] <= max) {
        out.add(new String(buf, 0, depth + 1, StandardCharsets.UTF_8));
      }
      if (best <= max && !fsa.isArcTerminal(arc)) {
        near(fsa.getEndNode(arc), word, max, row, buf, depth + 1, out);
      }
    }
  }

  /** The node after one byte, or -1 when no arc has it or the arc ends the automaton. */
  private int step(int node, byte label) {
    if (node < 0 || node >= KEPT_NODES) {
      return read(node, label);
    }
    int key = (node << 8 | label & 0xff) + 1;
    int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (transitions.length() - 1);
    long kept = transitions.getOpaque(slot);
    if ((int) (kept >>> 32) == key) {
      return (int) kept - 1;
    }
    int next = read(node, label);
    transitions.setOpaque(slot, (long) key << 32 | (next + 1) & 0xffffffffL);
    return next;
  }

  /** The node after {@code label} from {@code node}, read from the automaton; -1 for none. */
  private int read(int node, byte label) {
    int arc = fsa.getArc(node, label);
    if (arc == 0 || fsa.isArcTerminal(arc)) {
      return -1;
    }
    return fsa.getEndNode(arc);
  }

  /** Whether {@code labels} read from {@code node} end a sequence of the automaton. */
  private boolean ends(int node, byte[] labels) {
    int n = node;
    for (int k = 0; k < labels.length; k++) {
      int arc = fsa.getArc(n, labels[k]);
      if (arc == 0) {
        return false;
      }
      if (k == labels.length - 1) {
        return fsa.isArcFinal(arc);
      }
      if (fsa.isArcTerminal(arc)) {
        return false;
      }
      n = fsa.getEndNode(arc);
    }
    return false;
  }

  private int steps(int node, byte[] labels) {
    return steps(node, labels, labels.length);
  }

  /** The node after the first {@code count} labels from {@code node}; -1 where the automaton has no such path. */
  private int steps(int node, byte[] labels, int count) {
    int n = node;
    for (int k = 0; k < count; k++) {
      n = step(n, labels[k]);
      if (n < 0) {
        return -1;
      }
    }
    return n;
  }

  private List<String> sequences(int node) {
    List<String> out = new ArrayList<>(2);
    ByteSequenceIterator it = new ByteSequenceIterator(fsa, node);
    while (it.hasNext()) {
      ByteBuffer b = it.next();
      out.add(new String(b.array(), b.position(), b.remaining(), StandardCharsets.UTF_8));
    }
    return out;
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

  /**
   * Whether this English word ({@link WordForms#key} form) is a common noun whose first WordNet sense, or most of
   * whose senses, is a person
   * ("dentist", "operator"; "fishermen" as written).
   */
  boolean isPersonNoun(String key) {
    return contains(WordForms.PERSON + key);
  }

  /** Whether this {@link org.copydesk.lexicons.WordForms#key} names a kind of firm or institution ("insurer"). */
  boolean isOrganisationKind(String key) {
    return contains(WordForms.ORGANISATION + key);
  }

  /** Whether this {@link org.copydesk.lexicons.WordForms#placeKey} is a place of the gazetteer ("sao paulo"). */
  boolean isPlace(String placeKey) {
    return contains(WordForms.PLACE + placeKey);
  }

  /** Whether this English word (lower case) is a given name (WordNet's people, GATE ANNIE's first names). */
  boolean isGivenName(String lower) {
    return contains(WordForms.GIVEN + lower);
  }

  /** Whether the automaton holds {@code sequence}: the answer of {@link FSATraversal#match}, through the kept steps. */
  private boolean contains(String sequence) {
    byte[] seq = sequence.getBytes(StandardCharsets.UTF_8);
    int node = steps(fsa.getRootNode(), seq, seq.length - 1);
    if (node < 0) {
      return false;
    }
    int arc = fsa.getArc(node, seq[seq.length - 1]);
    return arc != 0 && fsa.isArcFinal(arc);
  }

  /** The base forms WordNet gives an irregular English form ("fell" → "fall"); empty for a regular one. */
  List<String> irregularBases(String lower) {
    return completions(WordForms.IRREGULAR + lower + WordForms.FILLER);
  }

  /**
   * The sequences that complete {@code prefix}, when it is a proper prefix of some (as {@link FSATraversal#match}
   * finds it: its last arc is not where a sequence ends); its steps but the last are read through the kept steps.
   */
  private List<String> completions(String prefix) {
    byte[] seq = prefix.getBytes(StandardCharsets.UTF_8);
    int node = steps(fsa.getRootNode(), seq, seq.length - 1);
    if (node < 0) {
      return List.of();
    }
    int arc = fsa.getArc(node, seq[seq.length - 1]);
    if (arc == 0 || fsa.isArcFinal(arc) || fsa.isArcTerminal(arc)) {
      return List.of();
    }
    return sequences(fsa.getEndNode(arc));
  }

  private String form(String lower) {
    return english ? WordForms.key(lower) : lower;
  }
}
