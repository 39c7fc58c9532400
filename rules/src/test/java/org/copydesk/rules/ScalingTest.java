package org.copydesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Limits;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cost grows linearly with article length: articles of about 10 KB, 100 KB and 1 MB (the fixtures' paragraphs,
 * repeated) are audited, and each tenfold step in size may cost at most {@value #MAX_STEP} times as much CPU time
 * (linear is 10, quadratic 100). Checked for the whole audit of plain text and of a web page, and for every
 * built-in rule alone, so no rule may be quadratic. It compares growth, not absolute time, measured on the
 * thread's CPU clock, so a busy machine does not fail it.
 */
class ScalingTest {
  private static final double MAX_STEP = 35;
  /** Below this a rule's time at 1 MB is too small to tell growth from noise; such a rule is fast enough anyway. */
  private static final long FLOOR_NANOS = 2_000_000;
  private static final int[] SIZES = {10_000, 100_000, 1_000_000};
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static List<String> paragraphs;

  @BeforeAll
  static void readParagraphs() throws IOException {
    paragraphs = new ArrayList<>();
    Path fixtures = Path.of("..", "fixtures");
    for (String f : List.of("seed/sco-chairmanship.txt", "clean/budget-council.txt", "clean/football-derby.txt",
        "clean/school-phone-ban.txt")) {
      for (String p : Files.readString(fixtures.resolve(f)).split("\\n\\s*\\n")) {
        if (!p.isBlank()) {
          paragraphs.add(p.strip());
        }
      }
    }
  }

  /** About {@code chars} characters of article in a format, the paragraphs repeated in order. */
  private static String article(Format format, int chars) {
    StringBuilder sb = new StringBuilder(chars + 1000);
    sb.append(format == Format.HTML ? "<html><head><title>Scaling</title></head><body><article><h1>Scaling</h1>\n"
        : format == Format.MARKDOWN ? "# Scaling\n\n" : "Scaling\n\n");
    for (int i = 0; sb.length() < chars; i++) {
      String p = paragraphs.get(i % paragraphs.size());
      sb.append(format == Format.HTML ? "<p>" + p.replace("&", "&amp;").replace("<", "&lt;") + "</p>\n" : p + "\n\n");
    }
    return sb.append(format == Format.HTML ? "</article></body></html>\n" : "").toString();
  }

  @Test
  void theWholeAuditAndEveryRuleGrowLinearly() throws InvalidInputException {
    List<Rule> builtin = new BuiltinRules().rules();
    long[][] ruleNanos = new long[builtin.size()][SIZES.length];
    for (Format f : List.of(Format.TEXT, Format.HTML)) {
      // each rule wrapped in a timer; the rules share one analysis per audit, as always
      long[] current = new long[builtin.size()];
      List<Rule> timed = new ArrayList<>();
      for (int i = 0; i < builtin.size(); i++) {
        timed.add(new Timed(builtin.get(i), current, i));
      }
      Copydesk copydesk = Copydesk.builder().limits(Limits.defaults().withMaxFindingsPerRule(1_000_000))
          .addPack(new Pack(timed)).build();
      String warm = article(f, SIZES[0]);
      for (int i = 0; i < 20; i++) {
        copydesk.audit(Articles.parse(warm, f, "warm." + f.extension()));
      }
      long[] total = new long[SIZES.length];
      for (int s = 0; s < SIZES.length; s++) {
        String content = article(f, SIZES[s]);
        total[s] = Long.MAX_VALUE;
        for (long[] r : ruleNanos) {
          r[s] = Long.MAX_VALUE;
        }
        for (int run = 0; run < 2; run++) { // the least of two runs
          java.util.Arrays.fill(current, 0);
          long t0 = CPU.getCurrentThreadCpuTime();
          copydesk.audit(Articles.parse(content, f, "scaling." + f.extension()));
          total[s] = Math.min(total[s], CPU.getCurrentThreadCpuTime() - t0);
          for (int i = 0; i < current.length; i++) {
            ruleNanos[i][s] = Math.min(ruleNanos[i][s], current[i]);
          }
        }
      }
      check("audit of " + f.id(), total);
      if (f == Format.TEXT) {
        for (int i = 0; i < builtin.size(); i++) {
          check(builtin.get(i).id(), ruleNanos[i]);
        }
      }
    }
  }

  private static void check(String what, long[] t) {
    System.out.printf(Locale.ROOT, "%-34s %8.1f ms %8.1f ms %8.1f ms%n", what, t[0] / 1e6, t[1] / 1e6, t[2] / 1e6);
    for (int s = 1; s < t.length; s++) {
      if (t[s] < FLOOR_NANOS) {
        continue;
      }
      assertThat((double) t[s]).as("%s: %d chars took %.1f ms, %d chars %.1f ms", what, SIZES[s - 1],
          t[s - 1] / 1e6, SIZES[s], t[s] / 1e6).isLessThanOrEqualTo(MAX_STEP * Math.max(t[s - 1], FLOOR_NANOS / 10));
    }
  }

  /** A rule that adds the CPU time of its checks to a slot. */
  private record Timed(Rule rule, long[] nanos, int slot) implements Rule {
    @Override
    public org.copydesk.rule.RuleDescriptor descriptor() {
      return rule.descriptor();
    }

    @Override
    public void check(Article article, RuleContext context) {
      long t0 = CPU.getCurrentThreadCpuTime();
      rule.check(article, context);
      nanos[slot] += CPU.getCurrentThreadCpuTime() - t0;
    }
  }

  private record Pack(List<Rule> rules) implements org.copydesk.rule.RulePack {
    @Override
    public String name() {
      return "timed";
    }

    @Override
    public String version() {
      return "0";
    }
  }
}
