package org.copydesk.cli;

/** Process exit codes, listed in {@code --help}. */
public enum ExitCode {
  /** Every article passed the policy (or the command succeeded). */
  OK(0, "every article passed (or the command succeeded)"),
  /** At least one article failed the policy. */
  POLICY_FAILED(1, "an article failed the policy"),
  /** Bad command line or policy file. */
  USAGE(2, "usage error: bad option, argument or policy file"),
  /** An input could not be read: missing, empty, binary, too large or malformed. */
  INVALID_INPUT(3, "an input was unreadable or invalid (missing, empty, binary, malformed)"),
  /** A bug in Copydesk. */
  INTERNAL(4, "internal error");

  private final int code;
  private final String description;

  ExitCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  public String description() {
    return description;
  }

  /** Lines for picocli's exit code list. */
  static String[] helpList() {
    ExitCode[] all = values();
    String[] out = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      out[i] = all[i].code + ":" + all[i].description;
    }
    return out;
  }
}
