package org.copydesk.rules.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.copydesk.Copydesk;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.rule.Rule;
import org.junit.jupiter.api.Test;

/**
 * Lines shaped to make a regular expression backtrack, and long runs of interface words: the residue and branding
 * rules must grow linearly on them too. Like ScalingTest, it compares the CPU time of a tenfold larger input with
 * the smaller one (linear is 10, quadratic 100), not absolute time.
 */
class IntegrityAdversarialTest {
  private static final double MAX_STEP = 35;
  private static final long FLOOR_NANOS = 5_000_000;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final String STORY = "Harbour works delayed\n\nWork on the new harbour wall has been delayed until "
      + "spring because of storm damage, the port authority said on Monday, adding that the contractor would "
      + "return in March.\n\n";

  private static final List<Shape> SHAPES = List.of(
      new Shape("a run of digits", n -> STORY + "1".repeat(n) + "\n"),
      new Shape("a run of letters", n -> STORY + "x".repeat(n) + "\n"),
      new Shape("a long 'More from' name", n -> STORY + "More from " + "a".repeat(n) + "!\n"),
      new Shape("a star and many spaces", n -> STORY + "★1" + " ".repeat(n) + "!\n"),
      new Shape("many eye symbols", n -> STORY + "👁".repeat(n / 2) + "1!\n"),
      new Shape("an address-like run", n -> STORY + "x".repeat(n) + "@\n"),
      new Shape("interface words above residue", n -> STORY + "Live\n\n".repeat(n / 6) + "Share this:\n"));

  private record Shape(String name, IntFunction<String> text) {}

  @Test
  void residueAndBrandingGrowLinearlyOnAdversarialLines() throws Exception {
    Copydesk copydesk = Copydesk.builder().addPack(new Pack(List.of(new TemplateResidue(), new OffTopicBranding())))
        .build();
    for (Shape shape : SHAPES) {
      long small = cpu(copydesk, shape.text().apply(5_000));
      long large = cpu(copydesk, shape.text().apply(50_000));
      System.out.printf(Locale.ROOT, "%-32s %8.1f ms %8.1f ms%n", shape.name(), small / 1e6, large / 1e6);
      assertThat((double) large).as("%s: 5,000 took %.1f ms, 50,000 %.1f ms", shape.name(), small / 1e6, large / 1e6)
          .isLessThanOrEqualTo(MAX_STEP * Math.max(small, FLOOR_NANOS / 10));
    }
  }

  /** The least CPU time of three audits. */
  private static long cpu(Copydesk copydesk, String text) throws Exception {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      copydesk.audit(Articles.parse(text, Format.TEXT, "adversarial.txt"));
      best = Math.min(best, CPU.getCurrentThreadCpuTime() - t0);
    }
    return best;
  }

  private record Pack(List<Rule> rules) implements org.copydesk.rule.RulePack {
    @Override
    public String name() {
      return "integrity";
    }

    @Override
    public String version() {
      return "0";
    }
  }
}
