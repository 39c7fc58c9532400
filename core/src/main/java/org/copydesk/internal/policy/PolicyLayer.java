package org.copydesk.internal.policy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.report.FailCondition;
import org.copydesk.report.Policy;
import org.copydesk.rule.Category;
import org.copydesk.rule.HouseLexicon;
import org.copydesk.rule.HousePattern;
import org.copydesk.rule.Severity;

/**
 * The settings one section of a policy file writes (the top level, or one override); {@code null} for a key
 * it leaves alone. Applied over a policy: scalars replace, maps merge key by key (a rule's {@code enabled}
 * and {@code severity} separately), the lexicon adds terms and corrections, and patterns are added (one with the
 * id of an earlier pattern takes its place).
 */
record PolicyLayer(
    List<FailCondition> failOn,
    Severity warnOn,
    Double minConfidence,
    Integer failBelow,
    Integer warnBelow,
    Map<Severity, Double> points,
    Double ruleCap,
    Map<String, RuleLayer> rules,
    Map<Category, Double> categories,
    HouseLexicon lexicon,
    List<HousePattern> patterns) {

  /** One rule's settings in a layer; {@code null} for what it leaves alone. */
  record RuleLayer(Boolean enabled, Severity severity) {}

  Policy applyTo(Policy base) {
    Map<Severity, Double> pts = new EnumMap<>(base.points());
    if (points != null) {
      pts.putAll(points);
    }
    Map<String, Policy.RuleSetting> rs = new LinkedHashMap<>(base.rules());
    if (rules != null) {
      rules.forEach((id, r) -> {
        Policy.RuleSetting old = rs.getOrDefault(id, new Policy.RuleSetting(true, null));
        rs.put(id, new Policy.RuleSetting(r.enabled() == null ? old.enabled() : r.enabled(),
            r.severity() == null ? old.severity() : r.severity()));
      });
    }
    Map<Category, Double> cats = new EnumMap<>(Category.class);
    cats.putAll(base.categories());
    if (categories != null) {
      cats.putAll(categories);
    }
    List<HousePattern> pats = base.patterns();
    if (patterns != null && !patterns.isEmpty()) {
      Map<String, HousePattern> byId = new LinkedHashMap<>();
      base.patterns().forEach(hp -> byId.put(hp.id(), hp));
      patterns.forEach(hp -> byId.put(hp.id(), hp));
      pats = List.copyOf(byId.values());
      HousePattern.checkTotalSize(pats); // a request's patterns over the server's
    }
    return new Policy(
        failOn == null ? base.failOn() : failOn,
        warnOn == null ? base.warnOn() : warnOn,
        minConfidence == null ? base.minConfidence() : minConfidence,
        failBelow == null ? base.failBelow() : failBelow,
        warnBelow == null ? base.warnBelow() : warnBelow,
        pts,
        ruleCap == null ? base.ruleCap() : ruleCap,
        rs,
        cats,
        lexicon == null ? base.lexicon() : base.lexicon().plus(lexicon),
        pats);
  }
}
