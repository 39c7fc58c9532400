package org.copydesk.example.cms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;

/**
 * A house rule: an article must say who wrote it. It is quiet when the input declares an author (a JSON
 * payload's {@code byline}, Markdown front matter's {@code author}, an HTML page's author meta tag or JSON-LD
 * author) or when one of the first blocks after the headline is a byline line: a short line that starts with a
 * byline prefix ({@code By}, {@code Written by}, {@code Reporting by} ...) followed by a capitalised name and
 * does not end like a sentence ({@code By Tuesday the council had voted.} is not a byline). Otherwise it
 * reports one finding on the headline (or on the first block when there is none).
 *
 * <p>Stateless and thread-safe; the prefixes and how many blocks to look at are fixed when it is built.
 */
public final class MissingByline implements Rule {
  /** The rule's id. */
  public static final String ID = "provenance.missing-byline";

  /** The byline prefixes used unless others are given (English; matched in any case). */
  public static final List<String> DEFAULT_PREFIXES =
      List.of("by", "written by", "words by", "story by", "text by", "reported by", "reporting by");

  /** How many blocks after the headline are searched for a byline line unless told otherwise. */
  public static final int DEFAULT_OPENING_BLOCKS = 4;

  /** A byline line longer than this many words is prose, not a byline. */
  private static final int MAX_BYLINE_WORDS = 14;

  private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
      ID,
      Category.PROVENANCE,
      Severity.WARNING,
      "The article names no author: no byline in its metadata or its opening lines",
      "Looks for an author where a CMS or a page puts one: the input's declared byline (JSON \"byline\", "
          + "Markdown front matter \"author\", HTML author meta tags or JSON-LD), else a short byline line such as "
          + "\"By Jane Smith, Political Editor\" among the first blocks after the headline. Reports the headline "
          + "when there is neither.",
      "Readers and syndication partners need to know who stands behind a story, and corrections need someone to "
          + "go to. Copy without a byline is often pasted wire copy, a press release or machine-written text.",
      List.of(
          new RuleDescriptor.Example(true, "Council approves budget\n\nThe council approved its budget on "
              + "Wednesday after a four-hour debate."),
          new RuleDescriptor.Example(true, "Council approves budget\n\nBy Tuesday the council had voted.\n\n"
              + "The budget passed 38 to 14."),
          new RuleDescriptor.Example(false, "Council approves budget\n\nBy Jane Smith, Local Government "
              + "Reporter\n\nThe council approved its budget on Wednesday after a four-hour debate.")));

  private final Pattern bylineLine;
  private final int openingBlocks;

  /** The rule with the {@linkplain #DEFAULT_PREFIXES default prefixes} and {@link #DEFAULT_OPENING_BLOCKS}. */
  public MissingByline() {
    this(DEFAULT_PREFIXES, DEFAULT_OPENING_BLOCKS);
  }

  /**
   * The rule with a newsroom's own byline prefixes, for example {@code "por"} and {@code "von"} as well.
   *
   * @param prefixes what a byline line starts with, matched in any case before a capitalised name
   * @param openingBlocks how many blocks after the headline to search for a byline line, at least 1
   */
  public MissingByline(List<String> prefixes, int openingBlocks) {
    Objects.requireNonNull(prefixes, "prefixes");
    if (prefixes.isEmpty() || prefixes.stream().anyMatch(p -> p == null || p.isBlank())) {
      throw new IllegalArgumentException("byline prefixes must be given and not blank");
    }
    if (openingBlocks < 1) {
      throw new IllegalArgumentException("openingBlocks must be at least 1, got " + openingBlocks);
    }
    String alternatives = prefixes.stream()
        .map(p -> p.strip().toLowerCase(Locale.ROOT))
        .map(p -> Arrays.stream(p.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
        .collect(Collectors.joining("|"));
    // a prefix in any case, white space, then a capital letter (a name); the rest of the line is free. The case
    // flags stay inside the prefix group: with them on, \p{Lu} would match lower-case letters too.
    this.bylineLine = Pattern.compile("(?iu:" + alternatives + ")\\s+\\p{Lu}.*", Pattern.DOTALL);
    this.openingBlocks = openingBlocks;
  }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    if (article.metadata().byline() != null) {
      return;
    }
    List<Block> content = article.contentBlocks();
    Block headline = content.stream().filter(b -> b.type() == BlockType.TITLE).findFirst().orElse(null);
    List<Block> opening = content.stream()
        .filter(b -> b.type() != BlockType.TITLE)
        .limit(openingBlocks)
        .toList();
    if (opening.stream().anyMatch(this::isBylineLine)) {
      return;
    }
    Block where = headline != null ? headline : content.stream().findFirst().orElse(null);
    if (where == null || where.span().length() == 0) {
      return;
    }
    ctx.report(where.span())
        .message("no byline: neither the article's metadata nor its opening lines name an author; add a byline "
            + "(or the agency's credit) before publishing")
        .confidence(0.9)
        .evidence("searched", "declared author, and the first " + openingBlocks + " blocks after the headline")
        .emit();
  }

  /** Whether a block reads as a byline line rather than prose. */
  boolean isBylineLine(Block block) {
    String text = block.text().strip();
    if (text.isEmpty() || block.wordCount() > MAX_BYLINE_WORDS) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    // "By J. Smith" may end in an initial's full stop only if the last word is one letter: "By Jane Q."
    boolean sentenceEnd = last == '!' || last == '?' || (last == '.' && !endsWithInitial(text));
    return !sentenceEnd && bylineLine.matcher(text).matches();
  }

  private static boolean endsWithInitial(String text) {
    int n = text.length();
    return n >= 3 && Character.isUpperCase(text.charAt(n - 2)) && Character.isWhitespace(text.charAt(n - 3));
  }
}
