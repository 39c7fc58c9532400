package org.copydesk.internal.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.copydesk.report.Baseline;
import org.copydesk.report.Claim;
import org.copydesk.report.Fingerprint;
import org.copydesk.report.Suppressed;
import org.copydesk.report.Deduction;
import org.copydesk.report.Finding;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Provenance;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.SiteRollup;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Category;
import org.copydesk.rule.Suggestion;

/**
 * The JSON report, schema {@value #SCHEMA_VERSION} ({@code docs/report-schema.json}). Keys are written in a
 * fixed order and numbers with fixed rounding, so the same batch gives the same bytes.
 */
public final class JsonReportWriter implements ReportWriter {
  public static final String SCHEMA_VERSION = "1.4";
  private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @Override
  public String name() {
    return "json";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "copydesk");
    tool.put("version", batch.toolVersion());
    root.put("ruleSetVersion", batch.ruleSetVersion());
    ArrayNode reports = root.putArray("reports");
    for (Report r : batch.reports()) {
      reports.add(report(r));
    }
    ArrayNode failures = root.putArray("inputErrors");
    for (ReportBatch.InputFailure f : batch.failures()) {
      failures.addObject().put("source", f.source()).put("message", f.message());
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("articles", batch.reports().size());
    summary.put("pass", batch.count(Verdict.PASS));
    summary.put("warn", batch.count(Verdict.WARN));
    summary.put("fail", batch.count(Verdict.FAIL));
    summary.put("unreadable", batch.failures().size());
    ObjectNode byRule = summary.putObject("findingsByRule");
    Formats.findingsByRule(batch).forEach(byRule::put);
    if (batch.sites() != null) {
      ArrayNode sites = summary.putArray("sites");
      for (SiteRollup.Site site : batch.sites().sites()) {
        sites.add(site(site));
      }
    }
    if (batch.baseline() != null) {
      Baseline.Summary b = batch.baseline();
      ObjectNode bn = root.putObject("baseline");
      bn.put("file", b.file());
      bn.put("new", b.newFindings());
      bn.put("known", b.known());
      ArrayNode fixed = bn.putArray("fixed");
      for (Baseline.Entry e : b.fixed()) {
        fixed.addObject().put("source", e.source()).put("ruleId", e.ruleId()).put("fingerprint", e.fingerprint())
            .put("excerpt", e.excerpt()).put("line", e.line());
      }
    }
    Formats.writeJson(root, out);
  }

  private static ObjectNode report(Report r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("source", r.source());
    n.put("format", r.format().id());
    if (r.title() != null) {
      n.put("title", r.title());
    } else {
      n.putNull("title");
    }
    n.put("language", r.language());
    n.put("verdict", r.verdict().id());
    ObjectNode score = n.putObject("score");
    score.put("overall", r.score().overall());
    ObjectNode cats = score.putObject("categories");
    for (Map.Entry<Category, Integer> e : r.score().categories().entrySet()) {
      cats.put(e.getKey().id(), e.getValue());
    }
    ArrayNode deds = score.putArray("deductions");
    for (Deduction d : r.score().deductions()) {
      ObjectNode dn = deds.addObject();
      dn.put("ruleId", d.ruleId());
      dn.put("category", d.category().id());
      dn.put("points", d.points());
      dn.put("capped", d.capped());
      ArrayNode ids = dn.putArray("findings");
      d.findings().forEach(i -> ids.add(findingId(i)));
    }
    ObjectNode prov = n.putObject("provenance");
    Provenance p = r.provenance();
    prov.put("aiUse", p.aiUse().id());
    if (p.kind() != null) {
      prov.put("kind", p.kind());
    } else {
      prov.putNull("kind");
    }
    prov.put("humanReview", p.humanReview().id());
    ArrayNode pev = prov.putArray("evidence");
    p.evidence().forEach(i -> pev.add(findingId(i)));
    ObjectNode sig = prov.putObject("signals");
    p.signals().forEach(sig::put);
    ArrayNode fs = n.putArray("findings");
    List<String> fps = Fingerprint.of(r);
    for (int i = 0; i < r.findings().size(); i++) {
      fs.add(finding(findingId(i), r.findings().get(i), fps.get(i)));
    }
    ArrayNode sup = n.putArray("suppressed");
    List<String> offFps = Fingerprint.ofSuppressed(r);
    for (int i = 0; i < offFps.size(); i++) {
      Suppressed s = r.suppressed().get(i);
      ObjectNode sn = finding("S" + (i + 1), s.finding(), offFps.get(i));
      ObjectNode how = sn.putObject("suppression");
      how.put("directive", s.directive());
      if (s.reason() != null) {
        how.put("reason", s.reason());
      } else {
        how.putNull("reason");
      }
      how.put("line", s.line());
      sup.add(sn);
    }
    ArrayNode claims = n.putArray("claims");
    for (Claim c : r.claims()) {
      claims.add(claim(c));
    }
    ArrayNode errs = n.putArray("errors");
    for (ProcessingError e : r.errors()) {
      errs.addObject().put("ruleId", e.ruleId()).put("message", e.message());
    }
    return n;
  }

