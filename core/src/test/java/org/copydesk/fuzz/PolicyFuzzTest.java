package org.copydesk.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.report.Policy;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of policy YAML: a policy file ({@link Policy#parse}) or a request's policy fragment
 * ({@link Policy#overlay}) either parses or fails with an {@link IllegalArgumentException} whose message is one
 * line; nothing else escapes. Seeds: {@code PolicyFuzzTestInputs/policy/}.
 */
class PolicyFuzzTest {
  private static final List<String> RULES = List.of("provenance.ai-disclosure", "integrity.template-residue",
      "language.name-typo", "claims.unattributed-figure", "style.llm-phrasing");

  @FuzzTest(maxDuration = "2m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void policy(byte[] data) {
    String yaml = FuzzInputs.lenientUtf8(data);
    try {
      Policy.parse(yaml, "fuzz.yaml");
    } catch (IllegalArgumentException e) {
      documented(e);
    }
    try {
      Policy.defaults().overlay(yaml, "policy", RULES);
    } catch (IllegalArgumentException e) {
      documented(e);
    }
  }

  /**
   * The documented error is a plain {@link IllegalArgumentException}: a subclass (a number format, a regular
   * expression's syntax) escaping from a parser is a bug, however short its message.
   */
  private static void documented(IllegalArgumentException e) {
    if (e.getClass() != IllegalArgumentException.class) {
      throw e;
    }
    FuzzInputs.requireOneLine(e);
  }
}
