package org.copydesk.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.Copydesk;
import org.copydesk.article.Article;
import org.copydesk.article.Articles;
import org.copydesk.article.Format;
import org.copydesk.article.Position;
import org.copydesk.article.SourceMap;
import org.copydesk.article.Span;
import org.copydesk.report.Finding;
import org.copydesk.report.Location;
import org.copydesk.report.Policy;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Provenance;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.Score;
import org.copydesk.report.Suppressed;
import org.copydesk.rule.Category;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.testing.TestRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private static final String ATTACK = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&amp;</mark>";

  /** A finding of {@code needle}'s first occurrence at or after {@code from} in {@code text}. */
  private static Finding finding(String text, String needle, int from, String ruleId, Severity severity,
      String message) {
    int start = text.indexOf(needle, from);
    assertThat(start).as(needle).isNotNegative();
    int end = start + needle.length();
    SourceMap sm = identity(text);
    Position a = sm.positionOfOriginal(start);
    Position b = sm.positionOfOriginal(end);
    Category category = Category.valueOf(ruleId.substring(0, ruleId.indexOf('.')).toUpperCase(Locale.ROOT));
    return new Finding(ruleId, category, severity, 0.9, message, new Span(start, end),
        new Location(a.line(), a.column(), b.line(), b.column()), needle, List.of(), Map.of());
  }

  private static SourceMap identity(String text) {
    int[] map = new int[text.length() + 1];
    for (int i = 0; i < map.length; i++) {
      map[i] = i;
    }
    return new SourceMap(text, map);
  }

  private static Report report(String source, List<Finding> findings, List<Suppressed> suppressed) {
    Score score = Score.of(findings, Policy.defaults());
    return new Report(source, Format.TEXT, null, "en", findings, score,
        Report.verdict(findings, score, Policy.defaults()), List.of(), "test-1.0",
        Provenance.of(findings, Map.of()), suppressed);
  }

  private static String html(ReportBatch batch) throws Exception {
    StringBuilder sb = new StringBuilder();
    new HtmlReportWriter().write(batch, sb, false);
    return sb.toString();
  }

  private static ReportBatch batch(Map<String, SourceMap> sources, Report... reports) {
    return new ReportBatch("9.9.9", "test-1.0", List.of(reports), List.of(), sources);
  }

  /** Ids of the findings a mark or span names. */
  private static List<String> ids(Element e) {
    List<String> ids = new ArrayList<>();
    for (String attr : List.of("data-finding", "data-suppressed")) {
      if (e.hasAttr(attr)) {
        ids.addAll(List.of(e.attr(attr).split(" ")));
      }
    }
    return ids;
  }

  @Test
  void untrustedTextIsEscapedEverywhere() throws Exception {
    String text = "Headline " + ATTACK + "\r\n\r\nThe budget " + ATTACK + " vote\u0000 said.\n";
    String source = "\"><script>alert(3)</script>.txt";
    Finding f = finding(text, "budget " + ATTACK, 0, "claims.x", Severity.ERROR, "message " + ATTACK);
    Finding g = new Finding("style.y" + ATTACK, Category.STYLE, Severity.INFO, 0.5, ATTACK,
        new Span(0, 8), new Location(1, 1, 1, 9), "Headline",
        List.of(new Suggestion(ATTACK, "label " + ATTACK)), Map.of("key" + ATTACK, "value " + ATTACK));
    Suppressed s = new Suppressed(finding(text, "vote", 0, "language.z", Severity.WARNING, ATTACK),
        "ignore" + ATTACK, "reason " + ATTACK, 3);
    Report plain = report(source, List.of(g, f), List.of(s));
    Report r = new Report(source, Format.TEXT, "title " + ATTACK, "en\" onclick=\"alert(4)", plain.findings(),
        plain.score(), plain.verdict(), List.of(new ProcessingError("integrity.boom", ATTACK)), "test-1.0",
        plain.provenance(), plain.suppressed());
    ReportBatch b = new ReportBatch("9.9.9" + ATTACK, "test-1.0" + ATTACK, List.of(r, r),
        List.of(new ReportBatch.InputFailure(ATTACK, ATTACK)), Map.of(source, identity(text)));

    Document doc = Jsoup.parse(html(b));

    // The page's own script is the only one, and the CSP allows exactly it.
    Elements scripts = doc.select("script");
    assertThat(scripts).hasSize(1);
    assertThat(scripts.first().hasAttr("src")).isFalse();
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(scripts.first().data().getBytes(StandardCharsets.UTF_8));
    assertThat(csp).contains("script-src 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'")
        .contains("default-src 'none'");
    // No element or attribute came from the article.
    assertThat(doc.select("img, iframe, object, embed, base, link, form:not(#filters)")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    assertThat(doc.select(".text [lang], .text[lang]").eachAttr("lang")).isEmpty();
    // The text reads as the original (line breaks normalised by the HTML parser, NUL replaced).
    Element textBlock = doc.selectFirst("#a1 .text");
    assertThat(textBlock.wholeText()).isEqualTo(text.replace("\r\n", "\n").replace('\u0000', '\uFFFD'));
    // Untrusted strings survive as text and attribute values.
    assertThat(doc.selectFirst(".summary a").text()).isEqualTo(source);
    assertThat(doc.selectFirst("#a1 .source").text()).isEqualTo(source);
    assertThat(doc.selectFirst("#a1-F2").text()).contains("message " + ATTACK);
    assertThat(doc.selectFirst("#a1-F1 .suggestions").text()).isEqualTo("label " + ATTACK);
    assertThat(doc.selectFirst("#a1-F1 dl.evidence").text()).contains("key" + ATTACK, "value " + ATTACK);
    assertThat(doc.selectFirst("#a1-S1").text()).contains("ignore" + ATTACK, "reason " + ATTACK);
    assertThat(doc.select("#a1 mark.hl[data-finding=F2]").attr("title"))
        .isEqualTo("error claims.x: message " + ATTACK);
    assertThat(doc.select("#a1 mark.hl[data-finding=F1]").attr("data-rule"))
        .isEqualTo(("style.y" + ATTACK).replace(' ', '_')); // ids in data-rule are space-separated
    assertThat(doc.selectFirst(".failures li").text()).isEqualTo(ATTACK);
    assertThat(doc.selectFirst(".failures li").attr("data-source")).isEqualTo(ATTACK);
    assertThat(doc.selectFirst("#a1 .errors").text()).contains(ATTACK);
  }

  @Test
  void overlappingFindingsAreCutIntoSegments() throws Exception {
    String text = "First line\r\nalpha beta gamma delta epsilon\r\n";
    Finding f1 = finding(text, "alpha beta", 0, "claims.a", Severity.ERROR, "one");
    Finding f2 = finding(text, "beta gamma", 0, "style.b", Severity.INFO, "two");
    Finding f3 = finding(text, "gamma", 0, "language.c", Severity.WARNING, "three");
    Suppressed s1 = new Suppressed(finding(text, "delta", 0, "integrity.d", Severity.ERROR, "four"),
        "disable-next-line", null, 1);
    Suppressed s2 = new Suppressed(finding(text, "gamma delta", 0, "integrity.e", Severity.INFO, "five"),
        "ignore", "quoted on purpose", 1);
    Report r = report("s.txt", List.of(f1, f2, f3), List.of(s1, s2));
    Document doc = Jsoup.parse(html(batch(Map.of("s.txt", identity(text)), r)));

    Elements segments = doc.select("#a1 .text > mark, #a1 .text > span");
    assertThat(segments.eachText()).containsExactly("alpha", "beta", "gamma", "delta");
    // "alpha ", "beta", " ", "gamma", " ", "delta": the blanks are segments too
    assertThat(doc.select("#a1 .text > *").stream().map(HtmlReportWriterTest::ids).toList()).containsExactly(
        List.of("F1"), List.of("F1", "F2"), List.of("F2"), List.of("F2", "F3", "S2"), List.of("S2"),
        List.of("S1", "S2"));
    assertThat(doc.select("#a1 .text > mark").eachAttr("data-level"))
        .containsExactly("error", "error", "info", "warning");
    assertThat(doc.selectFirst("#a1 .text > mark[data-finding='F2 F3']").attr("data-category"))
        .isEqualTo("style language");
    // Only suppressed findings: not a highlight.
    Element sup = doc.select("#a1 .text > *").last();
    assertThat(sup.tagName()).isEqualTo("span");
    assertThat(sup.hasClass("sup")).isTrue();
    assertThat(sup.attr("title")).isEqualTo("suppressed: error integrity.d: four\nsuppressed: info integrity.e: five");
    // Each finding's highlight, joined, is its excerpt.
    for (Finding f : r.findings()) {
      String id = "F" + (r.findings().indexOf(f) + 1);
      StringBuilder joined = new StringBuilder();
      doc.select("#a1 .text > mark").stream().filter(m -> ids(m).contains(id))
          .forEach(m -> joined.append(m.wholeText()));
      assertThat(joined.toString()).as(id).isEqualTo(f.excerpt());
    }
    assertThat(doc.selectFirst("#a1 .text").wholeText()).isEqualTo(text.replace("\r\n", "\n"));
    // The lists: live findings, then suppressed ones, marked as such.
    assertThat(doc.select("#a1 li.live").eachAttr("data-finding")).containsExactly("F1", "F2", "F3");
    assertThat(doc.select("#a1 li.suppressed").eachAttr("data-suppressed")).containsExactly("S1", "S2");
    assertThat(doc.selectFirst("#a1-S2 .tag").text()).isEqualTo("suppressed");
    assertThat(doc.selectFirst("#a1-S2").text()).contains("ignore comment on line 1: quoted on purpose");
    // Filters count live findings only.
    assertThat(doc.select("#filters label").eachText()).contains("error (1)", "integrity (0)", "info (1)");
    assertThat(doc.select(".summary")).isEmpty();
  }

  @Test
  void columnsCountCodePointsAsTheEngineDoes() throws Exception {
    String story = "Budget Talks\n\nThe \uD83D\uDE00 budget office said \uD83D\uDE00\uD83D\uDE00 budget.\n";
    Article article = Articles.parse(story, Format.TEXT, "story.txt");
    Copydesk c = Copydesk.builder()
        .addPack(TestRules.pack("test", TestRules.word("claims.budget", Severity.WARNING, "budget")))
        .build();
    Report r = c.audit(article);
    Document doc = Jsoup.parse(html(batch(Map.of("story.txt", article.sourceMap()), r)));
    assertThat(r.findings()).hasSize(2);
    assertThat(doc.select("#a1 .text > mark").eachText()).containsExactly("budget", "budget");
  }

  @Test
  void withoutSourceTextOnlyTheListIsShown() throws Exception {
    String text = "alpha beta\n";
    Report r = report("gone.txt", List.of(finding(text, "beta", 0, "claims.a", Severity.WARNING, "m")), List.of());
    Document doc = Jsoup.parse(html(batch(Map.of(), r)));
    assertThat(doc.title()).isEqualTo("Copydesk: gone.txt (WARN " + r.score().overall() + "/100)");
    assertThat(doc.select(".text, .panel, mark")).isEmpty();
    assertThat(doc.select("#a1 li.live").eachText()).singleElement().asString().contains("beta");
  }

  @Test
  void sameBatchSameBytesAndASummaryForManyArticles() throws Exception {
    String text = "alpha beta\n";
    Report a = report("a.txt", List.of(finding(text, "beta", 0, "claims.a", Severity.WARNING, "m")), List.of());
    Report b = report("b.txt", List.of(), List.of());
    ReportBatch batch = batch(Map.of("a.txt", identity(text), "b.txt", identity("")), a, b);
    String first = html(batch);
    assertThat(html(batch)).isEqualTo(first);
    Document doc = Jsoup.parse(first);
    assertThat(doc.select(".summary tbody tr")).hasSize(2);
    assertThat(doc.select(".summary a").eachAttr("href")).containsExactly("#a1", "#a2");
    assertThat(doc.select("article.report").eachAttr("id")).containsExactly("a1", "a2");
    Set<String> ids = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
    }
    // Every in-page link has a target.
    for (String href : doc.select("a[href]").eachAttr("href")) {
      assertThat(href).startsWith("#");
      assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
    }
    assertThat(doc.select("link[href], script[src], img[src]")).isEmpty();
  }
}
