package org.copydesk.rules.language;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import morfologik.stemming.Dictionary;
import org.copydesk.lexicons.WordForms;

/**
 * The lexicons of the {@code copydesk-lexicons} module, each loaded on its first use (an article in another
 * language never pays for German) and shared by every thread from then on.
 */
final class Dictionaries {
  /** The languages with a word list and a multiword lexicon. */
  static final Set<String> LANGUAGES = Set.of("en", "es", "pt", "fr", "de");

  private static final Map<String, Words> WORDS = new ConcurrentHashMap<>();
  private static final Map<String, Multiwords> MULTIWORDS = new ConcurrentHashMap<>();

  private Dictionaries() {}

  /**
   * The word list of a language.
   *
   * @param lang an ISO 639-1 code
   * @return its words, or {@code null} for a language without a list
   */
  static Words words(String lang) {
    if (!LANGUAGES.contains(lang)) {
      return null;
    }
    return WORDS.computeIfAbsent(lang, l -> read(l + "/words.dict"));
  }

  /** The British English speller, beside the American one of {@link #words(String)}. */
  static Words britishEnglish() {
    return WORDS.computeIfAbsent("en-GB", l -> read("en/words-gb.dict"));
  }

  private static Words read(String name) {
    URL url = resource(name);
    try {
      return new Words(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + url, e);
    }
  }

  /**
   * The multiword names and terms of a language: LanguageTool's list, and for English WordNet's entries too.
   *
   * @param lang an ISO 639-1 code
   * @return the lexicon, or {@code null} for a language without one
   */
  static Multiwords multiwords(String lang) {
    if (!LANGUAGES.contains(lang)) {
      return null;
    }
    return MULTIWORDS.computeIfAbsent(lang, l -> {
      URL url = resource(l + "/multiwords.fsa");
      try (InputStream in = url.openStream()) {
        return new Multiwords(morfologik.fsa.FSA.read(in), l.equals("en"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the multiword lexicon " + url, e);
      }
    });
  }

  /** WordNet's descriptions of English words, for the cohesion measure. */
  static GlossBags glossBags() {
    return BagsHolder.BAGS;
  }

  private static final class BagsHolder {
    static final GlossBags BAGS = readBags();
  }

  private static GlossBags readBags() {
    String name = "en/wordnet-bags.bin.gz";
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(
        new GZIPInputStream(resource(name).openStream(), 1 << 16), 1 << 16))) {
      return GlossBags.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static URL resource(String name) {
    URL url = Dictionaries.class.getResource(WordForms.ROOT + name);
    if (url == null) {
      throw new IllegalStateException("copydesk-lexicons is not on the class path: " + WordForms.ROOT + name);
    }
    return url;
  }
}
