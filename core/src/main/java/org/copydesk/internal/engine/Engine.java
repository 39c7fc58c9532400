package org.copydesk.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.copydesk.analysis.Analysis;
import org.copydesk.article.Article;
import org.copydesk.article.Position;
import org.copydesk.article.SourceMap;
import org.copydesk.article.Span;
import org.copydesk.report.Claim;
import org.copydesk.report.Finding;
import org.copydesk.report.Location;
import org.copydesk.report.Policy;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Provenance;
import org.copydesk.report.Report;
import org.copydesk.report.Score;
import org.copydesk.report.Suppressed;
import org.copydesk.report.Verdict;
import org.copydesk.rule.HouseLexicon;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleContext.ClaimBuilder;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;

/** Runs the enabled rules over one article and builds its report. Immutable and thread-safe. */
public final class Engine {
  private final List<Rule> rules;
  private final Policy policy;
  private final String ruleSetVersion;
  private final int maxFindingsPerRule;

  /** An engine that reports at most {@link org.copydesk.article.Limits#DEFAULT_MAX_FINDINGS_PER_RULE} per rule. */
  public Engine(List<Rule> rules, Policy policy, String ruleSetVersion) {
    this(rules, policy, ruleSetVersion, org.copydesk.article.Limits.DEFAULT_MAX_FINDINGS_PER_RULE);
  }

