package org.copydesk.rules.integrity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.support.RuleDocs;

/**
 * Two headlines at the top that restate each other: the scraped page's SEO title above its on-page headline
 * ("Kazakhstan's SCO Chairmanship: Milestones and Future Prospects" over "Kazakhstan Successfully Concludes
 * Chairmanship of Shanghai Cooperation Organization, Hands Over to China"). The second line is reported when it
 * reads as a headline (short, no sentence punctuation at the end) and shares at least half of the shorter line's
 * content words with the first, acronyms matched to their expansions. A standfirst that adds new facts shares
 * fewer words and is left alone.
 */
public final class DuplicateHeadline implements Rule {
  static final String ID = "integrity.duplicate-headline";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.INTEGRITY, Severity.WARNING);
  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 25;
  private static final double MIN_OVERLAP = 0.5;
  private static final int MIN_SHARED = 2;
  private static final int BODY_WORDS = 20;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern CAPITALISED_RUN = Pattern.compile("(?:\\p{Lu}\\p{L}+\\s+){1,5}\\p{Lu}\\p{L}+");
  /** Bylines, datelines, credits and labels are not headlines. */
  private static final Pattern NOT_HEADLINE = Pattern.compile("(?iu)^\\W*(?:by|por|par|von|di|de|от|photo|foto|"
      + "image|credit|source|fuente|quelle|fonte|updated|published|actualizado|mis\\s+à\\s+jour|aktualisiert)\\b|"
      + "[©@]|^\\W*[\\p{L} '’]{2,30}:\\s*$");
  /**
   * A dateline opens the story's first paragraph: "HAYWARD, Calif. (AP) — The Latest on ...". Its gaps backtrack
   * a thousand ways on a line without a dash, so it runs only on lines with a dash and a space after it.
   */
  private static final Pattern DATELINE =
      Pattern.compile("(?iu)^\\s*\\p{Lu}[\\p{Lu} .'-]{2,30},?[^—–]{0,25}?(?:\\([^)]{1,20}\\))?\\s*[—–-]\\s");
  private static final Pattern DASH_SPACE = Pattern.compile("[—–-]\\s");
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "at",
      "by", "with", "from", "as", "is", "are", "its", "it", "de", "la", "el", "los", "las", "le", "les", "des", "du",
      "et", "y", "en", "der", "die", "das", "und", "von", "zu", "im", "o", "os", "do", "da", "e", "il", "di",
      "del", "della", "в", "и", "на", "с");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    List<Block> blocks = article.contentBlocks();
    if (blocks.size() < 2) {
      return;
    }
    Block first = blocks.get(0);
    Block second = blocks.get(1);
    if (!headlineLike(first) || !headlineLike(second) || second.wordCount() >= BODY_WORDS && first.type() != BlockType.TITLE) {
      return;
    }
    Set<String> a = contentWords(first.text());
    Set<String> b = contentWords(second.text());
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    // an acronym in one line matches its expansion in the other ("SCO", "Shanghai Cooperation Organization")
    for (String x : acronyms(second.text())) {
      if (a.contains(x)) {
        shared.add(x);
      }
    }
    for (String x : acronyms(first.text())) {
      if (b.contains(x)) {
        shared.add(x);
      }
    }
    double overlap = shared.size() / (double) Math.max(1, Math.min(a.size(), b.size()));
    if (shared.size() < MIN_SHARED || overlap < MIN_OVERLAP) {
      return;
    }
    ctx.report(second.span())
        .message("duplicate headline: \"" + second.text() + "\" restates the headline above it (\"" + first.text()
            + "\"); a scraped page's two titles, keep one")
        .confidence(Math.min(0.9, 0.5 + overlap / 2))
        .suggest(Suggestion.delete("delete this line (or the one above) so the article has one headline"))
        .evidence("headline", first.text())
        .evidence("shared", String.join(", ", new java.util.TreeSet<>(shared)))
        .evidence("overlap", String.format(Locale.ROOT, "%.2f", overlap))
        .emit();
  }

  private static boolean headlineLike(Block b) {
    int words = b.wordCount();
    return (b.type() == BlockType.TITLE || b.type() == BlockType.HEADING || b.type() == BlockType.PARAGRAPH)
        && words >= MIN_WORDS && words <= MAX_WORDS && !TextShape.endsLikeSentence(b.text())
        && !StartSet.found(NOT_HEADLINE, b.text())
        && !(StartSet.found(DASH_SPACE, b.text()) && StartSet.found(DATELINE, b.text()));
  }

  /** Lower-cased content words. */
  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(POSSESSIVE.matcher(text.replace('’', '\'')).replaceAll(""));
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() > 1 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The acronym of each run of capitalised words: "Shanghai Cooperation Organization" gives "sco". */
  static Set<String> acronyms(String text) {
    Set<String> out = new HashSet<>();
    Matcher run = CAPITALISED_RUN.matcher(text);
    while (run.find()) {
      StringBuilder acronym = new StringBuilder();
      for (String w : WHITESPACE.split(run.group())) {
        acronym.append(Character.toLowerCase(w.charAt(0)));
      }
      out.add(acronym.toString());
    }
    return out;
  }
}
