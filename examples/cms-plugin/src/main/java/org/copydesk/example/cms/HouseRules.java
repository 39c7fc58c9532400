package org.copydesk.example.cms;

import java.util.List;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RulePack;

/**
 * A newsroom's own rule pack, shipped in the CMS plugin's jar beside the built-in one. Registered in
 * {@code META-INF/services/org.copydesk.rule.RulePack}, so {@code Copydesk.builder().build()} runs it together
 * with the built-in rules; a policy file configures its rules like any other ({@code rules:
 * provenance.missing-byline: {severity: error}}).
 */
public final class HouseRules implements RulePack {
  /** Bump when a rule's behaviour changes; it becomes part of the rule-set version in every report. */
  public static final String VERSION = "1.0.0";

  private final List<Rule> rules;

  /** The pack as {@link java.util.ServiceLoader} builds it: every house rule with its defaults. */
  public HouseRules() {
    this(new MissingByline());
  }

  /**
   * The pack with a configured byline rule, for {@code Copydesk.builder().addPack(...)}.
   *
   * @param missingByline the byline rule to run
   */
  public HouseRules(MissingByline missingByline) {
    this.rules = List.of(missingByline);
  }

  @Override
  public String name() {
    return "house";
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }
}
