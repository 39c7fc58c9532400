package org.copydesk.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.copydesk.article.BlockType;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Limits;
import org.copydesk.article.Metadata;
import org.copydesk.internal.regex.StartSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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
  /** Photo captions and credits marked by class rather than {@code <figcaption>}. */
  private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|credit|photo-?desc|image-?desc|img-?desc");
  /** Text a browser does not show: {@code style="display: none"} or {@code visibility: hidden}; kept as chrome. */
  private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
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

  /** Loads a whole page within the default nesting depth. */
  static Metadata loadPage(MappedText in, ArticleBuilder out) throws InvalidInputException {
    return loadPage(in, out, Limits.DEFAULT_MAX_NESTING_DEPTH);
  }

  /**
   * Loads a whole page.
   *
   * @throws InvalidInputException when elements nest more than {@code maxDepth} deep
   */
  static Metadata loadPage(MappedText in, ArticleBuilder out, int maxDepth) throws InvalidInputException {
    Document doc = parse(in, maxDepth);
    HtmlLoader loader = new HtmlLoader(in, out);
    loader.contentRoot = findContentRoot(doc);
    Metadata meta = metadata(doc);
    loader.pageTitle = meta.title();
    loader.walk(doc.body(), BlockType.PARAGRAPH);
    out.endBlock();
    trimEdges(out);
    return meta;
  }

  /**
   * Furniture inside the article container becomes ASIDE: short non-sentence lines before the first real
   * paragraph ("Photo: AP", "Image 1 of 8", "Share", a dateline row), and related-story boxes ("Most read in world
   * news" and the short lines under it). A real paragraph has a dozen words and ends like a sentence, or is long.
   * Short lines after the last paragraph stay: lists at the end of a story are often part of it.
   */
  private static void trimEdges(ArticleBuilder out) {
    List<org.copydesk.article.Block> blocks = out.blocks();
    int first = -1;
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (!blocks.get(i).isChrome() && substantial(blocks.get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    // "Most read", "Related articles", "Lire aussi": the heading and the short link lines under it
    boolean underRelated = false;
    for (int i = 0; i < blocks.size(); i++) {
      org.copydesk.article.Block b = blocks.get(i);
      if (b.isChrome()) {
        continue;
      }
      if (RELATED_HEADING.matcher(b.text().strip()).matches()) {
        underRelated = true;
        out.retype(i, BlockType.ASIDE);
      } else if (underRelated && !substantial(b)) {
        out.retype(i, BlockType.ASIDE);
      } else {
        underRelated = false;
      }
    }
    blocks = out.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      org.copydesk.article.Block b = blocks.get(i);
      if (i < first && !b.isChrome() && b.type() != BlockType.TITLE && b.type() != BlockType.HEADING
          && !substantial(b) && !StartSet.found(SENTENCE_END, b.text()) && !b.text().strip().endsWith(":")) {
        out.retype(i, BlockType.ASIDE);
      }
    }
  }

  /** Headings of related-story boxes, in the languages of the residue catalogue. */
  private static final Pattern RELATED_HEADING = Pattern.compile("(?iu)\\W*(?:most\\s+(?:read|popular|viewed|shared)"
      + "(?:\\s+in\\s+[\\p{L} ]{1,30})?|related(?:\\s+(?:articles?|stories|posts|news|content|coverage))?|"
      + "(?:read|see)\\s+(?:more|also)|more\\s+(?:from|on|stories|news)(?:\\s+[\\p{L} ]{1,30})?|recommended(?:\\s+for\\s+you)?|"
      + "you\\s+(?:may|might)\\s+also\\s+like|trending(?:\\s+now)?|popular\\s+(?:now|stories|posts)|"
      + "lo\\s+m[aá]s\\s+le[ií]do|m[aá]s\\s+le[ií]d[ao]s|noticias\\s+relacionadas|te\\s+puede\\s+interesar|"
      + "(?:[àa]\\s+)?lire\\s+aussi|les\\s+plus\\s+lus|sur\\s+le\\s+m[êe]me\\s+sujet|mehr\\s+zum\\s+thema|meistgelesen|"
      + "das\\s+k[öo]nnte\\s+sie\\s+auch\\s+interessieren|leia\\s+tamb[ée]m|mais\\s+lidas|leggi\\s+anche|"
      + "i\\s+pi[uù]\\s+letti|читайте\\s+также|популярное|ayr[ıi]ca\\s+bak[ıi]n|lees\\s+ook|"
      + "voc[êe]\\s+(?:pode|também\\s+pode)\\s+gostar(?:\\s+de)?)\\W*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"”’»)]*\\s*$");

  private static boolean substantial(org.copydesk.article.Block b) {
    int words = b.wordCount();
    return words >= 25 || words >= 12 && StartSet.found(SENTENCE_END, b.text());
  }

  /**
   * Parses with source positions. Jsoup stops nesting at its parser's depth (it re-parents deeper elements, in
   * linear time, as browsers do), so the tree is never deeper than {@code maxDepth + 1}; a tree that reaches it
   * was deeper in the source and is refused rather than audited in a shape the page does not have. The walk below
   * recurses once per level, so this bound also keeps it off the stack's end.
   */
  private static Document parse(MappedText in, int maxDepth) throws InvalidInputException {
    Document doc = Jsoup.parse(in.text, "", Parser.htmlParser().setTrackPosition(true).setMaxDepth(maxDepth + 1));
    Element[] tooDeep = new Element[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && depth > maxDepth) {
          tooDeep[0] = e;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, doc);
    if (tooDeep[0] != null) {
      Range r = tooDeep[0].sourceRange();
      String where = r.isTracked() ? " at " + Loaders.where(in.text, r.startPos()) : "";
      throw new InvalidInputException("HTML elements nested more than " + maxDepth + " deep" + where
          + "; the max nesting depth is " + maxDepth);
    }
    return doc;
  }

  /** Loads an HTML fragment (a CMS body) within the default nesting depth: everything is content. */
  static void loadFragment(MappedText in, ArticleBuilder out) throws InvalidInputException {
    loadFragment(in, out, Limits.DEFAULT_MAX_NESTING_DEPTH);
  }

  /**
   * Loads an HTML fragment (a CMS body): everything is content.
   *
   * @throws InvalidInputException when elements nest more than {@code maxDepth} deep
   */
  static void loadFragment(MappedText in, ArticleBuilder out, int maxDepth) throws InvalidInputException {
    Document doc = parse(in, maxDepth);
    HtmlLoader loader = new HtmlLoader(in, out);
    loader.contentRoot = doc.body();
    loader.titleSeen = true;
    loader.walk(doc.body(), BlockType.PARAGRAPH);
    out.endBlock();
  }

  /**
   * The article's container: the best-scoring container of the page's paragraphs ({@link ContentScorer}), else a
   * known container ({@code [itemprop=articleBody]}, {@code article}, {@code main}, ...), else the body. Scoring
   * first measured better on the article-extraction benchmark than the selectors first (docs/extraction.md):
   * pages wrap whole layouts, sidebars included, in {@code <main>} or {@code <article>}.
   */
  private static Element findContentRoot(Document doc) {
    Element scored = blockOf(ContentScorer.best(doc));
    if (scored != null && scored.text().length() > MIN_ROOT_CHARS) {
      return scored;
    }
    for (String sel : CONTENT_SELECTORS) {
      Element e = blockOf(doc.selectFirst(sel));
      if (e != null && e.text().length() > MIN_ROOT_CHARS) {
        return e;
      }
    }
    return doc.body();
  }

  private static final int MIN_ROOT_CHARS = 200;

  /** The element itself if it is a block, else its nearest block ancestor: a root must start blocks. */
  private static Element blockOf(Element e) {
    Element b = e;
    while (b != null && !BLOCK_TAGS.contains(b.normalName())) {
      b = b.parent();
    }
    return b;
  }

  private void walk(Element el, BlockType inherited) {
    String tag = el.normalName();
    if (SKIP_TAGS.contains(tag) || el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))
        || !BLOCK_TAGS.contains(tag) && StartSet.found(HIDDEN_STYLE, el.attr("style"))) {
      return; // hidden inline text cannot be set apart from the sentence around it; hidden blocks become chrome
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
    if (linkList(el) || StartSet.found(HIDDEN_STYLE, el.attr("style"))) {
      // text hidden with CSS stays in the article's text (an auditor may want to see it) but is not the story
      return BlockType.ASIDE;
    }
    if (StartSet.found(CAPTION_CLASS, el.className() + " " + el.id())) {
      return BlockType.CAPTION;
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

  /**
   * A short block that is mostly link text ("Read more: ...", a list of related stories, a tag row) is page
   * furniture even inside the article container, as in jusText and Boilerpipe.
   */
  private boolean linkList(Element el) {
    String tag = el.normalName();
    if (!(tag.equals("p") || tag.equals("li") || tag.equals("div") || tag.equals("ul") || tag.equals("ol")
        || tag.equals("section"))) {
      return false;
    }
    String text = el.text();
    return !text.isEmpty() && text.length() < LINK_LIST_MAX_CHARS && ContentScorer.linkDensity(el) > LINK_LIST_DENSITY;
  }

  private static final int LINK_LIST_MAX_CHARS = 400;
  private static final double LINK_LIST_DENSITY = 0.6;

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
    boolean comments = StartSet.found(COMMENTS, marks);
    if ((comments || StartSet.found(SIDEBAR, marks)) && !holdsThePage(el)) {
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
        mediaSourceTypes(item, prov);
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

  /** The JSON-LD fields that hold the media of an item, each of which may declare its own digital source type. */
  private static final List<String> MEDIA_FIELDS = List.of("image", "video", "audio", "associatedMedia", "thumbnail");

  /**
   * The digital source types an item's media declare ("image": {"digitalSourceType": ...}), under keys such as
   * {@code json-ld:image.digitalSourceType}: facts about a picture or a clip, not about the text.
   */
  private static void mediaSourceTypes(JsonNode item, Map<String, String> prov) {
    for (String field : MEDIA_FIELDS) {
      JsonNode media = item.get(field);
      List<JsonNode> all = new ArrayList<>();
      if (media != null && media.isArray()) {
        media.forEach(all::add);
      } else if (media != null && media.isObject()) {
        all.add(media);
      }
      for (JsonNode m : all) {
        String dst = Json.text(m, "digitalSourceType");
        if (dst != null) {
          prov.putIfAbsent("json-ld:" + field + ".digitalSourceType", dst);
        }
      }
    }
  }

  private static String meta(Document doc, String key) {
    Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return e == null ? null : e.attr("content");
  }

  private static String firstNonNull(String a, String b) {
    return a != null && !a.isBlank() ? a : (b == null || b.isBlank() ? null : b);
  }
}
