package org.copydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** What the harnesses report about repeated runs and the process: median and range, peak resident memory. */
public final class Measures {
  private Measures() {}

  /** The median of the values. */
  public static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** The smallest value, or 0 for none. */
  public static double min(double[] v) {
    return Arrays.stream(v).min().orElse(0);
  }

  /** The largest value, or 0 for none. */
  public static double max(double[] v) {
    return Arrays.stream(v).max().orElse(0);
  }

  /** The process's peak resident set (VmHWM) on Linux, else "unknown". */
  public static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return String.format(Locale.ROOT, "%.0f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "unknown";
  }
}
