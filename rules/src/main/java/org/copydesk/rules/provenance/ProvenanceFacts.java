package org.copydesk.rules.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.article.Article;
import org.copydesk.article.Span;

/**
 * Machine-readable provenance an article declares: IPTC digital source types, AI-generation flags and C2PA
 * manifests, from the loaders' metadata and from a C2PA text manifest (U+FEFF followed by variation selectors)
 * in the text itself.
 */
final class ProvenanceFacts {
  /** What a declaration says about AI. */
  enum Says { AI, HUMAN, MANIFEST }

  /**
   * One declaration.
   *
   * @param where where it was found (meta tag, JSON-LD, JSON key, front matter, link, text)
   * @param value the declared value
   * @param says what it says about AI
   * @param span its place in the text, for text manifests; {@code null} for metadata
   */
  record Fact(String where, String value, Says says, Span span) {
    /** Whether it declares the origin of a picture or clip in the page ("json-ld:image.digitalSourceType"). */
    boolean media() {
      return where.startsWith("json-ld:") && where.indexOf('.') > 0;
    }
  }

  private static final int MIN_MANIFEST_SELECTORS = 8;

  private ProvenanceFacts() {}

  static List<Fact> of(Article article) {
    List<Fact> out = new ArrayList<>();
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(article.metadata().declaredProvenance()).entrySet()) {
      Says says = classify(e.getKey(), e.getValue());
      if (says != null) {
        out.add(new Fact(e.getKey(), e.getValue(), says, null));
      }
    }
    String t = article.text();
    for (int i = t.indexOf('\uFEFF'); i >= 0; i = t.indexOf('\uFEFF', i + 1)) {
      int end = selectorRunEnd(t, i + 1);
      if (selectorsBetween(t, i + 1, end) >= MIN_MANIFEST_SELECTORS) {
        out.add(new Fact("text:c2pa-manifest", "C2PA text manifest", Says.MANIFEST, new Span(i, end)));
      }
    }
    return out;
  }

  /** The end of a run of variation selectors starting at {@code from}. */
  static int selectorRunEnd(String t, int from) {
    int i = from;
    while (i < t.length() && isVariationSelector(t.codePointAt(i))) {
      i += Character.charCount(t.codePointAt(i));
    }
    return i;
  }

  static int selectorsBetween(String t, int from, int to) {
    return t.codePointCount(from, to);
  }

  static boolean isVariationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** Whether a text offset starts a C2PA text manifest. */
  static boolean isManifestStart(String t, int i) {
    return t.charAt(i) == '\uFEFF' && selectorsBetween(t, i + 1, selectorRunEnd(t, i + 1)) >= MIN_MANIFEST_SELECTORS;
  }

  private static Says classify(String key, String value) {
    String k = key.toLowerCase(Locale.ROOT);
    String v = value == null ? "" : value.toLowerCase(Locale.ROOT).strip();
    if (k.contains("c2pa")) {
      return Says.MANIFEST;
    }
    if (v.contains("trainedalgorithmicmedia") || v.contains("compositesynthetic") || v.contains("algorithmicmedia")
        || v.contains("synthetic")) {
      return Says.AI;
    }
    if (v.contains("digitalcapture") || v.contains("humanedits") || v.contains("negativefilm")
        || v.contains("positivefilm") || v.endsWith("/print") || v.contains("minorhumanedits")
        || v.contains("digitalcreation") && !v.contains("algorithmic")) {
      return Says.HUMAN;
    }
    boolean flag = k.contains("ai-generated") || k.contains("aigenerated") || k.contains("ai_generated")
        || k.contains("generator-ai") || k.startsWith("meta:ai") || k.startsWith("json:ai")
        || k.startsWith("front-matter:ai");
    if (flag) {
      if (v.equals("true") || v.equals("yes") || v.equals("1") || v.startsWith("generated") || v.contains("full")
          || v.contains("partial") || v.contains("assisted")) {
        return Says.AI;
      }
      if (v.equals("false") || v.equals("no") || v.equals("0") || v.equals("none") || v.contains("human")) {
        return Says.HUMAN;
      }
    }
    return null;
  }
}
