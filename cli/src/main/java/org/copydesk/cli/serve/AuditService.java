package org.copydesk.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** One article of a request. */
  record Input(byte[] bytes, Format format, String source) {}

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
   * same rules, including any pack the server's auditor was built with).
   *
   * @param policy the request's {@code policy} object, or {@code null}
   * @param text the policy as the request wrote it, placed so that the positions of its characters are their
   *     line and column in the request body (see {@link CopydeskServer}); error messages point there
   */
  Copydesk auditor(JsonNode policy, String text) throws ApiError {
    if (policy == null || policy.isNull() || policy.isObject() && policy.isEmpty()) {
      return base;
    }
    if (!policy.isObject()) {
      throw new ApiError(422, "invalid_policy", "policy: expected an object of policy settings (failOn, rules, "
          + "lexicon, ...), as in copydesk.yaml");
    }
    Copydesk c;
    try {
      Policy p = base.policy().overlay(text, "policy", ruleIds);
      c = byPolicy.get(p);
      if (c == null) {
        c = base.withPolicy(p);
        byPolicy.put(p, c);
      }
    } catch (IllegalArgumentException e) {
      throw new ApiError(422, "invalid_policy", e.getMessage());
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
      long t0 = System.nanoTime();
      Report r = auditor.audit(article);
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
