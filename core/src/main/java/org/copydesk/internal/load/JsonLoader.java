package org.copydesk.internal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.copydesk.article.BlockType;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Limits;
import org.copydesk.article.Metadata;
import org.copydesk.internal.regex.StartSet;
import org.jsoup.parser.Parser;

/**
 * CMS payloads in JSON: the generic shape {@code {"title","body"|"bodyHtml","url","siteName","byline",
 * "published","language"}} and the WordPress REST post ({@code title.rendered}, {@code content.rendered},
 * {@code link}, {@code date}). Offsets point into the JSON file itself, inside the string literals.
 */
final class JsonLoader {
  private static final Pattern LOOKS_HTML = Pattern.compile("(?is)<(p|div|br|h[1-6]|ul|ol|li|blockquote|figure|section|article)\\b[^>]*>");

  private static final List<String> TITLE_KEYS = List.of("title", "headline", "titre", "titulo", "título", "titolo",
      "titel", "baslik", "başlık", "заголовок", "name");
  private static final List<String> BODY_KEYS = List.of("body", "text", "articleBody", "content", "texte", "corps",
      "corpo", "cuerpo", "testo", "inhalt", "metin", "icerik", "içerik", "текст", "contenu", "contenido", "conteudo",
      "conteúdo", "contenuto", "tekst");
  private static final List<String> HTML_BODY_KEYS = List.of("bodyHtml", "body_html", "contentHtml", "content_html",
      "html");
  /** Keys whose values are metadata, not text readers see. */
  private static final java.util.Set<String> METADATA_KEYS = java.util.Set.of("url", "link", "sitename", "site",
      "published", "date", "modified", "updated", "language", "lang", "locale", "id", "slug", "status", "type",
      "format", "guid", "canonical", "image", "thumbnail", "category", "categories", "tags", "section", "source_url");
  private static final Pattern URLISH = Pattern.compile("(?i)^\\s*(?:https?://|www\\.|/)\\S*\\s*$");

  private JsonLoader() {}

  private static String firstTextKey(JsonNode root, List<String> keys) {
    for (String k : keys) {
      if (root.path(k).isTextual()) {
        return k;
      }
    }
    return null;
  }

  /** Words a reader would see: at least two words, not an address or a date. */
  private static boolean isProse(String s) {
    String t = s.strip();
    return t.contains(" ") && !URLISH.matcher(t).matches() && !t.matches("[\\d\\-:T.+Z /]+");
  }

  /** Loads a CMS payload within the default nesting depth. */
  static Metadata load(MappedText in, ArticleBuilder out) throws InvalidInputException {
    return load(in, out, Limits.DEFAULT_MAX_NESTING_DEPTH);
  }

