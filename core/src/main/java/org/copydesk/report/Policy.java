package org.copydesk.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.copydesk.internal.policy.PolicyDocument;
import org.copydesk.rule.Category;
import org.copydesk.rule.HouseLexicon;
import org.copydesk.rule.HousePattern;
import org.copydesk.rule.Severity;

/**
 * How findings turn into a verdict: which rules run and at what severity, what each finding costs, the
 * thresholds, the house lexicon the rules respect and the house's own pattern rules. Immutable. See {@code docs/policy.md} for the file
 * format ({@code copydesk.yaml}) and the defaults.
 *
 * @param failOn the conditions that fail an article, any one of them enough; empty means never fail
 * @param warnOn a finding at or above this severity makes the verdict at least WARN
 * @param minConfidence findings less confident than this are dropped from the report
 * @param failBelow an overall score below this fails the article, unless {@code failOn} is empty ("never") or
 *     has a {@code score<N} of its own
 * @param warnBelow an overall score below this gives at least WARN
 * @param points points a finding of each severity costs at confidence 1
 * @param ruleCap the most points one rule can cost an article
 * @param rules per-rule settings, by rule id
 * @param categories a weight per category multiplying what that category's findings cost (1 when absent)
 * @param lexicon the house lexicon: terms that are always right and house corrections
 * @param patterns the house patterns, each a rule of its own (at most {@link HousePattern#MAX_PATTERNS}, ids unique)
 */
