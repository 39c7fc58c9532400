package org.copydesk.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.Position;
import org.copydesk.article.SourceMap;
import org.copydesk.article.Span;
import org.copydesk.report.Claim;
import org.copydesk.report.Finding;
import org.copydesk.report.Location;
import org.copydesk.report.Policy;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Provenance;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.Score;
import org.copydesk.report.SiteRollup;
import org.copydesk.report.Suppressed;
import org.copydesk.rule.Category;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;

/**
 * A batch built by hand for the CI writers' tests: a text article that fails (findings with characters every
 * format must escape, a finding over two lines, suppressed findings, a failed rule), an HTML article with an
 * awkward path that warns (one fix that is literal, one under an entity that is not), a clean Markdown article,
 * and an unreadable input. Locations come from the real loaders' source maps, as the engine computes them.
 */
final class WriterFixtures {
  static final String STORY = "Budget Talks <Draft>\n"
      + "\n"
      + "The budgt vote failed on Monday, said Offcials of \"Smith & Sons\" | 100% sure.\n"
      + "Read more:\n"
      + "Subscribe now\n"
      + "\n"
      + "The \uD83D\uDE00 budget office said nothing.\n";
  static final String PAGE = "<html><head><title>Teh Café</title></head><body>\n"
      + "<h1>Teh Café &amp; Co</h1>\n"
      + "<p>Teh owners of the caf&eacute; said <b>so</b>.</p>\n"
      + "</body></html>\n";
  static final String CLEAN = "# Calm\n\nNothing to see here.\n";
  static final String PAGE_SOURCE = "news/café & co|draft.html";

  private WriterFixtures() {}

  /** The rules the SARIF writer describes; claims.unattributed-figure and claims.boom are left undescribed. */
  static List<RuleDescriptor> descriptors() {
    return List.of(
        new RuleDescriptor("language.name-typo", Category.LANGUAGE, Severity.ERROR, "Typos in names.",
            "Compares capitalised words with names elsewhere in the article.", "A misspelt name is a correction.",
            List.of(new RuleDescriptor.Example(true, "Offcials of *Smith*"),
                new RuleDescriptor.Example(false, "Officials"))),
        new RuleDescriptor("language.misspelling", Category.LANGUAGE, Severity.WARNING, "Misspelt words.", "",
            "", List.of()),
        new RuleDescriptor("integrity.template-residue", Category.INTEGRITY, Severity.WARNING,
            "Leftovers of the page the text was scraped from.", "Newsletter prompts, share buttons.",
            "Readers see them as noise.", List.of()),
        new RuleDescriptor("style.llm-phrasing", Category.STYLE, Severity.INFO, "Machine-typical phrasing.",
            "Stock phrases per 1,000 words.", "A signal, never proof.", List.of()));
  }

