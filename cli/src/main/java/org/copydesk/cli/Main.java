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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article passed (or the command succeeded)",
      "1:an article failed the policy",
      "2:usage error: bad option, argument or policy file",
      "3:an input was unreadable or invalid (missing, empty, binary, malformed)",
      "4:internal error"
    })
public final class Main implements Runnable {
  /**
   * The subcommands, in the order the help lists them. Reading a subcommand's annotations is most of picocli's cost
   * at start-up, so a command line that names one of them builds only that one (see {@link #commandLine}).
   */
  private static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands(CheckCommand.class,
      BaselineCommand.class, ExtractCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class,
      FixCommand.class, ServeCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static java.util.Map<String, Class<?>> subcommands(Class<?>... classes) {
    java.util.Map<String, Class<?>> out = new java.util.LinkedHashMap<>();
    for (Class<?> c : classes) {
      out.put(c.getAnnotation(Command.class).name(), c);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The command line for these arguments: when the first names a subcommand other than {@code help}, the
   * {@code copydesk} command with that subcommand alone (it parses, runs and prints its help as in the whole
   * tree); otherwise the whole tree, which the top-level help, {@code help} and suggestions for a mistyped name need.
   */
  static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new Main());
    Class<?> named = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
    if (named != null) {
      cl.addSubcommand(named);
    } else {
      SUBCOMMANDS.values().forEach(cl::addSubcommand);
    }
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and returns the exit code, without exiting (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(args);
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
    if (Boolean.getBoolean("copydesk.preload")) {
      // set by the launcher for a check of one file: load on a second thread what the audit needs and building the
      // rules does not, from now on (org.copydesk.rules.Preload)
      org.copydesk.rules.Preload.inBackground();
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }
}
