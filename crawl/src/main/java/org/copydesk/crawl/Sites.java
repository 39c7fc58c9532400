package org.copydesk.crawl;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The site a page belongs to: the registered domain of its URL's host under the Public Suffix List
 * ({@code www.bbc.co.uk} and {@code news.bbc.co.uk} are both {@code bbc.co.uk}; {@code user.github.io} is its own
 * site, because {@code github.io} is a public suffix). Thread-safe; the list (the copy crawler-commons embeds) is
 * read once, on first use.
 */
public final class Sites {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  /**
   * What a host name may hold (letters, marks and digits of any script for internationalised names, the joiners
   * some scripts need), or an IPv6 literal with an optional zone.
   */
  private static final Pattern HOST = Pattern.compile(
      "[\\p{L}\\p{M}\\p{N}\\u200C\\u200D._-]+|\\[[0-9a-f:.]+(%(25)?[\\w.~-]+)?]");

  private Sites() {}

  /**
   * The site of a URL: its registered domain in lower case (internationalised names in their Unicode form), the
   * host itself for an IP address, {@code localhost} or a name under no known public suffix, or {@code null} when
   * the URL has no host (a file path, a relative link, not a URL).
   */
  public static String of(String url) {
    String host = host(url);
    if (host == null) {
      return null;
    }
    if (IPV4.matcher(host).matches() || host.startsWith("[") || !host.contains(".")) {
      return host;
    }
    String ascii;
    try {
      ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      return host;
    }
    String domain = EffectiveTldFinder.getAssignedDomain(ascii, true, false);
    String site = domain == null || domain.isEmpty() ? ascii : domain;
    return IDN.toUnicode(site, IDN.ALLOW_UNASSIGNED);
  }

  /** The lower-case host of an absolute http(s) URL, without a trailing dot, or {@code null}. */
  static String host(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    int colon = u.indexOf("://");
    if (colon <= 0) {
      return null;
    }
    String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    String host;
    try {
      host = new URI(u).getHost();
    } catch (URISyntaxException e) {
      host = null;
    }
    if (host == null) {
      // URLs in crawls are often not strict RFC 3986 (spaces, unescaped characters in the path): take the
      // authority by hand.
      int start = colon + 3;
      int end = start;
      while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) {
        end++;
      }
      String authority = u.substring(start, end);
      int at = authority.lastIndexOf('@');
      authority = authority.substring(at + 1);
      int port = authority.startsWith("[") ? authority.indexOf("]:") + 1 : authority.lastIndexOf(':');
      host = port > 0 ? authority.substring(0, port) : authority;
    }
    host = host.toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    // what is left after a loose parse may be anything ("-1+cmd|' /c calc'!a0"): only a host name is a site
    return HOST.matcher(host).matches() ? host : null;
  }
}
