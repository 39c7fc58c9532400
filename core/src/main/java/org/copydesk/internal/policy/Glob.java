package org.copydesk.internal.policy;

import java.util.regex.Pattern;

/**
 * A path pattern of a policy file's {@code ignore} or {@code overrides.files}, matched against a path relative
 * to the policy file's folder with {@code /} between names, as in {@code .gitignore}: {@code *} is any run of
 * characters within one name, {@code **} any run across names, {@code ?} one character, {@code [abc]} and
 * {@code [!abc]} a class, {@code {a,b}} alternatives. A pattern without a {@code /} matches a name at any
 * depth; one with a {@code /} (a leading one is dropped) is anchored at the policy's folder. A pattern matches
 * a path when it matches the path or one of its folders, so {@code drafts} and {@code drafts/**} both cover
 * everything in {@code drafts/}. Immutable.
 */
final class Glob {
  private final String text;
  private final Pattern regex;

  private Glob(String text, Pattern regex) {
    this.text = text;
    this.regex = regex;
  }

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static Glob of(String pattern) {
    String p = pattern.strip();
    if (p.isEmpty()) {
      throw new IllegalArgumentException("an empty pattern; expected a glob such as 'drafts/**' or '*.html'");
    }
    boolean anchored = p.indexOf('/') >= 0 && p.indexOf('/') < p.length() - 1;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.isEmpty()) {
      throw new IllegalArgumentException("the pattern '" + pattern + "' names no file; expected a glob such as"
          + " 'drafts/**'");
    }
    StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
    int braces = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
            boolean slashAfter = i + 2 < p.length() && p.charAt(i + 2) == '/';
            boolean atStart = i == 0 || p.charAt(i - 1) == '/';
            if (atStart && slashAfter) {
              re.append("(?:.*/)?");
              i += 2;
            } else {
              re.append(".*");
              i += 1;
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int close = p.indexOf(']', i + 2);
          if (close < 0) {
            throw new IllegalArgumentException("'[' without ']' in '" + pattern + "'; expected a class such as"
                + " [abc]");
          }
          String body = p.substring(i + 1, close);
          boolean negate = body.startsWith("!") || body.startsWith("^");
          if (negate) {
            body = body.substring(1);
          }
          re.append(negate ? "[^/" : "[");
          int[] cps = body.codePoints().toArray();
          for (int k = 0; k < cps.length; k++) {
            if (k + 2 < cps.length && cps[k + 1] == '-') {
              if (cps[k] > cps[k + 2]) {
                throw new IllegalArgumentException("the range '" + body.substring(body.offsetByCodePoints(0, k),
                    body.offsetByCodePoints(0, k + 3)) + "' in '" + pattern + "' runs backwards; expected a range"
                    + " such as [a-z]");
              }
              re.append(classMember(cps[k])).append('-').append(classMember(cps[k + 2]));
              k += 2;
            } else {
              re.append(classMember(cps[k]));
            }
          }
          re.append(']');
          i = close;
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            throw new IllegalArgumentException("'}' without '{' in '" + pattern + "'; expected {a,b}");
          }
          braces--;
          re.append(')');
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces != 0) {
      throw new IllegalArgumentException("'{' without '}' in '" + pattern + "'; expected {a,b}");
    }
    re.append("(?:/.*)?");
    return new Glob(pattern, Pattern.compile(re.toString()));
  }

  /** One character of a class, escaped unless it is a letter or digit (a '-' outside a range is literal). */
  private static String classMember(int cp) {
    String c = new String(Character.toChars(cp));
    return Character.isLetterOrDigit(cp) ? c : "\\" + c;
  }

  /** Whether a relative path ({@code /} between names, no leading {@code ./}) or a folder of it matches. */
  boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
