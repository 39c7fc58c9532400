package org.copydesk.rules.claims;

import java.util.List;
import org.copydesk.analysis.Sentence;
import org.copydesk.article.Article;
import org.copydesk.report.Claim;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.RuleDocs;

/**
 * Lists every quantitative claim of the article ({@link FigureClaims}) in the report's claims, attributed (with
 * whom to, as {@link Attribution} finds it) or unattributed, and reports the unattributed ones. A global or
 * national statistic is a warning; a local or small estimated count is information. The finding's evidence says
 * why it is as confident as it is.
 */
public final class UnattributedFigure implements Rule {
  static final String ID = "claims.unattributed-figure";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.CLAIMS, Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    List<Sentence> sentences = ctx.analysis().sentences();
    Attribution.Memo memo = new Attribution.Memo();
    for (FigureClaims.Candidate c : FigureClaims.find(article, ctx.analysis())) {
      Attribution.Source source = Attribution.find(article, sentences, c.sentence(), c.span(), memo);
      if (source != null) {
        ctx.claim(c.span(), c.kind(), Claim.Status.ATTRIBUTED).hedge(c.hedge()).attribution(source.who())
            .note("source found: " + source.how()).emit();
        continue;
      }
      ctx.claim(c.span(), c.kind(), Claim.Status.UNATTRIBUTED).hedge(c.hedge()).emit();
      report(article, ctx, c);
    }
  }

  private static void report(Article article, RuleContext ctx, FigureClaims.Candidate c) {
    boolean wide = !c.scope().equals("local");
    boolean smallCount = c.kind().equals("count") && c.quantity() != null
        && c.quantity().value() < FigureClaims.LARGE_COUNT;
    double confidence = baseConfidence(c.kind());
    StringBuilder because = new StringBuilder(describe(c.kind()));
    if (c.scope().equals("global")) {
      confidence += 0.1;
      because.append("; a global statistic");
    } else if (c.scope().equals("national")) {
      confidence += 0.05;
      because.append("; a national statistic");
    } else {
      because.append("; no national or global scope");
    }
    if (c.hedge() != null) {
      because.append("; hedged (\"").append(c.hedge()).append("\"), so an estimate someone made");
    }
    because.append("; no attribution phrase, speech verb, link, citation or quotation in the sentence or the one "
        + "it continues");
    Severity severity = wide || !(smallCount || c.kind().equals("count")) ? Severity.WARNING : Severity.INFO;
    ctx.report(c.span())
        .message("\"" + article.text(c.span()) + "\" is " + describe(c.kind())
            + (wide ? " (" + c.scope() + " scope)" : "") + " with no source in its sentence; "
            + "name where it comes from or cut it")
        .confidence(Math.min(0.9, confidence))
        .severity(severity)
        .evidence("kind", c.kind())
        .evidence("scope", c.scope())
        .evidence("hedge", c.hedge() == null ? "none" : c.hedge())
        .evidence("confidence-because", because.toString())
        .evidence("sentence", c.sentence().text())
        .emit();
  }

  private static double baseConfidence(String kind) {
    switch (kind) {
      case "percent":
        return 0.75;
      case "money":
      case "change":
        return 0.7;
      case "rank":
        return 0.6;
      default:
        return 0.65;
    }
  }

  private static String describe(String kind) {
    switch (kind) {
      case "percent":
        return "a percentage";
      case "money":
        return "a money figure";
      case "change":
        return "a change in a figure";
      case "rank":
        return "a ranking";
      default:
        return "a count";
    }
  }
}
