package org.copydesk.rules.provenance;

import org.copydesk.article.Article;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.RuleDocs;

/**
 * Notes that say the text itself was made with AI ("This message was ... rewritten by artificial intelligence",
 * "ChatGPT helped write this story", "Generado por IA"), found by {@link DisclosureDetector}. Text about AI,
 * reported speech and quotes stay quiet.
 */
public final class AiDisclosure implements Rule {
  static final String ID = "provenance.ai-disclosure";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.PROVENANCE, Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    for (DisclosureDetector.Disclosure d : DisclosureDetector.find(article, ctx.analysis())) {
      ctx.report(d.span())
          .message("AI-use disclosure: the text says it was " + describe(d.kind()) + " by AI"
              + (d.humanReview() ? ", with human review" : "") + "; check the source and the copy before publishing")
          .confidence(d.note() ? 0.95 : 0.8)
          .evidence("matched", d.matched())
          .evidence("aiUse", "declared")
          .evidence("aiKind", d.kind())
          .evidence("humanReview", d.humanReview() ? "claimed" : "not-claimed")
          .emit();
    }
  }

  /** Classifies a disclosure sentence; see {@link DisclosureDetector#kind}. */
  static String kind(String sentence) {
    return DisclosureDetector.kind(sentence, false);
  }

  private static String describe(String kind) {
    switch (kind) {
      case "rewritten-from-source":
        return "rewritten from another source";
      case "translated":
        return "translated";
      case "summarised":
        return "summarised";
      case "assisted-with-human-review":
        return "written with assistance";
      default:
        return "generated";
    }
  }
}