  /**
   * Loads a CMS payload.
   *
   * @param maxDepth how deep its objects and arrays, and the elements of an HTML body, may nest
   */
  static Metadata load(MappedText in, ArticleBuilder out, int maxDepth) throws InvalidInputException {
    JsonNode root;
    ObjectMapper mapper = Json.strict(maxDepth);
    JsonParser parser = null;
    try (JsonParser p = mapper.getFactory().createParser(in.text)) {
      parser = p;
      root = mapper.readTree(p);
    } catch (StreamConstraintsException e) {
      JsonLocation loc = parser == null ? null : parser.currentTokenLocation();
      String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new InvalidInputException("JSON nested more than " + maxDepth + " levels deep" + where
          + "; the max nesting depth is " + maxDepth);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new InvalidInputException("invalid JSON" + where + ": " + Json.firstLine(
          new Exception(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new InvalidInputException("cannot read JSON (" + e.getClass().getSimpleName() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException("invalid JSON article: expected an object with \"title\" and \"body\"");
    }
    Map<String, Integer> offsets = stringOffsets(in.text, mapper);
    boolean wordpress = root.path("content").has("rendered");
    String titleKey = wordpress ? null : firstTextKey(root, TITLE_KEYS);
    String titlePtr = wordpress ? "/title/rendered" : titleKey == null ? null : "/" + titleKey;
    String bodyPtr;
    boolean html;
    String htmlKey = firstTextKey(root, HTML_BODY_KEYS);
    String textKey = firstTextKey(root, BODY_KEYS);
    if (wordpress) {
      bodyPtr = "/content/rendered";
      html = true;
    } else if (htmlKey != null) {
      bodyPtr = "/" + htmlKey;
      html = true;
    } else if (textKey != null) {
      bodyPtr = "/" + textKey;
      html = false;
    } else {
      throw new InvalidInputException(
          "JSON article has no body: expected \"body\", \"bodyHtml\" or WordPress \"content.rendered\"");
    }

    String title = null;
    if (titlePtr != null && offsets.containsKey(titlePtr)) {
      MappedText t = decodeString(in, offsets.get(titlePtr));
      String decoded = wordpress ? Parser.unescapeEntities(t.text, false) : t.text;
      out.startBlock(BlockType.TITLE);
      out.append(decoded, t.align(decoded, 0, t.length()));
      out.endBlock();
      title = decoded;
    }
    MappedText body = decodeString(in, offsets.get(bodyPtr));
    if (html || StartSet.found(LOOKS_HTML, body.text)) {
      HtmlLoader.loadFragment(body, out, maxDepth);
    } else {
      TextLoader.load(body, out, false);
    }
    // Every other top-level text a CMS sends (a byline, a disclaimer, an editor's note) is published too:
    // audit it, as paragraphs after the body, in the order of the payload.
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String key = e.getKey();
      String ptr = "/" + key;
      if (!e.getValue().isTextual() || ptr.equals(titlePtr) || ptr.equals(bodyPtr) || !offsets.containsKey(ptr)
          || METADATA_KEYS.contains(key.toLowerCase(java.util.Locale.ROOT)) || Json.isProvenanceKey(key)
          || !isProse(e.getValue().asText())) {
        continue;
      }
      MappedText extra = decodeString(in, offsets.get(ptr));
      out.startBlock(BlockType.PARAGRAPH);
      out.append(extra, 0, extra.length());
      out.endBlock();
    }
    Map<String, String> prov = Json.provenance(root, "json:");
    return new Metadata(
        title,
        Json.text(root, "siteName"),
        wordpress ? Json.text(root, "link") : Json.text(root, "url"),
        Json.name(root.get("byline")),
        wordpress ? Json.text(root, "date") : Json.text(root, "published"),
        Json.text(root, "language"),
        prov);
  }

  /** Offsets of the opening quote of every string value, keyed by JSON pointer. */
  private static Map<String, Integer> stringOffsets(String json, ObjectMapper mapper) throws InvalidInputException {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = mapper.getFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          String ptr = p.getParsingContext().pathAsPointer().toString();
          out.put(ptr, (int) p.currentTokenLocation().getCharOffset());
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("invalid JSON: " + Json.firstLine(e));
    }
    return out;
  }

  /** Decodes the JSON string literal whose opening quote is at {@code quote}, keeping each char's origin. */
  private static MappedText decodeString(MappedText in, int quote) {
    String s = in.text;
    StringBuilder sb = new StringBuilder();
    int[] map = new int[Math.max(16, s.length() - quote)];
    int i = quote + 1;
    while (i < s.length() && s.charAt(i) != '"') {
      int from = i;
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(i + 1);
        i += 2;
        switch (e) {
          case 'n': c = '\n'; break;
          case 't': c = '\t'; break;
          case 'r': c = '\r'; break;
          case 'b': c = '\b'; break;
          case 'f': c = '\f'; break;
          case 'u':
            c = (char) Integer.parseInt(s.substring(i, i + 4), 16);
            i += 4;
            break;
          default: c = e;
        }
      } else {
        i++;
      }
      map[sb.length()] = in.origin(from);
      sb.append(c);
    }
    int[] exact = new int[sb.length()];
    System.arraycopy(map, 0, exact, 0, sb.length());
    return MappedText.of(sb.toString(), exact);
  }
}
