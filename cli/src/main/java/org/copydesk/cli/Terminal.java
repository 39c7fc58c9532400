package org.copydesk.cli;

/** Whether a person is watching: standard input and output attached to a terminal. */
final class Terminal {
  private Terminal() {}

  /** A console attached to a terminal; on JDK 22+ a console exists even when piped, so ask it. */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17-21: a console exists only for a terminal
    }
  }
}
