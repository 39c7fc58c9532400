package org.copydesk.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the report says about where the text came from: whether AI use is declared, suspected or not seen, its
 * kind, whether a human review is claimed, the findings that say so and the measured signals.
 *
 * @param aiUse declared (a disclosure note or machine-readable label), suspected (assistant leakage or other
 *     signals) or none seen
 * @param kind the kind of AI use a disclosure names ({@code rewritten-from-source}, {@code generated},
 *     {@code assisted-with-human-review}, {@code translated}, {@code summarised}), or {@code null}
 * @param humanReview whether the text claims a human reviewed it
 * @param evidence indexes into {@link Report#findings()} of the findings behind {@code aiUse}
 * @param signals measurements such as {@code style.llm-phrasing} (weighted stock phrases per 1,000 words)
 */
public record Provenance(
    AiUse aiUse, String kind, HumanReview humanReview, List<Integer> evidence, Map<String, Double> signals) {

  /** AI use as the report sees it. */
  public enum AiUse {
    DECLARED,
    SUSPECTED,
    NONE_SEEN;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Whether a human review of AI output is claimed. */
  public enum HumanReview {
    CLAIMED,
    NOT_CLAIMED,
    UNKNOWN;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public Provenance {
    evidence = List.copyOf(evidence);
    signals = Collections.unmodifiableMap(new TreeMap<>(signals));
  }

  /**
   * Summarises live and suppressed findings together: switching a finding off (inline, by a baseline) changes
   * what counts towards the verdict, not what the article says about itself. The evidence lists only live
   * findings, by their index in {@code live}.
   */
  public static Provenance of(List<Finding> live, List<Suppressed> suppressed, Map<String, Double> signals) {
    if (suppressed.isEmpty()) {
      return of(live, signals);
    }
    List<Finding> all = new ArrayList<>(live);
    suppressed.forEach(x -> all.add(x.finding()));
    all.sort(Finding.ORDER);
    Provenance p = of(all, signals);
    Map<Finding, Integer> index = new java.util.IdentityHashMap<>();
    for (int i = 0; i < live.size(); i++) {
      index.put(live.get(i), i);
    }
    List<Integer> ev = new ArrayList<>();
    for (int i : p.evidence()) {
      Integer j = index.get(all.get(i));
      if (j != null) {
        ev.add(j);
      }
    }
    return new Provenance(p.aiUse(), p.kind(), p.humanReview(), ev, p.signals());
  }

  /**
   * Summarises findings (in report order) and signals, reading the evidence keys {@code aiUse}, {@code aiKind}
   * and {@code humanReview} that provenance rules attach.
   */
  public static Provenance of(List<Finding> findings, Map<String, Double> signals) {
    List<Integer> declared = new ArrayList<>();
    List<Integer> suspected = new ArrayList<>();
    String kind = null;
    HumanReview review = HumanReview.UNKNOWN;
    for (int i = 0; i < findings.size(); i++) {
      Map<String, String> ev = findings.get(i).evidence();
      String use = ev.get("aiUse");
      if ("declared".equals(use)) {
        declared.add(i);
        if (kind == null && ev.containsKey("aiKind")) {
          kind = ev.get("aiKind");
        }
        String hr = ev.get("humanReview");
        if ("claimed".equals(hr)) {
          review = HumanReview.CLAIMED;
        } else if ("not-claimed".equals(hr) && review == HumanReview.UNKNOWN) {
          review = HumanReview.NOT_CLAIMED;
        }
      } else if ("suspected".equals(use)) {
        suspected.add(i);
      }
    }
    if (!declared.isEmpty()) {
      return new Provenance(AiUse.DECLARED, kind, review, declared, signals);
    }
    if (!suspected.isEmpty()) {
      return new Provenance(AiUse.SUSPECTED, null, HumanReview.UNKNOWN, suspected, signals);
    }
    return new Provenance(AiUse.NONE_SEEN, null, HumanReview.UNKNOWN, List.of(), signals);
  }
}
