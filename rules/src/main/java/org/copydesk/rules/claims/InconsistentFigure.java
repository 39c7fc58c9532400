package org.copydesk.rules.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Quantity;
import org.copydesk.article.Article;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.Regexes;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.report.Claim;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.RuleDocs;

/**
 * Figures in one article that cannot all be right: the same quantity (same unit and counted thing, in sentences
 * about the same subject with no other year or comparison) given two values; a part larger than its whole ("5,000
 * of the 3,000 staff"); a share of a population above 100%; shares of one whole that add up to more than 100%.
 * Precision first: anything that could be a change over time, a comparison or a different population is left
 * alone. The claims involved are listed as conflicting, each with a note naming the other figure.
 */
public final class InconsistentFigure implements Rule {
  static final String ID = "claims.inconsistent-figure";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.CLAIMS, Severity.WARNING);

  /** Counted things too generic to tie two figures together. */
  private static final Set<String> GENERIC = Set.of("per", "percent", "cent", "more", "less", "than", "the", "and",
      "for", "from", "with", "this", "that", "year", "years", "month", "months", "week", "weeks", "day", "days",
      "times", "people", "million", "billion", "thousand", "los", "las", "del", "des", "les", "por", "pour", "para",
      "und", "der", "die", "das", "dos", "mais", "menos", "más", "plus", "mehr", "über", "euros", "dollars",
      "prozent", "ciento", "cento", "años", "anos", "jahre", "ans", "personas", "personnes", "menschen", "pessoas");
  /** Words that set two figures apart in time or compare them: they may both be right. */
  private static final Pattern APART = Regexes.compile("(?iu)\\b(?:(?:19|20)\\d{2}|last|previous|prior|earlier|"
      + "before|after|since|compared|versus|vs|than|target|goal|plan|planned|forecast|expected|expects|projected|"
      + "budget|budgeted|originally|initially|revised|now|then|until|by|each|per|every|a\\s+(?:day|week|month|year)|"
      + "rose|fell|increase|decrease|up|down|from|pasado|anterior|antes|después|desde|frente|meta|objetivo|"
      + "previsto|inicialmente|ahora|cada|dernier|précédent|avant|après|depuis|contre|objectif|prévu|"
      + "initialement|désormais|chaque|letzten|vorherigen|vorher|nach|seit|gegenüber|Ziel|geplant|ursprünglich|"
      + "jetzt|jede[rsn]?|passado|anterior|depois|meta|previsto|inicialmente|agora|cada)\\b");
  private static final Pattern STOP = Regexes.compile("(?iu)the|and|for|with|from|that|this|which|will|would|"
      + "have|has|had|been|were|was|are|its|their|said|says|about|into|than|more|also|para|como|pero|sobre|"
      + "entre|pour|dans|avec|sont|être|mais|plus|nach|eine|einer|einem|sich|nicht|auch|wird|wurde|sind|über|"
      + "para|como|mais|pelo|pela|sobre|entre|está|foram");
  private static final Pattern WORD = Regexes.compile("(?u)\\p{L}{4,}");
  /** "5,000 of the 3,000 staff", "4.500 de los 3.000 empleados". */
  private static final Pattern PART_OF = Regexes.compile("(?iu)^\\s*(?:\\p{L}+\\s+){0,2}?(?:of|out\\s+of|de|des|"
      + "d['’]|von|dos|das|do|da)\\s+(?:the|its|their|los|las|les|ses|leurs|den|der|die|seinen|ihren|os|as|seus|"
      + "suas)?\\s*$");
  /** Populations a share of which cannot pass 100%. */
  private static final Pattern POPULATION_AFTER = Regexes.compile("(?iu)^\\s*(?:of|de|des|du|der|da|do|dos|das)\\s+"
      + "(?:the\\s+|la\\s+|los\\s+|las\\s+|les\\s+|a\\s+|o\\s+|os\\s+|as\\s+)?(?:all\\s+|todos\\s+los\\s+|"
      + "tous\\s+les\\s+|aller\\s+|todos\\s+os\\s+)?(?:population|respondents|voters|people|adults|children|"
      + "students|pupils|residents|households|patients|workers|employees|users|members|citizens|women|men|"
      + "población|encuestados|votantes|adultos|niños|estudiantes|alumnos|residentes|hogares|pacientes|"
      + "trabajadores|empleados|usuarios|ciudadanos|mujeres|hombres|sondés|personnes\\s+interrogées|électeurs|"
      + "adultes|enfants|élèves|étudiants|habitants|ménages|patients|salariés|utilisateurs|citoyens|femmes|"
      + "hommes|Bevölkerung|Befragten|Wähler|Erwachsenen|Kinder|Schüler|Studierenden|Einwohner|Haushalte|"
      + "Patienten|Beschäftigten|Nutzer|Bürger|Frauen|Männer|população|entrevistados|eleitores|adultos|"
      + "crianças|alunos|estudantes|moradores|famílias|pacientes|trabalhadores|funcionários|usuários|"
      + "cidadãos|mulheres|homens)\\b");
  /** A share and the population it is of: "40% of voters". */
  private static final Pattern SHARE_OF = Regexes.compile("(?iu)^\\s*(?:of|de|des|du|der|da|do|dos|das)\\s+"
      + "(?:the\\s+|la\\s+|los\\s+|las\\s+|les\\s+|a\\s+|o\\s+|os\\s+|as\\s+)?(\\p{L}{4,})");
  /** Directional hedges: "more than 4,200" agrees with 4,800. */
  private static final Pattern AT_LEAST = Regexes.compile("(?iu)more than|over|at least|upwards of|in excess of|"
      + "well over|just over|más de|al menos|plus d.|au moins|mehr als|über|mindestens|gut|mais de|pelo menos");
  private static final Pattern AT_MOST = Regexes.compile("(?iu)less than|fewer than|under|up to|just under|"
      + "nearly|almost|menos de|hasta|casi|moins d.|jusqu.à|presque|weniger als|bis zu|knapp|fast|até|quase");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    String text = article.text();
    List<FigureClaims.Candidate> figures = new ArrayList<>();
    for (FigureClaims.Candidate c : FigureClaims.find(article, ctx.analysis())) {
      if (c.quantity() != null) {
        figures.add(c);
      }
    }
    Set<Span> flagged = new HashSet<>();
    differentValues(text, figures, ctx, flagged);
    partsOfWholes(text, figures, ctx, flagged);
    sharesAbove100(text, figures, ctx, flagged);
  }

  /** The same quantity given two values. */
  private static void differentValues(String text, List<FigureClaims.Candidate> figures, RuleContext ctx,
      Set<Span> flagged) {
    // Only figures with the same unit and counted thing can be the same quantity: compare within those groups.
    java.util.Map<String, List<FigureClaims.Candidate>> groups = new java.util.LinkedHashMap<>();
    for (FigureClaims.Candidate c : figures) {
      if (!c.noun().isEmpty() && !c.kind().equals("change")) {
        groups.computeIfAbsent(c.quantity().kind() + " " + unit(c.quantity()) + " " + c.noun(),
            k -> new ArrayList<>()).add(c);
      }
    }
    for (List<FigureClaims.Candidate> group : groups.values()) {
      if (group.size() < 2 || group.size() > MAX_GROUP) {
        continue; // a table or a list of many figures, not two statements of one
      }
      for (int i = 0; i < group.size(); i++) {
        FigureClaims.Candidate a = group.get(i);
        for (int j = i + 1; j < group.size(); j++) {
          FigureClaims.Candidate b = group.get(j);
          if (flagged.contains(b.span()) || !sameQuantity(a, b) || !disagree(a, b)) {
            continue;
          }
          String note = "the article also gives \"" + text(text, b) + "\" " + b.noun();
          String otherNote = "the article also gives \"" + text(text, a) + "\" " + a.noun();
          conflict(ctx, a, note, "\"" + text(text, a) + " " + a.noun() + "\" and \"" + text(text, b) + " "
              + b.noun() + "\" give the same quantity two values; check which is right", "different-values");
          conflict(ctx, b, otherNote, null, "different-values");
          flagged.add(a.span());
          flagged.add(b.span());
          break;
        }
      }
    }
  }

  /** More figures than this with one unit and counted thing are a table, not a statement repeated. */
  private static final int MAX_GROUP = 12;

  private static boolean sameQuantity(FigureClaims.Candidate a, FigureClaims.Candidate b) {
    Quantity qa = a.quantity();
    Quantity qb = b.quantity();
    if (a.sentence().index() == b.sentence().index() || qa.kind() != qb.kind() || !unit(qa).equals(unit(qb))
        || !a.kind().equals(b.kind()) || a.kind().equals("change")) {
      return false;
    }
    if (a.noun().isEmpty() || !a.noun().equals(b.noun()) || GENERIC.contains(a.noun())
        || a.noun().length() < 4) {
      return false;
    }
    if (StartSet.found(APART, a.sentence().text()) || StartSet.found(APART, b.sentence().text())) {
      return false;
    }
    Set<String> wa = contentWords(a.sentence().text(), a.noun());
    Set<String> wb = contentWords(b.sentence().text(), b.noun());
    wa.retainAll(wb);
    return !wa.isEmpty();
  }

  /** Whether two values of one quantity disagree, allowing for hedges and rounding. */
  private static boolean disagree(FigureClaims.Candidate a, FigureClaims.Candidate b) {
    double va = a.quantity().value();
    double vb = b.quantity().value();
    if (va <= 0 || vb <= 0) {
      return false;
    }
    double ratio = Math.max(va, vb) / Math.min(va, vb);
    if (ratio > 3) {
      return false; // an order of magnitude apart: probably two different things
    }
    if (consistentHedge(a, va, vb) || consistentHedge(b, vb, va)) {
      return false;
    }
    double tolerance = a.hedge() != null || b.hedge() != null ? 0.15 : 0.02;
    return ratio - 1 > tolerance;
  }

  private static boolean consistentHedge(FigureClaims.Candidate c, double own, double other) {
    if (c.hedge() == null) {
      return false;
    }
    return AT_LEAST.matcher(c.hedge()).matches() && other >= own || AT_MOST.matcher(c.hedge()).matches() && other <= own;
  }

  /** A part larger than its whole: "5,000 of the 3,000 staff"; a share of a population above 100%. */
  private static void partsOfWholes(String text, List<FigureClaims.Candidate> figures, RuleContext ctx,
      Set<Span> flagged) {
    for (int i = 0; i + 1 < figures.size(); i++) {
      FigureClaims.Candidate part = figures.get(i);
      FigureClaims.Candidate whole = figures.get(i + 1);
      if (part.sentence().index() != whole.sentence().index() || part.quantity().kind() != Quantity.Kind.COUNT
          || whole.quantity().kind() != Quantity.Kind.COUNT || flagged.contains(part.span())) {
        continue;
      }
      String between = text.substring(part.span().end(), whole.span().start());
      if (PART_OF.matcher(between).matches() && part.quantity().value() > whole.quantity().value()
          && !(part.hedge() != null && AT_MOST.matcher(part.hedge()).matches()
              && part.quantity().value() <= whole.quantity().value())) {
        conflict(ctx, part, "larger than its whole, \"" + text(text, whole) + "\"",
            "\"" + text(text, part) + "\" is a part larger than its whole, \"" + text(text, whole) + "\"",
            "part-larger-than-whole");
        conflict(ctx, whole, "smaller than its part, \"" + text(text, part) + "\"", null, "part-larger-than-whole");
        flagged.add(part.span());
        flagged.add(whole.span());
      }
    }
    for (FigureClaims.Candidate c : figures) {
      if (c.quantity().kind() != Quantity.Kind.PERCENT || c.quantity().value() <= 100 || flagged.contains(c.span())
          || c.kind().equals("change")) {
        continue;
      }
      String after = text.substring(c.span().end(), Math.min(c.sentence().span().end(), c.span().end() + 40));
      if (StartSet.found(POPULATION_AFTER, after)) {
        conflict(ctx, c, "a share of a population above 100%",
            "\"" + text(text, c) + "\" of a population cannot be more than all of it", "share-above-100");
        flagged.add(c.span());
      }
    }
  }

  /** Shares of one population in one sentence that add up to more than 100% ("55% of voters ..., 52% of voters"). */
  private static void sharesAbove100(String text, List<FigureClaims.Candidate> figures, RuleContext ctx,
      Set<Span> flagged) {
    int i = 0;
    while (i < figures.size()) {
      int sentence = figures.get(i).sentence().index();
      List<FigureClaims.Candidate> shares = new ArrayList<>();
      String whole = null;
      boolean same = true;
      int j = i;
      for (; j < figures.size() && figures.get(j).sentence().index() == sentence; j++) {
        FigureClaims.Candidate c = figures.get(j);
        if (c.quantity().kind() != Quantity.Kind.PERCENT) {
          continue;
        }
        Matcher m = SHARE_OF.matcher(text.substring(c.span().end(),
            Math.min(c.sentence().span().end(), c.span().end() + 40)));
        String of = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        if (of == null || c.kind().equals("change")) {
          same = false;
        } else if (whole == null) {
          whole = of;
        } else if (!whole.equals(of)) {
          same = false;
        }
        shares.add(c);
      }
      i = Math.max(j, i + 1);
      if (!same || shares.size() < 2 || shares.size() > MAX_GROUP || whole == null || GENERIC.contains(whole)) {
        continue;
      }
      double sum = shares.stream().mapToDouble(c -> c.quantity().value()).sum();
      if (sum > 100.5 && shares.stream().noneMatch(c -> flagged.contains(c.span()))) {
        String list = String.join(" + ", shares.stream().map(c -> text(text, c)).toList());
        for (int k = 0; k < shares.size(); k++) {
          FigureClaims.Candidate c = shares.get(k);
          conflict(ctx, c, "shares of " + whole + " add up to " + round(sum) + "% (" + list + ")",
              k == 0 ? "shares of " + whole + " add up to " + round(sum) + "% (" + list + ")" : null,
              "shares-above-100");
          flagged.add(c.span());
        }
      }
    }
  }

  private static void conflict(RuleContext ctx, FigureClaims.Candidate c, String note, String message,
      String check) {
    ctx.claim(c.span(), c.kind(), Claim.Status.CONFLICTING).hedge(c.hedge()).note(note).emit();
    if (message != null) {
      ctx.report(c.span())
          .message(message)
          .confidence(0.7)
          .evidence("check", check)
          .evidence("other", note)
          .evidence("sentence", c.sentence().text())
          .emit();
    }
  }

  private static String unit(Quantity q) {
    String u = q.unit().toLowerCase(Locale.ROOT).strip();
    if (u.startsWith("euro") || u.equals("eur") || u.equals("€")) {
      return "€";
    }
    if (u.startsWith("dollar") || u.startsWith("dólar") || u.equals("usd") || u.equals("$") || u.equals("us$")) {
      return "$";
    }
    if (u.startsWith("pound") || u.equals("gbp") || u.equals("£") || u.startsWith("libra")) {
      return "£";
    }
    return u;
  }

  private static Set<String> contentWords(String sentence, String noun) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!w.equals(noun) && !STOP.matcher(w).matches()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String text(String text, FigureClaims.Candidate c) {
    return text.substring(c.span().start(), c.span().end());
  }

  private static String round(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
