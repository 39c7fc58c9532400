package org.copydesk.report;

import java.util.List;
import org.copydesk.rule.Category;

/**
 * Points one rule took off an article's score, and the findings that cost them.
 *
 * @param ruleId the rule
 * @param category its family
 * @param points points deducted, after the per-rule cap
 * @param capped whether the policy's per-rule cap limited it
 * @param findings indexes into {@link Report#findings()}
 */
public record Deduction(String ruleId, Category category, double points, boolean capped, List<Integer> findings) {
  public Deduction {
    findings = List.copyOf(findings);
  }
}
