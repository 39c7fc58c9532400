package org.copydesk.rule;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.article.Article;
import org.copydesk.article.Span;

/**
 * A rule a newsroom writes in its policy ({@code patterns:} in {@code copydesk.yaml}): a regular expression, the
 * message for what it matches, optionally a suggested replacement, a severity and a category. Its id is
 * {@code CATEGORY.house-NAME}, so policies, reports, {@code copydesk rules} and {@code copydesk explain} treat it
 * like any other rule.
 *
 * <p>The expression is compiled with RE2/J, never {@code java.util.regex}: matching takes time linear in the
 * article's length whatever the pattern, so a catastrophic pattern such as {@code (a+)+$} cannot hang an audit.
 * RE2 has no backreferences and no lookaround; such a pattern is refused when it is built. So is a pattern longer
 * than {@link #MAX_LENGTH} characters, one that grows past {@link #MAX_SIZE} steps once its counted repetitions
 * are written out ({@code (a{100}){100}} is 10,000), and one that matches empty text. Each pattern reports at most
 * {@link #MAX_FINDINGS} findings per article.
 *
 * <p>Immutable and thread-safe.
 */
public final class HousePattern implements Rule {
  /** The longest expression, in characters. */
  public static final int MAX_LENGTH = 1000;
  /** The most steps an expression may have with its counted repetitions written out. */
  public static final int MAX_SIZE = 1000;
  /**
   * The most steps the house patterns of one policy may have together. Matching is linear in the article, but
   * each step can cost time on every character, so this bounds what an untrusted policy can make an audit cost.
   */
  public static final int MAX_TOTAL_SIZE = 3000;
  /** The most findings one pattern reports in one article; the rest of the article is not searched. */
  public static final int MAX_FINDINGS = 100;
  /** The most searches one pattern makes in one article, counting matches {@code wholeWord} turns down. */
  public static final int MAX_SEARCHES = 1000;
  /** The most patterns one policy may have. */
  public static final int MAX_PATTERNS = 200;
  /** What every house pattern's rule id has after its category. */
  public static final String ID_PREFIX = "house-";
  /** What {@code {match}} in a message stands for. */
  public static final String MATCH = "{match}";
  /** What the policy file expects of an expression that RE2 refuses. */
  public static final String RE2_EXPECTED = "RE2 syntax (no backreferences such as \\1, no lookahead or lookbehind"
      + " such as (?=, (?!, (?<= or (?<!)";

  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_NAME = 60;
  private static final int MAX_MESSAGE = 500;
  private static final int MAX_EXCERPT = 60;

  private final String name;
  private final String regex;
  private final String message;
  private final String suggestion;
  private final Severity severity;
  private final Category category;
  private final boolean ignoreCase;
  private final boolean wholeWord;
  private final String origin;
  private final Pattern compiled;
  private final long size;
  private final RuleDescriptor descriptor;

  private HousePattern(Builder b) {
    this.name = b.name;
    this.regex = b.regex;
    this.message = b.message;
    this.suggestion = b.suggestion;
    this.severity = b.severity;
    this.category = b.category;
    this.ignoreCase = b.ignoreCase;
    this.wholeWord = b.wholeWord;
    this.origin = b.origin;
    this.compiled = compile(regex, ignoreCase);
    this.size = ExpandedSize.of(regex); // kept: policies add the sizes up each time they are layered
    this.descriptor = new RuleDescriptor(category.id() + "." + ID_PREFIX + name, category, severity,
        summary(), description(), "A rule of the house's own, written in the policy's patterns section.", List.of());
  }

  /**
   * Starts a house pattern.
   *
   * @param name lower-case letters, digits and single hyphens, e.g. {@code said-not-stated}; the rule id is
   *     {@code CATEGORY.house-NAME}
   * @param regex the expression, in RE2 syntax
   * @throws IllegalArgumentException with a message {@code what is wrong; expected what} if the name or the
   *     expression is unusable
   */
  public static Builder builder(String name, String regex) {
    return new Builder(checkName(name), checkRegex(regex));
  }

