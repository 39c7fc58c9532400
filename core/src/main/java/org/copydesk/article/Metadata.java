package org.copydesk.article;

import java.util.Map;

/**
 * What the input says about the article. Every field is optional.
 *
 * @param title the headline
 * @param siteName the publishing site or outlet
 * @param url the canonical URL
 * @param byline the author line
 * @param published the publication date as written in the input
 * @param language the declared language tag (e.g. {@code en}, {@code pt-BR})
 * @param declaredProvenance machine-readable provenance statements found in the input, such as an IPTC
 *     digital source type or an AI-generation meta tag, keyed by where they were found
 */
public record Metadata(
    String title,
    String siteName,
    String url,
    String byline,
    String published,
    String language,
    Map<String, String> declaredProvenance) {

  /** Metadata with nothing known. */
  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, Map.of());

  public Metadata {
    title = blankToNull(title);
    siteName = blankToNull(siteName);
    url = blankToNull(url);
    byline = blankToNull(byline);
    published = blankToNull(published);
    language = blankToNull(language);
    declaredProvenance = declaredProvenance == null ? Map.of() : Map.copyOf(declaredProvenance);
  }

  /** A copy with the title replaced. */
  public Metadata withTitle(String newTitle) {
    return new Metadata(newTitle, siteName, url, byline, published, language, declaredProvenance);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