  /**
   * An engine.
   *
   * @param maxFindingsPerRule the most findings a rule reports on one article; beyond that they are counted, left
   *     out, and the count is reported as a {@link ProcessingError} of the rule
   */
  public Engine(List<Rule> rules, Policy policy, String ruleSetVersion, int maxFindingsPerRule) {
    if (maxFindingsPerRule < 1) {
      throw new IllegalArgumentException("maxFindingsPerRule: expected at least 1, got " + maxFindingsPerRule);
    }
    this.maxFindingsPerRule = maxFindingsPerRule;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.ruleSetVersion = Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (byId.put(r.id(), r) != null) {
        throw new IllegalArgumentException("two rules share the id " + r.id());
      }
    }
    this.rules = List.copyOf(byId.values());
  }

  /**
   * Audits one article.
   *
   * @throws CancellationException when the calling thread is interrupted: the audit stops before the next rule
   *     (a rule that has started finishes first) and the thread's interrupt status stays set
   */
  public Report audit(Article article) {
    return audit(article, null);
  }

  /**
   * Audits one article against the original it was written from ({@code null} for none), which rules that
   * compare the two see through {@link RuleContext#source()}.
   *
   * @throws CancellationException as {@link #audit(Article)}
   */
  public Report audit(Article article, Article source) {
    Analysis analysis = new Analysis(article);
    Analysis sourceAnalysis = source == null ? null : new Analysis(source);
    List<Claim> claims = new ArrayList<>();
    List<Finding> found = new ArrayList<>();
    Map<String, Double> signals = new java.util.TreeMap<>();
    List<ProcessingError> errors = new ArrayList<>();
    for (Rule rule : rules) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException("the audit of " + article.source() + " was interrupted");
      }
      if (!policy.enabled(rule.id())) {
        continue;
      }
      Context ctx = new Context(rule, article, analysis, source, sourceAnalysis);
      try {
        rule.check(article, ctx);
      } catch (RuntimeException | StackOverflowError e) {
        errors.add(new ProcessingError(rule.id(), e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        continue;
      }
      found.addAll(ctx.findings);
      claims.addAll(ctx.claims);
      signals.putAll(ctx.signals);
      if (ctx.leftOut > 0) {
        errors.add(new ProcessingError(rule.id(), "too many findings: reported the first " + maxFindingsPerRule
            + " and left out " + ctx.leftOut + " more; the max findings per rule per article is "
            + maxFindingsPerRule));
      }
    }
    List<Finding> findings = new ArrayList<>(found);
    findings.sort(Finding.ORDER);
    List<Finding> live = new ArrayList<>();
    List<Suppressed> suppressed = suppressions(article).apply(findings, live);
    Score score = Score.of(live, policy);
    Verdict verdict = Report.verdict(live, score, policy);
    return new Report(article.source(), article.format(), article.metadata().title(), analysis.language(),
        live, score, verdict, errors, ruleSetVersion, Provenance.of(live, suppressed, signals), suppressed,
        overlapsMerged(claims));
  }

  /**
   * One claim per figure: claims of several rules about the same or overlapping text ("more than 40%" and "40%")
   * become one, in document order, as {@link Claim#merge} merges them (claims of one span in the order the rules
   * ran, the sort being stable).
   */
  private static List<Claim> overlapsMerged(java.util.Collection<Claim> claims) {
    List<Claim> sorted = claims.stream().sorted(Claim.ORDER).toList();
    List<Claim> out = new ArrayList<>();
    Claim current = null;
    for (Claim c : sorted) {
      // only what overlaps the merged claim's own wording joins it, so a chain of overlaps cannot fold a figure
      // into a claim whose text does not cover it
      if (current != null && c.span().start() < current.span().end()) {
        current = current.merge(c);
        continue;
      }
      if (current != null) {
        out.add(current);
      }
      current = c;
    }
    if (current != null) {
      out.add(current);
    }
    return out;
  }

  /** Inline suppressions are read from comments, which only Markdown and HTML have. */
  private static Suppressions suppressions(Article article) {
    return switch (article.format()) {
      case MARKDOWN, HTML -> Suppressions.parse(article.sourceMap());
      default -> Suppressions.NONE;
    };
  }

  private final class Context implements RuleContext {
    private final Rule rule;
    private final Article article;
    private final Analysis analysis;
    private final Article source;
    private final Analysis sourceAnalysis;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final Map<String, Double> signals = new LinkedHashMap<>();
    /** Spans already reported: a second finding of this rule on the same span is dropped. */
    private final Set<Long> seen = new HashSet<>();
    /** Findings over {@link #maxFindingsPerRule}, counted and not kept, so a rule's memory stays bounded. */
    private int leftOut;

    Context(Rule rule, Article article, Analysis analysis, Article source, Analysis sourceAnalysis) {
      this.rule = rule;
      this.article = article;
      this.analysis = analysis;
      this.source = source;
      this.sourceAnalysis = sourceAnalysis;
    }

    @Override
    public java.util.Optional<Article> source() {
      return java.util.Optional.ofNullable(source);
    }

    @Override
    public java.util.Optional<Analysis> sourceAnalysis() {
      return java.util.Optional.ofNullable(sourceAnalysis);
    }

    @Override
    public ClaimBuilder claim(Span span, String kind, Claim.Status status) {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(status, "status");
      if (span.end() > article.text().length() || span.length() == 0) {
        throw new IllegalArgumentException(rule.id() + ": claim span " + span + " is empty or outside the text");
      }
      return new ClaimBuilder() {
        private String hedge;
        private String attribution;
        private String note;
        private boolean emitted;

        @Override
        public ClaimBuilder hedge(String h) {
          hedge = h;
          return this;
        }

        @Override
        public ClaimBuilder attribution(String a) {
          attribution = a;
          return this;
        }

        @Override
        public ClaimBuilder note(String n) {
          note = n;
          return this;
        }

        @Override
        public void emit() {
          if (emitted) {
            throw new IllegalStateException(rule.id() + ": claim emitted twice");
          }
          emitted = true;
          if (claims.size() >= maxFindingsPerRule) {
            return; // bounded like findings; the findings' own cap reports the overflow
          }
          SourceMap sm = article.sourceMap();
          Position start = sm.start(span.start());
          Position end = sm.end(span);
          org.copydesk.analysis.Sentence s = analysis.sentenceAt(span.start());
          claims.add(new Claim(article.text(span), span,
              new Location(start.line(), start.column(), end.line(), end.column()), kind, hedge, status,
              attribution, s == null ? article.text(span) : s.text(), note));
        }
      };
    }

    @Override
    public Article article() {
      return article;
    }

    @Override
    public Analysis analysis() {
      return analysis;
    }

    @Override
    public HouseLexicon lexicon() {
      return policy.lexicon();
    }

    @Override
    public void measure(String name, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(rule.id() + ": measurement " + name + " is not a finite number");
      }
      signals.put(Objects.requireNonNull(name, "name"), Math.round(value * 100) / 100.0);
    }

    @Override
    public FindingBuilder report(Span span) {
      Objects.requireNonNull(span, "span");
      if (span.end() > article.text().length() || span.length() == 0) {
        throw new IllegalArgumentException(rule.id() + ": span " + span + " is empty or outside the text");
      }
      return new Builder(span);
    }

    private final class Builder implements FindingBuilder {
      private final Span span;
      private String message;
      private double confidence = 1.0;
      private Severity severity;
      private final List<Suggestion> suggestions = new ArrayList<>();
      private final Map<String, String> evidence = new LinkedHashMap<>();
      private boolean emitted;

      Builder(Span span) {
        this.span = span;
      }

      @Override
      public FindingBuilder message(String m) {
        this.message = m;
        return this;
      }

      @Override
      public FindingBuilder confidence(double c) {
        if (!(c >= 0 && c <= 1)) {
          throw new IllegalArgumentException(rule.id() + ": confidence " + c + " not in [0, 1]");
        }
        this.confidence = c;
        return this;
      }

      @Override
      public FindingBuilder severity(Severity s) {
        this.severity = s;
        return this;
      }

      @Override
      public FindingBuilder suggest(Suggestion s) {
        suggestions.add(Objects.requireNonNull(s, "suggestion"));
        return this;
      }

      @Override
      public FindingBuilder evidence(String key, String value) {
        evidence.put(key, value);
        return this;
      }

      @Override
      public void emit() {
        if (emitted) {
          throw new IllegalStateException(rule.id() + ": finding emitted twice");
        }
        if (message == null || message.isBlank()) {
          throw new IllegalStateException(rule.id() + ": finding without a message");
        }
        emitted = true;
        double conf = Math.round(confidence * 100) / 100.0;
        if (conf < policy.minConfidence() || !seen.add(((long) span.start() << 32) | span.end())) {
          return; // below the policy's confidence, or a duplicate: not a finding
        }
        if (findings.size() >= maxFindingsPerRule) {
          leftOut++;
          return;
        }
        Severity base = severity != null ? severity : rule.descriptor().defaultSeverity();
        Severity sev = policy.severity(rule.id(), base);
        SourceMap sm = article.sourceMap();
        Position start = sm.start(span.start());
        Position end = sm.end(span);
        Location loc = new Location(start.line(), start.column(), end.line(), end.column());
        findings.add(new Finding(rule.id(), rule.descriptor().category(), sev, conf, message, span, loc,
            article.text(span), suggestions, evidence));
      }
    }
  }
}
