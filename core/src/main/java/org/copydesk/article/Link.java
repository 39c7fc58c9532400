package org.copydesk.article;

import java.util.Objects;

/**
 * A hyperlink in the article and the span of its anchor text.
 *
 * @param href the link target as written in the input
 * @param span the anchor text in {@link Article#text()}
 */
public record Link(String href, Span span) {
  public Link {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(span, "span");
  }
}
