package org.copydesk.rules.provenance;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.article.Article;
import org.copydesk.article.Span;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.support.RuleDocs;

/**
 * Invisible characters in the text: zero-width characters, bidirectional controls, Unicode tag characters (a
 * channel for hidden instructions, decoded into the finding) and variation selectors after ordinary letters.
 * Legitimate uses stay quiet: joiners inside emoji sequences and in scripts that need them (Arabic, Persian,
 * Indic), emoji and keycap variation selectors, ideographic variation selectors, subdivision flag tags,
 * direction marks in right-to-left text, and a C2PA text manifest (reported as declared provenance).
 */
public final class HiddenUnicode implements Rule {
  static final String ID = "provenance.hidden-unicode";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.PROVENANCE, Severity.WARNING);

  private enum Kind { ZERO_WIDTH, BIDI, TAG, SELECTOR }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    String t = article.text();
    boolean rtl = hasRightToLeft(t);
    int i = 0;
    while (i < t.length()) {
      if (t.charAt(i) == '\uFEFF' && ProvenanceFacts.isManifestStart(t, i)) {
        i = ProvenanceFacts.selectorRunEnd(t, i + 1); // a C2PA text manifest: declared provenance, not hidden text
        continue;
      }
      int cp = t.codePointAt(i);
      if (cp == 0x1F3F4) { // black flag + tags + cancel tag: a subdivision flag such as Scotland's
        int j = i + Character.charCount(cp);
        while (j < t.length() && isTag(t.codePointAt(j))) {
          j += Character.charCount(t.codePointAt(j));
        }
        i = j;
        continue;
      }
      Kind kind = hidden(t, i, cp, rtl);
      if (kind == null) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      Map<Kind, Integer> kinds = new TreeMap<>();
      Map<String, Integer> points = new TreeMap<>();
      StringBuilder decoded = new StringBuilder();
      while (i < t.length()) {
        int c = t.codePointAt(i);
        Kind k = hidden(t, i, c, rtl);
        if (k == null) {
          break;
        }
        kinds.merge(k, 1, Integer::sum);
        points.merge(String.format(Locale.ROOT, "U+%04X", c), 1, Integer::sum);
        if (k == Kind.TAG && c >= 0xE0020 && c <= 0xE007E) {
          decoded.append((char) (c - 0xE0000));
        }
        i += Character.charCount(c);
      }
      boolean insideWord = start > 0 && i < t.length() && Character.isLetter(t.codePointBefore(start))
          && Character.isLetter(t.codePointAt(i));
      report(ctx, new Span(start, i), kinds, points, decoded.toString(), insideWord);
    }
  }

  private static void report(RuleContext ctx, Span span, Map<Kind, Integer> kinds, Map<String, Integer> points,
      String decoded, boolean insideWord) {
    int n = points.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder list = new StringBuilder();
    points.forEach((p, c) -> list.append(list.length() == 0 ? "" : ", ").append(p).append(c > 1 ? " ×" + c : ""));
    boolean severe = kinds.containsKey(Kind.TAG) || list.indexOf("U+202E") >= 0 || list.indexOf("U+202D") >= 0;
    String what = kinds.containsKey(Kind.TAG) ? "Unicode tag characters"
        : kinds.containsKey(Kind.BIDI) ? "bidirectional control characters"
        : kinds.containsKey(Kind.SELECTOR) ? "stray variation selectors" : "zero-width characters";
    // A lone zero-width character between words is a common CMS artefact: worth stripping, not alarming.
    // Inside a word it breaks search and hides words from filters; tag characters and overrides hide text.
    boolean artefact = kinds.size() == 1 && kinds.containsKey(Kind.ZERO_WIDTH) && !insideWord;
    Severity severity = severe ? Severity.ERROR : artefact ? Severity.INFO : Severity.WARNING;
    RuleContext.FindingBuilder b = ctx.report(span)
        .message("hidden text: " + n + " invisible " + what + " (" + list + ")"
            + (decoded.isEmpty() ? "" : " spelling \"" + decoded + "\""))
        .severity(severity)
        .confidence(severity == Severity.INFO ? 0.6 : 0.9)
        .suggest(Suggestion.delete("strip the invisible characters"))
        .evidence("codePoints", list.toString())
        .evidence("count", Integer.toString(n));
    if (!decoded.isEmpty()) {
      b.evidence("hiddenText", decoded);
    }
    b.emit();
  }

  /** The kind of hidden character at {@code i}, or {@code null} when it is visible or legitimately used. */
  private static Kind hidden(String t, int i, int cp, boolean rtl) {
    int prev = i > 0 ? t.codePointBefore(i) : -1;
    int next = i + Character.charCount(cp) < t.length() ? t.codePointAt(i + Character.charCount(cp)) : -1;
    if (isTag(cp)) {
      return Kind.TAG;
    }
    switch (cp) {
      case 0x200B: case 0x2060: case 0x2061: case 0x2062: case 0x2063: case 0x2064: case 0x180E: case 0xFEFF:
      case 0x034F: case 0x115F: case 0x1160: case 0x3164: case 0xFFA0:
        return Kind.ZERO_WIDTH;
      case 0x200C: case 0x200D:
        if (isEmojiLike(prev) || isEmojiLike(next) || needsJoiners(prev) || needsJoiners(next)) {
          return null;
        }
        return Kind.ZERO_WIDTH;
      case 0x200E: case 0x200F: case 0x061C:
      case 0x202A: case 0x202B: case 0x202C: case 0x2066: case 0x2067: case 0x2068: case 0x2069:
        return rtl ? null : Kind.BIDI;
      case 0x202D: case 0x202E:
        return Kind.BIDI; // overrides reorder text visibly ("Trojan Source"); never needed in prose
      default:
        break;
    }
    if (cp >= 0xFE00 && cp <= 0xFE0F) {
      int b = base(t, i);
      if (b < 0 || Character.isWhitespace(b) || isLatinLike(b)) {
        return Kind.SELECTOR;
      }
      if (isEmojiLike(b) || b == '#' || b == '*' || Character.isDigit(b) || Character.isIdeographic(b)
          || Character.getType(b) == Character.MATH_SYMBOL || Character.isLetter(b)) {
        return null; // emoji, keycaps, CJK and math variants; letters of other scripts are left alone
      }
      return Kind.SELECTOR;
    }
    if (cp >= 0xE0100 && cp <= 0xE01EF) {
      int b = base(t, i);
      return b >= 0 && Character.isIdeographic(b) ? null : Kind.SELECTOR;
    }
    return null;
  }

  /** The character a run of variation selectors ending at {@code i} modifies. */
  private static int base(String t, int i) {
    int j = i;
    while (j > 0 && ProvenanceFacts.isVariationSelector(t.codePointBefore(j))) {
      j -= Character.charCount(t.codePointBefore(j));
    }
    return j > 0 ? t.codePointBefore(j) : -1;
  }

  private static boolean isTag(int cp) {
    return cp >= 0xE0000 && cp <= 0xE007F;
  }

  private static boolean isEmojiLike(int cp) {
    if (cp < 0) {
      return false;
    }
    int type = Character.getType(cp);
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2190 && cp <= 0x21FF)
        || (cp >= 0x2B00 && cp <= 0x2BFF) || cp == 0x20E3 || cp == 0xFE0F || type == Character.OTHER_SYMBOL
        || (cp >= 0x1F3FB && cp <= 0x1F3FF);
  }

  private static boolean isLatinLike(int cp) {
    if (cp < 0 || !Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.CYRILLIC
        || s == Character.UnicodeScript.GREEK;
  }

  /** Letters of scripts whose spelling uses ZWJ/ZWNJ (Arabic, Persian, Syriac, Indic, ...). */
  private static boolean needsJoiners(int cp) {
    return cp >= 0 && Character.isLetterOrDigit(cp) && !isLatinLike(cp)
        && Character.UnicodeScript.of(cp) != Character.UnicodeScript.COMMON
        || cp >= 0 && Character.getType(cp) == Character.NON_SPACING_MARK && !isLatinLike(cp);
  }

  private static boolean hasRightToLeft(String t) {
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
