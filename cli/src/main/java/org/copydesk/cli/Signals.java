package org.copydesk.cli;

/**
 * SIGTERM and SIGINT for {@code copydesk serve}: handled (rather than left to shutdown hooks) so the server
 * can drain and the command can exit 0, as service managers expect of a clean stop.
 */
final class Signals {
  private Signals() {}

  /**
   * Runs {@code action} on SIGTERM and SIGINT.
   *
   * @return whether the handlers are installed (not on a JVM without {@code sun.misc.Signal})
   */
  static boolean onTerminate(Runnable action) {
    try {
      sun.misc.SignalHandler h = sig -> action.run();
      sun.misc.Signal.handle(new sun.misc.Signal("TERM"), h);
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), h);
      return true;
    } catch (IllegalArgumentException | LinkageError e) {
      return false;
    }
  }
}
