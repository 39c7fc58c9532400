package org.copydesk.lexicons;

import java.util.Locale;

/**
 * The one word normalisation shared by the lexicon builder and the rules that read its output, so that a gloss
 * word stored at build time and a word of an article met at run time meet under the same key: lower case, and an
 * English plural or third-person "-s" taken off ("shrines" and "shrine" are one key). Deliberately cruder than a
 * lemmatiser: it only has to be the same on both sides.
 */
public final class WordForms {
  /** Where the generated resources live on the class path. */
  public static final String ROOT = "/org/copydesk/lexicons/";

  private WordForms() {}

  /**
   * The key of an English word.
   *
   * @param word a word (letters)
   * @return its lower-case form without a plural "-s"/"-es"/"-ies"
   */
  public static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
