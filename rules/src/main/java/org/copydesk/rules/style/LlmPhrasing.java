package org.copydesk.rules.style;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.copydesk.analysis.Token;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.LazyRegex;
import org.copydesk.rules.support.LiteralPrefilter;
import org.copydesk.rules.support.Resources;
import org.copydesk.rules.support.RuleDocs;

/**
 * The density of stock phrases and puffery typical of LLM prose ("plays a crucial role", "a testament to",
 * "paving the way"), weighted, per 1,000 words of English body text. Always measured into the provenance summary
 * as {@code style.llm-phrasing}; reported as an info finding only above a threshold that real published news
 * rarely reaches. A signal, never proof.
 */
public final class LlmPhrasing implements Rule {
  static final String ID = "style.llm-phrasing";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.STYLE, Severity.INFO);
  /** Weighted hits per 1,000 words above which the signal is reported (calibration in llm-phrasing.yaml). */
  static final double THRESHOLD;
  /** At least this many weighted hits, so one phrase in a short text is never enough. */
  static final int MIN_WEIGHTED_HITS;
  private static final int MIN_WORDS = 150;

  /** A stock phrase, its pattern compiled when a text first gets past the prefilter for it. */
  private record Phrase(String text, LazyRegex regex, int weight) {}

  private static final List<Phrase> PHRASES = new ArrayList<>();
  private static final LiteralPrefilter PREFILTER;

  static {
    JsonNode root = Resources.yaml("/org/copydesk/rules/style/llm-phrasing.yaml");
    THRESHOLD = root.path("threshold").asDouble(8.0);
    MIN_WEIGHTED_HITS = root.path("minWeightedHits").asInt(6);
    for (JsonNode p : root.path("phrases")) {
      String text = p.path("text").asText().strip().toLowerCase(Locale.ROOT);
      // "(truly )?remarkable" and "(truly)? remarkable" both mean an optional word
      String body = text.replace("’", "'").replace("'", "['’]")
          .replaceAll("\\(([^()]+?)\\s?\\)\\?\\s", "(?:$1 )?")
          .replaceAll("\\((?!\\?)", "(?:")
          .replace(" ", "\\s+");
      String regex = "(?iu)(?<![\\p{L}\\p{N}])" + body
          + (Character.isLetterOrDigit(text.charAt(text.length() - 1)) ? "(?![\\p{L}\\p{N}])" : "");
      PHRASES.add(new Phrase(text, new LazyRegex(regex, 0), Math.max(1, p.path("weight").asInt(1))));
    }
    PREFILTER = LiteralPrefilter.forRegexes(PHRASES.stream().map(ph -> ph.regex().source()).toList());
  }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    if (!ctx.analysis().mayBeIn("en")) {
      return;
    }
    int words = 0;
    for (Token t : ctx.analysis().tokens()) {
      if (t.kind() == Token.Kind.WORD) {
        words++;
      }
    }
    if (words == 0) {
      return;
    }
    int weighted = 0;
    Span first = null;
    Map<String, Integer> hits = new TreeMap<>();
    for (Block b : article.contentBlocks()) {
      if (b.type() == BlockType.TITLE) {
        continue;
      }
      BitSet candidates = PREFILTER.candidates(b.text());
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        Phrase p = PHRASES.get(i);
        Matcher m = p.regex().pattern().matcher(b.text());
        StartSet.Search matches = StartSet.search(p.regex().starts(), m, b.text());
        while (matches.next()) {
          weighted += p.weight();
          hits.merge(p.text(), 1, Integer::sum);
          Span s = new Span(b.span().start() + m.start(), b.span().start() + m.end());
          if (first == null || s.start() < first.start()) {
            first = s;
          }
        }
      }
    }
    double density = weighted * 1000.0 / words;
    ctx.measure(ID, density);
    if (words < MIN_WORDS || density < THRESHOLD || weighted < MIN_WEIGHTED_HITS || first == null) {
      return;
    }
    ctx.report(first)
        .message(String.format(Locale.ROOT, "machine-typical phrasing: %d stock phrases, %.1f weighted per 1,000 "
            + "words (reported above %.1f, which real news rarely reaches); a signal, not proof", hits.values()
            .stream().mapToInt(Integer::intValue).sum(), density, THRESHOLD))
        .confidence(0.6)
        .evidence("density", String.format(Locale.ROOT, "%.2f", density))
        .evidence("phrases", String.join(", ", hits.keySet()))
        .evidence("aiUse", "suspected")
        .emit();
  }
}
