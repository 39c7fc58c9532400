package org.copydesk.article;

/** What a block of an article is. The last four occur in web pages and are never part of the article body. */
public enum BlockType {
  TITLE,
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  QUOTE,
  CAPTION,
  /** Site navigation and page headers. */
  NAV,
  /** Sidebars, widgets, related-post boxes, share bars and other chrome beside the body. */
  ASIDE,
  /** Page footers. */
  FOOTER,
  /** Comment threads and comment forms. */
  COMMENTS;

  /** Whether this block is page chrome rather than article content. */
  public boolean isChrome() {
    return this == NAV || this == ASIDE || this == FOOTER || this == COMMENTS;
  }
}
