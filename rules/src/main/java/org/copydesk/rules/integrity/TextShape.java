package org.copydesk.rules.integrity;

/** Shape tests on a line of text shared by the integrity rules. */
final class TextShape {
  private TextShape() {}

  /** Whether the text ends with sentence punctuation, allowing closing quotes and brackets after it. */
  static boolean endsLikeSentence(String text) {
    String s = text.strip();
    int i = s.length() - 1;
    while (i > 0 && "\"'”’»)]*".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…".indexOf(s.charAt(i)) >= 0;
  }
}
