package org.copydesk.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.copydesk.rule.Severity;

/**
 * How findings turn into a verdict: which rules run and at what severity, what each finding costs, and the
 * thresholds. Immutable. See {@code docs/policy.md} for the file format and the defaults.
 *
 * @param failOn a finding at or above this severity fails the article; {@code null} means never fail
 * @param warnOn a finding at or above this severity makes the verdict at least WARN
 * @param minConfidence findings less confident than this are dropped from the report
 * @param failBelow an overall score below this fails the article (unless {@code failOn} is never)
 * @param warnBelow an overall score below this gives at least WARN
 * @param points points a finding of each severity costs at confidence 1
 * @param ruleCap the most points one rule can cost an article
 * @param rules per-rule settings, by rule id
 */
public record Policy(
    Severity failOn,
    Severity warnOn,
    double minConfidence,
    int failBelow,
    int warnBelow,
    Map<Severity, Double> points,
    double ruleCap,
    Map<String, RuleSetting> rules) {

  /**
   * A policy's word on one rule.
   *
   * @param enabled whether it runs
   * @param severity its severity, or {@code null} for the rule's default
   */
  public record RuleSetting(boolean enabled, Severity severity) {}

  private static final double[] DEFAULT_POINTS = {1.0, 10.0, 25.0};

  private static final Policy DEFAULT = new Policy(Severity.ERROR, Severity.WARNING, 0.5, 50, 80,
      Map.of(Severity.ERROR, 25.0, Severity.WARNING, 10.0, Severity.INFO, 1.0), 30.0, Map.of());

  public Policy {
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
    points = java.util.Collections.unmodifiableMap(p);
    rules = rules == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
  }

  /** The default policy: fail on any error, warn on any warning, fail below 50, warn below 80. */
  public static Policy defaults() {
    return DEFAULT;
  }

  /** A copy with another {@code failOn}; {@code null} means never fail. */
  public Policy withFailOn(Severity severity) {
    return new Policy(severity, warnOn, minConfidence, failBelow, warnBelow, points, ruleCap, rules);
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

  /**
   * Reads a YAML (or JSON) policy file. Missing keys keep their defaults; unknown keys are an error.
   *
   * @throws IllegalArgumentException with a one-line message when the file is unreadable or invalid
   */
  public static Policy load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException("policy " + file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException("policy " + file + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    return parse(text, file.toString());
  }

  /** Parses policy YAML; {@code name} is used in error messages. */
  public static Policy parse(String yaml, String name) {
    ObjectMapper mapper = new YAMLMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    PolicyFile f;
    try {
      f = yaml.isBlank() ? new PolicyFile() : mapper.readValue(yaml, PolicyFile.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException("policy " + name + ": unknown key '" + e.getPropertyName() + "'");
    } catch (IOException e) {
      String m = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
      throw new IllegalArgumentException("policy " + name + ": " + m);
    }
    try {
      return f.toPolicy();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("policy " + name + ": " + e.getMessage(), e);
    }
  }

  /** The file shape. */
  static final class PolicyFile {
    @JsonProperty public String failOn;
    @JsonProperty public String warnOn;
    @JsonProperty public Double minConfidence;
    @JsonProperty public Integer failBelow;
    @JsonProperty public Integer warnBelow;
    @JsonProperty public Map<String, Double> points;
    @JsonProperty public Double ruleCap;
    @JsonProperty public Map<String, RuleEntry> rules;

    static final class RuleEntry {
      @JsonProperty public Boolean enabled;
      @JsonProperty public String severity;
    }

    Policy toPolicy() {
      Policy d = DEFAULT;
      Map<Severity, Double> pts = new EnumMap<>(d.points());
      if (points != null) {
        points.forEach((k, v) -> pts.put(Severity.parse(k), v));
      }
      Map<String, RuleSetting> rs = new LinkedHashMap<>();
      if (rules != null) {
        rules.forEach((id, e) -> rs.put(id, new RuleSetting(e == null || e.enabled == null || e.enabled,
            e == null || e.severity == null ? null : Severity.parse(e.severity))));
      }
      return new Policy(
          failOn == null ? d.failOn() : parseFailOn(failOn),
          warnOn == null ? d.warnOn() : Severity.parse(warnOn),
          minConfidence == null ? d.minConfidence() : minConfidence,
          failBelow == null ? d.failBelow() : failBelow,
          warnBelow == null ? d.warnBelow() : warnBelow,
          pts,
          ruleCap == null ? d.ruleCap() : ruleCap,
          rs);
    }
  }

  /** Parses {@code error}, {@code warning}, {@code info} or {@code never} (returns {@code null}). */
  public static Severity parseFailOn(String s) {
    if ("never".equalsIgnoreCase(s.strip())) {
      return null;
    }
    try {
      return Severity.parse(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown level '" + s + "' (expected error, warning, info or never)", e);
    }
  }
}
