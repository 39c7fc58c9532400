package org.copydesk.internal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.copydesk.Copydesk;
import org.copydesk.article.SourceMap;
import org.copydesk.report.Finding;
import org.copydesk.report.Fingerprint;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.Suppressed;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.RulePack;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;

/**
 * SARIF 2.1.0, the format GitHub code scanning and other CI tools read: one run whose driver lists the rules,
 * a result per finding (suppressed findings too, marked {@code inSource}), literal fixes for suggestions, and
 * unreadable inputs and failed rules as tool execution notifications. Columns are in Unicode code points
 * ({@code columnKind}). Keys, rules and results come in a fixed order and nothing depends on the clock, so the
 * same batch gives the same bytes. The driver has no {@code informationUri}: the project publishes no home page
 * yet.
 *
 * <p>Rule metadata (summary, description, rationale, default severity) comes from the rule packs found with
 * {@link ServiceLoader}, as {@link Copydesk.Builder#build()} finds them; a rule id seen in the batch but in no
 * pack is listed with its id and category only.
 */
public final class SarifReportWriter implements ReportWriter {
  static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** The key of Copydesk's fingerprint in {@code partialFingerprints}; bump with the fingerprint's recipe. */
  static final String FINGERPRINT_KEY = "copydesk/v1";

  private final Supplier<Map<String, RuleDescriptor>> descriptors;

  /** A writer describing the rules of the packs on the class path. */
  public SarifReportWriter() {
    this.descriptors = Discovered::get;
  }

  /** A writer describing exactly these rules. */
  public SarifReportWriter(Collection<RuleDescriptor> rules) {
    Map<String, RuleDescriptor> m = new TreeMap<>();
    rules.forEach(d -> m.put(d.id(), d));
    Map<String, RuleDescriptor> copy = java.util.Collections.unmodifiableMap(m);
    this.descriptors = () -> copy;
  }

  /** Rule descriptors of the discovered packs, loaded once. */
  private static final class Discovered {
    private static final Map<String, RuleDescriptor> ALL = load();

    static Map<String, RuleDescriptor> get() {
      return ALL;
    }

    private static Map<String, RuleDescriptor> load() {
      Map<String, RuleDescriptor> m = new TreeMap<>();
      for (RulePack p : ServiceLoader.load(RulePack.class, Copydesk.class.getClassLoader())) {
        for (Rule r : p.rules()) {
          m.putIfAbsent(r.id(), r.descriptor());
        }
      }
      return java.util.Collections.unmodifiableMap(m);
    }
  }

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    Map<String, Category> rules = rules(batch);
    List<String> ruleIds = new ArrayList<>(rules.keySet());

