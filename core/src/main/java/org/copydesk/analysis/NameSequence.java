package org.copydesk.analysis;

import java.util.List;
import org.copydesk.article.Span;

/**
 * A run of capitalised words that reads as a proper name ("Shanghai Cooperation Organization",
 * "Bank of England"), connectors such as "of" and "the" allowed inside.
 *
 * @param span the whole name
 * @param words its capitalised words, connectors excluded
 * @param sentenceInitial whether the name starts its sentence (so its first capital proves nothing)
 */
public record NameSequence(Span span, List<Token> words, boolean sentenceInitial) {
  public NameSequence {
    words = List.copyOf(words);
  }
}
