package org.copydesk.rule;

import java.util.Locale;

/** How much a finding matters. Ordered from least to most serious. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** The lower-case name used in reports and policies. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code info}, {@code warning} or {@code error} (any case). */
  public static Severity parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown severity '" + s + "' (expected info, warning or error)", e);
    }
  }

  /** Whether this is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
