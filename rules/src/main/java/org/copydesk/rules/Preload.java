package org.copydesk.rules;

import java.util.List;

/**
 * What the first audit in a process loads on first use, loaded ahead on a second thread: the language identifier,
 * the quantity grammar, the claims and attribution grammars, the disclosure lexicon and WordNet's English
 * descriptions. Building the rules does not need them, so {@code copydesk check one-article.txt} starts this before
 * it builds the rules, and its audit finds them ready. A long-running process gains nothing from it. (Reading the
 * rules' YAML catalogues ahead on the same thread was tried and was no faster: the two threads then compete for
 * the same parser.)
 *
 * <p>Only classes whose static initialisers read resources and build grammars are initialised here, and none of them
 * refers to a rule class or to {@link BuiltinRules}; a thread building the rules at the same time waits for them
 * where it needs them, as for any class another thread is initialising, and cannot deadlock with this one. Safe to
 * call from any thread, any number of times: each class is initialised once per class loader.
 */
public final class Preload {
  /** Initialised in this order: the first audit meets them in about this order too. */
  private static final List<String> CLASSES = List.of(
      "org.copydesk.analysis.Languages",
      "org.copydesk.analysis.Quantities",
      "org.copydesk.rules.provenance.DisclosureDetector",
      "org.copydesk.rules.claims.FigureClaims",
      "org.copydesk.rules.claims.Attribution",
      "org.copydesk.rules.language.Dictionaries$BagsHolder");

  private Preload() {}

  /**
   * Initialises the classes, in the calling thread.
   *
   * @throws IllegalStateException when one of them is missing from the class path (a build error)
   */
  public static void grammarsAndLexicons() {
    ClassLoader loader = Preload.class.getClassLoader();
    for (String name : CLASSES) {
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("missing class " + name, e);
      }
    }
  }

  /**
   * Starts {@link #grammarsAndLexicons} on a daemon thread of its own and returns at once: call it before the rules
   * are built. A failure there is left to the audit, which meets the same class and reports it.
   */
  public static void inBackground() {
    Thread t = new Thread(() -> {
      try {
        grammarsAndLexicons();
      } catch (RuntimeException | LinkageError e) {
        // the audit initialises the same class and reports what went wrong
      }
    }, "copydesk-preload");
    t.setDaemon(true);
    t.start();
  }
}
