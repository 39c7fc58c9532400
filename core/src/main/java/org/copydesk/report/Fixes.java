package org.copydesk.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.copydesk.internal.report.UnifiedDiff;

/**
 * What {@link Fixer} did to one article: the original input, the fixed text, the edits applied and the selected
 * findings it could not apply. Immutable.
 *
 * @param original the input as read (the {@link org.copydesk.article.SourceMap#original() original} text)
 * @param fixed the input with {@code applied} made
 * @param applied the edits made, in document order; their ranges do not overlap
 * @param skipped findings that were selected for fixing but left alone, with the reason, in document order
 */
public record Fixes(String original, String fixed, List<Edit> applied, List<Skipped> skipped) {

  public Fixes {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(fixed, "fixed");
    applied = applied.stream().sorted(Comparator.comparingInt(Edit::start)).toList();
    skipped = List.copyOf(skipped);
  }

  /**
   * One change to the original text: the characters {@code [start, end)} of {@link #original()} replaced by
   * {@code replacement}. A line deletion covers whole lines with their line breaks, and may take a blank line
   * next to them so that the paragraphs around stay one blank line apart (at the start or end of the text, the
   * blank lines next to it).
   *
   * @param finding the finding whose suggestion this is
   * @param start first UTF-16 offset in the original, inclusive
   * @param end last UTF-16 offset in the original, exclusive
   * @param replacement the new text; empty for a deletion
   */
  public record Edit(Finding finding, int start, int end, String replacement) {
    public Edit {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(replacement, "replacement");
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
      }
    }

    /** Whether this edit deletes text without putting anything in its place. */
    public boolean isDeletion() {
      return replacement.isEmpty();
    }
  }

  /**
   * A finding {@link Fixer} selected but did not apply.
   *
   * @param finding the finding
   * @param reason why, in a few words ("overlaps the fix for integrity.template-residue at 27:1")
   */
  public record Skipped(Finding finding, String reason) {
    public Skipped {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Whether the fixed text differs from the original. */
  public boolean changed() {
    return !original.equals(fixed);
  }

  /**
   * The edits as a unified diff ({@code diff -u}, 3 lines of context) from the original to the fixed text,
   * headed {@code --- oldName} and {@code +++ newName}; empty when nothing changed. Lines keep their own line
   * breaks (so a CRLF file gives a diff with CRLF lines that {@code patch} and {@code git apply} accept), and a
   * last line without a line break is followed by {@code \ No newline at end of file}.
   */
  public String unifiedDiff(String oldName, String newName) {
    return UnifiedDiff.of(original, applied, oldName, newName);
  }
}
