package org.copydesk.internal.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.article.Format;
import org.copydesk.article.Link;
import org.copydesk.article.Metadata;
import org.copydesk.article.SourceMap;
import org.copydesk.article.Span;

/**
 * Assembles an {@link Article}: blocks of whitespace-collapsed text, each character remembering its
 * original offset. Blocks are joined by blank lines; empty blocks are dropped.
 */
final class ArticleBuilder {
  private final StringBuilder text = new StringBuilder();
  private int[] origins = new int[1024];
  private final List<Block> blocks = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<int[]> openLinks = new ArrayList<>();
  private final List<String> openHrefs = new ArrayList<>();

  private BlockType current;
  private int blockStart;
  private boolean pendingSpace;
  private int pendingSpaceOrigin;
  private int lastOrigin;

  boolean inBlock() {
    return current != null;
  }

  BlockType currentType() {
    return current;
  }

  void startBlock(BlockType type) {
    if (current != null) {
      endBlock();
    }
    if (!blocks.isEmpty() || text.length() > 0) {
      put('\n', lastOrigin);
      put('\n', lastOrigin);
    }
    current = type;
    blockStart = text.length();
    pendingSpace = false;
  }

  /** Appends one character that came from {@code origin}; whitespace runs collapse to one space. */
  void append(char c, int origin) {
    if (current == null) {
      startBlock(BlockType.PARAGRAPH);
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      if (text.length() > blockStart && !pendingSpace) {
        pendingSpace = true;
        pendingSpaceOrigin = origin;
      }
      return;
    }
    if (pendingSpace) {
      put(' ', pendingSpaceOrigin);
      pendingSpace = false;
    }
    put(c, origin);
  }

  /** Appends {@code s.text[from, to)}. */
  void append(MappedText s, int from, int to) {
    for (int i = from; i < to; i++) {
      append(s.text.charAt(i), s.origin(i));
    }
  }

  /** Appends a decoded string whose characters came from the given original offsets. */
  void append(String decoded, int[] originOffsets) {
    for (int i = 0; i < decoded.length(); i++) {
      append(decoded.charAt(i), originOffsets[i]);
    }
  }

  /** Appends a separator (a space) that maps to {@code origin}. */
  void space(int origin) {
    append(' ', origin);
  }

  void startLink(String href) {
    openHrefs.add(href);
    openLinks.add(new int[] {text.length() + (pendingSpace ? 1 : 0)});
  }

  void endLink() {
    if (openLinks.isEmpty()) {
      return;
    }
    int start = openLinks.remove(openLinks.size() - 1)[0];
    String href = openHrefs.remove(openHrefs.size() - 1);
    int end = text.length();
    if (href != null && !href.isBlank() && end > start && current != null && start >= blockStart) {
      links.add(new Link(href.strip(), new Span(start, end)));
    }
  }

  void endBlock() {
    if (current == null) {
      return;
    }
    pendingSpace = false;
    if (text.length() == blockStart) {
      // Empty block: remove the separator we added.
      int cut = blockStart >= 2 && text.charAt(blockStart - 1) == '\n' ? blockStart - 2 : blockStart;
      text.setLength(cut);
      // links are added in text order, so the ones in the dropped block are at the end: pop them, not a scan of all
      while (!links.isEmpty() && links.get(links.size() - 1).span().start() >= cut) {
        links.remove(links.size() - 1);
      }
    } else {
      String t = text.substring(blockStart);
      blocks.add(new Block(blocks.size(), current, new Span(blockStart, text.length()), t));
    }
    current = null;
  }

  private void put(char c, int origin) {
    if (text.length() + 1 >= origins.length) {
      origins = Arrays.copyOf(origins, origins.length * 2);
    }
    origins[text.length()] = origin;
    text.append(c);
    lastOrigin = origin;
  }

  boolean isEmpty() {
    return blocks.isEmpty() && (current == null || text.length() == blockStart);
  }

  List<Block> blocks() {
    return blocks;
  }

  /** Changes the type of a finished block (a page's furniture recognised only once the whole page is read). */
  void retype(int index, BlockType type) {
    Block b = blocks.get(index);
    blocks.set(index, new Block(b.index(), type, b.span(), b.text()));
  }

  Article build(String source, Format format, Metadata metadata, String original) {
    endBlock();
    int n = text.length();
    int[] map = Arrays.copyOf(origins, n + 1);
    map[n] = n == 0 ? 0 : Math.min(original.length(), lastOrigin + 1);
    return new Article(source, format, text.toString(), blocks, links, metadata, new SourceMap(original, map));
  }
}
