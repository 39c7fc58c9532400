package org.copydesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.SoftAssertions;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.SourceMap;
import org.copydesk.report.Finding;
import org.copydesk.report.Policy;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Report;
import org.copydesk.rule.HouseLexicon;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RulePack;

/**
 * Checks one rule against example texts whose expected findings are marked inline.
 *
 * <pre>{@code
 * RuleTester.of(new UnsourcedFigureRule())
 *     .expect("The SCO represents <<more than 40%>> of the world’s population.")
 *     .expectNothing("The SCO represents more than 40% of the world’s population, the UN says.")
 *     .check();
 * }</pre>
 *
 * <p>Each {@code <<...>>} pair marks the exact text of one finding; markers are removed before the text is
 * parsed (as {@link Format#TEXT} unless {@link #format(Format)} says otherwise). {@link #check()} audits
 * every case separately with only the rule under test and a policy that keeps findings of any confidence,
 * then requires the reported findings to be exactly the marked ones: an unmarked finding fails, and so
 * does a marked one that is not reported. A finding is identified by where it starts in the input
 * ({@code line:column}) and its excerpt, so two occurrences of the same words are told apart. All failing
 * cases are reported together.
 */
public final class RuleTester {
  /** Opens a marked finding. */
  public static final String OPEN = "<<";
  /** Closes a marked finding. */
  public static final String CLOSE = ">>";

  private final Rule rule;
  private final List<String> cases = new ArrayList<>();
  private final List<Boolean> negative = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private Format format = Format.TEXT;
  private HouseLexicon lexicon = HouseLexicon.empty();
  private String source;

