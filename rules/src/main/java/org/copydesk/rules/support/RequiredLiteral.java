package org.copydesk.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.copydesk.internal.regex.StartSet;

/**
 * Strings a regular expression cannot match without, for a cheap check of the text before the regular expression
 * runs. {@link #anyOf} returns either one required string (a run of literal characters, spaces and punctuation
 * included: {@code "as an ai"}) or a set of strings of which at least one is required (a group of alternatives,
 * such as {@code (?:certainly|sure)}, or a top-level alternation). Conservative: when nothing can be proven it
 * returns {@code null} and the caller always runs the pattern.
 *
 * <p>Strings and text are compared folded with {@link #lower}, as a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern
 * compares characters; a pattern that is case-sensitive matches a subset of what that folding allows, so the check
 * holds for it too.
 */
public final class RequiredLiteral {
  /**
   * A required string must be this long and have at least two characters that are not spaces: two letters ("ia",
   * "ki") are a weak check, but one that still rules out most text, and a weak check beats none.
   */
  private static final int MIN_LENGTH = 2;
  /** Punctuation so rare in prose that even one or two such characters make a useful check ({@code [[}, {@code 【}). */
  private static final String RARE = "[]{}<>|\\^~`_#@【】†*()—–¹²³⁴⁵⁶⁷⁸⁹⁰";

  /** An inline flag group that names {@code x} (comments mode), as {@code (?x)}, {@code (?ix:…)} or {@code (?-x)}. */
  private static final Pattern COMMENTS = Pattern.compile("\\(\\?[a-zA-Z-]*x[a-zA-Z-]*[:)]");

  private RequiredLiteral() {}

  /** The one string the pattern requires, folded, or {@code null} (none, or a set of alternatives). */
  public static String of(String regex) {
    List<String> any = anyOf(regex);
    return any != null && any.size() == 1 ? any.get(0) : null;
  }

  /**
   * Folded strings of which a match must contain at least one (a single one when it is required outright), or
   * {@code null} when none can be proven: the most selective clause of {@link #allOf}.
   */
  public static List<String> anyOf(String regex) {
    List<List<String>> clauses = allOf(regex);
    if (clauses == null) {
      return null;
    }
    List<String> best = null;
    for (List<String> c : clauses) {
      if (best == null || shortest(c) > shortest(best)) {
        best = c;
      }
    }
    return best;
  }

