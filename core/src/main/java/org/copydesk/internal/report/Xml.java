package org.copydesk.internal.report;

/**
 * Escaping for the XML writers. Characters XML 1.0 cannot carry at all (most C0 controls, unpaired surrogates,
 * U+FFFE and U+FFFF) become U+FFFD, so the output always parses.
 */
final class Xml {
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private Xml() {}

  /** Escapes element content. */
  static String text(String s) {
    return escape(s, false);
  }

  /** Escapes an attribute value (for double quotes); tabs and line breaks survive attribute normalisation. */
  static String attr(String s) {
    return escape(s, true);
  }

  /** {@code  name="value"}, escaped. */
  static String attr(String name, Object value) {
    return " " + name + "=\"" + attr(String.valueOf(value)) + "\"";
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append(attribute ? "&quot;" : "\"");
          break;
        case '\t':
          sb.append(attribute ? "&#9;" : "\t");
          break;
        case '\n':
          sb.append(attribute ? "&#10;" : "\n");
          break;
        case '\r':
          sb.append("&#13;");
          break;
        default:
          sb.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      }
    }
    return sb.toString();
  }

  private static boolean allowed(int cp) {
    return (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
