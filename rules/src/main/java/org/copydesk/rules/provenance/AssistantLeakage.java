package org.copydesk.rules.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Sentence;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.Link;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.support.LazyRegex;
import org.copydesk.rules.support.LiteralPrefilter;
import org.copydesk.rules.support.Resources;
import org.copydesk.rules.support.RuleDocs;

/**
 * Chatbot text left in copy, from the {@code assistant-leakage.yaml} catalogue: self-references and refusals
 * ("As an AI language model"), chat preambles and sign-offs ("Certainly! Here is a rewritten version"), unfilled
 * placeholders ("[insert source link]") and chat-tool citation debris (":contentReference[oaicite:3]"), in the
 * text and in link targets. Preambles, sign-offs and refusals inside quotation marks are someone speaking and
 * are left alone.
 */
public final class AssistantLeakage implements Rule {
  static final String ID = "provenance.assistant-leakage";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.PROVENANCE, Severity.ERROR);
  private static final Set<String> VERBATIM_KINDS = Set.of("placeholder", "citation-debris");
  /**
   * An assent that opens a chatbot's answer, in the catalogue's languages. A first paragraph that starts with one
   * and ends with a colon ("Natuurlijk, hieronder vind je het nieuwsbericht:") introduces the text that follows:
   * a preamble whatever its words in between.
   */
  private static final Pattern ASSENT_INTRO = Pattern.compile("(?iu)^\\W{0,3}(?:sure(?:\\s+thing)?|certainly|of\\s+course|"
      + "absolutely|okay|ok|got\\s+it|alright|no\\s+problem|claro|por\\s+supuesto|desde\\s+luego|con\\s+gusto|"
      + "bien\\s+s[ûu]r|certainement|absolument|avec\\s+plaisir|d['’]accord|natürlich|gerne?|selbstverständlich|klar|"
      + "certamente|com\\s+certeza|certo|sicuramente|volentieri|конечно|разумеется|звісно|звичайно|авжеж|tabii(?:\\s+ki)?|"
      + "elbette|kesinlikle|natuurlijk|zeker|uiteraard|graag|oczywiście|jasne|självklart|visst|gärna|selvfølgelig|"
      + "gjerne|absolutt?|jistě|samozřejmě|určitě|sigur|desigur|bineînțeles|toki|tietenkin|totta\\s+kai|i\\s+tant|"
      + "és\\s+clar|per\\s+descomptat)(?!\\p{L})\\s*[!,.:]+\\s+[^\\n]{10,300}:\\s*$");
  /** The presentative such a preamble points with ("here", "below", "a continuación", "hieronder", "вот"). */
  private static final Pattern PRESENTATIVE = Pattern.compile("(?iu)(?<!\\p{L})(?:here|below|following|a\\s+continuaci[oó]n|"
      + "aqu[ií]|voici|ci-dessous|ci-apr[èe]s|hier|hieronder|ecco|di\\s+seguito|вот|ниже|ось|нижче|işte|aşağıda|oto|"
      + "poniżej|här|nedan|her|nedenfor|herunder|zde|níže|iată|mai\\s+jos|tässä|alla|a\\s+continuació)(?!\\p{L})");
  private static final int PREAMBLE_MAX_WORDS = 45;
  /** A paragraph of direct speech introduced by a dash ("– Jag hoppas ...", "—Espero que esto les sirva —dijo"). */
  private static final Pattern SPEECH_DASH = Pattern.compile("^\\s*[–—―]\\s*\\p{L}|\\s[–—―]\\s\\p{Lu}");
  private static final Pattern DEBRIS_IN_URL = Pattern.compile("(?i)utm_source=chatgpt\\.com|oaicite");

  /** A catalogue pattern, compiled when a text first gets past the prefilter for it. */
  private record Entry(String kind, String lang, LazyRegex regex) {}

  private static final List<Entry> ENTRIES = load();
  private static final LiteralPrefilter PREFILTER =
      LiteralPrefilter.forRegexes(ENTRIES.stream().map(e -> e.regex().source()).toList());

  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    JsonNode root = Resources.yaml("/org/copydesk/rules/provenance/assistant-leakage.yaml");
    for (JsonNode e : root.path("entries")) {
      for (JsonNode p : e.path("patterns")) {
        out.add(new Entry(e.path("kind").asText(), e.path("lang").asText(),
            new LazyRegex(p.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The content blocks, and the page furniture right before and after them: a byline row ("By [Your Name] | Staff
   * Writer") is filed as furniture, but a placeholder or citation debris in it was still published.
   */
  private static List<Block> scanned(Article article) {
    List<Block> blocks = article.blocks();
    int[] range = DisclosureDetector.contentRange(blocks);
    return range == null ? List.of()
        : blocks.subList(Math.max(0, range[0] - 1), Math.min(blocks.size(), range[1] + 2));
  }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    Set<Span> reported = new HashSet<>();
    for (Block b : scanned(article)) {
      String text = b.text();
      BitSet candidates = PREFILTER.candidates(text);
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        Entry e = ENTRIES.get(i);
        if (b.isChrome() && !VERBATIM_KINDS.contains(e.kind())) {
          continue;
        }
        Matcher m = e.regex().pattern().matcher(text);
        StartSet.Search matches = StartSet.search(e.regex().starts(), m, text);
        while (matches.next()) {
          if (m.end() == m.start()) {
            continue;
          }
          boolean verbatim = VERBATIM_KINDS.contains(e.kind());
          if (inCodeSpan(article, b.span().start() + m.start())) {
            continue; // `{{first_name}}` in a Markdown code span is an example, not a gap
          }
          if (e.kind().equals("placeholder") && linked(article, b.span().start() + m.start() + 1,
              b.span().start() + m.end() - 1)) {
            continue; // "[source]" whose word is a link is a citation marker, filled in
          }
          if (!verbatim && (DisclosureDetector.insideQuotes(text, m.start()) || speech(article, b))) {
            continue; // "I hope this helps," the coach said. / – Jag hoppas att det här hjälper er, sa han.
          }
          Span span = new Span(b.span().start() + m.start(), b.span().start() + m.end());
          if (!verbatim) {
            // the whole sentence (or sentences: "Certainly! Here is ...") the match touches
            Sentence first = ctx.analysis().sentenceAt(span.start());
            Sentence last = ctx.analysis().sentenceAt(span.end() - 1);
            span = new Span(first != null ? Math.min(first.span().start(), span.start()) : span.start(),
                last != null ? Math.max(last.span().end(), span.end()) : span.end());
          }
          if (overlapsAny(span, reported)) {
            continue;
          }
          reported.add(span);
          emit(ctx, span, e.kind(), e.lang(), m.group());
        }
      }
    }
    List<Block> content = article.contentBlocks();
    if (!content.isEmpty()) {
      Block first = content.get(0);
      if (first.wordCount() <= PREAMBLE_MAX_WORDS && StartSet.found(ASSENT_INTRO, first.text().strip())
          && StartSet.found(PRESENTATIVE, first.text()) && !overlapsAny(first.span(), reported)) {
        reported.add(first.span());
        emit(ctx, first.span(), "preamble", "und", first.text().strip());
      }
    }
    for (Link l : article.links()) {
      Matcher m = DEBRIS_IN_URL.matcher(l.href());
      if (m.find() && !overlapsAny(l.span(), reported)) {
        reported.add(l.span());
        emit(ctx, l.span(), "citation-debris", "und", l.href());
      }
    }
  }

  /**
   * Whether a paragraph is direct speech introduced by a dash, as Swedish, Polish or Russian copy writes it: the
   * dash may be in the text or, when a loader read it as a list bullet, just before the block in the source.
   */
  private static boolean speech(Article article, Block b) {
    if (StartSet.found(SPEECH_DASH, b.text())) {
      return true;
    }
    String original = article.sourceMap().original();
    int o = article.sourceMap().originalOffset(b.span().start());
    int i = o - 1;
    while (i >= 0 && (original.charAt(i) == ' ' || original.charAt(i) == '\t')) {
      i--;
    }
    return i >= 0 && "–—―".indexOf(original.charAt(i)) >= 0;
  }

  /** Whether this text offset sits inside a Markdown code span: an odd number of backticks before it on its line. */
  private static boolean inCodeSpan(Article article, int offset) {
    String original = article.sourceMap().original();
    int o = article.sourceMap().originalOffset(offset);
    // HTML: inside <code> or <pre>
    if (original.lastIndexOf("<code", o) > original.lastIndexOf("</code>", o)
        || original.lastIndexOf("<pre", o) > original.lastIndexOf("</pre>", o)) {
      return true;
    }
    int ticks = 0;
    for (int i = o - 1; i >= 0 && original.charAt(i) != '\n'; i--) {
      if (original.charAt(i) == '`') {
        ticks++;
      }
    }
    return ticks % 2 == 1;
  }

  /** Whether a link covers the text between a placeholder's brackets. */
  private static boolean linked(Article article, int from, int to) {
    for (Link l : article.links()) {
      if (l.span().start() <= from && l.span().end() >= to - 1 && l.span().end() > from) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(Span span, Set<Span> spans) {
    for (Span s : spans) {
      if (s.overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  private static void emit(RuleContext ctx, Span span, String kind, String lang, String matched) {
    ctx.report(span)
        .message("assistant leakage (" + kind.replace('-', ' ') + "): chatbot text that was never meant to be "
            + "published")
        .confidence(kind.equals("placeholder") ? 0.85 : 0.9)
        .suggest(Suggestion.delete(kind.equals("placeholder") ? "fill in or delete the placeholder" : "delete it"))
        .evidence("kind", kind)
        .evidence("language", lang)
        .evidence("matched", matched)
        .evidence("aiUse", "suspected")
        .emit();
  }
}
