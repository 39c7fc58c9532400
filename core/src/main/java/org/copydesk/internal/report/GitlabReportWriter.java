package org.copydesk.internal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.copydesk.report.Finding;
import org.copydesk.report.Fingerprint;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.rule.Severity;

/**
 * GitLab Code Quality JSON (a subset of the Code Climate issue format): an array with an issue per finding,
 * failed rule and unreadable input. Severities map error to {@code major}, warning to {@code minor}, info to
 * {@code info}; an unreadable input is {@code critical}, a failed rule {@code minor}. The fingerprint is the
 * finding's {@link Fingerprint} combined with the article's path, so it is unique in the batch and survives
 * edits elsewhere in the article. Suppressed findings are left out: the format has no notion of them.
 */
public final class GitlabReportWriter implements ReportWriter {

  @Override
  public String name() {
    return "gitlab";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    ArrayNode issues = Formats.MAPPER.createArrayNode();
    Set<String> seen = new HashSet<>();
    for (Report r : batch.reports()) {
      List<String> prints = Fingerprint.of(r);
      for (int i = 0; i < r.findings().size(); i++) {
        Finding f = r.findings().get(i);
        issue(issues, f.message(), f.ruleId(), unique(seen, r.source(), "finding", prints.get(i)),
            severity(f.severity()),
            r.source(), f.location().line(), f.location().endLine());
      }
      for (ProcessingError e : r.errors()) {
        issue(issues, "rule " + e.ruleId() + " failed: " + e.message(), "copydesk.rule-failure",
            unique(seen, r.source(), "rule-failure", e.ruleId()), "minor", r.source(), 1, 1);
      }
    }
    for (ReportBatch.InputFailure f : batch.failures()) {
      issue(issues, f.message(), "copydesk.input-error", unique(seen, f.source(), "input-error", ""),
          "critical",
          f.source(), 1, 1);
    }
    Formats.writeJson(issues, out);
  }

  private static void issue(ArrayNode issues, String description, String check, String fingerprint, String severity,
      String path, int begin, int end) {
    ObjectNode n = issues.addObject();
    n.put("type", "issue");
    n.put("description", description);
    n.put("check_name", check);
    n.put("fingerprint", fingerprint);
    n.put("severity", severity);
    ObjectNode loc = n.putObject("location");
    loc.put("path", path);
    loc.putObject("lines").put("begin", begin).put("end", end);
  }

  static String severity(Severity s) {
    switch (s) {
      case ERROR:
        return "major";
      case WARNING:
        return "minor";
      default:
        return "info";
    }
  }

  /**
   * The hash of the parts; should it repeat in the batch (the same file given twice), the repeat gets the hash
   * of the parts and its occurrence number, so fingerprints stay unique and still do not depend on lines.
   */
  private static String unique(Set<String> seen, String... parts) {
    String h = hash(parts);
    for (int n = 2; !seen.add(h); n++) {
      String[] more = java.util.Arrays.copyOf(parts, parts.length + 1);
      more[parts.length] = "#" + n;
      h = hash(more);
    }
    return h;
  }

  /** An MD5-length hex digest of the parts (SHA-256, truncated). */
  private static String hash(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update(p.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
