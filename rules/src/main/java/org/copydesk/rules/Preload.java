package org.copydesk.rules;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copydesk.rules.support.Resources;

/**
 * What a one-off audit loads on first use, loaded ahead on a second thread: the JSON parser's classes (the rules'
 * catalogues are read with it, from the JSON copies of their YAML files), the template-residue rule (the largest
 * catalogue the rules build, reached after the provenance rules), then what the first audit loads and building the rules does not (the language
 * identifier, the quantity grammar, the claims and attribution grammars, the disclosure lexicon, WordNet's English
 * descriptions). {@code copydesk check one-article.txt} starts this before it parses its options, so the rules
 * and then the audit find them ready. A long-running process gains nothing from it. (Reading the rules' catalogues
 * themselves ahead was tried, when they were read with the YAML parser, and was no faster: the two threads then
 * competed for the same parser.)
 *
 * <p>What is initialised here: the JSON parser's classes; the template-residue rule, whose catalogue is the largest
 * to build (no class outside its package refers to it, and the rules built before it belong to other packages); and
 * classes whose static initialisers read resources and build grammars and refer to no rule class. A thread building
 * the rules at the same time waits for these where it needs them, while holding nothing their initialisers need,
 * so the two cannot deadlock ({@code PreloadTest} races them in a fresh class loader). Safe to call from any
 * thread, any number of times: each class is initialised once per class loader.
 */
public final class Preload {
  /** Initialised in this order: the template-residue rule before the rules' build reaches it, then the audit's. */
  private static final List<String> CLASSES = List.of(
      "org.copydesk.rules.integrity.TemplateResidue",
      "org.copydesk.analysis.Languages",
      "org.copydesk.analysis.Quantities",
      "org.copydesk.rules.provenance.DisclosureDetector",
      "org.copydesk.rules.claims.FigureClaims",
      "org.copydesk.rules.claims.Attribution",
      "org.copydesk.rules.language.Dictionaries$BagsHolder");

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private Preload() {}

  /**
   * Initialises the classes, in the calling thread.
   *
   * @throws IllegalStateException when one of them is missing from the class path (a build error)
   */
  public static void grammarsAndLexicons() {
    Resources.warmUp();
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
   * Starts {@link #grammarsAndLexicons} on a daemon thread of its own, the first time it is called in a process,
   * and returns at once: call it before the rules are built. Nothing is printed from that thread: a class whose
   * initialiser fails there (a broken build) is left unusable, and the audit that meets it ends in an internal
   * error.
   */
  public static void inBackground() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        grammarsAndLexicons();
      } catch (Throwable e) { // NOPMD: a second thread of a one-off command prints nothing; the audit meets it
        // the audit meets the same class and fails with an internal error
      }
    }, "copydesk-preload");
    t.setDaemon(true);
    t.start();
  }
}
