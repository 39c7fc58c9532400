package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.copydesk.report.Policy;
import org.copydesk.report.PolicyResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk init}: writes a commented default {@code copydesk.yaml}. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = {
      "Write a copydesk.yaml with the default policy, every key explained, into DIR (default: the current folder).",
      "copydesk check applies the nearest copydesk.yaml above each article."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the file was written",
      "2:usage error: DIR is not a folder, or a policy file is there already (use --force)",
      "4:internal error"
    })
final class InitCommand implements Callable<Integer> {
  /** The template, in the core jar next to the schema. */
  static final String TEMPLATE = "copydesk-default.yaml";
  /** The JSON Schema of policy files, in the core jar. */
  static final String SCHEMA = "copydesk-policy.schema.json";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "the folder to write copydesk.yaml into")
  Path dir;

  @Option(names = "--force", description = "overwrite an existing copydesk.yaml")
  boolean force;

  @Option(names = "--schema", description = "also write " + SCHEMA + " beside it, and point editors at that copy"
      + " instead of the published one")
  boolean schema;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path folder = dir == null ? Path.of(".") : dir;
    if (!Files.isDirectory(folder)) {
      return usage(err, folder + " is not a folder");
    }
    Path target = folder.resolve(PolicyResolver.FILE_NAMES.get(0));
    Path hidden = folder.resolve(PolicyResolver.FILE_NAMES.get(1));
    if (Files.exists(hidden)) {
      return usage(err, hidden + " exists; a folder has one policy file (edit it, or remove it first)");
    }
    if (Files.exists(target) && !force) {
      return usage(err, target + " exists; use --force to overwrite it");
    }
    String text = resource(TEMPLATE);
    Path schemaFile = folder.resolve(SCHEMA);
    if (schema) {
      text = text.replaceFirst("\\$schema=\\S+", "\\$schema=" + SCHEMA);
      if (Files.exists(schemaFile) && !force) {
        return usage(err, schemaFile + " exists; use --force to overwrite it");
      }
    }
    try {
      Files.writeString(target, text, StandardCharsets.UTF_8);
      if (schema) {
        Files.writeString(schemaFile, resource(SCHEMA), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      return usage(err, "cannot write " + target + " (" + e.getClass().getSimpleName() + ")");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + target + (schema ? " and " + schemaFile : "")
        + "; copydesk check applies it to the articles in " + folder + " and the folders below it");
    return ExitCode.OK.code();
  }

  /** A resource of the core jar, next to {@link Policy}. */
  static String resource(String name) throws IOException {
    try (InputStream in = Policy.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int usage(PrintWriter err, String message) {
    err.println("copydesk: " + message);
    return ExitCode.USAGE.code();
  }
}
