package org.copydesk.rule;

import java.util.Objects;

/**
 * A proposed fix for a finding's span: replace it with {@code replacement}, or delete it when the
 * replacement is empty.
 *
 * @param replacement the text to put in place of the span; empty means delete
 * @param label a short human description ("delete the line", "Spiritual Shrines")
 */
public record Suggestion(String replacement, String label) {
  public Suggestion {
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(label, "label");
  }

  /** Replace the span with {@code text}. */
  public static Suggestion replace(String text) {
    return new Suggestion(text, "replace with \"" + text + "\"");
  }

  /** Delete the span. */
  public static Suggestion delete(String label) {
    return new Suggestion("", label);
  }

  public boolean isDeletion() {
    return replacement.isEmpty();
  }
}
