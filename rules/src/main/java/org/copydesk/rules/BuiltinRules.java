package org.copydesk.rules;

import java.util.List;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RulePack;
import org.copydesk.rules.claims.InconsistentFigure;
import org.copydesk.rules.claims.NotInSource;
import org.copydesk.rules.claims.UnattributedFigure;
import org.copydesk.rules.integrity.DuplicateHeadline;
import org.copydesk.rules.integrity.OffTopicBranding;
import org.copydesk.rules.integrity.TemplateResidue;
import org.copydesk.rules.language.HouseStyle;
import org.copydesk.rules.language.Misspelling;
import org.copydesk.rules.language.NameVariant;
import org.copydesk.rules.language.NameTypo;
import org.copydesk.rules.language.TermTypo;
import org.copydesk.rules.provenance.AiDisclosure;
import org.copydesk.rules.provenance.AssistantLeakage;
import org.copydesk.rules.provenance.DanglingAttribution;
import org.copydesk.rules.provenance.DeclaredProvenance;
import org.copydesk.rules.provenance.HiddenUnicode;
import org.copydesk.rules.provenance.ProvenanceConflict;
import org.copydesk.rules.style.LlmPhrasing;

/** The built-in rule pack. Every built-in rule is listed here, so tests can loop over all of them. */
public final class BuiltinRules implements RulePack {
  /** Bump when a rule's behaviour changes, so reports say which rules produced them. */
  public static final String VERSION = "0.4.0";

  private static final List<Rule> RULES = List.of(
      new AiDisclosure(),
      new AssistantLeakage(),
      new DeclaredProvenance(),
      new ProvenanceConflict(),
      new HiddenUnicode(),
      new DanglingAttribution(),
      new TemplateResidue(),
      new OffTopicBranding(),
      new DuplicateHeadline(),
      new NameTypo(),
      new TermTypo(),
      new NameVariant(),
      new Misspelling(),
      new HouseStyle(),
      new UnattributedFigure(),
      new InconsistentFigure(),
      new NotInSource(),
      new LlmPhrasing());

  @Override
  public String name() {
    return "builtin";
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }
}
