package org.copydesk.cli;

import java.nio.file.Path;
import org.copydesk.Copydesk;
import org.copydesk.report.PolicyResolver;
import org.copydesk.rule.RuleDescriptor;
import picocli.CommandLine.Option;

/**
 * {@code --policy} for {@code rules} and {@code explain}: the rules they describe include the house patterns of
 * the policy in force, the {@code --policy} file or else the nearest {@code copydesk.yaml} above the working folder.
 */
final class PolicyOption {
  @Option(names = "--policy", paramLabel = "FILE",
      description = "include the house patterns of this policy file (default: the nearest copydesk.yaml or"
          + " .copydesk.yaml above the working folder)")
  Path policyFile;

  /**
   * The auditor with the built-in rules and the policy's house patterns.
   *
   * @throws IllegalArgumentException with a one-line message when the policy file is missing or invalid
   */
  Copydesk copydesk() {
    Copydesk builtIn = Copydesk.builder().build();
    PolicyResolver resolver = (policyFile == null ? PolicyResolver.discovering() : PolicyResolver.pinned(policyFile))
        .withKnownRules(builtIn.rules().stream().map(RuleDescriptor::id).toList());
    return builtIn.withPolicy(resolver.resolve(null).policy());
  }
}
