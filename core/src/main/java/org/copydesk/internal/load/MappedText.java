package org.copydesk.internal.load;

/**
 * A string whose every character knows the offset in the original input it came from. Loaders work on
 * these so that text decoded out of JSON strings or HTML entities still points at the right place.
 */
final class MappedText {
  final String text;
  private final int[] offsets; // null = identity
  private final int base;

  private MappedText(String text, int[] offsets, int base) {
    this.text = text;
    this.offsets = offsets;
    this.base = base;
  }

  static MappedText identity(String text) {
    return new MappedText(text, null, 0);
  }

  static MappedText of(String text, int[] offsets) {
    if (offsets.length != text.length()) {
      throw new IllegalArgumentException("offsets do not match text");
    }
    return new MappedText(text, offsets, 0);
  }

  /** Original offset of character {@code i}; {@code i == length} maps just past the last character. */
  int origin(int i) {
    if (offsets == null) {
      return base + i;
    }
    if (i < offsets.length) {
      return offsets[i];
    }
    return offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
  }

  int length() {
    return text.length();
  }

  /**
   * Maps a decoded string (HTML text node, Markdown literal) onto the raw characters it was decoded from,
   * which start at {@code rawStart} in this text. Entities and backslash escapes map to their first raw
   * character; whitespace matches any whitespace.
   */
  int[] align(String decoded, int rawStart, int rawEnd) {
    int[] out = new int[decoded.length()];
    int p = Math.max(0, rawStart);
    int end = Math.min(rawEnd, text.length());
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (p >= end) {
        out[i] = origin(Math.max(rawStart, Math.min(end, text.length()) - 1 < 0 ? 0 : end - 1));
        continue;
      }
      char r = text.charAt(p);
      if (c == '&' && r == '&' && isAmpersandEntity(p, end)) {
        // "&amp;" decodes to the very character it starts with: consume the whole entity.
        out[i] = origin(p);
        p = text.indexOf(';', p) + 1;
      } else if (r == c || (Character.isWhitespace(c) && Character.isWhitespace(r))) {
        out[i] = origin(p);
        p++;
      } else if (r == '\\' && p + 1 < end && text.charAt(p + 1) == c) {
        out[i] = origin(p);
        p += 2;
      } else if (r == '&') {
        int semi = text.indexOf(';', p);
        out[i] = origin(p);
        if (semi > p && semi - p <= 32 && semi < end) {
          // An entity may decode to a surrogate pair: map the low half to the same place.
          if (Character.isHighSurrogate(c) && i + 1 < decoded.length()) {
            out[++i] = origin(p);
          }
          p = semi + 1;
        } else {
          p++;
        }
      } else if (Character.isWhitespace(r)) {
        // Raw whitespace the decoder dropped: skip it and retry this character.
        p++;
        i--;
      } else {
        out[i] = origin(p);
        p++;
      }
    }
    return out;
  }

  /** Whether an entity for '&' ({@code &amp;}, {@code &#38;}, {@code &#x26;}) starts at {@code p}. */
  private boolean isAmpersandEntity(int p, int end) {
    int semi = text.indexOf(';', p);
    if (semi < 0 || semi >= end || semi - p > 10) {
      return false;
    }
    return text.substring(p + 1, semi).matches("(?i)amp|#0*38|#x0*26");
  }
}