  /**
   * Checks a pattern's name.
   *
   * @return the name
   * @throws IllegalArgumentException saying what is expected
   */
  public static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("the name '" + name + "'; expected lower-case letters, digits and single"
          + " hyphens (at most " + MAX_NAME + "), e.g. said-not-stated");
    }
    return name;
  }

  /**
   * Checks an expression: RE2 syntax, at most {@link #MAX_LENGTH} characters and {@link #MAX_SIZE} steps, and
   * not matching empty text.
   *
   * @return the expression
   * @throws IllegalArgumentException saying what is wrong and what is expected
   */
  public static String checkRegex(String regex) {
    Objects.requireNonNull(regex, "regex");
    if (regex.isEmpty()) {
      throw new IllegalArgumentException("an empty pattern; expected a regular expression in RE2 syntax");
    }
    if (regex.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a pattern of " + regex.length() + " characters; expected at most "
          + MAX_LENGTH + " (split it into several patterns)");
    }
    // before compiling: RE2/J writes counted repetitions out as it compiles, so ((a{1000}){1000}){1000} would take
    // all the memory there is
    long size = ExpandedSize.of(regex);
    if (size > MAX_SIZE) {
      throw new IllegalArgumentException("a pattern of more than " + MAX_SIZE + " steps with its counted"
          + " repetitions written out (" + (size >= ExpandedSize.LIMIT ? "too many to count" : String.format(
          Locale.ROOT, "%,d", size)) + "); expected smaller counts such as {1,50}");
    }
    Pattern p = compile(regex, false);
    if (p.matches("")) {
      throw new IllegalArgumentException("a pattern that matches empty text; expected one that needs at least one"
          + " character (+ rather than *)");
    }
    return regex;
  }

  private static Pattern compile(String regex, boolean ignoreCase) {
    try {
      return Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    } catch (PatternSyntaxException e) {
      String why = e.getDescription() == null ? "" : e.getDescription();
      String what = e.getMessage() == null ? why : e.getMessage().replaceFirst("^error parsing regexp: ", "");
      throw new IllegalArgumentException("RE2 cannot compile the pattern (" + what + "); expected " + RE2_EXPECTED,
          e);
    }
  }

  /** The expression's steps with its counted repetitions written out (what {@link #MAX_SIZE} bounds). */
  public long size() {
    return size;
  }

  /**
   * Checks that patterns together stay within {@link #MAX_TOTAL_SIZE} steps.
   *
   * @throws IllegalArgumentException saying what is wrong and what is expected
   */
  public static void checkTotalSize(java.util.Collection<HousePattern> patterns) {
    long total = patterns.stream().mapToLong(HousePattern::size).sum();
    if (total > MAX_TOTAL_SIZE) {
      throw new IllegalArgumentException("house patterns of " + total + " steps in all; expected at most "
          + MAX_TOTAL_SIZE + " (fewer or smaller patterns, smaller counted repetitions)");
    }
  }

  /** The name, as written in the policy. */
  public String name() {
    return name;
  }

  /** The expression, in RE2 syntax. */
  public String regex() {
    return regex;
  }

  /** The message; {@code {match}} stands for the matched text. */
  public String message() {
    return message;
  }

  /** The suggested replacement ({@code $1} for a group, {@code $$} for a dollar sign), if any. */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  /** The severity of its findings, unless the policy's {@code rules:} says otherwise. */
  public Severity severity() {
    return severity;
  }

  /** Its category. */
  public Category category() {
    return category;
  }

  /** Whether letters match in any case. */
  public boolean ignoreCase() {
    return ignoreCase;
  }

  /** Whether a match must not run on into a letter or digit before or after it (in any script). */
  public boolean wholeWord() {
    return wholeWord;
  }

  /** Where it was written ({@code FILE:LINE:COL}), if known. Not part of equality. */
  public Optional<String> origin() {
    return Optional.ofNullable(origin);
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public void check(Article article, RuleContext context) {
    String text = article.text();
    Matcher m = compiled.matcher(text);
    int from = 0;
    int found = 0;
    // Every search may read to the end of the text (a[^\n]*b|a tries the long branch first), so the searches are
    // counted too, not only the findings: matches that wholeWord turns down could otherwise make it quadratic.
    for (int searches = 0; found < MAX_FINDINGS && searches < MAX_SEARCHES && from <= text.length()
        && m.find(from); searches++) {
      if (Thread.currentThread().isInterrupted()) {
        return; // the engine stops the audit before its next rule
      }
      int start = m.start();
      int end = m.end();
      if (end == start) {
        from = end + 1;
        continue;
      }
      from = end;
      if (wholeWord && !standsAlone(text, start, end)) {
        continue;
      }
      String matched = text.substring(start, end);
      RuleContext.FindingBuilder f = context.report(new Span(start, end))
          .message(message.replace(MATCH, excerpt(matched)));
      if (suggestion != null) {
        f.suggest(Suggestion.replace(expand(suggestion, m)));
      }
      f.emit();
      found++;
    }
  }

  /** Whether a match does not continue a word: no letter or digit runs on from its first or last character. */
  private static boolean standsAlone(String text, int start, int end) {
    boolean wordStart = Character.isLetterOrDigit(text.codePointAt(start));
    boolean wordEnd = Character.isLetterOrDigit(text.codePointBefore(end));
    return !(wordStart && start > 0 && Character.isLetterOrDigit(text.codePointBefore(start)))
        && !(wordEnd && end < text.length() && Character.isLetterOrDigit(text.codePointAt(end)));
  }

  private static String excerpt(String matched) {
    String s = matched.strip().replaceAll("\\s+", " ");
    return s.length() <= MAX_EXCERPT ? s : s.substring(0, MAX_EXCERPT - 1) + "…";
  }

  /** The replacement with {@code $N} replaced by group N of the match and {@code $$} by a dollar sign. */
  private static String expand(String replacement, Matcher m) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < replacement.length(); i++) {
      char c = replacement.charAt(i);
      if (c == '$' && i + 1 < replacement.length()) {
        char n = replacement.charAt(++i);
        if (n == '$') {
          out.append('$');
        } else {
          String g = m.group(n - '0');
          out.append(g == null ? "" : g);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String summary() {
    String s = message.replace(MATCH, "…").strip().replaceAll("\\s+", " ");
    return s.length() <= 100 ? s : s.substring(0, 99) + "…";
  }

  private String description() {
    StringBuilder d = new StringBuilder("A house pattern");
    if (origin != null) {
      d.append(" (").append(origin).append(')');
    }
    d.append(": reports text that matches the regular expression ").append(regex).append(" (RE2 syntax");
    if (ignoreCase) {
      d.append(", any case");
    }
    if (wholeWord) {
      d.append(", whole words only");
    }
    d.append(')');
    if (suggestion != null) {
      d.append(" and suggests \"").append(suggestion).append('"');
    }
    d.append(". At most ").append(MAX_FINDINGS).append(" findings per article.");
    return d.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HousePattern h && name.equals(h.name) && regex.equals(h.regex) && message.equals(h.message)
        && Objects.equals(suggestion, h.suggestion) && severity == h.severity && category == h.category
        && ignoreCase == h.ignoreCase && wholeWord == h.wholeWord;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, regex, message, suggestion, severity, category, ignoreCase, wholeWord);
  }

  @Override
  public String toString() {
    return "HousePattern[" + descriptor.id() + " /" + regex + "/" + (ignoreCase ? "i" : "") + "]";
  }

  /** Builds a {@link HousePattern}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final String regex;
    private String message;
    private String suggestion;
    private Severity severity = Severity.WARNING;
    private Category category = Category.LANGUAGE;
    private boolean ignoreCase;
    private boolean wholeWord = true;
    private String origin;

    private Builder(String name, String regex) {
      this.name = name;
      this.regex = regex;
    }

    /**
     * The message of each finding (required): what is wrong and what the house wants; {@code {match}} stands for
     * the matched text.
     *
     * @throws IllegalArgumentException if it is blank or longer than 500 characters
     */
    public Builder message(String text) {
      Objects.requireNonNull(text, "message");
      if (text.isBlank() || text.length() > MAX_MESSAGE) {
        throw new IllegalArgumentException("a message of " + text.strip().length() + " characters; expected one"
            + " sentence of 1 to " + MAX_MESSAGE);
      }
      this.message = text.strip();
      return this;
    }

    /**
     * The replacement to suggest: {@code $1} to {@code $9} stand for the expression's groups, {@code $0} for the
     * whole match and {@code $$} for a dollar sign; empty suggests deleting the match.
     *
     * @throws IllegalArgumentException for a {@code $} that is neither, or a group the expression does not have
     */
    public Builder suggestion(String replacement) {
      Objects.requireNonNull(replacement, "suggestion");
      int groups = compile(regex, false).groupCount();
      for (int i = 0; i < replacement.length(); i++) {
        if (replacement.charAt(i) != '$') {
          continue;
        }
        char n = i + 1 < replacement.length() ? replacement.charAt(i + 1) : ' ';
        if (n != '$' && !(n >= '0' && n <= '9')) {
          throw new IllegalArgumentException("a '$' in the suggestion '" + replacement + "' that names no group;"
              + " expected $1 to $9 for a group of the pattern or $$ for a dollar sign");
        }
        if (n != '$' && n - '0' > groups) {
          throw new IllegalArgumentException("the suggestion uses $" + n + " but the pattern has " + groups
              + (groups == 1 ? " group" : " groups") + "; expected $0 to $" + groups);
        }
        i++;
      }
      this.suggestion = replacement;
      return this;
    }

    /** The severity of its findings (default warning). */
    public Builder severity(Severity s) {
      this.severity = Objects.requireNonNull(s, "severity");
      return this;
    }

    /** Its category (default language). */
    public Builder category(Category c) {
      this.category = Objects.requireNonNull(c, "category");
      return this;
    }

    /** Whether letters match in any case (default false; {@code (?i)} in the expression does the same). */
    public Builder ignoreCase(boolean b) {
      this.ignoreCase = b;
      return this;
    }

    /**
     * Whether a match must stand as whole words (default true): a match that starts with a letter or digit must
     * not follow one, and one that ends with a letter or digit must not be followed by one, in any script. RE2's
     * own {@code \b} knows only ASCII letters.
     */
    public Builder wholeWord(boolean b) {
      this.wholeWord = b;
      return this;
    }

    /** Where the pattern was written ({@code FILE:LINE:COL}), shown by {@code copydesk explain}. */
    public Builder origin(String where) {
      this.origin = where;
      return this;
    }

    /**
     * Builds the pattern.
     *
     * @throws IllegalStateException without a message
     */
    public HousePattern build() {
      if (message == null) {
        throw new IllegalStateException("house pattern " + name + " has no message");
      }
      return new HousePattern(this);
    }
  }

  /**
   * How many steps an expression has with its counted repetitions written out, as RE2 compiles them: {@code a{3}}
   * is {@code aaa}, and nested counts multiply. Character classes count as one step. Saturates at {@link #LIMIT}.
   * The expression is known to be valid RE2 syntax.
   */
  static final class ExpandedSize {
    static final long LIMIT = 1L << 40;
    private final String s;
    private int i;

    private ExpandedSize(String s) {
      this.s = s;
    }

    static long of(String regex) {
      try {
        return new ExpandedSize(regex).alternation();
      } catch (RuntimeException e) {
        return regex.length(); // not expected for valid syntax; the length cap still holds
      }
    }

    private long alternation() {
      long total = sequence();
      while (i < s.length() && s.charAt(i) == '|') {
        i++;
        total = add(total, add(sequence(), 1));
      }
      return total;
    }

    private long sequence() {
      long total = 0;
      while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
        long atom = atom();
        total = add(total, quantified(atom));
      }
      return total;
    }

    private long quantified(long atom) {
      long size = atom;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '*' || c == '+' || c == '?') {
          i++;
          size = add(size, 1);
        } else if (c == '{' && repeat() != null) {
          long[] r = repeat();
          i = (int) r[2];
          size = add(mul(size, Math.max(1, r[1] < 0 ? r[0] + 1 : r[1])), 1);
        } else {
          break;
        }
        if (i < s.length() && s.charAt(i) == '?') {
          i++; // non-greedy
        }
      }
      return size;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}} at i as {min, max (-1: none), index after}, or null. */
    private long[] repeat() {
      int j = i + 1;
      int k = j;
      while (k < s.length() && Character.isDigit(s.charAt(k))) {
        k++;
      }
      if (k == j || k >= s.length()) {
        return null;
      }
      long min = Long.parseLong(s.substring(j, Math.min(k, j + 9)));
      long max = min;
      if (s.charAt(k) == ',') {
        int l = ++k;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
          k++;
        }
        max = k == l ? -1 : Long.parseLong(s.substring(l, Math.min(k, l + 9)));
      }
      return k < s.length() && s.charAt(k) == '}' ? new long[] {min, max, k + 1} : null;
    }

    private long atom() {
      char c = s.charAt(i);
      switch (c) {
        case '(' -> {
          i++;
          if (i < s.length() && s.charAt(i) == '?') {
            while (i < s.length() && s.charAt(i) != ':' && s.charAt(i) != ')' && s.charAt(i) != '>') {
              i++;
            }
            if (i < s.length() && s.charAt(i) == ')') {
              i++;
              return 0; // a flag group such as (?i)
            }
            i++;
          }
          long inner = alternation();
          i++; // ')'
          return inner;
        }
        case '[' -> {
          skipClass();
          return 1;
        }
        case '\\' -> {
          return escape();
        }
        default -> {
          i += Character.charCount(s.codePointAt(i));
          return 1;
        }
      }
    }

    private long escape() {
      i++;
      char c = s.charAt(i);
      if (c == 'Q') {
        int end = s.indexOf("\\E", i + 1);
        int stop = end < 0 ? s.length() : end;
        long n = stop - (i + 1);
        i = end < 0 ? s.length() : end + 2;
        return n;
      }
      if ((c == 'p' || c == 'P' || c == 'x') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
        i = s.indexOf('}', i) + 1;
      } else if (c == 'x') {
        i += 3;
      } else if (c == 'p' || c == 'P') {
        i += 2;
      } else {
        i++;
      }
      i = Math.min(i, s.length());
      return 1;
    }

    private void skipClass() {
      i++; // '['
      if (i < s.length() && s.charAt(i) == '^') {
        i++;
      }
      if (i < s.length() && s.charAt(i) == ']') {
        i++;
      }
      while (i < s.length() && s.charAt(i) != ']') {
        if (s.charAt(i) == '\\') {
          i += 2;
        } else if (s.startsWith("[:", i)) {
          i = s.indexOf(":]", i + 2) + 2;
        } else {
          i++;
        }
      }
      i++;
    }

    private static long add(long a, long b) {
      return Math.min(LIMIT, a + b);
    }

    private static long mul(long a, long b) {
      return a == 0 || b == 0 ? 0 : (a > LIMIT / b ? LIMIT : Math.min(LIMIT, a * b));
    }
  }
}
