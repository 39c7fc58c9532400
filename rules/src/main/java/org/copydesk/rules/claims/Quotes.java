package org.copydesk.rules.claims;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.Regexes;

/** Quotations in an article and their words, normalised so typography and punctuation do not count. */
final class Quotes {
  /** Shorter quotations are phrases ("so-called 'peace plan'"), not someone's words. */
  static final int MIN_WORDS = 4;
  private static final Pattern QUOTE = Regexes.compile(
      "“([^“”]{2,2000})”|„([^“”„]{2,2000})[“”]|«\\s?([^«»]{2,2000}?)\\s?»"
      + "|\"([^\"]{2,2000})\"|(?<![\\p{L}\\p{N}])‘([^‘’]{2,2000}?)’(?![\\p{L}])");
  private static final Pattern BRACKETS = Regexes.compile("\\[[^\\]]{0,80}\\]");
  private static final Pattern ELLIPSIS = Regexes.compile("\\.\\.\\.|…");
  private static final Pattern MARKS = Regexes.compile("\\p{M}+");
  private static final Pattern WORD = Regexes.compile("[\\p{L}\\p{M}\\p{N}]+");

  /**
   * One quotation.
   *
   * @param span the quotation with its marks
   * @param parts its words, normalised, in the pieces an ellipsis leaves; editorial brackets removed
   * @param words how many words it has
   */
  record Quote(Span span, List<List<String>> parts, int words) {}

  /** Whether a quotation is in the source and, when it is not but nearly is, the source's wording. */
  record Verdict(boolean found, String closest) {}

  private Quotes() {}

  /** The quotations of at least {@link #MIN_WORDS} words in the article body. */
  static List<Quote> find(Article article) {
    List<Quote> out = new ArrayList<>();
    for (Block b : article.contentBlocks()) {
      Matcher m = QUOTE.matcher(b.text());
      while (m.find()) {
        int g = 1;
        while (m.group(g) == null) {
          g++;
        }
        String inner = m.group(g);
        List<List<String>> parts = new ArrayList<>();
        int words = 0;
        for (String piece : ELLIPSIS.split(BRACKETS.matcher(inner).replaceAll(" "))) {
          List<String> ws = words(piece);
          if (!ws.isEmpty()) {
            parts.add(ws);
            words += ws.size();
          }
        }
        if (words >= MIN_WORDS) {
          int base = b.span().start();
          out.add(new Quote(new Span(base + m.start(), base + m.end()), List.copyOf(parts), words));
        }
      }
    }
    return out;
  }

  /** The words of a text: lower case, accents folded, punctuation and typography dropped. */
  static List<String> words(String text) {
    return words(text, null);
  }

  /**
   * As {@link #words(String)}, adding where each word starts and ends in {@code text} to {@code spans} when it is
   * not {@code null}, for quoting the text back.
   */
  static List<String> words(String text, List<int[]> spans) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      for (int i = 0; i < w.length(); i++) {
        if (w.charAt(i) > 0x7f || Character.isUpperCase(w.charAt(i))) {
          w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
          break;
        }
      }
      if (!w.isEmpty()) {
        out.add(w);
        if (spans != null) {
          spans.add(new int[] {m.start(), m.end()});
        }
      }
    }
    return out;
  }
}
