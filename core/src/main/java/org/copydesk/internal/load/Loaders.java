package org.copydesk.internal.load;

import java.util.regex.Pattern;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.Block;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Limits;
import org.copydesk.article.Metadata;
import org.copydesk.article.Position;
import org.copydesk.internal.regex.StartSet;

/** Entry point of the loaders: picks a format and builds the {@link Article}. */
public final class Loaders {
  private static final Pattern HTML_SNIFF = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])");
  private static final Pattern MD_SNIFF = Pattern.compile("(?m)^(---\\s*$|#{1,6} \\S|\\s{0,3}[-*+] \\S|.*\\[[^\\]]+\\]\\([^)]+\\))");

  private Loaders() {}

  /** The format of {@code content} when nothing else says: JSON, HTML, Markdown or plain text. */
  public static Format sniff(String content) {
    String t = content.stripLeading();
    if (t.startsWith("{")) {
      return Format.JSON;
    }
    if (StartSet.found(HTML_SNIFF, t)) {
      return Format.HTML;
    }
    if (StartSet.found(MD_SNIFF, t)) {
      return Format.MARKDOWN;
    }
    return Format.TEXT;
  }

  /** Builds an article from decoded text in the given format, within the default limits. */
  public static Article load(String content, Format format, String source) throws InvalidInputException {
    return load(content, format, source, Limits.defaults());
  }

  /**
   * Builds an article from decoded text in the given format. The size of the input is the caller's to check;
   * the line length (text and Markdown: of the input's lines; HTML and JSON: of the text blocks found) and the
   * nesting depth (HTML and JSON) are checked here.
   */
  public static Article load(String content, Format format, String source, Limits limits)
      throws InvalidInputException {
    if (content.isBlank()) {
      throw new InvalidInputException("empty input: no text to audit");
    }
    if (format == Format.TEXT || format == Format.MARKDOWN) {
      checkLines(content, limits.maxLineLength());
    }
    MappedText in = MappedText.identity(content);
    ArticleBuilder out = new ArticleBuilder();
    Metadata meta;
    switch (format) {
      case TEXT: {
        String title = TextLoader.load(in, out, true);
        meta = Metadata.EMPTY.withTitle(title);
        break;
      }
      case MARKDOWN:
        meta = MarkdownLoader.load(in, out);
        break;
      case HTML:
        meta = HtmlLoader.loadPage(in, out, limits.maxNestingDepth());
        break;
      case JSON:
        meta = JsonLoader.load(in, out, limits.maxNestingDepth());
        break;
      default:
        throw new IllegalStateException(format.toString());
    }
    if (out.isEmpty()) {
      throw new InvalidInputException("no article text found in " + format.id() + " input");
    }
    Article article = out.build(source, format, meta, content);
    if (format == Format.HTML || format == Format.JSON) {
      checkBlocks(article, limits.maxLineLength());
    }
    return article;
  }

  /** Refuses a line longer than {@code max} characters; one pass, no copy. */
  private static void checkLines(String content, int max) throws InvalidInputException {
    int line = 1;
    int start = 0;
    int n = content.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? content.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        if (i - start > max) {
          throw new InvalidInputException("line " + line + " is " + (i - start) + " characters long; the max line "
              + "length is " + max);
        }
        if (c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        start = i + 1;
      }
    }
  }

  /** Refuses a block of extracted text longer than {@code max} characters (HTML and JSON have no lines to go by). */
  private static void checkBlocks(Article article, int max) throws InvalidInputException {
    for (Block b : article.blocks()) {
      if (b.text().length() > max) {
        Position p = article.sourceMap().start(b.span().start());
        throw new InvalidInputException("the block of text at line " + p.line() + ", column " + p.column() + " is "
            + b.text().length() + " characters long; the max line length is " + max);
      }
    }
  }

  /** Line and column (1-based, in characters) of an offset of {@code text}, for messages. */
  static String where(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(Math.max(offset, 0), text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (end - lineStart + 1);
  }
}
