package org.copydesk.rules.support;

import java.util.Locale;

/**
 * The longest plain word a regular expression cannot match without: a cheap {@code String.contains} check on
 * lower-cased text lets a rule skip the regular expression on text that lacks it. Conservative: when the
 * pattern has a top-level alternation, or no literal run outside groups, classes and quantifiers, there is none.
 */
public final class RequiredLiteral {
  private static final int MIN_LENGTH = 3;

  private RequiredLiteral() {}

  /** The required literal, lower-cased, or {@code null} when none can be proven. */
  public static String of(String regex) {
    String best = null;
    StringBuilder run = new StringBuilder();
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (inClass) {
        if (c == '\\') {
          i++;
        } else if (c == ']') {
          inClass = false;
        }
        continue;
      }
      if (c == '\\') {
        best = keep(best, run, depth, regex, i);
        run.setLength(0);
        i++;
        continue;
      }
      if (c == '(' && regex.startsWith("(?", i) && regex.indexOf(')', i) > i
          && regex.substring(i + 2, regex.indexOf(')', i)).matches("[a-zA-Z-]+")) {
        best = keep(best, run, depth, regex, i);
        run.setLength(0);
        i = regex.indexOf(')', i); // inline flags such as (?iu)
        continue;
      }
      if (Character.isLetter(c) || c == ' ' || c == '\'' || c == '’') {
        run.append(c);
        continue;
      }
      best = keep(best, run, depth, regex, i);
      run.setLength(0);
      if (c == '|' && depth == 0) {
        return null; // a top-level alternative may match without any literal
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '[') {
        inClass = true;
      }
    }
    best = keep(best, run, depth, regex, regex.length());
    return best;
  }

  /** Keeps the run if it is at depth 0 and not made optional by a quantifier right after it. */
  private static String keep(String best, StringBuilder run, int depth, String regex, int next) {
    if (depth != 0 || run.length() == 0) {
      return best;
    }
    String r = run.toString();
    if (next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0) {
      int cut = r.length() - 1; // the quantifier applies to the last character only
      r = r.substring(0, Math.max(0, cut));
    }
    String word = longestWord(r);
    // ASCII only: lower-casing non-ASCII letters is locale-sensitive (Turkish İ), which could skip a match
    if (word == null || word.length() < MIN_LENGTH || !word.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
      return best;
    }
    return best == null || word.length() > best.length() ? word : best;
  }

  private static String longestWord(String s) {
    String best = null;
    for (String w : s.split("[\\s'’]+")) {
      if (!w.isEmpty() && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    return best == null ? null : best.toLowerCase(Locale.ROOT);
  }
}
