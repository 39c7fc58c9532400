package org.copydesk.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.copydesk.article.BlockType;
import org.copydesk.article.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * HTML through Jsoup with source positions. Metadata comes from the title, meta and OpenGraph tags and
 * JSON-LD; the article body (the first of {@code [itemprop=articleBody]}, {@code .entry-content},
 * {@code article}, {@code main}, ...) is told apart from page chrome, which becomes NAV, ASIDE, FOOTER or
 * COMMENTS blocks.
 */
final class HtmlLoader {
  private static final String[] CONTENT_SELECTORS = {
    "[itemprop=articleBody]", ".entry-content", ".post-content", ".article-body", ".article-content",
    ".story-body", ".post-body", "article", "main", "[role=main]"
  };
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4",
      "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "tr",
      "td", "th", "thead", "tbody", "form", "fieldset", "pre", "address", "hr", "details", "summary",
      "body", "label", "textarea", "select", "option", "caption");
  private static final Set<String> SKIP_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "iframe", "head", "input", "button", "select",
      "textarea", "object", "canvas", "video", "audio", "img", "picture", "source", "map");
  private static final Pattern COMMENTS = Pattern.compile("(?i)\\b(comments?|respond|reply|disqus)\\b|comment-");
  private static final Pattern SIDEBAR = Pattern.compile(
      "(?i)\\b(sidebar|widget|related|share|sharing|social|newsletter|subscribe|advert|ads?|promo|"
          + "cookie|breadcrumbs?|tags|post-navigation|nav-links|author-box|back-to-top)\\b|sidebar|widget|share-|related-");

  private final MappedText in;
  private final ArticleBuilder out;
  private Element contentRoot;
  private boolean titleSeen;
  private String pageTitle;

  private HtmlLoader(MappedText in, ArticleBuilder out) {
    this.in = in;
    this.out = out;
  }

  /** Loads a whole page. */
  static Metadata loadPage(MappedText in, ArticleBuilder out) {
    Document doc = Jsoup.parse(in.text, "", Parser.htmlParser().setTrackPosition(true));
    HtmlLoader loader = new HtmlLoader(in, out);
    loader.contentRoot = findContentRoot(doc);
    Metadata meta = metadata(doc);
    loader.pageTitle = meta.title();
    loader.walk(doc.body(), BlockType.PARAGRAPH);
    out.endBlock();
    return meta;
  }

  /** Loads an HTML fragment (a CMS body): everything is content. */
  static void loadFragment(MappedText in, ArticleBuilder out) {
    Document doc = Jsoup.parse(in.text, "", Parser.htmlParser().setTrackPosition(true));
    HtmlLoader loader = new HtmlLoader(in, out);
    loader.contentRoot = doc.body();
    loader.titleSeen = true;
    loader.walk(doc.body(), BlockType.PARAGRAPH);
    out.endBlock();
  }

  private static Element findContentRoot(Document doc) {
    for (String sel : CONTENT_SELECTORS) {
      Element e = doc.selectFirst(sel);
      if (e != null && e.text().length() > 200) {
        return e;
      }
    }
    return doc.body();
  }

  private void walk(Element el, BlockType inherited) {
    String tag = el.normalName();
    if (SKIP_TAGS.contains(tag) || el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
      return;
    }
    boolean block = BLOCK_TAGS.contains(tag);
    BlockType type = inherited;
    if (block) {
      type = typeOf(el, inherited);
      out.startBlock(type);
    }
    boolean link = "a".equals(tag);
    if (link) {
      out.startLink(el.attr("href"));
    }
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode) {
        appendText((TextNode) child, type);
      } else if (child instanceof Element) {
        Element ce = (Element) child;
        if ("br".equals(ce.normalName())) {
          out.space(in.origin(Math.max(0, ce.sourceRange().startPos())));
          continue;
        }
        boolean childBlock = BLOCK_TAGS.contains(ce.normalName());
        walk(ce, type);
        if (childBlock && block) {
          out.startBlock(type); // resume this element's own text after a nested block
        }
      }
    }
    if (link) {
      out.endLink();
    }
    if (block) {
      out.endBlock();
    }
  }

  private void appendText(TextNode t, BlockType type) {
    if (!out.inBlock()) {
      out.startBlock(type);
    }
    String decoded = t.getWholeText();
    Range r = t.sourceRange();
    if (!r.isTracked()) {
      for (int i = 0; i < decoded.length(); i++) {
        out.append(decoded.charAt(i), 0);
      }
      return;
    }
    out.append(decoded, in.align(decoded, r.startPos(), r.endPos()));
  }

  private BlockType typeOf(Element el, BlockType inherited) {
    if (el == contentRoot) {
      return BlockType.PARAGRAPH;
    }
    if (contentRoot != null && contentRoot.parents().contains(el)) {
      // A wrapper around the body: its own stray text is chrome; its children are typed on their own.
      return BlockType.ASIDE;
    }
    if (!titleSeen && el.normalName().equals("h1") && isHeadline(el.text())) {
      titleSeen = true;
      return BlockType.TITLE;
    }
    BlockType chrome = chromeType(el);
    if (chrome != null) {
      return chrome;
    }
    if (inherited.isChrome() && !wrapsRoot(el.parent())) {
      return inherited;
    }
    switch (el.normalName()) {
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        return inside(el) ? BlockType.HEADING : BlockType.ASIDE;
      case "li":
      case "dt":
      case "dd":
        return inside(el) ? BlockType.LIST_ITEM : BlockType.ASIDE;
      case "blockquote":
        return BlockType.QUOTE;
      case "figcaption":
      case "caption":
        return BlockType.CAPTION;
      default:
        if (inherited == BlockType.QUOTE || inherited == BlockType.CAPTION) {
          return inherited;
        }
        return inside(el) ? BlockType.PARAGRAPH : BlockType.ASIDE;
    }
  }

  /** The page's h1 is the headline when it matches the declared title (pages also put site names in h1). */
  private boolean isHeadline(String h1) {
    String h = h1.strip().toLowerCase(Locale.ROOT);
    if (h.isEmpty()) {
      return false;
    }
    if (pageTitle == null) {
      return true;
    }
    String t = pageTitle.toLowerCase(Locale.ROOT);
    return t.contains(h) || h.contains(t);
  }

  private static boolean insideArticle(Element el) {
    for (Element e = el.parent(); e != null; e = e.parent()) {
      if (e.normalName().equals("article")) {
        return true;
      }
    }
    return false;
  }

  private boolean wrapsRoot(Element el) {
    return el != null && contentRoot != null && contentRoot.parents().contains(el);
  }

  /** Whether {@code el} is inside (or is) the article body. */
  private boolean inside(Element el) {
    if (contentRoot == null) {
      return true;
    }
    for (Element e = el; e != null; e = e.parent()) {
      if (e == contentRoot) {
        return true;
      }
    }
    return false;
  }

  private BlockType chromeType(Element el) {
    String tag = el.normalName();
    String marks = (el.id() + " " + el.className() + " " + el.attr("role")).toLowerCase(Locale.ROOT);
    if (el == contentRoot) {
      return null;
    }
    if (tag.equals("nav") || marks.contains("navigation") || marks.contains("menu")) {
      return BlockType.NAV;
    }
    if (tag.equals("header") && !inside(el)) {
      return BlockType.NAV;
    }
    if (tag.equals("footer") || marks.contains("contentinfo")) {
      // an article's own footer holds its notes and credits: part of the article; the page footer is chrome
      boolean realRoot = contentRoot != null && !contentRoot.normalName().equals("body");
      if (insideArticle(el) || (realRoot && inside(el))) {
        return null;
      }
      // Outside the article of a page that has one, or with links, menus or a copyright line, a footer is the
      // page's; a story's own footer in a bare fragment or a plain container carries its notes.
      Document doc = el.ownerDocument();
      boolean pageHasArticle = doc != null && doc.selectFirst("article, main, [role=main]") != null;
      boolean pageFooter = pageHasArticle || el.select("a[href]").size() >= 2 || el.selectFirst("nav, ul") != null
          || el.text().contains("©")
          || el.text().toLowerCase(Locale.ROOT).contains("copyright");
      return pageFooter ? BlockType.FOOTER : null;
    }
    if (tag.equals("form")) {
      return BlockType.COMMENTS;
    }
    if (tag.equals("aside")) {
      return BlockType.ASIDE;
    }
    boolean comments = COMMENTS.matcher(marks).find();
    if ((comments || SIDEBAR.matcher(marks).find()) && !holdsThePage(el)) {
      return comments ? BlockType.COMMENTS : BlockType.ASIDE;
    }
    return null;
  }

  /**
   * A class name is only a hint: on a page without a recognised article container, an element whose class says
   * "newsletter" or "share" but that holds most of the page's text is the story itself (an e-mail newsletter, a
   * bare fragment), not a sidebar.
   */
  private boolean holdsThePage(Element el) {
    if (contentRoot == null || !contentRoot.normalName().equals("body")) {
      return false;
    }
    int page = contentRoot.text().length();
    return page > 0 && el.text().length() >= 0.6 * page;
  }

  private static Metadata metadata(Document doc) {
    Map<String, String> prov = new TreeMap<>();
    String title = meta(doc, "og:title");
    String site = meta(doc, "og:site_name");
    String url = meta(doc, "og:url");
    String byline = firstNonNull(meta(doc, "author"), meta(doc, "article:author"));
    String published = firstNonNull(meta(doc, "article:published_time"), meta(doc, "date"));
    for (Element m : doc.select("meta[name], meta[property]")) {
      String key = (m.hasAttr("name") ? m.attr("name") : m.attr("property"));
      if (Json.isProvenanceKey(key)) {
        prov.put("meta:" + key, m.attr("content"));
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode ld = Json.readLenient(script.data());
      if (ld == null) {
        continue;
      }
      for (JsonNode item : Json.ldItems(ld)) {
        String dst = Json.text(item, "digitalSourceType");
        if (dst != null) {
          prov.put("json-ld:digitalSourceType", dst);
        }
        String type = item.path("@type").asText("");
        if (!type.matches("(?i).*(Article|Posting|Report|BlogPosting|WebPage).*")) {
          continue;
        }
        title = firstNonNull(title, Json.text(item, "headline"));
        published = firstNonNull(published, Json.text(item, "datePublished"));
        byline = firstNonNull(byline, Json.name(item.get("author")));
        site = firstNonNull(site, Json.name(item.get("publisher")));
        url = firstNonNull(url, Json.text(item, "url"));
      }
    }
    Element c2paLink = doc.selectFirst("link[rel~=(?i)c2pa-manifest]");
    if (c2paLink != null) {
      prov.put("link:c2pa-manifest", c2paLink.attr("href"));
    }
    if (doc.selectFirst("script[type~=(?i)application/c2pa]") != null) {
      prov.put("script:application/c2pa", "embedded manifest");
    }
    if (title == null) {
      title = doc.title();
    }
    if (url == null) {
      Element canon = doc.selectFirst("link[rel=canonical]");
      url = canon == null ? null : canon.attr("href");
    }
    Element html = doc.selectFirst("html");
    String lang = html == null ? null : html.attr("lang");
    return new Metadata(title, site, url, byline, published, lang, prov);
  }

  private static String meta(Document doc, String key) {
    Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return e == null ? null : e.attr("content");
  }

  private static String firstNonNull(String a, String b) {
    return a != null && !a.isBlank() ? a : (b == null || b.isBlank() ? null : b);
  }
}
