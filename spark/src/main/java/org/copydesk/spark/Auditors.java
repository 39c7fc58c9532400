package org.copydesk.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.Copydesk;
import org.copydesk.report.Policy;

/**
 * The auditors of this JVM, one per policy: built on first use and shared by every task (a {@link Copydesk} is
 * immutable and thread-safe), so an executor loads the rules and lexicons once, not once per record or partition.
 */
final class Auditors {
  /** How many auditors this JVM has built; the tests read it to check that local mode builds one. */
  static final AtomicInteger BUILDS = new AtomicInteger();

  private static final Map<String, Copydesk> BY_POLICY = new ConcurrentHashMap<>();

  private Auditors() {}

  /**
   * The auditor for a policy's text ({@code null} for the default policy), built once per JVM.
   *
   * @throws IllegalArgumentException with a one-line message when the policy is invalid
   */
  static Copydesk get(String policyText, String policyName) {
    String key = policyText == null ? "" : policyName + "\n" + policyText;
    return BY_POLICY.computeIfAbsent(key, k -> {
      Copydesk.Builder b = Copydesk.builder();
      if (policyText != null) {
        b.policy(Policy.parse(policyText, policyName));
      }
      Copydesk built = b.build();
      BUILDS.incrementAndGet();
      return built;
    });
  }
}
