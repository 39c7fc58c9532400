package org.copydesk.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stable identities of findings, for baselines and for CI systems that track results across runs (SARIF
 * {@code partialFingerprints}, GitLab Code Quality {@code fingerprint}).
 *
 * <p>A fingerprint is a hash of the rule id, the finding's excerpt with case, accents' composition and runs of
 * white space normalised, and the occurrence number of that (rule, excerpt) pair in the article. It holds no
 * line number or offset, so it survives edits elsewhere in the article: lines added above, paragraphs
 * rewritten, other findings fixed. Editing the flagged text itself gives a new fingerprint, as it should.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * The fingerprints of a report's live findings, in the order of {@link Report#findings()}. Occurrences are
   * counted over live and suppressed findings together, so suppressing one finding does not change another's
   * fingerprint.
   */
  public static List<String> of(Report report) {
    if (report.suppressed().isEmpty()) {
      return of(report.findings());
    }
    Map<Finding, String> all = all(report);
    return report.findings().stream().map(all::get).toList();
  }

  /** The fingerprints of a report's suppressed findings, in the order of {@link Report#suppressed()}. */
  public static List<String> ofSuppressed(Report report) {
    Map<Finding, String> all = all(report);
    return report.suppressed().stream().map(s -> all.get(s.finding())).toList();
  }

  private static Map<Finding, String> all(Report report) {
    List<Finding> merged = new ArrayList<>(report.findings());
    report.suppressed().forEach(s -> merged.add(s.finding()));
    merged.sort(Finding.ORDER);
    List<String> fps = of(merged);
    Map<Finding, String> out = new java.util.IdentityHashMap<>();
    for (int i = 0; i < merged.size(); i++) {
      out.put(merged.get(i), fps.get(i));
    }
    return out;
  }

  /** The fingerprints of findings of one article, given in document order. */
  public static List<String> of(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String key = f.ruleId() + "\u0000" + normalise(f.excerpt());
      int n = seen.merge(key, 1, Integer::sum);
      out.add(hash(key + "\u0000" + n));
    }
    return out;
  }

  static String normalise(String excerpt) {
    String s = Normalizer.normalize(excerpt, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
