package org.copydesk.rules.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Words a regular expression cannot match without, for a cheap {@code String.contains} check on lower-cased
 * text before the regular expression runs. {@link #anyOf} returns either one required word or a set of words of
 * which at least one is required (a top-level group of alternatives, such as {@code (?:certainly|sure)}).
 * Conservative: when nothing can be proven it returns {@code null} and the caller always runs the pattern.
 * Text must be lower-cased with {@link #lower}, which folds case as the regular expressions do.
 */
public final class RequiredLiteral {
  private static final int MIN_LENGTH = 3;

  private RequiredLiteral() {}

  /** The longest plain word the pattern requires, lower-cased, or {@code null}. */
  public static String of(String regex) {
    List<String> any = anyOf(regex);
    return any != null && any.size() == 1 ? any.get(0) : null;
  }

  /**
   * Words of which a match must contain at least one (a single word when one is required outright), or
   * {@code null} when none can be proven.
   */
  public static List<String> anyOf(String regex) {
    String bestWord = null;
    List<String> bestGroup = null;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        bestWord = keep(bestWord, run, regex, i);
        run.setLength(0);
        i++;
        continue;
      }
      if (c == '[') {
        bestWord = keep(bestWord, run, regex, i);
        run.setLength(0);
        i = closeClass(regex, i);
        continue;
      }
      if (c == '(') {
        bestWord = keep(bestWord, run, regex, i);
        run.setLength(0);
        int close = closeGroup(regex, i);
        if (close < 0) {
          return null;
        }
        String inner = regex.substring(i + 1, close);
        boolean optional = close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0;
        if (!optional && bestGroup == null) {
          bestGroup = alternatives(inner);
        }
        i = close;
        continue;
      }
      if (c == '|') {
        // a top-level alternation: one of the alternatives' words is required
        List<String> union = new ArrayList<>();
        for (String alt : splitTopLevel(regex)) {
          List<String> words = anyOf(alt);
          if (words == null) {
            return null;
          }
          union.addAll(words);
        }
        return List.copyOf(union);
      }
      if (Character.isLetter(c) || c == ' ' || c == '\'' || c == '’') {
        run.append(c);
        continue;
      }
      bestWord = keep(bestWord, run, regex, i);
      run.setLength(0);
    }
    bestWord = keep(bestWord, run, regex, regex.length());
    if (bestWord != null && (bestWord.length() >= 4 || bestGroup == null)) {
      return List.of(bestWord);
    }
    return bestGroup;
  }

  /** Each alternative's required word, or {@code null} if any alternative has none (or it is a lookaround). */
  private static List<String> alternatives(String inner) {
    String body = inner;
    if (body.startsWith("?")) {
      if (body.startsWith("?=") || body.startsWith("?!") || body.startsWith("?<=") || body.startsWith("?<!")) {
        return null;
      }
      int colon = body.indexOf(':');
      if (colon < 0 || !body.substring(1, colon).matches("[a-zA-Z-]*")) {
        return null;
      }
      body = body.substring(colon + 1);
    }
    List<String> out = new ArrayList<>();
    for (String alt : splitTopLevel(body)) {
      String w = of(alt);
      if (w == null) {
        return null;
      }
      out.add(w);
    }
    return out.isEmpty() ? null : List.copyOf(out);
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

  private static int closeClass(String s, int open) {
    for (int i = open + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']' && i > open + 1) {
        return i;
      }
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

  /** Keeps the run's longest word unless a quantifier right after it makes its last letter optional. */
  private static String keep(String best, StringBuilder run, String regex, int next) {
    if (run.length() == 0) {
      return best;
    }
    String r = run.toString();
    if (next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0) {
      r = r.substring(0, r.length() - 1);
    }
    String word = longestWord(r);
    if (word == null || word.length() < MIN_LENGTH || !word.chars().allMatch(RequiredLiteral::foldsStably)) {
      return best;
    }
    return best == null || word.length() > best.length() ? word : best;
  }

  /**
   * A letter whose case folds back to itself (not Turkish dotless ı or long s), so that {@link #lower} and a
   * case-insensitive regular expression agree on it.
   */
  private static boolean foldsStably(int ch) {
    return Character.isLetter(ch) && Character.toLowerCase(Character.toUpperCase(ch)) == ch;
  }

  /**
   * Lower-cases character by character, as a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern compares letters
   * (unlike {@link String#toLowerCase}, which turns Turkish İ into two characters).
   */
  public static String lower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
    return sb.toString();
  }

  private static String longestWord(String s) {
    String best = null;
    for (String w : s.split("[\\s'’]+")) {
      if (!w.isEmpty() && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    return best == null ? null : lower(best);
  }

  /** Whether lower-cased text contains at least one of the words ({@code null} means: cannot tell, so yes). */
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
