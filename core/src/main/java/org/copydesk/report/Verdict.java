package org.copydesk.report;

import java.util.Locale;

/** The policy's judgement on an article. */
public enum Verdict {
  PASS,
  WARN,
  FAIL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
