package org.copydesk.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Position;
import org.copydesk.article.SourceMap;
import org.copydesk.report.Finding;
import org.copydesk.report.Suppressed;

/**
 * Inline suppressions: HTML comments in Markdown and HTML input that switch rules off.
 *
 * <pre>
 * &lt;!-- copydesk-disable [RULE...] [-- reason] --&gt;            from here to a matching enable, or the end
 * &lt;!-- copydesk-enable [RULE...] --&gt;
 * &lt;!-- copydesk-disable-next-line [RULE...] [-- reason] --&gt;  the next line that is not blank
 * &lt;!-- copydesk-disable-line [RULE...] [-- reason] --&gt;       the comment's own line
 * &lt;!-- copydesk-ignore RULE ["TEXT"] [-- reason] --&gt;          one match: the next finding of RULE (whose
 *                                                             excerpt contains TEXT, when given)
 * </pre>
 *
 * <p>A RULE is a rule id ({@code integrity.template-residue}), a category ({@code integrity}) or a prefix
 * pattern ({@code integrity.*}); no rule means every rule. Lines are those of the original input. Immutable once
 * built; one instance per article.
 */
final class Suppressions {
  private static final Pattern COMMENT = Pattern.compile(
      "<!--\\s*copydesk-(disable-next-line|disable-line|disable|enable|ignore)\\b(.*?)-->",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|“([^”]*)”");

  /** From and to are positions (line << 32 | column), both inclusive. */
  private record Region(List<String> rules, long from, long to, String directive, String reason, int line) {}

  private record Ignore(String rule, String text, long from, String reason, int line) {}

  private final List<Region> regions;
  private final List<Ignore> ignores;

  private Suppressions(List<Region> regions, List<Ignore> ignores) {
    this.regions = regions;
    this.ignores = ignores;
  }

  /** No directives. */
  static final Suppressions NONE = new Suppressions(List.of(), List.of());

  /** Reads the directives of an article's original input. */
  static Suppressions parse(SourceMap sm) {
    String original = sm.original();
    List<Region> regions = new ArrayList<>();
    List<Ignore> ignores = new ArrayList<>();
    List<Region> open = new ArrayList<>(); // disable regions waiting for their enable
    Matcher m = COMMENT.matcher(original);
    while (m.find()) {
      String kind = m.group(1).toLowerCase(Locale.ROOT);
      String body = m.group(2);
      String reason = null;
      int dash = body.indexOf("--");
      if (dash >= 0) {
        reason = body.substring(dash + 2).strip();
        reason = reason.isEmpty() ? null : reason;
        body = body.substring(0, dash);
      }
      Position first = sm.positionOfOriginal(m.start());
      Position after = sm.positionOfOriginal(m.end()); // columns count code points, as in finding locations
      int line = first.line();
      int endLine = sm.positionOfOriginal(m.end() - 1).line();
      long start = pos(line, first.column());
      long end = pos(after.line(), after.column());
      switch (kind) {
        case "disable" -> open.add(new Region(rules(body), end, Long.MAX_VALUE, "disable", reason, line));
        case "enable" -> {
          // "enable" with no rule closes every region; "enable R" takes R out of the regions that name it
          // (or name something R covers, "enable integrity" for "disable integrity.template-residue").
          // A region that disabled every rule is closed only by a bare "enable".
          List<String> which = rules(body);
          for (int i = open.size() - 1; i >= 0; i--) {
            Region r = open.get(i);
            List<String> closed = which.isEmpty() ? r.rules()
                : r.rules().stream().filter(x -> matches(which, x)).toList();
            if (which.isEmpty() || !closed.isEmpty()) {
              regions.add(new Region(closed, r.from(), start, r.directive(), r.reason(), r.line()));
              open.remove(i);
              List<String> left = which.isEmpty() ? List.of()
                  : r.rules().stream().filter(x -> !matches(which, x)).toList();
              if (!left.isEmpty()) {
                open.add(i, new Region(left, r.from(), r.to(), r.directive(), r.reason(), r.line()));
              }
            }
          }
        }
        case "disable-line" -> regions.add(new Region(rules(body), pos(line, 0), pos(endLine, Integer.MAX_VALUE),
            "disable-line", reason, line));
        case "disable-next-line" -> {
          int next = nextNonBlankLine(sm, endLine);
          regions.add(new Region(rules(body), pos(next, 0), pos(next, Integer.MAX_VALUE), "disable-next-line",
              reason, line));
        }
        default -> { // ignore
          String text = null;
          Matcher q = QUOTED.matcher(body);
          if (q.find()) {
            text = q.group(1) != null ? q.group(1) : q.group(2);
            body = body.substring(0, q.start()) + body.substring(q.end());
          }
          List<String> rs = rules(body);
          if (!rs.isEmpty()) {
            ignores.add(new Ignore(rs.get(0), text, end, reason, line));
          }
        }
      }
    }
    regions.addAll(open);
    return regions.isEmpty() && ignores.isEmpty() ? NONE : new Suppressions(List.copyOf(regions), List.copyOf(ignores));
  }

  /**
   * Splits findings (in document order) into live ones, added to {@code live}, and suppressed ones, returned.
   */
  List<Suppressed> apply(List<Finding> findings, List<Finding> live) {
    if (this == NONE) {
      live.addAll(findings);
      return List.of();
    }
    List<Suppressed> out = new ArrayList<>();
    boolean[] used = new boolean[ignores.size()];
    for (Finding f : findings) {
      Suppressed s = region(f);
      if (s == null) {
        s = ignore(f, used);
      }
      if (s == null) {
        live.add(f);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private Suppressed region(Finding f) {
    long at = pos(f.location().line(), f.location().column());
    for (Region r : regions) {
      if (at >= r.from() && at <= r.to() && matches(r.rules(), f.ruleId())) {
        return new Suppressed(f, r.directive(), r.reason(), r.line());
      }
    }
    return null;
  }

  private Suppressed ignore(Finding f, boolean[] used) {
    for (int i = 0; i < ignores.size(); i++) {
      Ignore ig = ignores.get(i);
      if (!used[i] && pos(f.location().line(), f.location().column()) >= ig.from() && matches(List.of(ig.rule()), f.ruleId())
          && (ig.text() == null || f.excerpt().contains(ig.text()))) {
        used[i] = true;
        return new Suppressed(f, "ignore", ig.reason(), ig.line());
      }
    }
    return null;
  }

  static boolean matches(List<String> rules, String ruleId) {
    if (rules.isEmpty()) {
      return true;
    }
    for (String r : rules) {
      if (r.equals(ruleId) || (r.endsWith(".*") && ruleId.startsWith(r.substring(0, r.length() - 1)))
          || (r.indexOf('.') < 0 && ruleId.startsWith(r + "."))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> rules(String body) {
    List<String> out = new ArrayList<>();
    for (String t : body.strip().split("[\\s,]+")) {
      if (!t.isEmpty()) {
        out.add(t.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static int nextNonBlankLine(SourceMap sm, int line) {
    for (int l = line + 1; l <= sm.lineCount(); l++) {
      if (!sm.line(l).isBlank()) {
        return l;
      }
    }
    return line + 1;
  }

  private static long pos(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }
}