  /**
   * What a match must contain, as clauses that must all hold, each a set of folded strings of which at least one
   * must occur: {@code to\s+sum\s+up} gives {@code [[sum]]}, {@code (?:it|this)\s+is\s+not\s+just\s+about}
   * gives {@code [[not], [just], [about]]}. {@code null} when nothing can be proven.
   */
  public static List<List<String>> allOf(String regex) {
    if (COMMENTS.matcher(regex).find() || quotes(regex)) {
      // comments mode: spaces and # are not literal; quoted text: its brackets and bars would be read as syntax
      return null;
    }
    List<String> alternatives = splitTopLevel(regex);
    if (alternatives.size() > 1) {
      // a top-level alternation: one of the alternatives' strings is required
      List<String> union = new ArrayList<>();
      for (String alt : alternatives) {
        List<String> words = anyOf(alt);
        if (words == null) {
          return null;
        }
        union.addAll(words);
      }
      return List.of(List.copyOf(union));
    }
    List<List<String>> clauses = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char e = regex.charAt(i + 1);
        if (e == 'Q') {
          return null; // quoted text: not worth parsing
        }
        if (!Character.isLetterOrDigit(e)) {
          run.append(e); // an escaped literal: \[ \. \?
          i++;
          continue;
        }
        keep(clauses, run, regex, i);
        i = endOfEscape(regex, i);
        continue;
      }
      switch (c) {
        case '[' -> {
          keep(clauses, run, regex, i);
          int close = closeClass(regex, i);
          List<String> chars = classChars(regex, i, close);
          if (chars != null && !optionalAt(regex, close + 1)) {
            clauses.add(chars); // "[(\\[]", "[¹²³]+": one of its characters is required
          }
          i = close;
        }
        case '(' -> {
          keep(clauses, run, regex, i);
          int close = closeGroup(regex, i);
          if (close < 0) {
            return null;
          }
          if (!optionalAt(regex, close + 1)) {
            List<String> group = alternatives(regex.substring(i + 1, close));
            if (group != null) {
              clauses.add(group);
            }
          }
          i = close;
        }
        case '{' -> {
          keep(clauses, run, regex, i);
          int close = regex.indexOf('}', i);
          i = close < 0 ? regex.length() : close;
        }
        case '.', '^', '$', '*', '+', '?', ')', '|' -> keep(clauses, run, regex, i);
        default -> run.append(c);
      }
    }
    keep(clauses, run, regex, regex.length());
    return clauses.isEmpty() ? null : List.copyOf(clauses);
  }

  /** Whether the regular expression quotes text with {@code \Q} anywhere (in a group or class too). */
  private static boolean quotes(String regex) {
    for (int i = 0; i + 1 < regex.length(); i++) {
      if (regex.charAt(i) == '\\') {
        if (regex.charAt(i + 1) == 'Q') {
          return true;
        }
        i++;
      }
    }
    return false;
  }

  private static int shortest(List<String> words) {
    int min = Integer.MAX_VALUE;
    for (String w : words) {
      min = Math.min(min, w.length());
    }
    return words.isEmpty() ? 0 : min;
  }

  /** Each alternative's required strings, united, or {@code null} if any alternative has none or it is a lookaround. */
  private static List<String> alternatives(String inner) {
    String body = inner;
    if (body.startsWith("?")) {
      if (body.startsWith("?=") || body.startsWith("?!") || body.startsWith("?<=") || body.startsWith("?<!")) {
        return null;
      }
      if (body.startsWith("?<")) {
        int close = body.indexOf('>');
        if (close < 0) {
          return null;
        }
        body = body.substring(close + 1); // a named group
      } else if (body.startsWith("?>")) {
        body = body.substring(2); // an atomic group
      } else {
        int colon = body.indexOf(':');
        if (colon < 0 || !flags(body, 1, colon)) {
          return null; // flags only, (?iu), or something else
        }
        body = body.substring(colon + 1);
      }
    }
    List<String> out = new ArrayList<>();
    for (String alt : splitTopLevel(body)) {
      List<String> words = anyOf(alt);
      if (words == null) {
        return null;
      }
      out.addAll(words);
    }
    return out.isEmpty() ? null : List.copyOf(out);
  }

  /** Whether {@code s[from, to)} is made of ASCII letters and {@code -} only, as inline flags are. */
  private static boolean flags(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The index of the last character of the escape sequence starting with the backslash at {@code at}. */
  private static int endOfEscape(String s, int at) {
    int i = at + 1;
    char e = s.charAt(i);
    if ("pPxN".indexOf(e) >= 0 && i + 1 < s.length() && s.charAt(i + 1) == '{') {
      int close = s.indexOf('}', i);
      return close < 0 ? s.length() - 1 : close;
    }
    if (e == 'k' && i + 1 < s.length() && s.charAt(i + 1) == '<') {
      int close = s.indexOf('>', i);
      return close < 0 ? s.length() - 1 : close;
    }
    if (e == 'p' || e == 'P' || e == 'c') {
      return Math.min(i + 1, s.length() - 1); // \pL, \cX
    }
    if (e == 'x') {
      return Math.min(i + 2, s.length() - 1);
    }
    if (e == 'u') {
      return Math.min(i + 4, s.length() - 1);
    }
    while (Character.isDigit(e) && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
      i++; // a back reference or an octal escape
    }
    return i;
  }

  private static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = closeClass(s, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  /** The index of the {@code ]} that closes the character class opened at {@code open} (classes nest in Java). */
  private static int closeClass(String s, int open) {
    int depth = 0;
    int i = open;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        i++;
        if (i < s.length() && s.charAt(i) == '^') {
          i++;
        }
        if (i < s.length() && s.charAt(i) == ']') {
          i++; // a ] first in a class is a literal
        }
        continue;
      }
      if (c == ']' && --depth == 0) {
        return i;
      }
      i++;
    }
    return s.length() - 1;
  }

  private static int closeGroup(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = closeClass(s, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Adds the run as a clause unless it is too weak a check; a quantifier right after it makes its last character optional. */
  private static void keep(List<List<String>> clauses, StringBuilder run, String regex, int next) {
    if (run.length() == 0) {
      return;
    }
    String r = run.toString();
    run.setLength(0);
    if (optionalAt(regex, next)) {
      // the quantifier applies to the last code point, which may be two UTF-16 units (an emoji)
      int last = r.offsetByCodePoints(r.length(), -1);
      r = r.substring(0, last);
    }
    if (useful(r)) {
      clauses.add(List.of(lower(r)));
    }
  }

  /**
   * The characters of a class {@code s[open, close]} that lists a few rare characters one by one ({@code [(\[]},
   * {@code [—–]}), each folded, or {@code null} for any other class (a range, a negation, a property, a nested class,
   * or a character that is not {@link #RARE}).
   */
  private static List<String> classChars(String s, int open, int close) {
    if (close <= open + 1 || s.charAt(close) != ']' || s.charAt(open + 1) == '^') {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = open + 1; i < close; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < close && !Character.isLetterOrDigit(s.charAt(i + 1))) {
        c = s.charAt(++i); // escaped punctuation: "\\[", "\\("
      } else if (c == '\\' || c == '[' || c == '&' || c == '-' && i > open + 1 && i + 1 < close) {
        return null;
      }
      if (Character.isSurrogate(c) || RARE.indexOf(c) < 0) {
        return null;
      }
      String f = lower(String.valueOf(c));
      if (!out.contains(f)) {
        out.add(f);
      }
    }
    return out.isEmpty() ? null : List.copyOf(out);
  }

  /**
   * Whether a quantifier at {@code at} may leave out what comes before it: {@code ?}, {@code *} or a count
   * ({@code {0,…}} included; a count is not read, so every one is taken as possibly none).
   */
  private static boolean optionalAt(String regex, int at) {
    return at < regex.length() && "?*{".indexOf(regex.charAt(at)) >= 0;
  }

  private static boolean useful(String s) {
    if (s.isEmpty()) {
      return false;
    }
    boolean rare = true;
    int solid = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      rare &= RARE.indexOf(c) >= 0;
      solid += Character.isWhitespace(c) ? 0 : 1;
    }
    return rare || s.length() >= MIN_LENGTH && solid >= 2;
  }

  /**
   * Folds case code point by code point as a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern compares characters:
   * lower case of upper case, so that dotless ı, İ and I all fold to i (unlike {@link String#toLowerCase}, which
   * turns İ into two characters).
   */
  public static String lower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      sb.appendCodePoint(fold(cp));
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** One code point folded as {@link #lower} folds it: {@link StartSet#fold}. */
  static int fold(int cp) {
    return StartSet.fold(cp);
  }

  /** Whether folded text contains at least one of the strings ({@code null} means: cannot tell, so yes). */
  public static boolean mayMatch(List<String> anyOf, String lowerText) {
    if (anyOf == null) {
      return true;
    }
    for (String w : anyOf) {
      if (lowerText.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
