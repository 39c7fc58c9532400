package org.copydesk.report;

/**
 * A rule that failed on an article, or that found more than {@link org.copydesk.article.Limits#maxFindingsPerRule()}
 * (the message says how many were left out). The rest of the report stands; the failure is reported, not hidden.
 *
 * @param ruleId the rule
 * @param message what went wrong
 */
public record ProcessingError(String ruleId, String message) {}
