package org.copydesk.rules.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.NameSequence;
import org.copydesk.analysis.Quantity;
import org.copydesk.analysis.Sentence;
import org.copydesk.analysis.Token;
import org.copydesk.article.Article;
import org.copydesk.article.BlockType;
import org.copydesk.article.Span;
import org.copydesk.report.Claim;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.claims.Figures.Figure;
import org.copydesk.rules.claims.Figures.Kind;
import org.copydesk.rules.support.RuleDocs;

/**
 * A rewrite checked against its source: numbers the source does not contain, numbers the rewrite changed (the
 * source sentence it paraphrases gives another value of the same kind), people and organisations the source does
 * not name, and quotations the source does not contain. Runs only when the audit has a source.
 */
public final class NotInSource implements Rule {
  static final String ID = "claims.not-in-source";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.CLAIMS, Severity.WARNING);
  /** Below this a count is a detail ("3 ministers"), reported as information only. */
  private static final double SMALL = 10;
  private static final int MAX_EXCERPT = 120;

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    Article source = ctx.source().orElse(null);
    Analysis sourceAnalysis = ctx.sourceAnalysis().orElse(null);
    if (source == null || sourceAnalysis == null) {
      return;
    }
    SourceText original = new SourceText(source, sourceAnalysis);
    Alignment alignment = new Alignment(sourceAnalysis);
    String language = ctx.analysis().language();
    String text = article.text();
    List<List<Figure>> bySentence = new ArrayList<>();
    List<Figure> all = new ArrayList<>();
    for (Sentence s : ctx.analysis().sentences()) {
      List<Figure> fs = Figures.find(text, s.span(), language);
      bySentence.add(fs);
      all.addAll(fs);
    }
    // whether the rewrite gives a source figure's value somewhere, asked of many figures: computed once each
    Map<Figure, Boolean> given = new HashMap<>();
    for (Sentence s : ctx.analysis().sentences()) {
      List<Figure> figures = bySentence.get(s.index());
      if (figures.isEmpty()) {
        continue;
      }
      Alignment.Match match = alignment.align(ctx.analysis().tokens(s));
      List<Figure> aligned = new ArrayList<>();
      for (int i : match.sentences()) {
        aligned.addAll(original.figures(i));
      }
      List<Figure> related = new ArrayList<>();
      for (int i : match.related()) {
        related.addAll(original.figures(i));
      }
      for (Figure f : figures) {
        checkFigure(f, aligned, related, match.strong(), all, given, original, article, ctx);
      }
    }
    checkNames(article, ctx, original);
    checkQuotes(article, ctx, original);
  }

  private static void checkFigure(Figure f, List<Figure> aligned, List<Figure> related, boolean strong,
      List<Figure> rewrite, Map<Figure, Boolean> given, SourceText original, Article article, RuleContext ctx) {
    boolean inAligned = aligned.stream().anyMatch(f::supportedBy);
    boolean anywhere = inAligned || original.allFigures().stream().anyMatch(f::supportedBy);
    if (anywhere) {
      Figure was = f.kind().isDateLike() || f.spelled() ? null : original.swappedFrom(f, article.text());
      if (was != null) {
        changed(f, was, 0.7, article, original, ctx, "its source gives this figure for something else");
      }
      return;
    }
    Figure was = changedFrom(f, aligned, rewrite, given);
    if (was != null) {
      changed(f, was, isSmall(f) ? 0.6 : strong ? 0.85 : 0.75, article, original, ctx, null);
      return;
    }
    // a sentence that merges several of the source's: a money amount or percentage of a sentence it also draws on
    was = f.kind() == Kind.MONEY || f.kind() == Kind.PERCENT ? changedFrom(f, related, rewrite, given) : null;
    if (was != null) {
      changed(f, was, 0.7, article, original, ctx, null);
      return;
    }
    if (f.spelled() && f.kind() == Kind.COUNT) {
      return; // a count in words ("twelve months" for "a year") is reported only when it changed
    }
    boolean small = isSmall(f);
    String wrote = article.text(f.span());
    ctx.report(f.span())
        .message("\"" + wrote + "\" is not in the source; check where it comes from or cut it")
        .severity(small ? Severity.INFO : Severity.WARNING)
        .confidence(small ? 0.5 : 0.8)
        .evidence("kind", f.kind().claimKind())
        .emit();
    claim(f, "not in the source", article, ctx);
  }

  private static void changed(Figure f, Figure was, double confidence, Article article, SourceText original,
      RuleContext ctx, String why) {
    boolean small = isSmall(f);
    String wrote = article.text(f.span());
    String before = original.text(was.span());
    var b = ctx.report(f.span())
        .message("\"" + wrote + "\" was " + before + " in the source; check the figure against the original")
        .severity(small ? Severity.WARNING : Severity.ERROR)
        .confidence(confidence)
        .evidence("kind", f.kind().claimKind())
        .evidence("source", before)
        .evidence("sourceSentence", original.sentenceOf(was.span()));
    if (why != null) {
      b.evidence("why", why);
    }
    b.emit();
    claim(f, "was " + before + " in the source", article, ctx);
  }

  /** Years, dates, times, ranks and counts below ten: details, less likely to be claims. */
  private static boolean isSmall(Figure f) {
    return f.kind().isDateLike() || f.kind() == Kind.COUNT && f.value() < SMALL;
  }

  /**
   * The figure of the aligned source sentences that this one replaced: one of the same kind (the same unit; for
   * counts the same noun when there is a choice) whose value the rewrite does not give anywhere.
   */
  private static Figure changedFrom(Figure f, List<Figure> aligned, List<Figure> rewrite,
      Map<Figure, Boolean> given) {
    List<Figure> candidates = new ArrayList<>();
    for (Figure s : aligned) {
      if (sameKind(f, s)
          && !given.computeIfAbsent(s, x -> rewrite.stream().anyMatch(r -> r.supportedBy(x) && r.related(x)))) {
        candidates.add(s);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    if (f.kind() == Kind.COUNT) {
      for (Figure c : candidates) {
        if (!f.noun().isEmpty() && Alignment.stem(f.noun()).equals(Alignment.stem(c.noun()))) {
          return c;
        }
      }
      if (candidates.size() > 1 || f.spelled() && f.value() < SMALL) {
        return null; // several counts and none about the same thing: no telling which one this was
      }
    }
    return candidates.get(0);
  }

  private static boolean sameKind(Figure a, Figure b) {
    boolean pa = a.kind() == Kind.PERCENT || a.kind() == Kind.POINTS;
    boolean pb = b.kind() == Kind.PERCENT || b.kind() == Kind.POINTS;
    if (pa || pb) {
      return pa && pb;
    }
    if (a.kind() == Kind.COUNT && b.kind() == Kind.COUNT && (a.spelled() || b.spelled())) {
      return !a.noun().isEmpty() && a.noun().equals(b.noun());
    }
    return a.related(b);
  }

  /** Records the figure in the claims list, on the span the analysis gives the same number when there is one. */
  private static void claim(Figure f, String note, Article article, RuleContext ctx) {
    if (f.kind().isDateLike()) {
      return; // dates and ranks are not quantitative claims
    }
    Span span = f.span();
    for (Quantity q : ctx.analysis().quantities()) {
      if (q.span().overlaps(span) && q.kind() != Quantity.Kind.YEAR && q.kind() != Quantity.Kind.TIME) {
        span = q.span();
        break;
      }
    }
    ctx.claim(span, f.kind().claimKind(), Claim.Status.NOT_IN_SOURCE)
        .hedge(f.hedge().isEmpty() ? null : f.hedge().toLowerCase(Locale.ROOT))
        .note(note)
        .emit();
  }

  private static void checkNames(Article article, RuleContext ctx, SourceText original) {
    for (NameSequence n : ctx.analysis().names()) {
      BlockType type = article.blockAt(n.span().start()).type();
      if (type == BlockType.TITLE || type == BlockType.HEADING || titleCase(ctx, n)) {
        continue; // a headline capitalises every word: its capitals do not make names
      }
      String missing = original.missingName(n);
      if (missing == null) {
        continue;
      }
      ctx.report(n.span())
          .message("\"" + article.text(n.span()) + "\" is not named in the source; check who or what this is "
              + "before publishing")
          .confidence(0.6)
          .evidence("missing", missing)
          .emit();
    }
  }

  /** Whether the sentence of a name capitalises most of its longer words, as headlines in title case do. */
  private static boolean titleCase(RuleContext ctx, NameSequence n) {
    Sentence s = ctx.analysis().sentenceAt(n.span().start());
    if (s == null) {
      return false;
    }
    int words = 0;
    int capitals = 0;
    for (Token t : ctx.analysis().tokens(s)) {
      if (t.kind() == Token.Kind.WORD && t.text().length() >= 4) {
        words++;
        capitals += t.isCapitalised() ? 1 : 0;
      }
    }
    return words >= 3 && capitals * 4 >= words * 3;
  }

  private static void checkQuotes(Article article, RuleContext ctx, SourceText original) {
    for (Quotes.Quote q : Quotes.find(article)) {
      Quotes.Verdict v = original.quote(q);
      if (v.found()) {
        continue;
      }
      var b = ctx.report(q.span());
      if (v.closest() != null) {
        b.message("this quotation differs from the source, which has \"" + cut(v.closest()) + "\"")
            .confidence(0.8)
            .evidence("source", v.closest());
      } else {
        b.message("this quotation is not in the source; check it against the original or cut it")
            .confidence(0.75);
      }
      b.evidence("words", String.valueOf(q.words())).emit();
    }
  }

  private static String cut(String s) {
    return s.length() <= MAX_EXCERPT ? s : s.substring(0, MAX_EXCERPT - 1) + "…";
  }
}
