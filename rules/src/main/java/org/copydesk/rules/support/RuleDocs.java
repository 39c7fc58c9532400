package org.copydesk.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.rule.Category;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;

/** The prose of the built-in rules (summary, description, rationale, examples), kept in {@code rules.yaml}. */
public final class RuleDocs {
  private static final JsonNode DOCS = Resources.yaml("/org/copydesk/rules/rules.yaml");

  private RuleDocs() {}

  /** A descriptor whose prose comes from {@code rules.yaml}; fails fast if the rule is not documented. */
  public static RuleDescriptor descriptor(String id, Category category, Severity severity) {
    JsonNode d = DOCS.path("rules").path(id);
    if (d.isMissingNode()) {
      throw new IllegalStateException("rule " + id + " has no entry in rules.yaml");
    }
    List<RuleDescriptor.Example> examples = new ArrayList<>();
    d.path("flags").forEach(n -> examples.add(new RuleDescriptor.Example(true, n.asText())));
    d.path("passes").forEach(n -> examples.add(new RuleDescriptor.Example(false, n.asText())));
    return new RuleDescriptor(id, category, severity, d.path("summary").asText(),
        d.path("description").asText().strip(), d.path("rationale").asText().strip(), examples);
  }
}
