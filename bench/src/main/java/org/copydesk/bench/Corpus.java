package org.copydesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Sentence;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.BlockType;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;

/**
 * Generated articles of a given length for benchmarks: sentences drawn (with a fixed seed) from the repository's
 * fixture articles, the clean controls and the seed article with its problems, in paragraphs of two to four, under a
 * headline. The same call gives the same text. As plain text, Markdown, CMS JSON or a full web page with the
 * chrome a scraped page has (navigation, share bar, related posts, comment form, footer).
 */
public final class Corpus {
  private final List<String> sentences;

  private Corpus(List<String> sentences) {
    if (sentences.size() < 20) {
      throw new IllegalArgumentException("too few sentences to draw from: " + sentences.size());
    }
    this.sentences = List.copyOf(sentences);
  }

  /** The sentences of the plain-text, Markdown and JSON articles under {@code fixtures/seed} and {@code fixtures/clean}. */
  public static Corpus fromFixtures(Path fixtures) {
    List<String> out = new ArrayList<>();
    for (String dir : List.of("seed", "clean")) {
      try (Stream<Path> files = Files.list(fixtures.resolve(dir))) {
        // the seed article once (its four files carry the same words), every clean control that is not HTML
        for (Path f : files.filter(p -> dir.equals("seed") ? p.toString().endsWith(".txt")
            : p.toString().matches(".*\\.(txt|md|json)$") && !p.toString().endsWith(".expected.json"))
            .sorted().toList()) {
          Article a = Articles.parse(Files.readString(f), Format.fromFileName(f.toString()).orElseThrow(), f.toString());
          for (Sentence s : new Analysis(a).sentences()) {
            if (a.blocks().get(s.blockIndex()).type() == BlockType.PARAGRAPH && s.text().split("\\s+").length >= 6) {
              out.add(s.text().strip());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InvalidInputException e) {
        throw new IllegalStateException(e);
      }
    }
    return new Corpus(out);
  }

  /** One generated article of about {@code words} words (the last paragraph may run a sentence over). */
  public String text(int words, long seed) {
    StringBuilder sb = new StringBuilder();
    for (String p : paragraphs(words, seed)) {
      sb.append(sb.length() == 0 ? "" : "\n\n").append(p);
    }
    return sb.toString();
  }

  /** The headline, then the paragraphs. */
  private List<String> paragraphs(int words, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    String headline = sentences.get(r.nextInt(sentences.size())).replaceAll("[.!?]+$", "");
    String[] hw = headline.split("\\s+");
    out.add(String.join(" ", java.util.Arrays.copyOf(hw, Math.min(hw.length, 12))));
    int count = out.get(0).split("\\s+").length;
    while (count < words) {
      StringBuilder p = new StringBuilder();
      for (int i = 0, n = 2 + r.nextInt(3); i < n && count < words; i++) {
        String s = sentences.get(r.nextInt(sentences.size()));
        p.append(p.length() == 0 ? "" : " ").append(s);
        count += s.split("\\s+").length;
      }
      out.add(p.toString());
    }
    return out;
  }

  /** The article in a format: plain text, Markdown (headline as {@code #}), CMS JSON or a full web page. */
  public String render(Format format, int words, long seed) {
    List<String> ps = paragraphs(words, seed);
    String headline = ps.get(0);
    List<String> body = ps.subList(1, ps.size());
    switch (format) {
      case TEXT:
        return String.join("\n\n", ps);
      case MARKDOWN:
        return "---\ntitle: \"" + headline.replace("\"", "'") + "\"\nauthor: Bench Reporter\n---\n\n# " + headline
            + "\n\n" + String.join("\n\n", body) + "\n";
      case JSON:
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("title", headline).put("byline", "Bench Reporter").put("language", "en")
            .put("url", "https://news.example/" + seed).put("body", String.join("\n\n", body));
        return n.toString();
      case HTML:
        return page(headline, body, seed);
      default:
        throw new IllegalArgumentException("no generator for " + format);
    }
  }

  private static String page(String headline, List<String> body, long seed) {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(headline))
        .append(" | The Daily Example</title>\n<meta property=\"og:site_name\" content=\"The Daily Example\">\n")
        .append("<link rel=\"stylesheet\" href=\"/style.css\"><script>window.dataLayer=[];</script></head>\n<body>\n")
        .append("<header class=\"site-header\"><a href=\"/\">The Daily Example</a><nav class=\"menu\"><ul>");
    for (String s : List.of("Home", "World", "Business", "Sport", "Culture", "Opinion", "Contact")) {
      sb.append("<li><a href=\"/").append(s.toLowerCase(Locale.ROOT)).append("\">").append(s).append("</a></li>");
    }
    sb.append("</ul></nav></header>\n<main><article class=\"post\"><h1 class=\"entry-title\">").append(escape(headline))
        .append("</h1>\n<div class=\"byline\">By Bench Reporter · 3 December 2026</div>\n")
        .append("<div class=\"share\"><a href=\"https://facebook.com/sharer\">Share</a> <a href=\"https://twitter.com/intent/tweet\">Tweet</a></div>\n")
        .append("<div class=\"entry-content\">\n");
    for (String p : body) {
      sb.append("<p>").append(escape(p)).append("</p>\n");
    }
    sb.append("</div></article>\n<section class=\"related-posts\"><h3>Related Articles</h3><ul>");
    for (int i = 0; i < 4; i++) {
      sb.append("<li><a href=\"/post-").append(seed + i).append("\">Council publishes its plans for next year ")
          .append(i).append("</a></li>");
    }
    sb.append("</ul></section>\n<div id=\"respond\" class=\"comment-respond\"><h3>Leave a Reply</h3>")
        .append("<p>Your email address will not be published. Required fields are marked *</p>")
        .append("<form><textarea name=\"comment\"></textarea><input type=\"submit\" value=\"Post Comment\"></form></div>\n")
        .append("</main>\n<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Storm closes coast road</a></li>")
        .append("<li><a href=\"/b\">Markets edge higher</a></li></ul></aside>\n<footer class=\"site-footer\">")
        .append("<p>© 2026 The Daily Example. All rights reserved.</p><a href=\"#top\">Back to top</a></footer>\n")
        .append("</body></html>\n");
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
