package org.copydesk.rule;

import java.util.Locale;

/** The rule families; each gets its own score. */
public enum Category {
  /** Where the text came from: AI-use disclosures, assistant leakage, declared provenance. */
  PROVENANCE,
  /** What was scraped along with it: template residue, off-topic branding. */
  INTEGRITY,
  /** Spelling, above all in names. */
  LANGUAGE,
  /** Figures and their sources. */
  CLAIMS,
  /** Machine-typical phrasing, reported as a signal. */
  STYLE;

  /** The lower-case name used in rule ids and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
