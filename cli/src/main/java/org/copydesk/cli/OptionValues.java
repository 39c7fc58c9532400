package org.copydesk.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the sizes ({@code 512KB}, {@code 8MB}) and times ({@code 500ms}, {@code 10s}) that options take. */
final class OptionValues {
  private static final Pattern QUANTITY = Pattern.compile("(\\d{1,18})\\s*([a-z]*)", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Long> BYTES = Map.of("", 1L, "b", 1L, "k", 1L << 10, "kb", 1L << 10,
      "kib", 1L << 10, "m", 1L << 20, "mb", 1L << 20, "mib", 1L << 20);
  private static final Map<String, Long> MILLIS = Map.of("", 1000L, "ms", 1L, "s", 1000L, "m", 60_000L);

  private OptionValues() {}

  /**
   * A size like {@code 512KB} or {@code 8MB} (KB and MB are 1024 and 1024 * 1024 bytes; a bare number is bytes),
   * from 1 byte to {@code max}.
   *
   * @throws IllegalArgumentException naming the option, what it expects and what it got
   */
  static long size(String s, String option, long max) {
    String maxText = max % (1L << 20) == 0 ? (max >> 20) + "MB" : max % (1L << 10) == 0 ? (max >> 10) + "KB"
        : String.valueOf(max);
    return quantity(s, option, BYTES, 1, max, "a size like 512KB or 8MB", maxText);
  }

  /** A time like {@code 500ms}, {@code 10s} or {@code 2m} (a bare number is seconds), within bounds. */
  static Duration duration(String s, String option, long minMillis, Duration max) {
    return Duration.ofMillis(quantity(s, option, MILLIS, minMillis, max.toMillis(), "a time like 500ms, 10s or 2m",
        max.toMinutes() + "m"));
  }

  private static long quantity(String s, String option, Map<String, Long> units, long min, long max,
      String expected, String maxText) {
    Matcher m = QUANTITY.matcher(s.strip());
    Long unit = m.matches() ? units.get(m.group(2).toLowerCase(Locale.ROOT)) : null;
    if (unit == null) {
      throw new IllegalArgumentException(option + ": expected " + expected + ", got '" + s + "'");
    }
    long value;
    try {
      value = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
    } catch (ArithmeticException e) {
      value = Long.MAX_VALUE;
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(option + ": '" + s + "' is out of range; expected "
          + (min == 0 ? "0" : "more than 0") + " to " + maxText);
    }
    return value;
  }
}
