package org.copydesk.rules.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Article;
import org.copydesk.article.Span;
import org.copydesk.rule.Category;
import org.copydesk.rule.HouseLexicon;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.support.RuleDocs;

/**
 * The publication's own corrections, from the policy's {@code lexicon.corrections}: a wrong form found as a whole
 * word (or phrase) is reported with the house form as its fix. A lower-case wrong form matches in any case and
 * the fix takes the case of the text; one with a capital letter matches only as written. Nothing to do, and
 * nothing reported, without corrections.
 */
public final class HouseStyle implements Rule {
  static final String ID = "language.house-style";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.LANGUAGE, Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    HouseLexicon lexicon = ctx.lexicon();
    if (lexicon.corrections().isEmpty()) {
      return;
    }
    String text = article.text();
    List<int[]> hits = new ArrayList<>();
    for (String wrong : lexicon.corrections().keySet()) {
      Matcher m = pattern(wrong).matcher(text);
      while (m.find()) {
        hits.add(new int[] {m.start(), m.end()});
      }
    }
    // where two wrong forms overlap ("per cent" and "cent"), the one that starts first, then the longer, wins
    hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -h[1]));
    int reachedTo = -1;
    for (int[] h : hits) {
      if (h[0] < reachedTo || lexicon.covers(text, h[0], h[1])) {
        continue;
      }
      String found = text.substring(h[0], h[1]);
      Optional<String> right = lexicon.correction(found);
      if (right.isEmpty()) {
        continue;
      }
      reachedTo = h[1];
      ctx.report(new Span(h[0], h[1]))
          .message("house style: \"" + found.replaceAll("\\s+", " ") + "\" is written \"" + right.get() + "\"")
          .suggest(Suggestion.replace(right.get()))
          .evidence("houseForm", right.get())
          .emit();
    }
  }

  /** A whole-word pattern for a wrong form: any white space between its words, any case if it is lower case. */
  static Pattern pattern(String wrong) {
    StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
    String[] words = wrong.split(" ");
    for (int i = 0; i < words.length; i++) {
      re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    re.append("(?![\\p{L}\\p{N}])");
    boolean anyCase = wrong.equals(wrong.toLowerCase(java.util.Locale.ROOT));
    return Pattern.compile(re.toString(), anyCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
  }
}
