package org.copydesk.rules.provenance;

import org.copydesk.article.Article;
import org.copydesk.article.Span;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.RuleDocs;

/**
 * Machine-readable provenance, reported as facts: IPTC digital source types in meta tags or JSON-LD,
 * {@code ai-generated}-style flags, C2PA manifest links and scripts, and C2PA text manifests. Metadata facts are
 * anchored on the article's first block (the headline), a text manifest on itself.
 */
public final class DeclaredProvenance implements Rule {
  static final String ID = "provenance.declared-provenance";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.PROVENANCE, Severity.INFO);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    if (article.blocks().isEmpty()) {
      return;
    }
    Span head = article.blocks().get(0).span();
    for (ProvenanceFacts.Fact f : ProvenanceFacts.of(article)) {
      String what;
      switch (f.says()) {
        case AI:
          what = "AI-generated content";
          break;
        case HUMAN:
          what = "human-made content";
          break;
        default:
          what = "a C2PA provenance manifest";
      }
      if (f.media()) {
        what = f.where().substring("json-ld:".length(), f.where().indexOf('.')) + " declared as " + what;
      }
      RuleContext.FindingBuilder b = ctx.report(f.span() != null ? f.span() : head)
          .message("declared provenance: " + what + " (" + f.where() + " = " + shorten(f.value()) + ")")
          .confidence(1.0)
          .evidence("where", f.where())
          .evidence("value", f.value());
      if (f.says() == ProvenanceFacts.Says.AI && !f.media()) { // an AI picture says nothing about the text
        b.evidence("aiUse", "declared").evidence("aiKind", "generated");
      }
      b.emit();
    }
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
