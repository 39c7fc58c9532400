package org.copydesk.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.copydesk.article.BlockType;
import org.copydesk.article.InvalidInputException;
import org.copydesk.article.Metadata;
import org.copydesk.internal.regex.StartSet;

/**
 * Markdown through CommonMark with source spans: YAML front matter becomes metadata; headings, paragraphs,
 * list items and block quotes become blocks; emphasis, code marks and link syntax are stripped while each
 * character keeps its offset. Code blocks and raw HTML are skipped.
 */
final class MarkdownLoader {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private final MappedText in;
  private final ArticleBuilder out;
  private boolean titleSeen;
  private String title;

  private MarkdownLoader(MappedText in, ArticleBuilder out) {
    this.in = in;
    this.out = out;
  }

  static Metadata load(MappedText in, ArticleBuilder out) throws InvalidInputException {
    FrontMatter fm = FrontMatter.split(in.text);
    // Blank the front matter but keep its length, so CommonMark's input offsets equal ours.
    String body = fm.blanked();
    MarkdownLoader loader = new MarkdownLoader(MappedText.identity(body), out);
    loader.visitBlocks(PARSER.parse(body), BlockType.PARAGRAPH);
    Metadata meta = fm.metadata();
    if (meta.title() == null && loader.title != null) {
      meta = meta.withTitle(loader.title);
    }
    return meta;
  }