public record Policy(
    List<FailCondition> failOn,
    Severity warnOn,
    double minConfidence,
    int failBelow,
    int warnBelow,
    Map<Severity, Double> points,
    double ruleCap,
    Map<String, RuleSetting> rules,
    Map<Category, Double> categories,
    HouseLexicon lexicon,
    List<HousePattern> patterns) {

  /**
   * A policy's word on one rule.
   *
   * @param enabled whether it runs
   * @param severity its severity, or {@code null} for the rule's default
   */
  public record RuleSetting(boolean enabled, Severity severity) {}

  /** The largest category weight. */
  public static final double MAX_WEIGHT = 10.0;

  private static final double[] DEFAULT_POINTS = {1.0, 10.0, 25.0};

  private static final Policy DEFAULT = new Policy(List.of(new FailCondition.AtLeast(Severity.ERROR)),
      Severity.WARNING, 0.5, 50, 80, Map.of(Severity.ERROR, 25.0, Severity.WARNING, 10.0, Severity.INFO, 1.0), 30.0,
      Map.of(), Map.of(), HouseLexicon.empty(), List.of());

  public Policy {
    failOn = List.copyOf(failOn);
    Objects.requireNonNull(warnOn, "warnOn");
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("minConfidence must be between 0 and 1, got " + minConfidence);
    }
    if (failBelow < 0 || failBelow > 100 || warnBelow < 0 || warnBelow > 100) {
      throw new IllegalArgumentException("score thresholds must be between 0 and 100");
    }
    if (ruleCap <= 0) {
      throw new IllegalArgumentException("ruleCap must be positive, got " + ruleCap);
    }
    EnumMap<Severity, Double> p = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      double v = points == null ? DEFAULT_POINTS[s.ordinal()] : points.getOrDefault(s, DEFAULT_POINTS[s.ordinal()]);
      if (v < 0) {
        throw new IllegalArgumentException("points for " + s.id() + " must not be negative");
      }
      p.put(s, v);
    }
    points = Collections.unmodifiableMap(p);
    rules = rules == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rules));
    EnumMap<Category, Double> w = new EnumMap<>(Category.class);
    if (categories != null) {
      categories.forEach((c, v) -> {
        if (!(v >= 0 && v <= MAX_WEIGHT)) {
          throw new IllegalArgumentException("the weight of " + c.id() + " must be from 0 to " + MAX_WEIGHT);
        }
        if (v != 1.0) {
          w.put(c, v);
        }
      });
    }
    categories = Collections.unmodifiableMap(w);
    lexicon = lexicon == null ? HouseLexicon.empty() : lexicon;
    patterns = patterns == null ? List.of() : List.copyOf(patterns);
    if (patterns.size() > HousePattern.MAX_PATTERNS) {
      throw new IllegalArgumentException(patterns.size() + " house patterns; at most " + HousePattern.MAX_PATTERNS
          + " are allowed");
    }
    Set<String> ids = new java.util.HashSet<>();
    for (HousePattern hp : patterns) {
      if (!ids.add(hp.id())) {
        throw new IllegalArgumentException("two house patterns have the id " + hp.id());
      }
    }
  }

  /** A policy without house patterns (the record's form before they existed). */
  public Policy(List<FailCondition> failOn, Severity warnOn, double minConfidence, int failBelow, int warnBelow,
      Map<Severity, Double> points, double ruleCap, Map<String, RuleSetting> rules, Map<Category, Double> categories,
      HouseLexicon lexicon) {
    this(failOn, warnOn, minConfidence, failBelow, warnBelow, points, ruleCap, rules, categories, lexicon,
        List.of());
  }

  /**
   * The policy of earlier versions: fail on a finding at or above one severity ({@code null}: never), no
   * category weights, no house lexicon.
   */
  public Policy(Severity failOn, Severity warnOn, double minConfidence, int failBelow, int warnBelow,
      Map<Severity, Double> points, double ruleCap, Map<String, RuleSetting> rules) {
    this(failOn == null ? List.of() : List.of(new FailCondition.AtLeast(failOn)), warnOn, minConfidence, failBelow,
        warnBelow, points, ruleCap, rules, Map.of(), HouseLexicon.empty(), List.of());
  }

  /** The default policy: fail on any error, warn on any warning, fail below 50, warn below 80. */
  public static Policy defaults() {
    return DEFAULT;
  }

  /** A copy that fails on a finding at or above {@code severity}; {@code null} means never fail. */
  public Policy withFailOn(Severity severity) {
    return withFailConditions(severity == null ? List.of() : List.of(new FailCondition.AtLeast(severity)));
  }

  /** A copy with other fail conditions; the empty list means never fail. */
  public Policy withFailConditions(List<FailCondition> conditions) {
    return new Policy(conditions, warnOn, minConfidence, failBelow, warnBelow, points, ruleCap, rules, categories,
        lexicon, patterns);
  }

  /** A copy with another house lexicon. */
  public Policy withLexicon(HouseLexicon houseLexicon) {
    return new Policy(failOn, warnOn, minConfidence, failBelow, warnBelow, points, ruleCap, rules, categories,
        Objects.requireNonNull(houseLexicon, "lexicon"), patterns);
  }

  /**
   * A copy with other house patterns.
   *
   * @throws IllegalArgumentException for more than {@link HousePattern#MAX_PATTERNS} or two with one id
   */
  public Policy withPatterns(List<HousePattern> housePatterns) {
    return new Policy(failOn, warnOn, minConfidence, failBelow, warnBelow, points, ruleCap, rules, categories,
        lexicon, Objects.requireNonNull(housePatterns, "patterns"));
  }

  /** Whether no condition can fail an article ({@code failOn: never}). */
  public boolean neverFails() {
    return failOn.isEmpty();
  }

  /** Whether a rule runs under this policy. */
  public boolean enabled(String ruleId) {
    RuleSetting s = rules.get(ruleId);
    return s == null || s.enabled();
  }

  /** The severity a rule's findings get: the policy's override, else {@code fallback}. */
  public Severity severity(String ruleId, Severity fallback) {
    RuleSetting s = rules.get(ruleId);
    return s == null || s.severity() == null ? fallback : s.severity();
  }

  /** The weight of a category's deductions (1 unless the policy says otherwise). */
  public double weight(Category category) {
    return categories.getOrDefault(category, 1.0);
  }

  /**
   * Reads a policy file ({@code copydesk.yaml}, YAML or JSON) and returns its top-level settings: missing keys
   * keep their defaults. Its {@code ignore} and {@code overrides} apply per input file; {@link PolicyResolver}
   * applies them.
   *
   * @throws IllegalArgumentException with a one-line message ({@code FILE:LINE:COL: what is wrong; expected
   *     what}) when the file is unreadable or invalid
   */
  public static Policy load(Path file) {
    return PolicyDocument.load(file, file.toString(), null).base();
  }

  /**
   * Parses policy YAML; {@code name} is used in error messages.
   *
   * @throws IllegalArgumentException as for {@link #load(Path)}
   */
  public static Policy parse(String yaml, String name) {
    return PolicyDocument.parse(yaml, name, null, null).base();
  }

  /**
   * This policy with settings changed by a policy fragment (YAML or JSON) with the top-level keys of a policy
   * file ({@code failOn}, {@code rules}, {@code lexicon}, {@code patterns}, ...) but not {@code ignore} or
   * {@code overrides}: the HTTP service applies a request's {@code policy} this way. Keys the fragment leaves out
   * keep this policy's values; {@code rules} and {@code categories} entries are merged one by one, and its
   * patterns are added to this policy's (one with the id of an existing pattern replaces it).
   *
   * @param name how error messages name the fragment
   * @param knownRules the rule ids a fragment may name (an unknown one is an error that suggests the closest),
   *     or {@code null} to leave that check to {@link org.copydesk.Copydesk.Builder#build()}
   * @throws IllegalArgumentException as for {@link #load(Path)}
   */
  public Policy overlay(String fragment, String name, java.util.Collection<String> knownRules) {
    return PolicyDocument.overlay(this, fragment, name, knownRules == null ? null : Set.copyOf(knownRules)::contains);
  }

  /**
   * Parses fail conditions as written in {@code failOn} or {@code --fail-on}: {@code error}, {@code warning},
   * {@code info}, {@code never}, {@code score<N}, a category id, or several separated by commas.
   *
   * @return the conditions; empty for {@code never}
   * @throws IllegalArgumentException saying what is expected
   */
  public static List<FailCondition> parseFailOn(String s) {
    return FailCondition.parse(s);
  }
}
