package org.copydesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code copydesk} command. */
@Command(
    name = "copydesk",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "Audits news articles before they are published or syndicated: AI-use disclosures, template "
        + "residue, off-topic branding, typos in names and unattributed figures, with a scored report.",
    subcommands = {CheckCommand.class, BaselineCommand.class, ExtractCommand.class, RulesCommand.class,
        ExplainCommand.class, InitCommand.class, FixCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article passed (or the command succeeded)",
      "1:an article failed the policy",
      "2:usage error: bad option, argument or policy file",
      "3:an input was unreadable or invalid (missing, empty, binary, malformed)",
      "4:internal error"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the exit code, without exiting (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE.code());
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("copydesk: " + ex.getMessage());
      err.println("Try 'copydesk " + (ex.getCommandLine().getCommandName().equals("copydesk") ? ""
          : ex.getCommandLine().getCommandName() + " ") + "--help'.");
      err.flush();
      return ExitCode.USAGE.code();
    });
    cl.setExecutionExceptionHandler((ex, c, r) -> {
      err.println("copydesk: internal error: " + ex);
      err.flush();
      return ExitCode.INTERNAL.code();
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (Throwable t) { // an Error escaping a command is still a bug to report in one line
      err.println("copydesk: internal error: " + t);
      code = ExitCode.INTERNAL.code();
    }
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }
}
