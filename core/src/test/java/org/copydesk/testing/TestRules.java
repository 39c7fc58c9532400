package org.copydesk.testing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Article;
import org.copydesk.article.Span;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.RulePack;
import org.copydesk.rule.Severity;

/** Tiny rules and packs for engine and tool tests. */
public final class TestRules {
  private TestRules() {}

  /** A rule reporting every whole-word occurrence of {@code word} (case-sensitive) in the content blocks. */
  public static Rule word(String id, Severity severity, String word) {
    return word(id, severity, word, 1.0);
  }

  /** Like {@link #word(String, Severity, String)}, each finding with the given confidence. */
  public static Rule word(String id, Severity severity, String word, double confidence) {
    RuleDescriptor d = descriptor(id, severity, "Reports \"" + word + "\".");
    Pattern p = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return d;
      }

      @Override
      public void check(Article article, RuleContext context) {
        for (var b : article.contentBlocks()) {
          Matcher m = p.matcher(article.text()).region(b.span().start(), b.span().end());
          while (m.find()) {
            context.report(new Span(m.start(), m.end()))
                .message("found \"" + word + "\"")
                .confidence(confidence)
                .emit();
          }
        }
      }
    };
  }

  /** A rule reporting every quantity the shared analysis finds, confidence 0.9. */
  public static Rule quantities(String id) {
    RuleDescriptor d = descriptor(id, Severity.WARNING, "Reports quantities.");
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return d;
      }

      @Override
      public void check(Article article, RuleContext context) {
        for (var q : context.analysis().quantities()) {
          context.report(q.span()).message(q.kind() + " " + q.value()).confidence(0.9).emit();
        }
      }
    };
  }

  /** A rule reporting every capitalised name sequence the shared analysis finds, as INFO. */
  public static Rule names(String id) {
    RuleDescriptor d = descriptor(id, Severity.INFO, "Reports names.");
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return d;
      }

      @Override
      public void check(Article article, RuleContext context) {
        for (var n : context.analysis().names()) {
          context.report(n.span()).message("name " + n.words().size()).emit();
        }
      }
    };
  }

  /** A rule that always throws {@code IllegalStateException("boom")}. */
  public static Rule throwing(String id) {
    RuleDescriptor d = descriptor(id, Severity.ERROR, "Always fails.");
    return new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return d;
      }

      @Override
      public void check(Article article, RuleContext context) {
        throw new IllegalStateException("boom");
      }
    };
  }

  /** A descriptor whose category is taken from the id's prefix. */
  public static RuleDescriptor descriptor(String id, Severity severity, String summary) {
    Category cat = Category.valueOf(id.substring(0, id.indexOf('.')).toUpperCase(Locale.ROOT));
    return new RuleDescriptor(id, cat, severity, summary, "", "", List.of());
  }

  /** A pack named {@code name}, version 1.0, holding {@code rules}. */
  public static RulePack pack(String name, Rule... rules) {
    List<Rule> list = List.of(rules);
    return new RulePack() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String version() {
        return "1.0";
      }

      @Override
      public List<Rule> rules() {
        return list;
      }
    };
  }
}
