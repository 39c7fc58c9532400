package org.copydesk.internal.load;

import java.util.regex.Pattern;
import org.copydesk.article.Article;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Metadata;

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
    if (HTML_SNIFF.matcher(t).find()) {
      return Format.HTML;
    }
    if (MD_SNIFF.matcher(t).find()) {
      return Format.MARKDOWN;
    }
    return Format.TEXT;
  }

  /** Builds an article from decoded text in the given format. */
  public static Article load(String content, Format format, String source) throws InvalidInputException {
    if (content.isBlank()) {
      throw new InvalidInputException("empty input: no text to audit");
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
        meta = HtmlLoader.loadPage(in, out);
        break;
      case JSON:
        meta = JsonLoader.load(in, out);
        break;
      default:
        throw new IllegalStateException(format.toString());
    }
    if (out.isEmpty()) {
      throw new InvalidInputException("no article text found in " + format.id() + " input");
    }
    return out.build(source, format, meta, content);
  }
}