  private static ObjectNode site(SiteRollup.Site s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("site", s.site());
    n.put("pages", s.pages());
    Map<String, Integer> counts = Formats.siteCounts(s);
    counts.forEach(n::put);
    ObjectNode shares = n.putObject("shares");
    counts.forEach((k, v) -> shares.put(k, Math.round(s.share(v) * 1000) / 1000.0));
    n.put("meanScore", Math.round(s.meanScore() * 10) / 10.0);
    ArrayNode worst = n.putArray("worstPages");
    for (SiteRollup.Page p : s.worstPages()) {
      worst.addObject().put("source", p.source()).put("score", p.score()).put("verdict", p.verdict().id());
    }
    return n;
  }

  private static ObjectNode claim(Claim c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("text", c.text());
    n.put("status", c.status().id());
    n.put("kind", c.kind());
    nullable(n, "hedge", c.hedge());
    nullable(n, "attribution", c.attribution());
    ObjectNode loc = n.putObject("location");
    loc.put("line", c.location().line());
    loc.put("column", c.location().column());
    loc.put("endLine", c.location().endLine());
    loc.put("endColumn", c.location().endColumn());
    ObjectNode span = n.putObject("span");
    span.put("start", c.span().start());
    span.put("end", c.span().end());
    n.put("sentence", c.sentence());
    nullable(n, "note", c.note());
    return n;
  }

  private static void nullable(ObjectNode n, String key, String value) {
    if (value != null) {
      n.put(key, value);
    } else {
      n.putNull(key);
    }
  }

  /** Stable id of a finding within its report. */
  static String findingId(int index) {
    return "F" + (index + 1);
  }

  private static ObjectNode finding(String id, Finding f, String fingerprint) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", id);
    n.put("fingerprint", fingerprint);
    n.put("ruleId", f.ruleId());
    n.put("category", f.category().id());
    n.put("severity", f.severity().id());
    n.put("confidence", f.confidence());
    n.put("message", f.message());
    ObjectNode loc = n.putObject("location");
    loc.put("line", f.location().line());
    loc.put("column", f.location().column());
    loc.put("endLine", f.location().endLine());
    loc.put("endColumn", f.location().endColumn());
    ObjectNode span = n.putObject("span");
    span.put("start", f.span().start());
    span.put("end", f.span().end());
    n.put("excerpt", f.excerpt());
    ArrayNode sugg = n.putArray("suggestions");
    for (Suggestion s : f.suggestions()) {
      sugg.addObject().put("replacement", s.replacement()).put("label", s.label());
    }
    ObjectNode ev = n.putObject("evidence");
    f.evidence().forEach(ev::put);
    return n;
  }
}
