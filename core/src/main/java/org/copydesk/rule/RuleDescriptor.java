package org.copydesk.rule;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, for reports, {@code copydesk rules} and {@code copydesk explain}.
 *
 * @param id stable id, {@code category.name} in lower case (e.g. {@code provenance.ai-disclosure})
 * @param category its family
 * @param defaultSeverity severity unless a policy says otherwise
 * @param summary one line
 * @param description what it looks for and how
 * @param rationale why an editor should care
 * @param examples example texts that it flags ({@code bad}) and leaves alone ({@code good})
 */
public record RuleDescriptor(
    String id,
    Category category,
    Severity defaultSeverity,
    String summary,
    String description,
    String rationale,
    List<Example> examples) {

  private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(?:-[a-z0-9]+)*");

  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(summary, "summary");
    if (!ID.matcher(id).matches() || !id.startsWith(category.id() + ".")) {
      throw new IllegalArgumentException("rule id '" + id + "' must look like " + category.id() + ".some-name");
    }
    if (summary.isBlank()) {
      throw new IllegalArgumentException(id + ": summary is blank");
    }
    description = description == null ? "" : description;
    rationale = rationale == null ? "" : rationale;
    examples = examples == null ? List.of() : List.copyOf(examples);
  }

  /**
   * An example for the docs.
   *
   * @param flagged whether the rule reports it
   * @param text the example text
   */
  public record Example(boolean flagged, String text) {
    public Example {
      Objects.requireNonNull(text, "text");
    }
  }
}
