package org.copydesk.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.rule.Category;

/**
 * An article's scores: 0 to 100 overall and per category, 100 meaning nothing found. Every point lost is in
 * a {@link Deduction} that names its findings.
 *
 * @param overall the overall score
 * @param categories the score of each category
 * @param deductions what cost points, by rule, largest first
 */
public record Score(int overall, Map<Category, Integer> categories, List<Deduction> deductions) {
  public Score {
    EnumMap<Category, Integer> copy = new EnumMap<>(Category.class);
    copy.putAll(categories);
    categories = Collections.unmodifiableMap(copy);
    deductions = List.copyOf(deductions);
  }

  /**
   * Scores findings under a policy: each finding costs {@code points[severity] * confidence}; one rule costs
   * at most {@code ruleCap}, times the weight of its category; category and overall scores are 100 minus their
   * deductions, floored at 0.
   */
  public static Score of(List<Finding> findings, Policy policy) {
    Map<String, List<Integer>> byRule = new LinkedHashMap<>();
    for (int i = 0; i < findings.size(); i++) {
      byRule.computeIfAbsent(findings.get(i).ruleId(), k -> new ArrayList<>()).add(i);
    }
    List<Deduction> deductions = new ArrayList<>();
    Map<Category, Double> lost = new EnumMap<>(Category.class);
    double total = 0;
    for (Map.Entry<String, List<Integer>> e : byRule.entrySet()) {
      double sum = 0;
      Category cat = findings.get(e.getValue().get(0)).category();
      for (int i : e.getValue()) {
        Finding f = findings.get(i);
        sum += policy.points().get(f.severity()) * f.confidence();
      }
      boolean capped = sum > policy.ruleCap();
      double pts = round2(Math.min(sum, policy.ruleCap()) * policy.weight(cat));
      if (pts <= 0) {
        continue;
      }
      deductions.add(new Deduction(e.getKey(), cat, pts, capped, e.getValue()));
      lost.merge(cat, pts, Double::sum);
      total += pts;
    }
    deductions.sort((a, b) -> a.points() != b.points()
        ? Double.compare(b.points(), a.points())
        : a.ruleId().compareTo(b.ruleId()));
    Map<Category, Integer> cats = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      cats.put(c, clamp(100 - lost.getOrDefault(c, 0.0)));
    }
    return new Score(clamp(100 - total), cats, deductions);
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(100, Math.round(v)));
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
