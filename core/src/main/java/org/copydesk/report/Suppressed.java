package org.copydesk.report;

import java.util.Objects;

/**
 * A finding an inline comment in the article switched off. It does not count towards the score or the verdict,
 * but reports keep it visible. Immutable.
 *
 * @param finding the finding as the rule reported it
 * @param directive the comment's kind: {@code disable} (a region), {@code disable-next-line} or {@code ignore}
 *     (one match)
 * @param reason the reason written in the comment, or {@code null}
 * @param line the 1-based line of the comment in the original input
 */
public record Suppressed(Finding finding, String directive, String reason, int line) {
  public Suppressed {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(directive, "directive");
  }
}
