package org.copydesk.rule;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A publication's own spellings, from the {@code lexicon:} section of its policy: <b>terms</b> (names and
 * words that are always right, so spelling rules leave them alone) and <b>corrections</b> (a wrong form and
 * the house form, for example {@code e-mail -> email}). Immutable and thread-safe.
 *
 * <p>Terms match case-insensitively, and a term of several words covers each of its words where it occurs
 * whole. A correction whose wrong form is all lower case matches any capitalisation of it and the right form
 * takes the case of the text ({@code E-mail -> Email}); a wrong form with a capital letter matches only as
 * written.
 */
public final class HouseLexicon {
  private static final HouseLexicon EMPTY = new HouseLexicon(Set.of(), Map.of());

  private final Set<String> terms;
  private final Map<String, String> corrections;
  private final Set<String> foldedTerms;
  private final Map<String, String> foldedCorrections;

  private HouseLexicon(Collection<String> terms, Map<String, String> corrections) {
    TreeSet<String> t = new TreeSet<>();
    for (String term : terms) {
      String s = normalise(Objects.requireNonNull(term, "term"));
      if (s.isEmpty()) {
        throw new IllegalArgumentException("a house term must not be blank");
      }
      t.add(s);
    }
    TreeMap<String, String> c = new TreeMap<>();
    corrections.forEach((wrong, right) -> {
      String w = normalise(Objects.requireNonNull(wrong, "wrong form"));
      String r = normalise(Objects.requireNonNull(right, "right form"));
      if (w.isEmpty() || r.isEmpty()) {
        throw new IllegalArgumentException("a house correction must not be blank");
      }
      if (w.equals(r)) {
        throw new IllegalArgumentException("the correction of '" + w + "' is the same word");
      }
      c.put(w, r);
    });
    this.terms = Collections.unmodifiableSet(t);
    this.corrections = Collections.unmodifiableMap(c);
    TreeSet<String> ft = new TreeSet<>();
    t.forEach(s -> ft.add(s.toLowerCase(Locale.ROOT)));
    this.foldedTerms = Collections.unmodifiableSet(ft);
    Map<String, String> fc = new LinkedHashMap<>();
    c.forEach((w, r) -> {
      if (isLowerCase(w)) {
        fc.put(w, r);
      }
    });
    this.foldedCorrections = Collections.unmodifiableMap(fc);
  }

  /** The empty lexicon: no terms, no corrections. */
  public static HouseLexicon empty() {
    return EMPTY;
  }

  /**
   * A lexicon of terms and corrections (wrong form to right form).
   *
   * @throws IllegalArgumentException if a term or form is blank, or a correction maps a form to itself
   */
  public static HouseLexicon of(Collection<String> terms, Map<String, String> corrections) {
    return terms.isEmpty() && corrections.isEmpty() ? EMPTY : new HouseLexicon(terms, corrections);
  }

  /** The terms, sorted, with runs of white space made single spaces. */
  public Set<String> terms() {
    return terms;
  }

  /** The corrections, wrong form to right form, sorted by wrong form. */
  public Map<String, String> corrections() {
    return corrections;
  }

  /** Whether there are neither terms nor corrections. */
  public boolean isEmpty() {
    return terms.isEmpty() && corrections.isEmpty();
  }

  /** Whether a word or name (in any case) is one of the house terms. */
  public boolean isHouseTerm(String text) {
    return !foldedTerms.isEmpty() && foldedTerms.contains(normalise(text).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the characters {@code [start, end)} of {@code text} lie inside a whole-word occurrence of a house
   * term, in any case: with the term "Spiritual Shrinks", the word "Shrinks" in "the Spiritual Shrinks said" is
   * covered.
   */
  public boolean covers(CharSequence text, int start, int end) {
    if (terms.isEmpty()) {
      return false;
    }
    for (String term : terms) {
      int len = term.length();
      for (int from = Math.max(0, end - len); from <= start && from + len <= text.length(); from++) {
        if (regionMatches(text, from, term) && boundary(text, from - 1) && boundary(text, from + len)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The house form of a wrong form as it appears in the text, in the case of the text: with the correction
   * {@code e-mail -> email}, {@code correction("E-mail")} is {@code Email}; a word that is not a listed wrong
   * form (in a case the correction matches) has none.
   */
  public Optional<String> correction(String form) {
    String f = normalise(form);
    String exact = corrections.get(f);
    if (exact != null) {
      return Optional.of(exact);
    }
    String lower = f.toLowerCase(Locale.ROOT);
    String right = foldedCorrections.get(lower);
    return right == null ? Optional.empty() : Optional.of(matchCase(right, f));
  }

  /** A lexicon with this one's terms and corrections and another's; the other's corrections win. */
  public HouseLexicon plus(HouseLexicon other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    TreeSet<String> t = new TreeSet<>(terms);
    t.addAll(other.terms);
    Map<String, String> c = new TreeMap<>(corrections);
    c.putAll(other.corrections);
    return new HouseLexicon(t, c);
  }

  /** Whether every letter of a form is lower case (such a wrong form matches in any case). */
  private static boolean isLowerCase(String form) {
    return form.equals(form.toLowerCase(Locale.ROOT));
  }

  /** {@code right} in the case of {@code model}: all capitals, a capital first letter, or as written. */
  private static String matchCase(String right, String model) {
    boolean letters = model.codePoints().anyMatch(Character::isLetter);
    if (letters && model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT))
        && !model.equals(model.toLowerCase(Locale.ROOT))) {
      return right.toUpperCase(Locale.ROOT);
    }
    if (!model.isEmpty() && Character.isUpperCase(model.codePointAt(0)) && !right.isEmpty()) {
      int first = right.codePointAt(0);
      return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
          .append(right.substring(Character.charCount(first))).toString();
    }
    return right;
  }

  private static boolean regionMatches(CharSequence text, int from, String term) {
    for (int i = 0; i < term.length(); i++) {
      char a = text.charAt(from + i);
      char b = term.charAt(i);
      if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)
          && !(Character.isWhitespace(a) && b == ' ')) {
        return false;
      }
    }
    return true;
  }

  private static boolean boundary(CharSequence text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }

  private static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HouseLexicon h && terms.equals(h.terms) && corrections.equals(h.corrections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(terms, corrections);
  }

  @Override
  public String toString() {
    return "HouseLexicon[terms=" + terms + ", corrections=" + corrections + "]";
  }
}
