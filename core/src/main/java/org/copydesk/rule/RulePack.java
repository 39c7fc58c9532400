package org.copydesk.rule;

import java.util.List;

/**
 * A set of rules shipped together, found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/org.copydesk.rule.RulePack}. Each pack names its rules explicitly.
 */
public interface RulePack {

  /** A short name, e.g. {@code builtin}. */
  String name();

  /** The pack's version; it becomes part of the rule-set version in reports. */
  String version();

  /** The rules, each built once and shared. */
  List<Rule> rules();
}
