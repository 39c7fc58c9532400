package org.copydesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.copydesk.Copydesk;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleDescriptor;
import org.junit.jupiter.api.Test;

class BuiltinRulesTest {
  @Test
  void packIsDiscoveredThroughServiceLoader() {
    Copydesk copydesk = Copydesk.builder().build();
    assertThat(copydesk.ruleSetVersion()).isEqualTo("builtin-" + BuiltinRules.VERSION);
    assertThat(copydesk.rules()).extracting(RuleDescriptor::id).containsExactly(
        "claims.inconsistent-figure",
        "claims.not-in-source",
        "claims.unattributed-figure",
        "integrity.duplicate-headline",
        "integrity.off-topic-branding",
        "integrity.template-residue",
        "language.house-style",
        "language.misspelling",
        "language.name-typo",
        "language.name-variant",
        "language.term-typo",
        "provenance.ai-disclosure",
        "provenance.assistant-leakage",
        "provenance.dangling-attribution",
        "provenance.declared-provenance",
        "provenance.hidden-unicode",
        "provenance.provenance-conflict",
        "style.llm-phrasing");
  }

  @Test
  void everyRuleIsDocumentedWithExamplesBothWays() {
    Set<String> ids = new HashSet<>();
    for (Rule r : new BuiltinRules().rules()) {
      RuleDescriptor d = r.descriptor();
      assertThat(ids.add(d.id())).as("unique id " + d.id()).isTrue();
      assertThat(d.summary()).as(d.id()).isNotBlank();
      assertThat(d.description()).as(d.id()).hasSizeGreaterThan(80);
      assertThat(d.rationale()).as(d.id()).hasSizeGreaterThan(40);
      assertThat(d.examples()).as(d.id() + " flagged examples").anyMatch(RuleDescriptor.Example::flagged);
      assertThat(d.examples()).as(d.id() + " passing examples").anyMatch(e -> !e.flagged());
    }
  }
}
