package org.copydesk.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Limits;

/**
 * One page of a crawl, as read from its container and not yet parsed: a WARC response or resource record, or one
 * line of a JSON Lines file. Parsing ({@link #toArticle}) is left to the caller, so a reader on one thread can
 * feed parsers and auditors on others. Immutable (the body is not copied; do not change the array passed in).
 */
public final class CrawlRecord {
  /** How far into a page the {@code <meta charset>} declaration is looked for, as browsers do. */
  private static final int META_SNIFF_BYTES = 1024;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]{1,40})", Pattern.CASE_INSENSITIVE);

  private final String source;
  private final String url;
  private final String container;
  private final long position;
  private final Format format;
  private final byte[] body;
  private final String charset;
  private final String failure;

  private CrawlRecord(String source, String url, String container, long position, Format format, byte[] body,
      String charset, String failure) {
    this.source = Objects.requireNonNull(source, "source");
    this.url = url;
    this.container = Objects.requireNonNull(container, "container");
    this.position = position;
    this.format = format;
    this.body = body;
    this.charset = charset;
    this.failure = failure;
  }

  /** A page whose body is to be parsed as {@code format}; {@code charset} may be {@code null} (sniffed). */
  static CrawlRecord page(String source, String url, String container, long position, Format format, byte[] body,
      String charset) {
    return new CrawlRecord(source, url, container, position, format, body, charset, null);
  }

  /** A page that could not be taken from its container, with one line saying why. */
  static CrawlRecord failed(String source, String url, String container, long position, String why) {
    return new CrawlRecord(source, url, container, position, null, null, null, why);
  }

  /**
   * The name reports give the page: its URL for a WARC record, {@code FILE:LINE} for a line of JSON Lines (the
   * page's URL, if it has one, is then in its metadata).
   */
  public String source() {
    return source;
  }

  /** The URL the container gives the page (a WARC record's target), or {@code null}. */
  public String url() {
    return url;
  }

  /** The file the page was read from. */
  public String container() {
    return container;
  }

  /** Where in the container the page starts: a WARC record's byte offset, or a JSON Lines line number. */
  public long position() {
    return position;
  }

  /** Why the page could not be read from its container (too large, undecodable), or {@code null}. */
  public String failure() {
    return failure;
  }

  /**
   * The page's text, not yet parsed: the body decoded with the charset its HTTP header or its
   * {@code <meta charset>} declares (UTF-8 when neither does; bytes that do not decode become U+FFFD, as in a
   * browser), without a byte-order mark. For a pipeline that parses elsewhere (a Spark job's audit stage).
   *
   * @throws InvalidInputException when the record failed in its container
   */
  public String text() throws InvalidInputException {
    if (failure != null) {
      throw new InvalidInputException(source + ": " + failure);
    }
    return decode(body, format == Format.HTML ? htmlCharset() : StandardCharsets.UTF_8);
  }

  /** The format the page's text is in: HTML for a WARC record, JSON for a line of JSON Lines. */
  public Format format() {
    return format != null ? format : Format.HTML;
  }

  /**
   * The page as an article: its {@link #text()} parsed within {@code limits}.
   *
   * @throws InvalidInputException when the record failed in its container, or its body is not an article
   */
  public Article toArticle(Limits limits) throws InvalidInputException {
    return parse(text(), format(), source, limits);
  }

  /**
   * Parses a page's text as its container's reader would: a blank page is refused with the message the command
   * line gives, the rest goes to {@link Articles#parse}.
   */
  public static Article parse(String text, Format format, String source, Limits limits)
      throws InvalidInputException {
    if (text.isBlank()) {
      throw new InvalidInputException(source + ": empty page: no text to audit");
    }
    return Articles.parse(text, format, source, limits);
  }

  private Charset htmlCharset() {
    Charset declared = charset(charset);
    if (declared != null) {
      return declared;
    }
    String head = new String(body, 0, Math.min(body.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    Charset meta = m.find() ? charset(m.group(1)) : null;
    return meta != null ? meta : StandardCharsets.UTF_8;
  }

  /** A charset by name, or {@code null} when the name is missing or unknown; UTF-16 in a meta tag means UTF-8. */
  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("utf-16") || n.startsWith("utf-32")) {
      return StandardCharsets.UTF_8; // the HTML standard: a page that could declare it is not UTF-16
    }
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252"; // the HTML standard's mapping: browsers decode these labels as windows-1252
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String decode(byte[] bytes, Charset cs) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      String s = d.decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException(e); // cannot happen with REPLACE
    }
  }

  @Override
  public String toString() {
    return "CrawlRecord[" + source + " @" + position + (failure != null ? ", failed: " + failure : "") + "]";
  }
}