  static ReportBatch batch() throws Exception {
    Article story = Articles.parse(STORY, Format.TEXT, "story.txt");
    List<Finding> storyFindings = new ArrayList<>(List.of(
        finding(story, "budgt", "The ", "language.misspelling", Category.LANGUAGE, Severity.WARNING, 0.9,
            "\"budgt\" is not in the dictionary", List.of(Suggestion.replace("budget")), Map.of("dictionary", "en")),
        finding(story, "Offcials", "said ", "language.name-typo", Category.LANGUAGE, Severity.ERROR, 1.0,
            "\"Offcials\" looks like a typo of \"Officials\" <name> & co | 100%",
            List.of(Suggestion.replace("Officials")), Map.of()),
        finding(story, "100%", "| ", "claims.unattributed-figure", Category.CLAIMS, Severity.WARNING, 0.75,
            "a figure without a source", List.of(), Map.of("kind", "percent")),
        finding(story, "Read more:\n\nSubscribe", "sure.", "style.llm-phrasing", Category.STYLE, Severity.INFO, 0.6,
            "stock phrase: \"read more\",\r\n50% of 100%, a:b", List.of(), Map.of()),
        finding(story, "Subscribe now", "more:", "integrity.template-residue", Category.INTEGRITY,
            Severity.WARNING, 1.0, "newsletter prompt", List.of(Suggestion.delete("delete this line")), Map.of())));
    storyFindings.sort(Finding.ORDER);
    List<Suppressed> storySuppressed = List.of(
        new Suppressed(finding(story, "Smith", "of \"", "language.name-typo", Category.LANGUAGE, Severity.ERROR,
            1.0, "\"Smith\" looks like a typo of \"Smyth\"", List.of(Suggestion.replace("Smyth")), Map.of()),
            "disable-next-line", "house style: \"Smith & Sons\", see <style guide>", 2),
        new Suppressed(finding(story, "budget", "\uD83D\uDE00 ", "language.misspelling", Category.LANGUAGE,
            Severity.WARNING, 0.9, "\"budget\" is not in the dictionary", List.of(), Map.of()), "ignore", null, 7));
    Report storyReport = withClaims(report(story, storyFindings, storySuppressed,
        List.of(new ProcessingError("claims.boom", "IllegalStateException: boom <b>&</b>"))), List.of(
        claim(story, "100%", "| ", "percent", null, Claim.Status.UNATTRIBUTED, null, null),
        claim(story, "budget office", "\uD83D\uDE00 ", "count", "nearly", Claim.Status.NOT_IN_SOURCE,
            "=HYPERLINK(\"x\")", "was \"12, not 13\" in the source\r\nsee -1")));

    Article page = Articles.parse(PAGE, Format.HTML, PAGE_SOURCE);
    List<Finding> pageFindings = new ArrayList<>(List.of(
        finding(page, "Teh", "Teh owners", "language.misspelling", Category.LANGUAGE, Severity.WARNING, 0.9,
            "\"Teh\" is not in the dictionary", List.of(Suggestion.replace("The")), Map.of()),
        finding(page, "café", "of the ", "language.misspelling", Category.LANGUAGE, Severity.WARNING, 0.9,
            "\"café\" is spelt \"cafe\" in house style", List.of(Suggestion.replace("cafe")), Map.of())));
    pageFindings.sort(Finding.ORDER);
    Report pageReport = report(page, pageFindings, List.of(), List.of());

    Article clean = Articles.parse(CLEAN, Format.MARKDOWN, "clean.md");
    Report cleanReport = report(clean, List.of(), List.of(), List.of());

    List<Report> reports = List.of(storyReport, pageReport, cleanReport);
    Map<String, String> sites = Map.of("story.txt", "example.com", PAGE_SOURCE, "example.com", "clean.md",
        "bücher.de");
    return new ReportBatch("1.2.3", "builtin-0.3.0", reports,
        List.of(new ReportBatch.InputFailure("missing.md", "missing.md: no such file")),
        Map.of("story.txt", story.sourceMap(), PAGE_SOURCE, page.sourceMap(), "clean.md", clean.sourceMap()))
        .withSites(SiteRollup.of(reports, r -> sites.get(r.source())));
  }

  static Report report(Article a, List<Finding> findings, List<Suppressed> suppressed,
      List<ProcessingError> errors) {
    Policy policy = Policy.defaults();
    Score score = Score.of(findings, policy);
    return new Report(a.source(), a.format(), a.metadata().title(), "en", findings, score,
        Report.verdict(findings, score, policy), errors, "builtin-0.3.0", Provenance.of(findings, Map.of()),
        suppressed);
  }

  static Report withClaims(Report r, List<Claim> claims) {
    return new Report(r.source(), r.format(), r.title(), r.language(), r.findings(), r.score(), r.verdict(),
        r.errors(), r.ruleSetVersion(), r.provenance(), r.suppressed(), claims);
  }

  /** A claim on the first {@code needle} after the first {@code after}, its sentence the needle's line. */
  static Claim claim(Article a, String needle, String after, String kind, String hedge, Claim.Status status,
      String attribution, String note) {
    Finding f = finding(a, needle, after, "claims.x", Category.CLAIMS, Severity.INFO, 1, "m", List.of(), Map.of());
    String text = a.text();
    int lineStart = text.lastIndexOf('\n', f.span().start()) + 1;
    int lineEnd = text.indexOf('\n', f.span().end());
    String sentence = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    return new Claim(f.excerpt(), f.span(), f.location(), kind, hedge, status, attribution, sentence, note);
  }

  /** A finding on the first {@code needle} after the first {@code after} in the article's normalised text. */
  static Finding finding(Article a, String needle, String after, String ruleId, Category category,
      Severity severity, double confidence, String message, List<Suggestion> suggestions,
      Map<String, String> evidence) {
    int from = a.text().indexOf(after);
    int start = a.text().indexOf(needle, Math.max(0, from));
    if (from < 0 || start < 0) {
      throw new IllegalArgumentException("'" + needle + "' after '" + after + "' not in " + a.text());
    }
    Span span = new Span(start, start + needle.length());
    SourceMap sm = a.sourceMap();
    Position s = sm.start(span.start());
    Position e = sm.end(span);
    return new Finding(ruleId, category, severity, confidence, message, span,
        new Location(s.line(), s.column(), e.line(), e.column()), a.text(span), suggestions, evidence);
  }
}
