package org.copydesk.cli;

import java.util.concurrent.Callable;
import org.copydesk.Copydesk;
import org.copydesk.rule.RuleDescriptor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code copydesk rules}: lists the rules. */
@Command(name = "rules", description = "List the rules with their category, default severity and summary, the"
    + " policy's house patterns included.",
    mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin PolicyOption policy;

  @Override
  public Integer call() {
    Copydesk copydesk;
    try {
      copydesk = policy.copydesk();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("copydesk: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    var out = spec.commandLine().getOut();
    for (RuleDescriptor d : copydesk.rules()) {
      out.printf("%-32s %-10s %-8s %s%n", d.id(), d.category().id(), d.defaultSeverity().id(), d.summary());
    }
    out.printf("%nrule set %s; details: copydesk explain RULE_ID%n", copydesk.ruleSetVersion());
    return ExitCode.OK.code();
  }
}
