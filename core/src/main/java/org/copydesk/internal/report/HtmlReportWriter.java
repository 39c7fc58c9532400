package org.copydesk.internal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.copydesk.article.Format;
import org.copydesk.article.SourceMap;
import org.copydesk.report.Deduction;
import org.copydesk.report.Finding;
import org.copydesk.report.Location;
import org.copydesk.report.ProcessingError;
import org.copydesk.report.Provenance;
import org.copydesk.report.Report;
import org.copydesk.report.ReportBatch;
import org.copydesk.report.ReportWriter;
import org.copydesk.report.SiteRollup;
import org.copydesk.report.Suppressed;
import org.copydesk.report.Verdict;
import org.copydesk.rule.Category;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;

/**
 * The HTML report for editors: one self-contained page (inline CSS and a little script, no external assets)
 * that shows each article's verdict, scores and provenance, then its original text with every finding's region
 * highlighted by severity, a findings list, suppressed findings, and filters by category and severity.
 *
 * <p>Everything taken from the batch (article text, sources, titles, messages, suggestions, evidence) is
 * escaped; a Content-Security-Policy lets only the page's own script run, so even a mistake in escaping could
 * not run a script from an article. Overlapping findings are drawn as consecutive segments, each a {@code <mark>}
 * naming every finding that covers it. The same batch gives the same bytes: no timestamps, fixed orders.
 *
 * <p>On load the script records each highlight's box ({@code data-box}, {@code data-bg}) and, per finding, the
 * text and box of its highlight ({@code data-hl-text}, {@code data-hl-box}), for tests and tools that check
 * the page in a browser.
 */
public final class HtmlReportWriter implements ReportWriter {
  /** Highlight colours by severity, as CSS hex colours. */
  static final Map<Severity, String> COLORS = colors();

