package org.copydesk.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.Limits;
import org.copydesk.report.Finding;
import org.copydesk.report.Policy;
import org.copydesk.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known ReDoS patterns against adversarial articles of about 100 KB, through the whole engine: each audit ends,
 * because house patterns run on RE2/J. A backtracking engine such as {@code java.util.regex} takes exponential (or
 * high-polynomial) time on every one of these inputs: {@code (a+)+$} on a long run of {@code a} that ends in
 * {@code !} tries every way of splitting the run before giving up, at every start position. Were
 * {@link HousePattern} to use it, these tests would fail: on five of the inputs {@code find()} runs for minutes
 * (the {@link Timeout}, in a separate thread since a backtracking matcher ignores interrupts, turns that into a
 * failure instead of a hung build), and on the other two it overflows the stack, which the engine reports as an
 * error of the rule. It is a guard, not a speed test: each audit takes well under a second.
 *
 * <p>Each pattern also runs on a short benign input, where it must find exactly what {@code java.util.regex} finds,
 * so the adversarial runs are known to exercise a working pattern, not one that fails fast for another reason.
 */
class HousePatternRedosTest {
  private static final int SIZE = 100_000;

  static Stream<Arguments> catastrophic() {
    String runOfA = "a".repeat(SIZE) + "!";
    StringBuilder sparse = new StringBuilder();
    for (int i = 0; i < 19; i++) {
      sparse.append("x".repeat(SIZE / 19)).append('a'); // 19 a's where 20 are needed
    }
    String words = "word ".repeat(SIZE / 5) + "!";
    return Stream.of(
        Arguments.of("nested-plus", "(a+)+$", runOfA, "baa aaaa"),
        Arguments.of("overlapping-alternation", "(a|aa)+$", runOfA, "b aaaaa"),
        Arguments.of("repeated-dot-star", "(.*a){20}", sparse.toString(), "xa".repeat(25)),
        Arguments.of("owasp-class", "(?m)^(([a-z])+.)+[A-Z]([a-z])+$", runOfA, "abcdeFgh"),
        Arguments.of("words-and-spaces", "(?m)^(\\w+\\s?)+$", words, "one two three\nfour"),
        Arguments.of("twin-plus", "(x+x+)+y", "x".repeat(SIZE), "xxxxy xy"),
        Arguments.of("email-validator", "(?m)^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}"
            + "(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$", "a".repeat(SIZE) + "!", "desk@example.com"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("catastrophic")
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anAdversarialArticleIsAuditedAndNothingIsFound(String name, String regex, String evil, String benign)
      throws Exception {
    Copydesk copydesk = auditor(name, regex);
    Report r = copydesk.audit("Redos: an adversarial input\n\n" + evil + "\n", Format.TEXT, name + ".txt");
    assertThat(r.errors()).isEmpty();
    assertThat(r.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("catastrophic")
  @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void onABenignInputItFindsWhatABacktrackingEngineFinds(String name, String regex, String evil, String benign)
      throws Exception {
    Article article = Articles.parse("Redos: a benign input\n\n" + benign + "\n", Format.TEXT, name + ".txt");
    List<String> expected = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(article.text());
    while (m.find()) {
      expected.add(m.start() + "-" + m.end());
    }
    assertThat(expected).isNotEmpty();
    Report r = auditor(name, regex).audit(article);
    assertThat(r.findings()).extracting(f -> f.span().start() + "-" + f.span().end())
        .containsExactlyElementsOf(expected);
    assertThat(r.findings()).extracting(Finding::ruleId).containsOnly("language.house-" + name);
  }

  /**
   * A search that reads to the end of the line each time (the long branch first), on a run of letters where
   * wholeWord turns every match down: the searches are capped, so this is not quadratic (it took 73 s before).
   */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void matchesThatWholeWordTurnsDownAreCountedToo() throws Exception {
    HousePattern p = HousePattern.builder("long-first", "a[^\\n]*b|a").message("m").build();
    Copydesk c = Copydesk.builder().policy(Policy.defaults().withPatterns(List.of(p)))
        .addPack(HousePatternTest.TestPack.EMPTY).build();
    Report r = c.audit("Title\n\n" + "a".repeat(90_000) + "\n", Format.TEXT, "run.txt");
    assertThat(r.findings()).isEmpty();
    assertThat(r.errors()).isEmpty();
  }

  private static Copydesk auditor(String name, String regex) {
    HousePattern p = HousePattern.builder(name, regex).message("matched {match}").wholeWord(false).build();
    return Copydesk.builder().policy(Policy.defaults().withPatterns(List.of(p)))
        .limits(Limits.defaults().withMaxLineLength(1 << 20)) // the inputs are single lines of 100 KB
        .addPack(HousePatternTest.TestPack.EMPTY).build();
  }
}
