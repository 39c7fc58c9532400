package org.copydesk.analysis;

import org.copydesk.article.Span;

/**
 * A sentence of the article body.
 *
 * @param index position in {@link Analysis#sentences()}
 * @param blockIndex the index of the block it belongs to
 * @param span where it sits in the article text
 * @param text its text
 */
public record Sentence(int index, int blockIndex, Span span, String text) {}