  private static final String CSS = """
      :root { --error: %s; --warning: %s; --info: %s; --ink: #1d1d1f; --muted: #66666b; --line: #d9d9de; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.5 system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
        color: var(--ink); background: #fff; }
      .top { position: sticky; top: 0; z-index: 2; background: #f4f4f6; border-bottom: 1px solid var(--line);
        padding: 8px 24px; display: flex; flex-wrap: wrap; gap: 6px 28px; align-items: center; }
      h1 { font-size: 18px; margin: 0; }
      h2 { font-size: 20px; margin: 8px 0; overflow-wrap: anywhere; }
      h3 { font-size: 16px; margin: 16px 0 6px; }
      .meta { color: var(--muted); margin: 0; }
      .filters { display: flex; flex-wrap: wrap; gap: 6px 24px; margin: 0; }
      .filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
      .filters legend { float: left; font-weight: 600; padding: 0; margin-right: 4px; }
      .filters label { white-space: nowrap; }
      main { max-width: 1240px; margin: 0 auto; padding: 12px 24px 48px; }
      table { border-collapse: collapse; }
      th, td { text-align: left; padding: 3px 12px 3px 0; vertical-align: top; }
      .summary th, .summary td, .sites th, .sites td { border-bottom: 1px solid var(--line); }
      .sortable th[data-sort] { cursor: pointer; }
      .sortable th[aria-sort=ascending]::after { content: " \\25B2"; }
      .sortable th[aria-sort=descending]::after { content: " \\25BC"; }
      td.num, th.num { text-align: right; }
      .verdict { display: inline-block; padding: 0 8px; border-radius: 4px; font-weight: 700; font-size: 13px;
        color: #fff; vertical-align: middle; }
      .verdict.fail { background: #b3261e; }
      .verdict.warn { background: #9a5b00; }
      .verdict.pass { background: #1e7b34; }
      article.report { border-top: 3px solid var(--line); margin-top: 20px; padding-top: 4px; }
      .scores { display: flex; flex-wrap: wrap; gap: 8px 40px; align-items: center; }
      .overall { font-size: 14px; color: var(--muted); }
      .overall b { font-size: 34px; color: var(--ink); }
      .gauge { display: inline-block; width: 160px; height: 10px; background: #e6e6ea; border-radius: 5px;
        overflow: hidden; vertical-align: middle; }
      .gauge > span { display: block; height: 100%%; background: #1e7b34; }
      .gauge > span.mid { background: #c98400; }
      .gauge > span.low { background: #b3261e; }
      .gauges th { font-weight: normal; color: var(--muted); }
      .provenance, .errors { margin: 8px 0; }
      .errors { color: #b3261e; }
      .layout { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 24px; align-items: start; }
      .text { white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.7 Georgia, "DejaVu Serif", serif;
        border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px; margin: 0; }
      .text.code { font: 13px/1.7 ui-monospace, "DejaVu Sans Mono", monospace; tab-size: 4; }
      mark.hl { background: transparent; color: inherit; cursor: pointer; border-radius: 2px; }
      mark.hl[data-level="error"] { background: var(--error); }
      mark.hl[data-level="warning"] { background: var(--warning); }
      mark.hl[data-level="info"] { background: var(--info); }
      mark.hl[data-finding*=" "], mark.hl[data-suppressed] { box-shadow: inset 0 -2px 0 #6e6e75; }
      .sup { text-decoration: underline dotted #8a8a90; text-decoration-thickness: 2px; cursor: pointer; }
      .sel { outline: 2px solid var(--ink); }
      .panel { position: sticky; top: 64px; max-height: calc(100vh - 80px); overflow: auto; margin-top: 16px;
        border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: #fafafb; }
      .panel .hint { color: var(--muted); margin: 0; }
      ol.list { list-style: none; padding: 0; margin: 0; }
      li.finding { border-left: 4px solid var(--info); background: #fafafb; padding: 6px 10px; margin: 6px 0;
        cursor: pointer; overflow-wrap: anywhere; }
      li.finding.severity-error { border-left-color: #d33a2f; }
      li.finding.severity-warning { border-left-color: #e0a800; }
      li.finding.suppressed { border-left: 4px dashed #9a9aa0; color: var(--muted); }
      .sev { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; font-weight: 600; }
      .sev.error { background: var(--error); }
      .sev.warning { background: var(--warning); }
      .sev.info { background: var(--info); }
      .tag { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; font-weight: 600;
        background: #5f5f66; color: #fff; }
      .rule, .loc { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; }
      .loc { color: var(--muted); }
      .excerpt { font-family: Georgia, "DejaVu Serif", serif; background: #ececef; padding: 0 3px; }
      .details { color: var(--muted); font-size: 13px; }
      .details ul { margin: 2px 0; padding-left: 20px; }
      dl.evidence { display: grid; grid-template-columns: max-content 1fr; gap: 0 10px; margin: 2px 0; }
      dl.evidence dd { margin: 0; }
      [hidden] { display: none !important; }
      @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } .panel { position: static; } }
      @media print { .top { position: static; } .filters, .panel { display: none; } }
      """.formatted(COLORS.get(Severity.ERROR), COLORS.get(Severity.WARNING), COLORS.get(Severity.INFO));

