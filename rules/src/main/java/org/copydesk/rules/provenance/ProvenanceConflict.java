package org.copydesk.rules.provenance;

import java.util.List;
import org.copydesk.article.Article;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.RuleDocs;

/**
 * The machine-readable provenance says one thing and the text another: a page labelled as a digital capture or
 * as not AI-generated whose text discloses AI use. Reported on the disclosure.
 */
public final class ProvenanceConflict implements Rule {
  static final String ID = "provenance.provenance-conflict";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.PROVENANCE, Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    List<ProvenanceFacts.Fact> human = ProvenanceFacts.of(article).stream()
        .filter(f -> f.says() == ProvenanceFacts.Says.HUMAN && !f.media()) // a photo's origin is not the text's
        .toList();
    if (human.isEmpty()) {
      return;
    }
    ProvenanceFacts.Fact fact = human.get(0);
    for (DisclosureDetector.Disclosure d : DisclosureDetector.find(article, ctx.analysis())) {
      ctx.report(d.span())
          .message("provenance conflict: the page declares human-made content (" + fact.where() + " = "
              + fact.value() + ") but the text says it was made with AI; correct the label or the note")
          .confidence(d.note() ? 0.9 : 0.75)
          .evidence("declared", fact.where() + " = " + fact.value())
          .evidence("disclosure", d.matched())
          .emit();
    }
  }
}