  private void visitBlocks(Node parent, BlockType ctx) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading) {
        Heading h = (Heading) n;
        BlockType t = h.getLevel() == 1 && !titleSeen ? BlockType.TITLE : BlockType.HEADING;
        out.startBlock(t);
        visitInlines(h);
        if (t == BlockType.TITLE) {
          titleSeen = true;
        }
        out.endBlock();
        if (t == BlockType.TITLE && !out.blocks().isEmpty()) {
          title = out.blocks().get(out.blocks().size() - 1).text();
        }
      } else if (n instanceof Paragraph) {
        // Scraped furniture pasted as stacked lines ("Follow", "6 min read", "Share") is one CommonMark paragraph;
        // unless the lines are prose wrapped at a width or written one sentence per line, each line is a block of
        // its own, as in plain text.
        // A quotation's paragraph runs on, in CommonMark, over the lines under it that carry no ">" (lazy
        // continuation); in scraped copy those lines are what came after the quote ("> "…," she said." then
        // "**Advertisement**"), each a line of its own outside the quotation.
        int firstLazy = ctx == BlockType.QUOTE ? firstLazyLine(n) : -1;
        List<String> lines = sourceLines(n);
        if (firstLazy > 0) {
          lines = lines.subList(0, firstLazy);
        }
        boolean stacked = lines.size() > 1 && !TextLoader.hardWrapped(lines) && !sentencePerLine(lines)
            && noLongLineRunsOn(lines);
        int line = 0;
        out.startBlock(ctx);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
          boolean lineBreak = c instanceof SoftLineBreak || c instanceof HardLineBreak;
          line += lineBreak ? 1 : 0;
          if (lineBreak && firstLazy > 0 && line >= firstLazy) {
            out.endBlock();
            out.startBlock(BlockType.PARAGRAPH);
          } else if (stacked && c instanceof SoftLineBreak) {
            out.endBlock();
            out.startBlock(ctx);
          } else {
            visitInline(c);
          }
        }
        out.endBlock();
      } else if (n instanceof BulletList || n instanceof OrderedList || n instanceof ListItem) {
        visitBlocks(n, BlockType.LIST_ITEM);
      } else if (n instanceof BlockQuote) {
        visitBlocks(n, BlockType.QUOTE);
      } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
          || n instanceof HtmlBlock || n instanceof ThematicBreak) {
        continue;
      } else {
        visitBlocks(n, ctx);
      }
    }
  }

  /** Every line ends a sentence (a full stop, not a colon: "Commento:" / "Nome:" are form labels). */
  private static boolean sentencePerLine(List<String> lines) {
    for (String l : lines) {
      if (!TextLoader.endsWithMark(l, TextLoader.CLOSERS + "_", ".!?…")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Prose wrapped at a width breaks its long lines after a lower-case word ("... approved the budget on" / "Monday
   * after a debate"); stacked furniture is short lines, or lines that end on a name or a number.
   */
  private static boolean noLongLineRunsOn(List<String> lines) {
    if (TextLoader.paragraphsOnLines(lines)) {
      return true; // whole paragraphs on lines of their own: stacked, not wrapped at a width
    }
    for (int i = 0; i < lines.size() - 1; i++) {
      String l = lines.get(i).strip();
      if (l.length() >= TextLoader.WRAPPED_LINE_CHARS && !TextLoader.endsLikeSentence(l)
          && TextLoader.endsInLowerCaseWord(l)
          && !wholeLineMarkup(l) && !wholeLineMarkup(lines.get(i + 1))
          && !StartSet.found(NAME_AND_SLOGAN, l) && !StartSet.found(NAME_AND_SLOGAN, lines.get(i + 1))
          && !(StartSet.found(NAME_AND_DASHED_SLOGAN, l) && TextLoader.startsLine(lines.get(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Okna Komfort | Plastic windows", "**Brentfield Pools** • Covers": a name (bold or not) and its slogan start a
   * line of their own, never the rest of one.
   */
  private static final java.util.regex.Pattern NAME_AND_SLOGAN =
      java.util.regex.Pattern.compile("^\\s*[*_]{0,2}\\p{Lu}[^|•·]{0,60}\\s[|•·]\\s");
  /**
   * "**Güven Sigorta Acentesi** – Kasko ve konut sigortası", "Funeraria San Judas — Servicio las 24 horas": a name and
   * a slogan after a dash, a line of its own when the next line starts anew (a capital or markup); a sentence wrapped
   * at a width runs on in lower case ("Mayor Anna Lopez – who cut the ribbon – after years of" / "delays").
   */
  private static final java.util.regex.Pattern NAME_AND_DASHED_SLOGAN =
      java.util.regex.Pattern.compile("^\\s*[*_]{0,2}\\p{Lu}[^|•·—–]{0,60}\\s[—–]\\s");

  /** A line that is one link or one bold run from end to end: "[Title](url)", "**Brand | Slogan**". */
  private static boolean wholeLineMarkup(String raw) {
    String t = raw.strip();
    return (t.startsWith("[") || t.startsWith("*") || t.startsWith("_") || t.startsWith("!["))
        && (t.endsWith(")") || t.endsWith("*") || t.endsWith("_"));
  }

  /**
   * The index of the first line of a quotation's paragraph that has no ">" before it, or -1 when every line has one,
   * or when the lines run on as wrapped prose (the quoted line before it does not end a sentence), or when a line
   * break falls inside a link or emphasis (the split is made only between the paragraph's own inline nodes).
   */
  private int firstLazyLine(Node paragraph) {
    List<SourceSpan> spans = paragraph.getSourceSpans();
    for (int k = 1; k < spans.size(); k++) {
      int from = spans.get(k).getInputIndex();
      int lineStart = in.text.lastIndexOf('\n', from - 1) + 1;
      if (in.text.substring(lineStart, from).indexOf('>') < 0) {
        SourceSpan before = spans.get(k - 1);
        String quoted = in.text.substring(before.getInputIndex(), before.getInputIndex() + before.getLength());
        boolean ends = TextLoader.endsWithMark(quoted.strip(), TextLoader.CLOSERS + "_*", ".!?…")
            || TextLoader.endsWithMark(quoted.strip(), "", TextLoader.CLOSERS);
        return ends && breaksAtTopLevel(paragraph) ? k : -1;
      }
    }
    return -1;
  }

  /** Whether every line break of a paragraph is one of its own inline nodes, none inside a link or emphasis. */
  private static boolean breaksAtTopLevel(Node paragraph) {
    int all = 0;
    int top = 0;
    for (Node c = paragraph.getFirstChild(); c != null; c = c.getNext()) {
      top += c instanceof SoftLineBreak || c instanceof HardLineBreak ? 1 : 0;
    }
    java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
    todo.push(paragraph);
    while (!todo.isEmpty()) {
      for (Node c = todo.pop().getFirstChild(); c != null; c = c.getNext()) {
        all += c instanceof SoftLineBreak || c instanceof HardLineBreak ? 1 : 0;
        todo.push(c);
      }
    }
    return all == top;
  }

  /** The source lines of a block, as written (markup included). */
  private List<String> sourceLines(Node block) {
    List<String> lines = new java.util.ArrayList<>();
    for (SourceSpan span : block.getSourceSpans()) {
      int from = span.getInputIndex();
      lines.add(in.text.substring(from, from + span.getLength()));
    }
    return lines;
  }

  private void visitInlines(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      visitInline(n);
    }
  }

  private void visitInline(Node n) {
    if (n instanceof Text) {
      appendLiteral(((Text) n).getLiteral(), n);
    } else if (n instanceof Code) {
      appendLiteral(((Code) n).getLiteral(), n);
    } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
      out.space(in.origin(start(n)));
    } else if (n instanceof Link) {
      out.startLink(((Link) n).getDestination());
      visitInlines(n);
      out.endLink();
    } else if (!(n instanceof Image || n instanceof HtmlInline)) {
      visitInlines(n);
    }
  }

  private void appendLiteral(String literal, Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) {
      return;
    }
    int rawStart = spans.get(0).getInputIndex();
    SourceSpan last = spans.get(spans.size() - 1);
    int rawEnd = last.getInputIndex() + last.getLength();
    if (n instanceof Code) {
      int at = in.text.indexOf(literal, rawStart);
      if (at >= 0 && at < rawEnd) {
        rawStart = at;
      }
    }
    out.append(literal, in.align(literal, rawStart, rawEnd));
  }

  private int start(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
  }

  /** YAML front matter between {@code ---} lines at the very start. */
  static final class FrontMatter {
    private final String input;
    private final int end; // offset just past the closing fence line, 0 if none
    private final JsonNode values;

    private FrontMatter(String input, int end, JsonNode values) {
      this.input = input;
      this.end = end;
      this.values = values;
    }

    static FrontMatter split(String s) throws InvalidInputException {
      String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
      int shift = s.length() - t.length();
      if (!(t.startsWith("---\n") || t.startsWith("---\r\n"))) {
        return new FrontMatter(s, 0, null);
      }
      int firstNl = t.indexOf('\n');
      int pos = firstNl + 1;
      while (pos <= t.length()) {
        int nl = t.indexOf('\n', pos);
        int lineEnd = nl < 0 ? t.length() : nl;
        String line = t.substring(pos, lineEnd).strip();
        if (line.equals("---") || line.equals("...")) {
          String yaml = t.substring(firstNl + 1, pos);
          JsonNode values;
          try {
            values = Json.YAML.readTree(yaml);
          } catch (java.io.IOException e) {
            throw new InvalidInputException("invalid YAML front matter: " + Json.firstLine(e));
          }
          return new FrontMatter(s, shift + (nl < 0 ? t.length() : nl + 1), values);
        }
        if (nl < 0) {
          break;
        }
        pos = nl + 1;
      }
      return new FrontMatter(s, 0, null);
    }

    String blanked() {
      if (end == 0) {
        return input;
      }
      StringBuilder sb = new StringBuilder(input);
      for (int i = 0; i < end; i++) {
        if (sb.charAt(i) != '\n') {
          sb.setCharAt(i, ' ');
        }
      }
      return sb.toString();
    }

    String get(String... keys) {
      if (values == null || !values.isObject()) {
        return null;
      }
      for (String k : keys) {
        JsonNode v = values.get(k);
        if (v != null && v.isValueNode()) {
          return v.asText();
        }
        if (v != null && v.isObject() && v.has("name")) {
          return v.get("name").asText();
        }
      }
      return null;
    }

    Metadata metadata() {
      Map<String, String> prov = Json.provenance(values, "front-matter:");
      return new Metadata(
          get("title", "headline"),
          get("site", "siteName", "site_name", "publisher"),
          get("url", "link", "canonical"),
          get("author", "byline", "authors"),
          get("date", "published", "datePublished"),
          get("lang", "language", "locale"),
          prov);
    }
  }
}