  private static final String SCRIPT = """
      (function () {
        "use strict";
        var RANK = { info: 1, warning: 2, error: 3 };
        function all(root, sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
        function words(el, name) { var v = el.getAttribute(name); return v ? v.split(" ") : []; }
        function filter() {
          var off = {};
          all(document, "#filters input").forEach(function (c) { if (!c.checked) off[c.name + ":" + c.value] = 1; });
          return function (cat, sev) { return !off["category:" + cat] && !off["severity:" + sev]; };
        }
        function apply() {
          var shown = filter();
          all(document, "mark.hl").forEach(function (m) {
            var cats = words(m, "data-category"), sevs = words(m, "data-severity"), best = "off";
            for (var i = 0; i < cats.length; i++) {
              if (shown(cats[i], sevs[i]) && (best === "off" || RANK[sevs[i]] > RANK[best])) best = sevs[i];
            }
            m.setAttribute("data-level", best);
          });
          all(document, "li.finding").forEach(function (li) {
            li.hidden = !shown(li.getAttribute("data-category"), li.getAttribute("data-severity"));
          });
        }
        function covering(article, id) {
          return all(article, "mark.hl, span.sup").filter(function (m) {
            return words(m, "data-finding").indexOf(id) >= 0 || words(m, "data-suppressed").indexOf(id) >= 0;
          });
        }
        function select(article, ids, scroll) {
          all(article, ".sel").forEach(function (e) { e.classList.remove("sel"); });
          var panel = article.querySelector(".panel-body");
          if (panel) { while (panel.firstChild) panel.removeChild(panel.firstChild); }
          ids.forEach(function (id, n) {
            var li = document.getElementById(article.id + "-" + id);
            var marks = covering(article, id);
            marks.forEach(function (m) { m.classList.add("sel"); });
            if (li) {
              li.classList.add("sel");
              if (panel) {
                var copy = li.cloneNode(true);
                copy.removeAttribute("id");
                copy.hidden = false;
                copy.classList.remove("sel");
                all(copy, "details").forEach(function (d) { d.open = true; });
                panel.appendChild(copy);
              }
            }
            if (scroll && n === 0 && marks.length) marks[0].scrollIntoView({ block: "center" });
          });
        }
        function activate(t) {
          if (!t || t.closest(".panel")) return;
          var article = t.closest("article.report");
          if (!article) return;
          if (t.matches("li.finding")) {
            select(article, [t.getAttribute("data-finding") || t.getAttribute("data-suppressed")], true);
          } else {
            select(article, words(t, "data-finding").concat(words(t, "data-suppressed")), false);
          }
        }
        document.addEventListener("click", function (e) {
          if (e.target.closest("a, summary, input, label")) return;
          activate(e.target.closest("mark.hl, span.sup, li.finding"));
        });
        document.addEventListener("keydown", function (e) {
          if (e.key === "Enter") activate(e.target.closest("mark.hl, span.sup, li.finding"));
        });
        all(document, "#filters input").forEach(function (c) { c.addEventListener("change", apply); });
        function box(r) { return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height]; }
        function union(a, b) {
          if (!a) return b;
          var x = Math.min(a[0], b[0]), y = Math.min(a[1], b[1]);
          return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
        }
        function fmt(b) { return b.map(Math.round).join(" "); }
        function measure() {
          all(document, "mark.hl").forEach(function (m) {
            m.setAttribute("data-box", fmt(box(m.getBoundingClientRect())));
            m.setAttribute("data-rects", String(m.getClientRects().length));
            m.setAttribute("data-bg", getComputedStyle(m).backgroundColor);
          });
          all(document, "article.report").forEach(function (article) {
            var marks = all(article, "mark.hl");
            all(article, "li.live").forEach(function (li) {
              var id = li.getAttribute("data-finding"), text = "", b = null, n = 0;
              marks.forEach(function (m) {
                if (words(m, "data-finding").indexOf(id) < 0) return;
                text += m.textContent;
                b = union(b, box(m.getBoundingClientRect()));
                n++;
              });
              li.setAttribute("data-hl-marks", String(n));
              if (n) { li.setAttribute("data-hl-text", text); li.setAttribute("data-hl-box", fmt(b)); }
            });
            var text = article.querySelector(".text");
            if (!text) return;
            for (var node = text.firstChild; node; node = node.nextSibling) {
              var s = node.nodeType === 3 ? node.data : "", i = s.search(/[^ \\t\\n\\r]/);
              if (i < 0) continue;
              var range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, Math.min(s.length, i + 8));
              var r = range.getClientRects()[0];
              if (r) text.setAttribute("data-plain-box", fmt(box(r)));
              break;
            }
          });
        }
        all(document, "table.sortable th[data-sort]").forEach(function (th) {
          function sort() {
            var table = th.closest("table"), body = table.tBodies[0], col = th.cellIndex;
            var asc = th.getAttribute("aria-sort") !== "ascending", num = th.getAttribute("data-sort") === "number";
            all(table, "th[data-sort]").forEach(function (o) { o.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", asc ? "ascending" : "descending");
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[col].getAttribute("data-value"), y = b.cells[col].getAttribute("data-value");
              var c = num ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
              return asc ? c : -c;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          }
          th.addEventListener("click", sort);
          th.addEventListener("keydown", function (e) {
            if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
          });
        });
        apply();
        measure();
        window.addEventListener("load", measure);
      })();
      """;

  /**
   * The CSP source expression ({@code 'sha256-…'}) that allows the page's one script; a page that shows the
   * report in a frame (the service's editor page) must allow it too, since a frame's document inherits the
   * policy of its parent.
   */
  public static final String SCRIPT_HASH_SOURCE = scriptHashSource(SCRIPT);
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src "
      + SCRIPT_HASH_SOURCE + "; img-src data:; base-uri 'none'; form-action 'none'";
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  @Override
  public String name() {
    return "html";
  }