    ObjectNode root = Formats.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA_URI);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "copydesk");
    driver.put("version", batch.toolVersion());
    ArrayNode ruleNodes = driver.putArray("rules");
    rules.forEach((id, category) -> ruleNodes.add(rule(id, category, descriptors.get().get(id))));

    ObjectNode invocation = run.putArray("invocations").addObject();
    ArrayNode notes = Formats.MAPPER.createArrayNode();
    for (ReportBatch.InputFailure f : batch.failures()) {
      ObjectNode n = notes.addObject();
      n.put("level", "error");
      n.putObject("message").put("text", f.message());
      n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
          .put("uri", Formats.uri(f.source()));
      n.putObject("descriptor").put("id", "copydesk.input-error");
    }
    for (Report r : batch.reports()) {
      for (ProcessingError e : r.errors()) {
        ObjectNode n = notes.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", e.message());
        n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
            .put("uri", Formats.uri(r.source()));
        n.putObject("descriptor").put("id", "copydesk.rule-failure");
        ObjectNode assoc = n.putObject("associatedRule").put("id", e.ruleId());
        if (ruleIds.contains(e.ruleId())) {
          assoc.put("index", ruleIds.indexOf(e.ruleId()));
        }
      }
    }
    invocation.put("executionSuccessful", notes.isEmpty());
    if (!notes.isEmpty()) {
      invocation.set("toolExecutionNotifications", notes);
    }
    run.put("columnKind", "unicodeCodePoints");

    ArrayNode results = run.putArray("results");
    for (Report r : batch.reports()) {
      SourceMap sm = batch.sources().get(r.source());
      List<String> prints = Fingerprint.of(r);
      for (int i = 0; i < r.findings().size(); i++) {
        results.add(result(r, r.findings().get(i), prints.get(i), ruleIds, sm));
      }
      List<Finding> suppressed = r.suppressed().stream().map(Suppressed::finding).toList();
      List<String> suppressedPrints = Fingerprint.ofSuppressed(r);
      for (int i = 0; i < suppressed.size(); i++) {
        Suppressed s = r.suppressed().get(i);
        ObjectNode res = result(r, s.finding(), suppressedPrints.get(i), ruleIds, sm);
        ObjectNode sup = res.putArray("suppressions").addObject();
        // Comments in the article are "inSource"; a baseline file or --changed-since is "external".
        boolean inSource = !s.directive().equals("baseline") && !s.directive().equals("unchanged");
        sup.put("kind", inSource ? "inSource" : "external");
        if (s.reason() != null) {
          sup.put("justification", s.reason());
        }
        sup.putObject("properties").put("directive", s.directive()).put("line", s.line());
        results.add(res);
      }
    }
    run.set("properties", summary(batch));
    Formats.writeJson(root, out);
  }

  /** Every rule to list, by id: the described ones, then any other id the batch mentions. */
  private Map<String, Category> rules(ReportBatch batch) {
    Map<String, Category> out = new TreeMap<>();
    descriptors.get().forEach((id, d) -> out.put(id, d.category()));
    for (Report r : batch.reports()) {
      r.findings().forEach(f -> out.putIfAbsent(f.ruleId(), f.category()));
      r.suppressed().forEach(s -> out.putIfAbsent(s.finding().ruleId(), s.finding().category()));
      r.errors().forEach(e -> out.putIfAbsent(e.ruleId(), null));
    }
    return out;
  }

  private static ObjectNode rule(String id, Category category, RuleDescriptor d) {
    ObjectNode n = Formats.MAPPER.createObjectNode();
    n.put("id", id);
    if (d != null) {
      n.putObject("shortDescription").put("text", d.summary());
      n.putObject("fullDescription").put("text", d.description().isBlank() ? d.summary() : d.description());
      n.putObject("help").put("text", help(d, false)).put("markdown", help(d, true));
      n.putObject("defaultConfiguration").put("level", level(d.defaultSeverity()));
    }
    if (category != null) {
      ObjectNode p = n.putObject("properties");
      p.put("category", category.id());
      p.putArray("tags").add(category.id());
    }
    return n;
  }

  private static String help(RuleDescriptor d, boolean markdown) {
    StringBuilder sb = new StringBuilder(d.summary());
    if (!d.description().isBlank()) {
      sb.append("\n\n").append(d.description());
    }
    if (!d.rationale().isBlank()) {
      sb.append("\n\n").append(markdown ? "**Why:** " : "Why: ").append(d.rationale());
    }
    for (RuleDescriptor.Example e : d.examples()) {
      String label = e.flagged() ? "Flagged" : "Not flagged";
      sb.append("\n\n").append(markdown ? "**" + label + ":** " : label + ": ")
          .append(markdown ? MarkdownReportWriter.escape(e.text()) : e.text());
    }
    return sb.toString();
  }

  static String level(Severity s) {
    switch (s) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  private static ObjectNode result(Report r, Finding f, String fingerprint, List<String> ruleIds, SourceMap sm) {
    ObjectNode n = Formats.MAPPER.createObjectNode();
    n.put("ruleId", f.ruleId());
    n.put("ruleIndex", ruleIds.indexOf(f.ruleId()));
    n.put("level", level(f.severity()));
    n.putObject("message").put("text", f.message());
    String uri = Formats.uri(r.source());
    ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri);
    ObjectNode region = region(physical.putObject("region"), f);
    String original = Formats.originalText(sm, f.location());
    region.putObject("snippet").put("text", original != null ? original : f.excerpt());
    n.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint);
    ArrayNode fixes = Formats.MAPPER.createArrayNode();
    for (Suggestion s : f.suggestions()) {
      if (!Formats.literalFix(r, f, s, sm)) {
        continue;
      }
      ObjectNode fix = fixes.addObject();
      fix.putObject("description").put("text", s.label());
      ObjectNode change = fix.putArray("artifactChanges").addObject();
      change.putObject("artifactLocation").put("uri", uri);
      ObjectNode replacement = change.putArray("replacements").addObject();
      region(replacement.putObject("deletedRegion"), f);
      if (!s.isDeletion()) {
        replacement.putObject("insertedContent").put("text", s.replacement());
      }
    }
    if (!fixes.isEmpty()) {
      n.set("fixes", fixes);
    }
    ObjectNode props = n.putObject("properties");
    props.put("category", f.category().id());
    props.put("confidence", f.confidence());
    if (!f.suggestions().isEmpty()) {
      ArrayNode labels = props.putArray("suggestions");
      f.suggestions().forEach(s -> labels.add(s.label()));
    }
    if (!f.evidence().isEmpty()) {
      ObjectNode ev = props.putObject("evidence");
      f.evidence().forEach(ev::put);
    }
    return n;
  }

  private static ObjectNode region(ObjectNode region, Finding f) {
    region.put("startLine", f.location().line());
    region.put("startColumn", f.location().column());
    region.put("endLine", f.location().endLine());
    region.put("endColumn", f.location().endColumn());
    return region;
  }

  /** The batch summary, in the run's property bag. */
  private static ObjectNode summary(ReportBatch batch) {
    ObjectNode p = Formats.MAPPER.createObjectNode();
    p.put("ruleSetVersion", batch.ruleSetVersion());
    ArrayNode articles = p.putArray("articles");
    for (Report r : batch.reports()) {
      ObjectNode a = articles.addObject();
      a.put("source", r.source());
      a.put("verdict", r.verdict().id());
      a.put("score", r.score().overall());
      ObjectNode cats = a.putObject("categories");
      r.score().categories().forEach((c, v) -> cats.put(c.id(), v));
      a.put("findings", r.findings().size());
      a.put("suppressed", r.suppressed().size());
    }
    ObjectNode totals = p.putObject("totals");
    totals.put("articles", batch.reports().size());
    totals.put("pass", batch.count(Verdict.PASS));
    totals.put("warn", batch.count(Verdict.WARN));
    totals.put("fail", batch.count(Verdict.FAIL));
    totals.put("unreadable", batch.failures().size());
    ObjectNode byRule = totals.putObject("findingsByRule");
    Formats.findingsByRule(batch).forEach(byRule::put);
    return p;
  }
}
