package org.copydesk.rules.claims;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.copydesk.analysis.Quantity;
import org.copydesk.analysis.Sentence;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.article.Link;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.RuleDocs;

/**
 * Statistics with no source: percentages, money amounts, large counts and approximate counts ("approximately
 * 150 events") in a sentence that names no source, has no link and is not a quote, where the sentence before
 * does not introduce a source that this one continues.
 */
public final class UnattributedFigure implements Rule {
  static final String ID = "claims.unattributed-figure";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.CLAIMS, Severity.WARNING);
  private static final double LARGE_COUNT = 1000;
  private static final double HEDGED_COUNT = 20;
  /** Money below this is a price or a fine, not an aggregate statistic. */
  private static final double AGGREGATE_MONEY = 1_000_000;

  /** Words that name or point to a source. */
  private static final Pattern ATTRIBUTION = Pattern.compile("(?iu)\\b(?:said|says|say|saying|told|tells|according\\s+to|"
      + "reported|reports|reporting|estimated|estimates?|estimating|data|figures|statistics|stats|survey(?:ed|s)?|"
      + "stud(?:y|ies)|research(?:ers)?|poll(?:s|ing)?|census|analysis|analysts?|showed|shows|show|found|finds|"
      + "cited|cites|citing|quoted|announced|announces|published|publishes|released|wrote|writes|stated|states|"
      + "statement|noted|notes|added|adds|confirmed|confirms|disclosed|calculated|calculates|projected|projects|"
      + "forecasts?|forecasted|predicted|predicts|expects|expected|per\\s+(?:the|a|its)|source[sd]?|sourced|"
      + "records?|filings?|bulletin|minutes|guidance|report|paper|authors?|indicated|indicates|revealed|"
      + "reveals|compiled|measured|counted|tallied|put\\s+(?:it|the\\s+\\w+)\\s+at|told\\s+reporters|"
      + "dijo|según|informó|selon|a\\s+déclaré|laut|sagte|segundo|disse|secondo|ha\\s+detto|по\\s+данным|"
      + "заявил|göre|açıkladı)\\b");
  /** Sentence openings that continue the previous sentence's source. */
  private static final Pattern CONTINUES = Pattern.compile("(?iu)^(?:it|they|the\\s+(?:report|study|survey|data|"
      + "figures|analysis|paper|authors|researchers|ministry|agency|company|bank|office|statement|poll|index)|"
      + "its|their|that\\s+(?:report|study|survey)|the\\s+same\\s+(?:report|study|survey|data))\\b");
  private static final Pattern QUOTE_CHARS = Pattern.compile("[\"“”«»„]");
  /** A numbered reference ("[1]", "[12]") points to a source list. */
  private static final Pattern CITATION = Pattern.compile("\\[\\d{1,3}\\]");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    List<Sentence> sentences = ctx.analysis().sentences();
    for (Quantity q : ctx.analysis().quantities()) {
      if (!isStatistic(q, article.text())) {
        continue;
      }
      Sentence s = sentences.get(q.sentence());
      if (tableLike(s, ctx)) {
        continue;
      }
      Block block = article.blocks().get(s.blockIndex());
      if (block.type() == BlockType.TITLE || block.type() == BlockType.HEADING || block.type() == BlockType.CAPTION
          || block.type() == BlockType.QUOTE) {
        continue;
      }
      if (attributed(s, article) || continuesSource(s, sentences)) {
        continue;
      }
      ctx.report(q.span())
          .message("\"" + article.text(q.span()) + "\" is " + describe(q) + " with no source in its sentence; "
              + "name where it comes from or cut it")
          .confidence(q.kind() == Quantity.Kind.COUNT ? 0.65 : 0.75)
          .evidence("kind", q.kind().name().toLowerCase(Locale.ROOT))
          .evidence("sentence", s.text())
          .emit();
    }
  }

  private static final Pattern HAS_DIGIT = Pattern.compile("(?s).*\\d.*");
  private static final Pattern HAS_FORMATTED_COUNT =
      Pattern.compile("(?s).*(?:\\d{1,3}(?:,\\d{3})+|\\d\\s?(?:trillion|billion|million|thousand)).*");

  /**
   * Percentages, aggregate money amounts, large counts and approximate counts; not years, times, scores, small
   * exact counts, prices ("$129.99", "for $44,000") or bare unformatted numbers ("5027", phone numbers).
   */
  static boolean isStatistic(Quantity q, String text) {
    String raw = text.substring(q.span().start(), q.span().end());
    switch (q.kind()) {
      case PERCENT:
        return true;
      case MONEY:
        return q.value() >= AGGREGATE_MONEY;
      case COUNT:
        if (!HAS_DIGIT.matcher(raw).matches()) {
          return false; // "thousands", "millions of people": vague, not a figure
        }
        if (!HAS_FORMATTED_COUNT.matcher(raw).matches()
            && !q.isHedged()) {
          return false; // "5027", "1500": table cells, codes and phone numbers, not claims
        }
        return q.value() >= LARGE_COUNT || (q.isHedged() && q.value() >= HEDGED_COUNT);
      default:
        return false;
    }
  }

  /** A sentence that is a table row or a list of prices: many numbers, few words. */
  private static boolean tableLike(Sentence s, RuleContext ctx) {
    int numbers = 0;
    int words = 0;
    for (var t : ctx.analysis().tokens(s)) {
      if (t.kind() == org.copydesk.analysis.Token.Kind.NUMBER) {
        numbers++;
      } else if (t.kind() == org.copydesk.analysis.Token.Kind.WORD) {
        words++;
      }
    }
    return numbers >= 4 && words < numbers * 2;
  }

  private static boolean attributed(Sentence s, Article article) {
    if (ATTRIBUTION.matcher(s.text()).find() || QUOTE_CHARS.matcher(s.text()).find()
        || CITATION.matcher(s.text()).find()) {
      return true;
    }
    for (Link l : article.links()) {
      if (s.span().overlaps(l.span())) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuesSource(Sentence s, List<Sentence> sentences) {
    if (s.index() == 0) {
      return false;
    }
    Sentence prev = sentences.get(s.index() - 1);
    return prev.blockIndex() == s.blockIndex() && ATTRIBUTION.matcher(prev.text()).find()
        && CONTINUES.matcher(s.text()).find();
  }

  private static String describe(Quantity q) {
    switch (q.kind()) {
      case PERCENT:
        return "a percentage";
      case MONEY:
        return "a money figure";
      default:
        return q.isHedged() ? "an estimated count" : "a large count";
    }
  }
}