  @Override
  public void write(ReportBatch batch, Appendable out, boolean color) throws IOException {
    StringBuilder h = new StringBuilder(16_384);
    List<Report> reports = batch.reports();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"generator\" content=\"copydesk ").append(esc(batch.toolVersion())).append("\">\n")
        .append("<title>").append(esc(pageTitle(batch))).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header(h, batch);
    h.append("<main>\n");
    if (batch.sites() != null) {
      sites(h, batch);
    }
    if (reports.size() > 1) {
      summary(h, reports);
    }
    if (!batch.failures().isEmpty()) {
      h.append("<section class=\"failures\">\n<h2>Unreadable inputs</h2>\n<ul class=\"errors\">\n");
      for (ReportBatch.InputFailure f : batch.failures()) {
        h.append("<li data-source=\"").append(esc(f.source())).append("\">").append(esc(f.message()))
            .append("</li>\n");
      }
      h.append("</ul>\n</section>\n");
    }
    if (reports.isEmpty()) {
      h.append("<p>No articles were audited.</p>\n");
    }
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      report(h, "a" + (i + 1), r, batch.sources().get(r.source()));
    }
    h.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.append(h);
  }

  private static String pageTitle(ReportBatch batch) {
    if (batch.reports().size() == 1) {
      Report r = batch.reports().get(0);
      return "Copydesk: " + r.source() + " (" + r.verdict().name() + " " + r.score().overall() + "/100)";
    }
    return "Copydesk: " + batch.reports().size() + " articles";
  }

  private static void header(StringBuilder h, ReportBatch batch) {
    Map<Category, Integer> cats = new EnumMap<>(Category.class);
    Map<Severity, Integer> sevs = new EnumMap<>(Severity.class);
    for (Report r : batch.reports()) {
      for (Finding f : r.findings()) {
        cats.merge(f.category(), 1, Integer::sum);
        sevs.merge(f.severity(), 1, Integer::sum);
      }
    }
    h.append("<header class=\"top\">\n<h1>Copydesk report</h1>\n<p class=\"meta\">copydesk ")
        .append(esc(batch.toolVersion())).append(" · rules ").append(esc(batch.ruleSetVersion())).append(" · ")
        .append(batch.reports().size()).append(batch.reports().size() == 1 ? " article" : " articles")
        .append(": ").append(batch.count(Verdict.FAIL)).append(" failed, ").append(batch.count(Verdict.WARN))
        .append(" warned, ").append(batch.count(Verdict.PASS)).append(" passed");
    if (!batch.failures().isEmpty()) {
      h.append(", ").append(batch.failures().size()).append(" unreadable");
    }
    h.append("</p>\n<form class=\"filters\" id=\"filters\">\n<fieldset><legend>Severity</legend>");
    Severity[] order = {Severity.ERROR, Severity.WARNING, Severity.INFO};
    for (Severity s : order) {
      checkbox(h, "severity", s.id(), sevs.getOrDefault(s, 0));
    }
    h.append("</fieldset>\n<fieldset><legend>Category</legend>");
    for (Category c : Category.values()) {
      checkbox(h, "category", c.id(), cats.getOrDefault(c, 0));
    }
    h.append("</fieldset>\n</form>\n</header>\n");
  }

  private static void checkbox(StringBuilder h, String name, String value, int count) {
    h.append("<label><input type=\"checkbox\" name=\"").append(name).append("\" value=\"").append(value)
        .append("\" checked> ").append(value).append(" (").append(count).append(")</label>");
  }

  private static void summary(StringBuilder h, List<Report> reports) {
    h.append("<section class=\"summary\">\n<h2>Summary</h2>\n<table>\n<thead><tr><th>Article</th>")
        .append("<th>Verdict</th><th class=\"num\">Score</th><th class=\"num\">Errors</th>")
        .append("<th class=\"num\">Warnings</th><th class=\"num\">Info</th><th class=\"num\">Suppressed</th>")
        .append("<th>AI use</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      h.append("<tr><td><a href=\"#a").append(i + 1).append("\">").append(esc(r.source())).append("</a></td><td>");
      verdict(h, r.verdict());
      h.append("</td><td class=\"num\">").append(r.score().overall())
          .append("</td><td class=\"num\">").append(count(r, Severity.ERROR))
          .append("</td><td class=\"num\">").append(count(r, Severity.WARNING))
          .append("</td><td class=\"num\">").append(count(r, Severity.INFO))
          .append("</td><td class=\"num\">").append(r.suppressed().size())
          .append("</td><td>").append(r.provenance().aiUse().id().replace('-', ' ')).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  /**
   * The site rollup as a table sorted by pages; a click (or Enter or Space) on a column heading sorts by that
   * column, again to reverse. Each cell carries its sort key in {@code data-value}; worst pages link to their sections.
   */
  private static void sites(StringBuilder h, ReportBatch batch) {
    Map<String, String> anchors = new java.util.HashMap<>();
    for (int i = 0; i < batch.reports().size(); i++) {
      anchors.putIfAbsent(batch.reports().get(i).source(), "a" + (i + 1));
    }
    h.append("<section class=\"sites\">\n<h2>Sites</h2>\n<p>Pages grouped by registered domain; shares are of the ")
        .append("site's pages. Click a heading to sort.</p>\n<table class=\"sortable\">\n<thead><tr>")
        .append("<th data-sort=\"text\" tabindex=\"0\">Site</th>")
        .append("<th class=\"num\" data-sort=\"number\" tabindex=\"0\" aria-sort=\"descending\">Pages</th>");
    for (String heading : Formats.SITE_HEADINGS) {
      h.append("<th class=\"num\" data-sort=\"number\" tabindex=\"0\">").append(esc(heading)).append("</th>");
    }
    h.append("<th class=\"num\" data-sort=\"number\" tabindex=\"0\">Mean score</th><th>Worst pages</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (SiteRollup.Site site : batch.sites().sites()) {
      h.append("<tr><td data-value=\"").append(esc(site.site())).append("\">").append(esc(site.site()))
          .append("</td><td class=\"num\" data-value=\"").append(site.pages()).append("\">").append(site.pages())
          .append("</td>");
      for (int count : Formats.siteCounts(site).values()) {
        double share = site.share(count);
        h.append("<td class=\"num\" data-value=\"").append(String.format(Locale.ROOT, "%.4f", share))
            .append("\">").append(Math.round(share * 100)).append("% (").append(count).append(")</td>");
      }
      h.append("<td class=\"num\" data-value=\"").append(String.format(Locale.ROOT, "%.1f", site.meanScore()))
          .append("\">").append(String.format(Locale.ROOT, "%.1f", site.meanScore())).append("</td><td>");
      for (int i = 0; i < site.worstPages().size(); i++) {
        SiteRollup.Page p = site.worstPages().get(i);
        h.append(i > 0 ? "<br>" : "");
        String anchor = anchors.get(p.source());
        if (anchor != null) {
          h.append("<a href=\"#").append(anchor).append("\">").append(esc(p.source())).append("</a>");
        } else {
          h.append(esc(p.source()));
        }
        h.append(" (").append(p.score()).append(")");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static long count(Report r, Severity s) {
    return r.findings().stream().filter(f -> f.severity() == s).count();
  }

  private static void verdict(StringBuilder h, Verdict v) {
    h.append("<span class=\"verdict ").append(v.id()).append("\">").append(v.name()).append("</span>");
  }

  private static void report(StringBuilder h, String id, Report r, SourceMap sm) {
    h.append("<article class=\"report\" id=\"").append(id).append("\" data-verdict=\"").append(r.verdict().id())
        .append("\">\n<h2>");
    verdict(h, r.verdict());
    h.append(" <span class=\"source\">").append(esc(r.source())).append("</span></h2>\n<p class=\"meta\">");
    if (r.title() != null) {
      h.append("<b>").append(esc(r.title())).append("</b> · ");
    }
    h.append(r.format().id()).append(" · language ").append(esc(r.language())).append("</p>\n");
    scores(h, r);
    h.append("<p class=\"provenance\"><b>Provenance:</b> ");
    provenance(h, id, r.provenance());
    h.append("</p>\n");
    deductions(h, id, r);
    if (!r.errors().isEmpty()) {
      h.append("<ul class=\"errors\">\n");
      for (ProcessingError e : r.errors()) {
        h.append("<li>rule failed: <span class=\"rule\">").append(esc(e.ruleId())).append("</span>: ")
            .append(esc(e.message())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    String text = sm == null ? "" : sm.original();
    boolean showText = !text.isEmpty();
    if (showText) {
      h.append("<div class=\"layout\">\n<section>\n<h3>Article text")
          .append(r.format().id().equals("text") ? "" : " (original " + r.format().id() + " source)")
          .append("</h3>\n<div class=\"text")
          .append(r.format() == Format.HTML || r.format() == Format.JSON ? " code" : "").append('"');
      if (LANGUAGE_TAG.matcher(r.language()).matches() && !r.language().equals("und")) {
        h.append(" lang=\"").append(r.language()).append('"');
      }
      h.append('>');
      articleText(h, sm, r);
      h.append("</div>\n</section>\n<aside class=\"panel\"><div class=\"panel-body\"><p class=\"hint\">")
          .append("Click a highlight or a finding to see its details.</p></div></aside>\n</div>\n");
    }
    h.append("<section class=\"findings\">\n<h3>Findings (").append(r.findings().size()).append(")</h3>\n");
    if (r.findings().isEmpty()) {
      h.append("<p>None.</p>\n");
    } else {
      h.append("<ol class=\"list\">\n");
      for (int i = 0; i < r.findings().size(); i++) {
        findingItem(h, id, "F" + (i + 1), r.findings().get(i), null);
      }
      h.append("</ol>\n");
    }
    h.append("</section>\n");
    if (!r.suppressed().isEmpty()) {
      h.append("<section class=\"suppressed-list\">\n<h3>Suppressed (").append(r.suppressed().size())
          .append(")</h3>\n<p class=\"meta\">Switched off by comments in the article; they do not count towards ")
          .append("the score or the verdict.</p>\n<ol class=\"list\">\n");
      for (int i = 0; i < r.suppressed().size(); i++) {
        Suppressed s = r.suppressed().get(i);
        findingItem(h, id, "S" + (i + 1), s.finding(), s);
      }
      h.append("</ol>\n</section>\n");
    }
    h.append("</article>\n");
  }

  private static void scores(StringBuilder h, Report r) {
    h.append("<div class=\"scores\">\n<div class=\"overall\"><b>").append(r.score().overall())
        .append("</b>/100 ");
    gauge(h, r.score().overall());
    h.append("</div>\n<table class=\"gauges\">\n");
    for (Map.Entry<Category, Integer> e : r.score().categories().entrySet()) {
      h.append("<tr><th>").append(e.getKey().id()).append("</th><td>");
      gauge(h, e.getValue());
      h.append("</td><td class=\"num\">").append(e.getValue()).append("</td></tr>\n");
    }
    h.append("</table>\n</div>\n");
  }

  private static void gauge(StringBuilder h, int score) {
    int v = Math.max(0, Math.min(100, score));
    h.append("<span class=\"gauge\" role=\"meter\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"")
        .append(v).append("\"><span class=\"").append(v >= 80 ? "good" : v >= 50 ? "mid" : "low")
        .append("\" style=\"width:").append(v).append("%\"></span></span>");
  }

  private static void provenance(StringBuilder h, String id, Provenance p) {
    switch (p.aiUse()) {
      case DECLARED:
        h.append("AI use declared");
        if (p.kind() != null) {
          h.append(" (").append(esc(p.kind())).append(')');
        }
        h.append(", human review ").append(p.humanReview().id().replace('-', ' '));
        break;
      case SUSPECTED:
        h.append("AI use suspected");
        break;
      default:
        h.append("no AI use seen");
    }
    if (!p.evidence().isEmpty()) {
      h.append(" (");
      for (int i = 0; i < p.evidence().size(); i++) {
        String f = "F" + (p.evidence().get(i) + 1);
        h.append(i == 0 ? "" : ", ").append("<a href=\"#").append(id).append('-').append(f).append("\">")
            .append(f).append("</a>");
      }
      h.append(')');
    }
    p.signals().forEach((k, v) -> h.append("; ").append(esc(k)).append(' ')
        .append(String.format(Locale.ROOT, "%.1f", v)).append(" per 1,000 words"));
  }

  private static void deductions(StringBuilder h, String id, Report r) {
    if (r.score().deductions().isEmpty()) {
      return;
    }
    h.append("<details class=\"deductions\"><summary>Deductions (").append(r.score().deductions().size())
        .append(")</summary>\n<table>\n");
    for (Deduction d : r.score().deductions()) {
      h.append("<tr><td class=\"num\">−").append(String.format(Locale.ROOT, "%.1f", d.points()))
          .append("</td><td class=\"rule\">").append(esc(d.ruleId())).append("</td><td>");
      for (int i = 0; i < d.findings().size(); i++) {
        String f = "F" + (d.findings().get(i) + 1);
        h.append(i == 0 ? "" : ", ").append("<a href=\"#").append(id).append('-').append(f).append("\">")
            .append(f).append("</a>");
      }
      h.append(d.capped() ? " (capped)" : "").append("</td></tr>\n");
    }
    h.append("</table>\n</details>\n");
  }

  /** One finding of the list; {@code suppressed} is non-null for a suppressed one. */
  private static void findingItem(StringBuilder h, String article, String fid, Finding f, Suppressed suppressed) {
    boolean live = suppressed == null;
    h.append("<li class=\"finding ").append(live ? "live" : "suppressed").append(" severity-")
        .append(f.severity().id()).append("\" id=\"").append(article).append('-').append(fid).append("\" ")
        .append(live ? "data-finding" : "data-suppressed").append("=\"").append(fid)
        .append("\" data-rule=\"").append(esc(f.ruleId())).append("\" data-category=\"").append(f.category().id())
        .append("\" data-severity=\"").append(f.severity().id()).append("\" tabindex=\"0\">");
    if (!live) {
      h.append("<span class=\"tag\">suppressed</span> ");
    }
    h.append("<span class=\"sev ").append(f.severity().id()).append("\">").append(f.severity().id())
        .append("</span> <span class=\"rule\">").append(esc(f.ruleId())).append("</span> <span class=\"loc\">")
        .append(fid).append(" · ").append(f.location().line()).append(':').append(f.location().column())
        .append("</span><br>").append(esc(f.message()));
    if (!f.excerpt().isEmpty()) {
      h.append(" <q class=\"excerpt\">").append(esc(f.excerpt())).append("</q>");
    }
    h.append("\n<div class=\"details\">").append(f.category().id()).append(" · confidence ")
        .append(String.format(Locale.ROOT, "%.2f", f.confidence()));
    if (!live) {
      h.append(" · ").append(esc(suppressed.directive())).append(" comment on line ").append(suppressed.line());
      if (suppressed.reason() != null) {
        h.append(": ").append(esc(suppressed.reason()));
      }
    }
    if (!f.suggestions().isEmpty()) {
      h.append("\n<ul class=\"suggestions\">");
      for (Suggestion s : f.suggestions()) {
        h.append("<li>").append(esc(s.label())).append("</li>");
      }
      h.append("</ul>");
    }
    if (!f.evidence().isEmpty()) {
      h.append("\n<details><summary>Evidence</summary><dl class=\"evidence\">");
      f.evidence().forEach((k, v) -> h.append("<dt>").append(esc(k)).append("</dt><dd>").append(esc(v))
          .append("</dd>"));
      h.append("</dl></details>");
    }
    h.append("</div></li>\n");
  }

  /** A finding's region in the original text, as UTF-16 offsets. */
  private record Region(int start, int end, int index, String id, Finding finding, boolean live) {}

  /**
   * The original text with each finding's region highlighted. Regions may overlap, so the text is cut at every
   * region's start and end; each piece covered by a live finding becomes a {@code <mark>} naming all findings
   * that cover it, a piece covered only by suppressed findings a {@code <span class="sup">}.
   */
  private static void articleText(StringBuilder h, SourceMap sm, Report r) {
    String text = sm.original();
    List<Region> regions = new ArrayList<>();
    for (int i = 0; i < r.findings().size(); i++) {
      region(regions, sm, regions.size(), "F" + (i + 1), r.findings().get(i), true);
    }
    for (int i = 0; i < r.suppressed().size(); i++) {
      region(regions, sm, regions.size(), "S" + (i + 1), r.suppressed().get(i).finding(), false);
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    for (Region g : regions) {
      cuts.add(g.start());
      cuts.add(g.end());
    }
    List<Region> byStart = new ArrayList<>(regions);
    byStart.sort((a, b) -> Integer.compare(a.start(), b.start()));
    TreeSet<Integer> active = new TreeSet<>(); // region indexes, so ids keep report order
    int next = 0;
    int pos = 0;
    Integer from = cuts.isEmpty() ? null : cuts.first();
    while (from != null) {
      Integer to = cuts.higher(from);
      int at = from;
      active.removeIf(k -> regions.get(k).end() <= at);
      while (next < byStart.size() && byStart.get(next).start() <= at) {
        if (byStart.get(next).end() > at) {
          active.add(byStart.get(next).index());
        }
        next++;
      }
      if (to != null && !active.isEmpty()) {
        esc(h, text, pos, from);
        segment(h, text, from, to, active, regions);
        pos = to;
      }
      from = to;
    }
    esc(h, text, pos, text.length());
  }

  private static void region(List<Region> out, SourceMap sm, int index, String id, Finding f, boolean live) {
    Location l = f.location();
    int start = clamped(sm, l.line(), l.column());
    int end = clamped(sm, l.endLine(), l.endColumn());
    if (end > start) {
      out.add(new Region(start, end, index, id, f, live));
    }
  }

  private static void segment(StringBuilder h, String text, int from, int to, TreeSet<Integer> active,
      List<Region> regions) {
    List<Region> live = new ArrayList<>();
    List<Region> off = new ArrayList<>();
    for (int k : active) {
      (regions.get(k).live() ? live : off).add(regions.get(k));
    }
    StringBuilder title = new StringBuilder();
    for (Region g : active.stream().map(regions::get).toList()) {
      Finding f = g.finding();
      title.append(title.length() == 0 ? "" : "\n").append(g.live() ? "" : "suppressed: ")
          .append(f.severity().id()).append(' ').append(f.ruleId()).append(": ").append(f.message());
    }
    String tag = live.isEmpty() ? "span" : "mark";
    if (live.isEmpty()) {
      h.append("<span class=\"sup\"");
    } else {
      Severity level = Severity.INFO;
      for (Region g : live) {
        level = g.finding().severity().atLeast(level) ? g.finding().severity() : level;
      }
      h.append("<mark class=\"hl\" data-finding=\"").append(join(live, g -> g.id()))
          .append("\" data-rule=\"").append(esc(join(live, g -> g.finding().ruleId())))
          .append("\" data-category=\"").append(join(live, g -> g.finding().category().id()))
          .append("\" data-severity=\"").append(join(live, g -> g.finding().severity().id()))
          .append("\" data-level=\"").append(level.id()).append('"');
    }
    if (!off.isEmpty()) {
      h.append(" data-suppressed=\"").append(join(off, g -> g.id())).append('"');
    }
    h.append(" title=\"").append(esc(title.toString())).append("\" tabindex=\"0\">");
    esc(h, text, from, to);
    h.append("</").append(tag).append('>');
  }

  private static String join(List<Region> regions, java.util.function.Function<Region, String> f) {
    StringBuilder s = new StringBuilder();
    for (Region g : regions) {
      s.append(s.length() == 0 ? "" : " ").append(f.apply(g).replace(' ', '_'));
    }
    return s.toString();
  }

  /** The original offset of a line and column, clamped to the text: past a line's end, its end. */
  private static int clamped(SourceMap sm, int line, int column) {
    if (line < 1) {
      return 0;
    }
    if (line > sm.lineCount()) {
      return sm.original().length();
    }
    int lineStart = sm.originalOffset(line, 1);
    int off = sm.originalOffset(line, column);
    return off >= 0 ? off : lineStart + sm.line(line).length();
  }

  /** Escapes {@code s[from, to)} for use in HTML content and in double- or single-quoted attribute values. */
  private static void esc(StringBuilder h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> h.append("&amp;");
        case '<' -> h.append("&lt;");
        case '>' -> h.append("&gt;");
        case '"' -> h.append("&quot;");
        case '\'' -> h.append("&#39;");
        case '\n', '\t' -> h.append(c);
        case '\r' -> {
          // CR LF and CR become LF, as HTML parsers would read them anyway.
          if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
            h.append('\n');
          }
        }
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            h.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c)) {
            // Not allowed in HTML text (or not encodable): one replacement character keeps positions aligned.
            h.append('\uFFFD');
          } else {
            h.append(c);
          }
        }
      }
    }
  }

  /** Escapes text for use in HTML content and in double- or single-quoted attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    esc(b, s, 0, s.length());
    return b.toString();
  }

  private static Map<Severity, String> colors() {
    Map<Severity, String> m = new EnumMap<>(Severity.class);
    m.put(Severity.ERROR, "#ffb3ad");
    m.put(Severity.WARNING, "#ffe07a");
    m.put(Severity.INFO, "#bcdcff");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The CSP source expression ({@code 'sha256-…'}) that allows an inline script with exactly this text. */
  public static String scriptHashSource(String script) {
    return "'" + sha256(script) + "'";
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
