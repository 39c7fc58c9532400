package org.copydesk.rules.language;

import java.util.Locale;

/**
 * Whether a word is a common word of a language rather than a name: its lower-case form is an entry of the
 * language's dictionary (the same Morfologik word lists the spelling rules use, loaded once and shared). The claims
 * rules use it to tell "Industry analysts" (a crowd) from "Barclays analysts" (a source).
 */
public final class CommonWords {
  private CommonWords() {}

  /**
   * @param lang an ISO 639-1 code
   * @param word one word as written
   * @return true when the word, in lower case, is in the language's dictionary; false for a language without one
   */
  public static boolean isCommon(String lang, String word) {
    Words words = Dictionaries.words(lang);
    if (words == null || word.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return words.contains(lower) || "en".equals(lang) && Dictionaries.britishEnglish().contains(lower); // "tyre"
  }

  /**
   * @param word one word as written ("Maria", "JOHN")
   * @return true when the word is a given name in the English lexicon's list (WordNet's people and GATE ANNIE's first
   *     names, which hold names of many countries)
   */
  public static boolean isGivenName(String word) {
    Multiwords m = Dictionaries.multiwords("en");
    return m != null && !word.isEmpty() && m.isGivenName(word.toLowerCase(Locale.ROOT));
  }

  /**
   * @param lang an ISO 639-1 code
   * @param word one word as written, singular or plural ("dentists", "fishermen")
   * @return true when the word is an English common noun whose first WordNet sense, or most of whose senses, is a
   *     person; false in other languages, which have no such lexicon yet
   */
  public static boolean isPersonNoun(String lang, String word) {
    if (!"en".equals(lang) || word.isEmpty()) {
      return false;
    }
    Multiwords m = Dictionaries.multiwords("en");
    return m != null && m.isPersonNoun(org.copydesk.lexicons.WordForms.key(word));
  }

  /**
   * @param lang an ISO 639-1 code
   * @param word one word as written, singular or plural ("insurers", "charities")
   * @return true when the word is an English common noun whose first WordNet sense is a kind of firm, institution,
   *     foundation, association or working unit ("crews"), not a unit of government; false in other languages
   */
  public static boolean isOrganisationNoun(String lang, String word) {
    if (!"en".equals(lang) || word.isEmpty()) {
      return false;
    }
    Multiwords m = Dictionaries.multiwords("en");
    return m != null && m.isOrganisationKind(org.copydesk.lexicons.WordForms.key(word));
  }

  /**
   * @param name a name as written, of one or more words ("Hamburg", "São Paulo")
   * @return true when it is a city, country, province or region of GATE ANNIE's gazetteer, in any language's text
   */
  public static boolean isPlaceName(String name) {
    Multiwords m = Dictionaries.multiwords("en");
    return m != null && !name.isBlank() && m.isPlace(org.copydesk.lexicons.WordForms.placeKey(name));
  }
}
