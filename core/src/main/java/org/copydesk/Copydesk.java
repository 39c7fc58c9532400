package org.copydesk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Limits;
import org.copydesk.internal.engine.Engine;
import org.copydesk.report.Policy;
import org.copydesk.report.Report;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.RulePack;

/**
 * The way in: build once with a policy, then audit many articles, from any number of threads.
 *
 * <pre>{@code
 * Copydesk copydesk = Copydesk.builder().build();          // built-in rules, default policy
 * Report report = copydesk.audit(Path.of("draft.md"));
 * if (report.verdict() == Verdict.FAIL) { ... }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Copydesk {
  /** The packs' rules, without the policy's house patterns. */
  private final List<Rule> packRules;
  /** The packs' rules and the policy's house patterns, by id. */
  private final List<Rule> rules;
  private final Policy policy;
  private final String ruleSetVersion;
  private final Limits limits;
  private final Engine engine;

  private Copydesk(List<Rule> packRules, Policy policy, String ruleSetVersion, Limits limits) {
    this.packRules = List.copyOf(packRules);
    List<Rule> all = new ArrayList<>(packRules);
    all.addAll(policy.patterns());
    all.sort(Comparator.comparing(Rule::id));
    this.rules = List.copyOf(all);
    this.policy = policy;
    this.ruleSetVersion = ruleSetVersion;
    this.limits = limits;
    this.engine = new Engine(this.rules, policy, ruleSetVersion, limits.maxFindingsPerRule());
  }

  /** A builder with the default policy and the rule packs found on the class path. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Audits an article.
   *
   * @throws java.util.concurrent.CancellationException when the calling thread is interrupted: the audit stops
   *     before its next rule, so a time limit that cancels with {@code Future.cancel(true)} frees the thread
   *     within one rule's time; the interrupt status stays set
   */
  public Report audit(Article article) {
    return engine.audit(Objects.requireNonNull(article, "article"));
  }

  /**
   * Audits a rewrite against the original it was written from: besides the usual rules, the claims rules report
   * numbers, names and quotations of {@code article} that {@code source} does not contain, and numbers it
   * changed, and the report's claims list marks those claims {@code not-in-source}.
   *
   * @throws java.util.concurrent.CancellationException as {@link #audit(Article)}
   */
  public Report audit(Article article, Article source) {
    return engine.audit(Objects.requireNonNull(article, "article"), Objects.requireNonNull(source, "source"));
  }

  /** Reads (within {@link #limits()}) and audits a file; the format comes from its extension or content. */
  public Report audit(Path file) throws InvalidInputException {
    return audit(Articles.read(file, null, limits));
  }

  /**
   * Audits text in a given format ({@code null} to detect it), read within {@link #limits()}; {@code source} names
   * it in the report.
   */
  public Report audit(String content, Format format, String source) throws InvalidInputException {
    return audit(Articles.parse(content, format, source, limits));
  }

  /** The limits of what this instance reads and reports ({@link Limits#defaults()} unless the builder set them). */
  public Limits limits() {
    return limits;
  }

  /**
   * The rules this instance runs (before policy turns any off), by id: the packs' rules and the policy's house
   * patterns ({@link org.copydesk.rule.HousePattern}).
   */
  public List<RuleDescriptor> rules() {
    return rules.stream().map(Rule::descriptor).toList();
  }

  /** The descriptor of a rule, by id. */
  public Optional<RuleDescriptor> rule(String id) {
    return rules().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public Policy policy() {
    return policy;
  }

  /**
   * The same rules (the same packs, built-in or added) under another policy. Cheap: nothing is loaded again, so
   * a service can keep one instance per distinct policy.
   *
   * @throws IllegalArgumentException if the policy configures a rule this instance does not have
   */
  public Copydesk withPolicy(Policy p) {
    Objects.requireNonNull(p, "policy");
    if (p.equals(policy)) {
      return this;
    }
    checkRules(p, packRules);
    return new Copydesk(packRules, p, ruleSetVersion, limits);
  }

  private static void checkRules(Policy policy, List<Rule> packRules) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    packRules.forEach(r -> ids.add(r.id()));
    for (Rule p : policy.patterns()) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("the house pattern " + p.id() + " has the id of a built-in rule; expected"
            + " another name");
      }
    }
    for (String id : policy.rules().keySet()) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException("policy names an unknown rule '" + id + "' (see 'copydesk rules')");
      }
    }
  }

  /** The version of the rule set: each pack's name and version. */
  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  /** Builds {@link Copydesk} instances. Not thread-safe. */
  public static final class Builder {
    private Policy policy = Policy.defaults();
    private final List<RulePack> packs = new ArrayList<>();
    private boolean discover = true;
    private Limits limits = Limits.defaults();

    private Builder() {}

    /**
     * The limits of input size, nesting, line length (for {@link Copydesk#audit(Path)} and
     * {@link Copydesk#audit(String, Format, String)}) and of findings per rule (for every audit); default
     * {@link Limits#defaults()}.
     */
    public Builder limits(Limits l) {
      this.limits = Objects.requireNonNull(l, "limits");
      return this;
    }

    /** The policy to apply. */
    public Builder policy(Policy p) {
      this.policy = Objects.requireNonNull(p, "policy");
      return this;
    }

    /** Adds a rule pack; once any is added, packs are no longer discovered with {@link ServiceLoader}. */
    public Builder addPack(RulePack pack) {
      packs.add(Objects.requireNonNull(pack, "pack"));
      discover = false;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @throws IllegalArgumentException if the policy configures a rule that no pack provides (a typo would
     *     otherwise silently leave the rule running), or has a house pattern with a built-in rule's id
     */
    public Copydesk build() {
      List<RulePack> all = new ArrayList<>(packs);
      if (discover) {
        ServiceLoader.load(RulePack.class, Copydesk.class.getClassLoader()).forEach(all::add);
      }
      all.sort(Comparator.comparing(RulePack::name));
      List<Rule> rules = new ArrayList<>();
      StringBuilder version = new StringBuilder();
      for (RulePack p : all) {
        rules.addAll(p.rules());
        version.append(version.length() == 0 ? "" : "+").append(p.name()).append('-').append(p.version());
      }
      rules.sort(Comparator.comparing(Rule::id));
      checkRules(policy, rules);
      return new Copydesk(rules, policy, version.length() == 0 ? "none" : version.toString(), limits);
    }
  }
}
