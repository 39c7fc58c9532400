package org.copydesk.internal.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.article.Format;
import org.copydesk.article.SourceMap;
import org.copydesk.report.Finding;
import org.copydesk.report.Location;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.SiteRollup;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;

/** What the CI report writers share: totals, the original text of a region, JSON layout. */
final class Formats {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Formats() {}

  /** The headings of a site's page counts in the HTML and text reports, in {@link #siteCounts} order. */
  static final List<String> SITE_HEADINGS = List.of("AI disclosed", "AI suspected", "Leakage", "Residue or branding",
      "Unattributed figures", "Failed");

  /** A site's page counts under the names the JSON report and the CSV give them, in column order. */
  static Map<String, Integer> siteCounts(SiteRollup.Site s) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("aiDisclosed", s.aiDisclosed());
    m.put("aiSuspected", s.aiSuspected());
    m.put("leakage", s.leakage());
    m.put("residueOrBranding", s.residueOrBranding());
    m.put("unattributedClaims", s.unattributedClaims());
    m.put("failed", s.failed());
    return m;
  }

  /** Findings per rule over the whole batch, by rule id; suppressed findings are not counted. */
  static Map<String, Integer> findingsByRule(ReportBatch batch) {
    Map<String, Integer> out = new TreeMap<>();
    for (Report r : batch.reports()) {
      for (Finding f : r.findings()) {
        out.merge(f.ruleId(), 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Findings per rule in one report, by rule id. */
  static Map<String, Integer> findingsByRule(Report report) {
    Map<String, Integer> out = new TreeMap<>();
    report.findings().forEach(f -> out.merge(f.ruleId(), 1, Integer::sum));
    return Collections.unmodifiableMap(out);
  }

  /** How many of a report's findings have a severity. */
  static int count(Report report, Severity severity) {
    return (int) report.findings().stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * The original text under a location, or {@code null} when there is no source map or the location does not
   * fit in it.
   */
  static String originalText(SourceMap sm, Location loc) {
    if (sm == null) {
      return null;
    }
    int start = sm.originalOffset(loc.line(), loc.column());
    int end = sm.originalOffset(loc.endLine(), loc.endColumn());
    return start < 0 || end < start ? null : sm.original().substring(start, end);
  }

  /**
   * Whether a suggestion can be applied as a literal edit of the original input: the region's original text
   * must be exactly the finding's excerpt (no markup, entities or escapes inside it), and the replacement must
   * need no escaping in the input's format. Anything else would corrupt the file, so it is not offered as a fix.
   */
  static boolean literalFix(Report report, Finding f, Suggestion s, SourceMap sm) {
    String original = originalText(sm, f.location());
    if (original == null || original.isEmpty() || !original.equals(f.excerpt())) {
      return false;
    }
    Format fmt = report.format();
    String r = s.replacement();
    if (fmt == Format.HTML) {
      return r.chars().noneMatch(c -> c == '<' || c == '>' || c == '&');
    }
    if (fmt == Format.JSON) {
      return r.chars().noneMatch(c -> c == '"' || c == '\\' || c < 0x20);
    }
    return true;
  }

  /** The source as a URI reference: relative paths stay relative, with characters outside RFC 3986 encoded. */
  static String uri(String source) {
    String path = source.replace('\\', '/');
    String prefix = "";
    if (path.matches("[A-Za-z]:/.*")) {
      prefix = "file:///";
    }
    StringBuilder sb = new StringBuilder(prefix);
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0 || (c == ':' && !prefix.isEmpty());
      if (keep) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  /** Writes JSON with the layout of the JSON report: two-space indent, {@code "key": value}, a final newline. */
  static void writeJson(JsonNode root, Appendable out) throws IOException {
    StringWriter sw = new StringWriter();
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(sw)) {
      g.setPrettyPrinter(pp);
      MAPPER.writeTree(g, root);
    }
    out.append(sw.toString()).append('\n');
  }
}
