package org.copydesk.rules.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.copydesk.analysis.Token;
import org.copydesk.article.Article;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.support.RuleDocs;
import org.copydesk.rules.support.Resources;

/** Common English misspellings from {@code misspellings.tsv}, each with its correction. */
public final class Misspelling implements Rule {
  static final String ID = "language.misspelling";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.LANGUAGE, Severity.WARNING);
  private static final Map<String, String> FIXES = new HashMap<>();

  static {
    for (String line : Resources.lines("/org/copydesk/rules/language/misspellings.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length == 2) {
        FIXES.put(parts[0].strip(), parts[1].strip());
      }
    }
  }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    if (!ctx.analysis().mayBeIn("en")) {
      return;
    }
    for (Token t : ctx.analysis().tokens()) {
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      String fix = FIXES.get(t.text().toLowerCase(Locale.ROOT));
      if (fix == null) {
        continue;
      }
      String fixed = NameTypo.matchCase(fix, t.text());
      ctx.report(t.span())
          .message("misspelling: \"" + t.text() + "\" should be \"" + fixed + "\"")
          .confidence(0.9)
          .suggest(Suggestion.replace(fixed))
          .emit();
    }
  }
}
