package org.copydesk.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.SourceMap;
import org.copydesk.report.Policy;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.rule.RuleDescriptor;

/**
 * What the service does with a request once it is read: picks the auditor for the request's policy, reads each
 * article and audits it. No HTTP here. Thread-safe.
 */
final class AuditService {
  /** Distinct request policies whose auditors are kept. */
  private static final int CACHED_POLICIES = 32;

  private final Copydesk base;
  private final List<String> ruleIds;
  private final String toolVersion;
  private final Metrics metrics;
  private final Map<Policy, Copydesk> byPolicy = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Policy, Copydesk> eldest) {
          return size() > CACHED_POLICIES;
        }
      });

  /**
   * A request's policy as JSON text with every value on a line of its own (which the policy reader takes, JSON
   * being YAML), and the JSON pointer of each line, to turn the reader's {@code policy:LINE:COL:} into the place
   * in the request. Everything outside ASCII is written as a {@code \\u} escape, which reads the same in YAML.
   */
  static final class PolicyLines {
    private static final ObjectMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final Pattern LOCATED = Pattern.compile("policy:(\\d+):\\d+: (.*)", Pattern.DOTALL);
    private final StringBuilder text = new StringBuilder();
    private final List<String> pointers = new ArrayList<>();

    PolicyLines(JsonNode policy) {
      line("", "", policy, "/policy", false);
    }

    String text() {
      return text.toString();
    }

    /** A reader's message with its line turned into the JSON pointer of the value there. */
    String locate(String message) {
      Matcher m = LOCATED.matcher(message);
      if (!m.matches()) {
        return message;
      }
      int line = Integer.parseInt(m.group(1));
      String pointer = line >= 1 && line <= pointers.size() ? pointers.get(line - 1) : "/policy";
      return pointer + ": " + m.group(2);
    }

    private void line(String indent, String key, JsonNode n, String pointer, boolean comma) {
      String end = comma ? "," : "";
      if (n.isContainerNode() && !n.isEmpty()) {
        add(indent + key + (n.isObject() ? "{" : "["), pointer);
        int i = 0;
        for (var it = n.fields(); n.isObject() && it.hasNext(); i++) {
          var e = it.next();
          line(indent + "  ", scalar(TextNode.valueOf(e.getKey())) + ": ", e.getValue(),
              pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), i < n.size() - 1);
        }
        for (int j = 0; n.isArray() && j < n.size(); j++) {
          line(indent + "  ", "", n.get(j), pointer + "/" + j, j < n.size() - 1);
        }
        add(indent + (n.isObject() ? "}" : "]") + end, pointer);
      } else {
        add(indent + key + scalar(n) + end, pointer);
      }
    }

    private void add(String line, String pointer) {
      text.append(line).append('\n');
      pointers.add(pointer);
    }

    private static String scalar(JsonNode n) {
      try {
        return ASCII.writeValueAsString(n).replace("\u007f", "\\u007F"); // DEL: YAML takes it escaped only
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e); // a tree that was just parsed can be written
      }
    }
  }

  /**
   * One article of a request.
   *
   * @param original the original it is checked against (a wire story it was rewritten from), or {@code null}
   */
  record Input(byte[] bytes, Format format, String source, Original original) {
    Input(byte[] bytes, Format format, String source) {
      this(bytes, format, source, null);
    }
  }

  /** The original an article is checked against, in its format ({@code null}: detected). */
  record Original(byte[] bytes, Format format) {}

  AuditService(Copydesk base, String toolVersion, Metrics metrics) {
    this.base = base;
    this.ruleIds = base.rules().stream().map(RuleDescriptor::id).toList();
    this.toolVersion = toolVersion;
    this.metrics = metrics;
  }

  Copydesk base() {
    return base;
  }

  /**
   * The auditor for a request: the server's, or one with the request's policy settings over the server's (the
   * same rules, including any pack the server's auditor was built with). An invalid policy is a 422 whose message
   * starts with the JSON pointer of the wrong value in the request body ({@code /policy/rules/x/severity: ...}).
   *
   * @param policy the request's {@code policy} object, or {@code null}
   */
  Copydesk auditor(JsonNode policy) throws ApiError {
    if (policy == null || policy.isNull() || policy.isObject() && policy.isEmpty()) {
      return base;
    }
    if (!policy.isObject()) {
      throw new ApiError(422, "invalid_policy", "/policy: expected an object of policy settings (failOn, rules, "
          + "lexicon, ...), as in copydesk.yaml");
    }
    PolicyLines lines = new PolicyLines(policy);
    Copydesk c;
    try {
      Policy p = base.policy().overlay(lines.text(), "policy", ruleIds);
      c = byPolicy.get(p);
      if (c == null) {
        c = base.withPolicy(p);
        byPolicy.put(p, c);
      }
    } catch (IllegalArgumentException e) {
      throw new ApiError(422, "invalid_policy", lines.locate(e.getMessage()));
    }
    return c;
  }

  /**
   * Reads and audits the inputs in order; an unreadable one becomes an input error of the batch.
   *
   * @throws java.util.concurrent.CancellationException when the thread is interrupted (the request timed out)
   */
  ReportBatch audit(Copydesk auditor, List<Input> inputs) {
    List<Report> reports = new ArrayList<>();
    List<ReportBatch.InputFailure> failures = new ArrayList<>();
    Map<String, SourceMap> sources = new LinkedHashMap<>();
    for (Input in : inputs) {
      if (Thread.currentThread().isInterrupted()) {
        throw new java.util.concurrent.CancellationException("the request timed out");
      }
      Article article;
      try {
        article = Articles.read(new ByteArrayInputStream(in.bytes()), in.format(), in.source(), auditor.limits());
      } catch (InvalidInputException e) {
        failures.add(new ReportBatch.InputFailure(in.source(), e.getMessage()));
        continue;
      }
      Article original = null;
      if (in.original() != null) {
        try {
          original = Articles.read(new ByteArrayInputStream(in.original().bytes()), in.original().format(),
              in.source() + " (original)", auditor.limits());
        } catch (InvalidInputException e) {
          failures.add(new ReportBatch.InputFailure(in.source(), "original: " + e.getMessage()));
          continue;
        }
      }
      long t0 = System.nanoTime();
      Report r = original == null ? auditor.audit(article) : auditor.audit(article, original);
      metrics.audited(r, System.nanoTime() - t0);
      reports.add(r);
      sources.put(article.source(), article.sourceMap());
    }
    return new ReportBatch(toolVersion, auditor.ruleSetVersion(), reports, failures, sources);
  }

  /** {@code GET /v1/rules}: every rule with its settings under the server's policy. */
  ObjectNode rules(ObjectNode root) {
    root.put("ruleSetVersion", base.ruleSetVersion());
    var list = root.putArray("rules");
    for (RuleDescriptor d : base.rules()) {
      summary(list.addObject(), d);
    }
    return root;
  }

  /** {@code GET /v1/rules/{id}}: one rule in full, or {@code null} when there is no such rule. */
  ObjectNode rule(ObjectNode root, String id) {
    RuleDescriptor d = base.rule(id).orElse(null);
    if (d == null) {
      return null;
    }
    summary(root, d);
    root.put("description", d.description());
    root.put("rationale", d.rationale());
    var examples = root.putArray("examples");
    for (RuleDescriptor.Example e : d.examples()) {
      examples.addObject().put("flagged", e.flagged()).put("text", e.text());
    }
    return root;
  }

  private void summary(ObjectNode n, RuleDescriptor d) {
    Policy p = base.policy();
    n.put("id", d.id());
    n.put("category", d.category().id());
    n.put("defaultSeverity", d.defaultSeverity().id());
    n.put("enabled", p.enabled(d.id()));
    n.put("severity", p.severity(d.id(), d.defaultSeverity()).id());
    n.put("summary", d.summary());
  }
}
