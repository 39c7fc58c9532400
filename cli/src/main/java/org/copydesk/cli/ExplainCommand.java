package org.copydesk.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.copydesk.Copydesk;
import org.copydesk.rule.RuleDescriptor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code copydesk explain RULE_ID}: what a rule does and why. */
@Command(name = "explain", description = "Explain a rule: what it looks for, why it matters, examples.",
    mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin PolicyOption policy;

  @CommandLine.Parameters(paramLabel = "RULE_ID", description = "a rule id, as listed by 'copydesk rules'")
  String ruleId;

  @Override
  public Integer call() {
    Copydesk copydesk;
    try {
      copydesk = policy.copydesk();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("copydesk: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    Optional<RuleDescriptor> found = copydesk.rule(ruleId);
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("copydesk: no rule '" + ruleId + "'; see 'copydesk rules'");
      return ExitCode.USAGE.code();
    }
    RuleDescriptor d = found.get();
    var out = spec.commandLine().getOut();
    out.println(d.id() + " (" + d.category().id() + ", " + d.defaultSeverity().id() + ")");
    out.println();
    out.println(d.summary());
    out.println();
    out.println(wrap(d.description()));
    out.println();
    out.println("Why it matters:");
    out.println(wrap(d.rationale()));
    if (!d.examples().isEmpty()) {
      out.println();
      out.println("Examples:");
      for (RuleDescriptor.Example e : d.examples()) {
        out.println((e.flagged() ? "  flagged:  " : "  passes:   ") + e.text());
      }
    }
    return ExitCode.OK.code();
  }

  private static String wrap(String text) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String w : text.split("\\s+")) {
      if (col > 0 && col + w.length() + 1 > 78) {
        out.append('\n');
        col = 0;
      }
      if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += w.length();
    }
    return out.toString();
  }
}
