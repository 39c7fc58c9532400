package org.copydesk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.copydesk.Copydesk;
import org.copydesk.article.Limits;
import org.copydesk.report.FailCondition;
import org.copydesk.report.Policy;
import org.copydesk.report.PolicyResolver;
import org.copydesk.rule.RuleDescriptor;

/**
 * The auditor for each input of {@code copydesk check}: the policy of each input comes from its nearest
 * {@code copydesk.yaml} (or the {@code --policy} file), with {@code --fail-on} over it; one {@link Copydesk} per
 * distinct effective policy. One per command run: {@link #prepare} on one thread, then {@link #forInput} from
 * any number of threads.
 */
final class Auditors {
  private final PolicyResolver resolver;
  private final List<FailCondition> failOn;
  private final Copydesk defaults;
  private final Limits limits;
  private final Map<String, PolicyResolver.Resolution> byInput = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Policy, Copydesk> byPolicy = new java.util.concurrent.ConcurrentHashMap<>();

  private Auditors(PolicyResolver resolver, List<FailCondition> failOn, Copydesk defaults, Limits limits) {
    this.limits = limits;
    this.resolver = resolver;
    this.failOn = failOn;
    this.defaults = defaults;
  }

  /**
   * Auditors for a run.
   *
   * @param policyFile the {@code --policy} file, or {@code null} to discover one per input
   * @param failOn the {@code --fail-on} value, or {@code null} to keep each policy's
   * @param limits the limits every auditor reads and reports within
   * @throws IllegalArgumentException with the one-line usage message
   */
  static Auditors create(Path policyFile, String failOn, Limits limits) {
    List<FailCondition> conditions = null;
    if (failOn != null) {
      try {
        conditions = FailCondition.parse(failOn);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--fail-on: " + e.getMessage(), e);
      }
    }
    Copydesk defaults = Copydesk.builder().limits(limits).build();
    List<String> ids = defaults.rules().stream().map(RuleDescriptor::id).toList();
    PolicyResolver resolver = (policyFile == null ? PolicyResolver.discovering() : PolicyResolver.pinned(policyFile))
        .withKnownRules(ids);
    return new Auditors(resolver, conditions, defaults, limits);
  }

  /**
   * Finds the policy of every input and builds its auditor, so that a bad policy file is reported before any
   * article is audited.
   *
   * @throws IllegalArgumentException with the one-line usage message
   */
  void prepare(List<String> inputs) {
    for (String input : inputs) {
      PolicyResolver.Resolution r;
      try {
        r = resolver.resolve(input.equals("-") ? null : Path.of(input));
      } catch (InvalidPathException e) {
        continue; // reading the input reports it
      }
      byInput.put(input, r);
      if (!r.ignored()) {
        Policy p = failOn == null ? r.policy() : r.policy().withFailConditions(failOn);
        if (!byPolicy.containsKey(p)) {
          try {
            byPolicy.put(p, Copydesk.builder().policy(p).limits(limits).build());
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((r.policyFile() == null ? "" : r.policyFile() + ": ")
                + e.getMessage(), e);
          }
        }
      }
    }
  }

  /** The auditor for an input, or {@code null} when its policy ignores it. */
  Copydesk forInput(String input) {
    PolicyResolver.Resolution r = byInput.get(input);
    if (r == null) {
      return failOn == null ? defaults : byPolicy.computeIfAbsent(defaults.policy().withFailConditions(failOn),
          p -> Copydesk.builder().policy(p).limits(limits).build());
    }
    if (r.ignored()) {
      return null;
    }
    return byPolicy.get(failOn == null ? r.policy() : r.policy().withFailConditions(failOn));
  }

  /** The rule set's version (every auditor runs the same rules). */
  String ruleSetVersion() {
    return defaults.ruleSetVersion();
  }
}
