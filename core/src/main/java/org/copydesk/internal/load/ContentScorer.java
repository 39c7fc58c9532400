package org.copydesk.internal.load;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.internal.regex.StartSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's article when no known container ({@code article}, {@code main},
 * {@code .entry-content}, ...) does: paragraphs vote for their parent and grandparent by their length and commas,
 * class and id names add or subtract weight, and a container full of links loses its score. This is the
 * candidate scoring of Arc90's Readability, as Mozilla's Readability.js and readability-lxml implement it.
 */
final class ContentScorer {
  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|"
          + "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|"
          + "widget|nav|menu|breadcrumb|subscribe|newsletter|social|popular|trending|cookie");
  /** Containers that hold comments, sidebars or footers: paragraphs inside them do not vote (Readability's "unlikely"). */
  private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|banner|breadcrumbs|combx|comment|community|cover-wrap|"
      + "disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
      + "sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote");
  private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow");
  /** Shorter paragraphs do not vote; 32 to 48 all score 0.959-0.962 on the extraction benchmark, 25 scores 0.957. */
  private static final int MIN_PARAGRAPH = 40;
  /** How many levels above the best candidate to look for sibling sections of the same article. */
  private static final int SIBLING_LEVELS = 2;

  private ContentScorer() {}

  /** The best-scoring container of the page's paragraphs, or {@code null} when the page has too little text. */
  static Element best(Document doc) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    // Candidates in the order they were first scored (document order). An identity map iterates in identity hash
    // order, which changes from run to run: a tie would go to a different container each time.
    List<Element> candidates = new ArrayList<>();
    for (Element p : doc.body() == null ? java.util.List.<Element>of() : doc.body().select("p, pre, td, li, div")) {
      if (p.normalName().equals("div") && hasBlockChild(p) || p.normalName().equals("li") && p.text().length() < 80) {
        continue;
      }
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH || insideUnlikely(p)) {
        continue;
      }
      double score = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      if (!scores.containsKey(parent)) {
        candidates.add(parent);
      }
      scores.merge(parent, score + initial(parent, scores), (a, b) -> a + score);
      Element grand = parent.parent();
      if (grand != null) {
        if (!scores.containsKey(grand)) {
          candidates.add(grand);
        }
        scores.merge(grand, score / 2 + initial(grand, scores), (a, b) -> a + score / 2);
      }
    }
    Element top = null;
    double topScore = 0;
    for (Element e : candidates) { // a tie goes to the container scored first (around the earliest paragraph)
      double s = scores.get(e) * (1 - linkDensity(e));
      if (s > topScore) {
        top = e;
        topScore = s;
      }
    }
    if (top == null) {
      return null;
    }
    // An article split into sibling blocks ("article__block" after "article__block"): when a sibling scores
    // well too, the parent holds the article. Wrappers with a single child are looked through first.
    Element anchor = top;
    while (anchor.parent() != null && anchor.parent().children().size() == 1
        && !anchor.parent().normalName().equals("body")) {
      anchor = anchor.parent();
    }
    double threshold = Math.max(10, topScore * 0.2);
    for (int level = 0; level < SIBLING_LEVELS; level++) {
      if (anchor.parent() == null || anchor.parent().normalName().equals("body")) {
        return top;
      }
      for (Element sib : anchor.parent().children()) {
        Double s = scores.get(sib);
        if (sib != anchor && s != null && s * (1 - linkDensity(sib)) >= threshold) {
          return anchor.parent();
        }
      }
      anchor = anchor.parent();
    }
    return top;
  }

  private static boolean insideUnlikely(Element p) {
    for (Element e = p; e != null && !e.normalName().equals("body"); e = e.parent()) {
      String marks = e.className() + " " + e.id();
      if (marks.isBlank() || e.normalName().equals("article") || e.normalName().equals("main")) {
        continue;
      }
      if (StartSet.found(UNLIKELY, marks) && !StartSet.found(MAYBE, marks)) {
        return true;
      }
    }
    return false;
  }

  private static double initial(Element e, Map<Element, Double> scores) {
    if (scores.containsKey(e)) {
      return 0;
    }
    double s = classWeight(e);
    switch (e.normalName()) {
      case "div":
        return s + 5;
      case "pre":
      case "td":
      case "blockquote":
        return s + 3;
      case "form":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
        return s - 3;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        return s - 5;
      default:
        return s;
    }
  }

  private static double classWeight(Element e) {
    double w = 0;
    for (String name : new String[] {e.className(), e.id()}) {
      if (name.isEmpty()) {
        continue;
      }
      String n = name.toLowerCase(Locale.ROOT);
      if (StartSet.found(NEGATIVE, n)) {
        w -= 25;
      }
      if (StartSet.found(POSITIVE, n)) {
        w += 25;
      }
    }
    return w;
  }

  /** The share of an element's text that sits inside links. */
  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / all);
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCK_CHILDREN.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** Children that make a {@code div} a container rather than a paragraph. */
  private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "table", "ul", "ol", "pre", "blockquote",
      "section", "article", "h1", "h2", "h3", "h4", "h5", "h6");
}
