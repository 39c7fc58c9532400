package org.copydesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.article.Article;
import org.copydesk.article.Span;

/** Finds text in an article and says where it came from in the original input. */
public final class Spans {
  private Spans() {}

  /** The span of the first occurrence of {@code needle} in the article's normalised text; fails if absent. */
  public static Span find(Article article, String needle) {
    return find(article, needle, 1);
  }

  /** The span of the {@code nth} (1-based) occurrence of {@code needle}; fails if there are fewer. */
  public static Span find(Article article, String needle, int nth) {
    int at = -1;
    for (int i = 0; i < nth; i++) {
      at = article.text().indexOf(needle, at + 1);
      assertThat(at).as("occurrence %d of \"%s\" in the article text:%n%s", i + 1, needle, article.text())
          .isNotNegative();
    }
    return new Span(at, at + needle.length());
  }

  /** {@code line:column} of the first character of {@code needle} in the original input. */
  public static String start(Article article, String needle) {
    return article.sourceMap().start(find(article, needle).start()).toString();
  }

  /** {@code line:column-line:column} (end exclusive) of {@code needle} in the original input. */
  public static String range(Article article, String needle) {
    Span s = find(article, needle);
    return article.sourceMap().start(s.start()) + "-" + article.sourceMap().end(s);
  }
}
