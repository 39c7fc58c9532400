package org.copydesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Test-only entry point for a child JVM: the real {@link Main}, except that writing the file named by the system
 * property {@code copydesk.test.pauseOn} stops halfway through its temporary file, prints
 * {@code PAUSED <temporary file>} on standard error and waits there to be killed.
 */
public final class PausingMain {
  private PausingMain() {}

  public static void main(String[] args) {
    String pauseOn = System.getProperty("copydesk.test.pauseOn");
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    AtomicFiles.midWrite = (target, tmp) -> {
      if (!target.getFileName().toString().equals(pauseOn)) {
        return;
      }
      err.println("PAUSED " + tmp);
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    Main.main(args);
  }
}
