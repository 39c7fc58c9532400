package org.copydesk.rules.integrity;

import java.util.List;
import org.copydesk.analysis.Analysis;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.Format;

/**
 * The integrity rules' shared reading of one article, made once per audit ({@link Analysis#shared}): the
 * catalogue's and the branding grammar's verdicts on each block, and the residue and branding models'
 * probabilities. A line is never reported as residue and as a brand: where both models would flag it, the likelier
 * kind keeps it; where the catalogue matched it by a phrase, it is residue; where only by its shape, or by an
 * advertising label that names the advertiser, the brand reading wins. The result depends on the article alone,
 * never on which rule asks first.
 */
final class IntegrityLines {
  final List<Block> blocks;
  /**
   * The catalogue's and the grammar's residue hits ({@code null}: none), but for the lines found only by their
   * shape that the branding grammar or model reads as brand lines.
   */
  final TemplateResidue.Entry[] hits;
  final boolean[] found;
  /** Blocks the catalogue matched and then kept as the story's by their context. */
  final boolean[] quieted;
  /** Each block's brand-line shape by the branding grammar ({@code null}: none), before it is judged. */
  final OffTopicBranding.Candidate[] brandLines;
  final boolean[] residueEligible;
  final boolean[] brandingEligible;
  /**
   * The branding grammar's verdict on each block: the share of a brand line's name words the body uses (below 0.5),
   * or -1 for a block that is no brand line.
   */
  final double[] grammar;
  /** Line features of the blocks either model may judge, or of every block when made for training. */
  final int[][] features;
  /** Branding features of the blocks the branding model may judge ({@code null} for the others). */
  final int[][] brandingFeatures;
  /** Probabilities at or above their model's threshold, after the likelier kind kept a block both flag; else 0. */
  final double[] residue;
  final double[] branding;

  private IntegrityLines(Article article, Analysis analysis, boolean allFeatures, LineModel residueModel,
      LineModel brandingModel) {
    blocks = article.contentBlocks();
    int n = blocks.size();
    quieted = new boolean[n];
    hits = TemplateResidue.catalogueHits(article, blocks, quieted);
    found = new boolean[n];
    for (int i = 0; i < n; i++) {
      found[i] = hits[i] != null;
    }
    // the models learned from plain text and Markdown; in a web page the extractor has set the chrome apart
    boolean modelled = article.format() == Format.TEXT || article.format() == Format.MARKDOWN;
    brandLines = OffTopicBranding.candidates(blocks);
    residueEligible = modelled ? LineModel.eligible(blocks, found, quieted, brandLines) : new boolean[n];
    brandingEligible = modelled
        ? BrandFeatures.eligible(blocks, hits, found, quieted, article.metadata().siteName()) : new boolean[n];
    grammar = OffTopicBranding.grammarVerdicts(blocks, brandLines, analysis.terms());
    boolean[] wanted = new boolean[n];
    for (int i = 0; i < n; i++) {
      wanted[i] = allFeatures || residueEligible[i] || brandingEligible[i];
    }
    features = LineFeatures.of(blocks, found, wanted);
    brandingFeatures = new int[n][];
    residue = new double[n];
    branding = new double[n];
    String[] under = BrandFeatures.headersAbove(blocks, hits, found);
    java.util.Map<String, Integer> shortLineTerms = BrandFeatures.termsOf(blocks, brandingEligible);
    for (int i = 0; i < n; i++) {
      if (brandingEligible[i]) {
        brandingFeatures[i] = BrandFeatures.extend(features[i], blocks.get(i), hits[i], under[i], analysis,
            shortLineTerms);
      }
      double r = residueEligible[i] && residueModel != null ? residueModel.probability(features[i]) : 0;
      double b = brandingEligible[i] && brandingModel != null ? brandingModel.probability(brandingFeatures[i]) : 0;
      r = r >= LineModel.Kind.RESIDUE.threshold ? r : 0;
      b = b >= LineModel.Kind.BRANDING.threshold ? b : 0;
      if (r > 0 && b > 0) {
        r = r >= b ? r : 0;
        b = r > 0 ? 0 : b;
      }
      residue[i] = r;
      branding[i] = grammar[i] >= 0 ? 0 : b; // the grammar's verdict is reported in its own words
      // a line both rules would report is reported once: a catalogue phrase is furniture, but a brand line in the
      // shape of furniture (a name, a slogan and a town read as a row of three menu items) is a brand
      if (hits[i] != null && (grammar[i] >= 0 || b > 0)) {
        if (BrandFeatures.yields(hits[i], blocks.get(i))) {
          hits[i] = null;
        } else {
          grammar[i] = -1;
          branding[i] = 0;
        }
      }
    }
  }

  /** This audit's reading, made by whichever integrity rule asks first. */
  static IntegrityLines of(Analysis analysis) {
    return analysis.shared(IntegrityLines.class, a -> new IntegrityLines(a.article(), a, false,
        LineModel.built(LineModel.Kind.RESIDUE), LineModel.built(LineModel.Kind.BRANDING)));
  }

  /** The catalogue's verdicts and the features of every block, without the models: what the trainer learns from. */
  static IntegrityLines forTraining(Analysis analysis) {
    return new IntegrityLines(analysis.article(), analysis, true, null, null);
  }
}