  private RuleTester(Rule rule) {
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** A tester for one rule. */
  public static RuleTester of(Rule rule) {
    return new RuleTester(rule);
  }

  /** The format every case is parsed as (default {@link Format#TEXT}). */
  public RuleTester format(Format f) {
    this.format = Objects.requireNonNull(f, "format");
    return this;
  }

  /** The house lexicon the rule sees through {@code ctx.lexicon()} (default: empty). */
  public RuleTester lexicon(HouseLexicon houseLexicon) {
    this.lexicon = Objects.requireNonNull(houseLexicon, "lexicon");
    return this;
  }

  /**
   * The original that the cases added after this call are audited against ({@link Copydesk#audit(Article, Article)}),
   * parsed in the same format; {@code null} (the default) for none. Rules that compare a rewrite with its source
   * see it through {@code ctx.source()}.
   */
  public RuleTester source(String original) {
    this.source = original;
    return this;
  }

  /** A case whose findings are exactly the {@code <<marked>>} excerpts (at least one). */
  public RuleTester expect(String markedText) {
    if (!markedText.contains(OPEN)) {
      throw new IllegalArgumentException("expect(...) needs at least one <<marked>> excerpt; use expectNothing(...)"
          + " for a case without findings: " + oneLine(markedText));
    }
    Marked.parse(markedText); // fail early on unbalanced markers
    cases.add(markedText);
    negative.add(false);
    sources.add(source);
    return this;
  }

  /** A case in which the rule must report nothing. */
  public RuleTester expectNothing(String text) {
    if (text.contains(OPEN) || text.contains(CLOSE)) {
      throw new IllegalArgumentException("expectNothing(...) text must not contain << or >> markers: "
          + oneLine(text));
    }
    cases.add(text);
    negative.add(true);
    sources.add(source);
    return this;
  }

  /** Audits every case and fails, listing expected and actual findings, if any case does not match. */
  public void check() {
    if (cases.isEmpty()) {
      throw new IllegalStateException("RuleTester for " + rule.id() + " has no cases: add expect(...) or"
          + " expectNothing(...)");
    }
    Copydesk copydesk = Copydesk.builder().policy(permissivePolicy()).addPack(packOf(rule)).build();
    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i < cases.size(); i++) {
      String raw = cases.get(i);
      Marked marked = Marked.parse(raw);
      String name = "case " + (i + 1);
      Article article;
      try {
        article = Articles.parse(marked.text, format, name);
      } catch (InvalidInputException e) {
        softly.fail("%s of %s: the text cannot be parsed as %s: %s", name, rule.id(), format.id(), e.getMessage());
        continue;
      }
      List<String> expected = new ArrayList<>();
      for (int[] m : marked.marks) {
        String label = expectedLabel(article, m[0], m[1]);
        if (label == null) {
          softly.fail("%s of %s: marked text \"%s\" is not part of the article text (skipped markup?)%n%s",
              name, rule.id(), marked.text.substring(m[0], m[1]), article.text());
        } else {
          expected.add(label);
        }
      }
      Report report;
      String source = sources.get(i);
      if (source == null) {
        report = copydesk.audit(article);
      } else {
        try {
          report = copydesk.audit(article, Articles.parse(source, format, "source"));
        } catch (InvalidInputException e) {
          softly.fail("%s of %s: the source cannot be parsed as %s: %s", name, rule.id(), format.id(), e.getMessage());
          continue;
        }
      }
      for (ProcessingError e : report.errors()) {
        softly.fail("%s of %s: the rule failed: %s", name, rule.id(), e.message());
      }
      List<String> actual = new ArrayList<>();
      for (Finding f : report.findings()) {
        actual.add(f.location() + " «" + f.excerpt() + "»");
      }
      softly.assertThat(actual)
          .as("findings of %s in %s (%s)%n--- input ---%n%s%n--- expected %s, actual %s ---",
              rule.id(), name, format.id(), raw, expected, actual)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    softly.assertAll();
  }

  /** The finding label of original input range [start, end): {@code line:col «normalised excerpt»}. */
  private static String expectedLabel(Article article, int start, int end) {
    SourceMap sm = article.sourceMap();
    int first = -1;
    int last = -1;
    for (int i = 0; i < article.text().length(); i++) {
      char c = article.text().charAt(i);
      int o = sm.originalOffset(i);
      if (o >= start && o < end && c != '\n') {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return null;
    }
    String excerpt = article.text().substring(first, last + 1);
    return sm.start(first) + " «" + excerpt + "»";
  }

  private Policy permissivePolicy() {
    Policy d = Policy.defaults();
    return new Policy(d.failOn(), d.warnOn(), 0.0, d.failBelow(), d.warnBelow(), d.points(), d.ruleCap(), Map.of(),
        Map.of(), lexicon);
  }

  private static RulePack packOf(Rule rule) {
    return new RulePack() {
      @Override
      public String name() {
        return "rule-tester";
      }

      @Override
      public String version() {
        return "0";
      }

      @Override
      public List<Rule> rules() {
        return List.of(rule);
      }
    };
  }

  private static String oneLine(String s) {
    String t = s.replace("\n", "\\n");
    return t.length() > 80 ? t.substring(0, 77) + "..." : t;
  }

  /** A case with its markers removed and the marked ranges in the stripped text. */
  private static final class Marked {
    final String text;
    final List<int[]> marks;

    private Marked(String text, List<int[]> marks) {
      this.text = text;
      this.marks = marks;
    }

    static Marked parse(String raw) {
      StringBuilder sb = new StringBuilder();
      List<int[]> marks = new ArrayList<>();
      int open = -1;
      int i = 0;
      while (i < raw.length()) {
        if (raw.startsWith(OPEN, i)) {
          if (open >= 0) {
            throw new IllegalArgumentException("nested or unclosed << at offset " + i + ": " + oneLine(raw));
          }
          open = sb.length();
          i += OPEN.length();
        } else if (raw.startsWith(CLOSE, i)) {
          if (open < 0) {
            throw new IllegalArgumentException(">> without << at offset " + i + ": " + oneLine(raw));
          }
          if (sb.length() == open) {
            throw new IllegalArgumentException("empty <<>> at offset " + i + ": " + oneLine(raw));
          }
          marks.add(new int[] {open, sb.length()});
          open = -1;
          i += CLOSE.length();
        } else {
          sb.append(raw.charAt(i));
          i++;
        }
      }
      if (open >= 0) {
        throw new IllegalArgumentException("<< without >>: " + oneLine(raw));
      }
      return new Marked(sb.toString(), marks);
    }
  }
}
