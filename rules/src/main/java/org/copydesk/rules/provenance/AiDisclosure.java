package org.copydesk.rules.provenance;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Sentence;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.Span;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.RuleDocs;

/**
 * Notes that say the text itself was made with AI: a this-content object, an AI verb and an AI agent, in
 * passive ("this article was rewritten by artificial intelligence") or active voice ("ChatGPT helped write
 * this story"), or a label ("AI-generated content"). Text about AI, reported speech and quotes stay quiet.
 */
public final class AiDisclosure implements Rule {
  static final String ID = "provenance.ai-disclosure";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.PROVENANCE, Severity.ERROR);

  private static final String OBJECT_NOUN = "(?:message|article|post|story|content|text|summary|report|piece|item|"
      + "news(?:\\s+(?:item|story|report|article))?|translation|tl;?\\s?dr|version|copy|page|blog\\s+post|"
      + "newsletter|update|write-?up|coverage|brief|digest|recap)";
  private static final String THIS_OBJECT = "(?:this|these)\\s+(?:(?:news|full|original|entire|following|"
      + "short|brief)\\s+)?" + OBJECT_NOUN;
  private static final String NOTE_OBJECT = "(?:(?:this|these|the\\s+(?:above|following|present)|the)\\s+"
      + "(?:(?:news|full|original|entire)\\s+)?" + OBJECT_NOUN + "|it)";
  private static final String VERB_PARTICIPLE = "(?:re-?written|rewritten|generated|written|produced|created|"
      + "summari[sz]ed|translated|drafted|composed|assisted|edited|aggregated|paraphrased|compiled|curated|"
      + "prepared|authored|adapted|enhanced|reworded|rephrased|synthesi[sz]ed|condensed)";
  private static final String VERB_BASE = "(?:re-?write|rewrote|generate[ds]?|write|wrote|produce[ds]?|create[ds]?|"
      + "summari[sz]e[ds]?|translate[ds]?|draft(?:ed|s)?|compose[ds]?|edit(?:ed|s)?|aggregate[ds]?|"
      + "paraphrase[ds]?|compile[ds]?|prepare[ds]?)";
  private static final String AGENT = "(?:(?:an?|the|our|some)\\s+)?(?:(?:generative|conversational)\\s+)?"
      + "(?:artificial[\\s-]+intelligence|a\\.?i\\.?|machine[\\s-]+learning|(?:large\\s+)?language[\\s-]+models?|llms?|"
      + "automation\\s+technology|automated\\s+(?:tools?|systems?|software|technology)|chat\\s?gpt|gpt-?\\d(?:\\.\\d)?o?|"
      + "openai(?:'s)?(?:\\s+\\w+)?|gemini|bard|claude|copilot|llama|mistral|deepseek|grok|perplexity)"
      + "(?:\\s+(?:tools?|engines?|assistants?|systems?|software|models?|technology|platforms?|programs?|"
      + "assistance|help|support|writing\\s+tools?))?"
      + "(?![\\w-])(?!\\s+(?:researchers?|experts?|compan(?:y|ies)|firms?|labs?|start-?ups?|developers?|industry|"
      + "chips?|policy|polic(?:y|ies)|act|law|regulation|rules?|safety|ethics|race|boom|bubble|investment|stocks?))"
      // "AI Now Institute": a capitalised word after the agent makes it part of a proper name
      + "(?!\\s+(?-i:\\p{Lu}\\p{Ll}))";
  private static final String GAP = "(?:[^.!?;\"“”]{0,80}?)";
  private static final String HELPER = "(?:by|with|using|via|through|utili[sz]ing|(?:with\\s+)?the\\s+(?:help|assistance|aid|"
      + "support|use)\\s+of|(?:with\\s+)?(?:help|assistance)\\s+from)";

  private static final Pattern PASSIVE_THIS = Pattern.compile("(?iu)\\b" + THIS_OBJECT + GAP + "\\b" + VERB_PARTICIPLE
      + "\\b" + GAP + "\\b" + HELPER + "\\s+" + AGENT);
  private static final Pattern PASSIVE_NOTE = Pattern.compile("(?iu)\\b" + NOTE_OBJECT + GAP + "\\b" + VERB_PARTICIPLE
      + "\\b" + GAP + "\\b" + HELPER + "\\s+" + AGENT);
  private static final Pattern ACTIVE = Pattern.compile("(?iu)\\b" + AGENT + "\\s+(?:was\\s+used\\s+to\\s+|were\\s+used\\s+to\\s+|"
      + "helped(?:\\s+(?:us\\s+)?to)?\\s+|(?:has|have)\\s+|(?:was|were)\\s+used\\s+in\\s+|assisted\\s+in\\s+)?(?:\\w+\\s+)?"
      + "\\b(?:" + VERB_BASE + "|" + VERB_PARTICIPLE + "|writing|generating|producing|creating|drafting|"
      + "summari[sz]ing|translating|editing|rewriting|preparing)\\b\\s+(?:\\w+\\s+){0,3}?" + THIS_OBJECT + "\\b");
  private static final Pattern LABEL = Pattern.compile("(?iu)^\\W{0,3}(?:(?:editor'?s?|editorial|ai|transparency)\\s+"
      + "(?:note|disclosure)\\s*[:—–-]\\s*)?(?:(?:a\\.?i\\.?|artificial[\\s-]+intelligence)[\\s-]+(?:generated|written|"
      + "assisted|produced|created|rewritten|summari[sz]ed|translated|aided)\\b|(?:a\\.?i\\.?|artificial intelligence)"
      + "\\s+(?:disclosure|notice|use\\s+disclosure)\\s*:|(?:generated|written|produced|created|rewritten|"
      + "summari[sz]ed|translated)\\s+(?:by|with|using)\\s+" + AGENT + "\\s*[.:]?\\s*$)");
  private static final Pattern REPORTED = Pattern.compile("(?iu)\\b(?:said|says|say|told|according\\s+to|claimed|"
      + "claims|announced|reported\\s+that|wrote\\s+that|alleged|accused)\\b");
  private static final Pattern HUMAN_REVIEW = Pattern.compile("(?iu)\\b(?:reviewed|checked|verified|fact-?checked|"
      + "edited|overseen|supervised|approved)\\s+(?:and\\s+\\w+\\s+)?by\\s+(?:an?\\s+|our\\s+|the\\s+)?"
      + "(?:human|editor|editors|journalist|journalists|staff|newsroom|reporter|reporters|editorial\\s+team|team)"
      + "|\\bhuman\\s+(?:review|oversight|editor)");
  private static final Pattern SOURCE_CLAUSE = Pattern.compile("(?iu)\\b(?:taken|sourced|derived|adapted|based)\\s+"
      + "(?:on|from)\\b|\\bsource\\b|\\boriginal(?:ly)?\\b|\\bwire\\b");

  /** Short disclosure patterns for other languages: object, AI verb and agent in that language's usual order. */
  private static final List<Pattern> OTHER_LANGUAGES = List.of(
      // es
      Pattern.compile("(?iu)\\b(?:este|esta|el presente)\\s+(?:art[ií]culo|mensaje|texto|contenido|noticia|nota|resumen)"
          + "[^.!?]{0,80}?\\b(?:reescrit[oa]|generad[oa]|redactad[oa]|traducid[oa]|resumid[oa]|elaborad[oa]|cread[oa]|"
          + "escrit[oa]|producid[oa])\\b[^.!?]{0,60}?\\b(?:por|con|mediante)\\s+(?:una?\\s+|la\\s+)?(?:inteligencia\\s+"
          + "artificial|IA|ChatGPT)\\b"),
      // fr
      Pattern.compile("(?iu)\\b(?:cet\\s+article|ce\\s+message|ce\\s+texte|ce\\s+contenu|cette\\s+d[ée]p[eê]che|ce\\s+r[ée]sum[ée])"
          + "[^.!?]{0,80}?\\b(?:r[ée][ée]crit|g[ée]n[ée]r[ée]|r[ée]dig[ée]|traduit|r[ée]sum[ée]|produit|cr[ée][ée])e?s?\\b"
          + "[^.!?]{0,60}?\\b(?:par|avec|gr[aâ]ce\\s+[aà]|[aà]\\s+l'aide\\s+d['e])\\s*(?:une?\\s+|l')?(?:intelligence\\s+"
          + "artificielle|IA)\\b"),
      // de
      Pattern.compile("(?iu)\\b(?:dieser\\s+(?:Artikel|Text|Beitrag|Inhalt)|diese\\s+(?:Nachricht|Meldung|Zusammenfassung))"
          + "[^.!?]{0,80}?\\b(?:mit(?:hilfe)?|von|durch|unter\\s+Einsatz)\\s+(?:einer\\s+|der\\s+)?(?:k[üu]nstliche[rn]?\\s+"
          + "Intelligenz|KI)\\b[^.!?]{0,60}?\\b(?:umgeschrieben|erstellt|generiert|verfasst|[üu]bersetzt|"
          + "zusammengefasst|geschrieben|bearbeitet)\\b"),
      // pt
      Pattern.compile("(?iu)\\b(?:este|esta)\\s+(?:artigo|mensagem|texto|conte[úu]do|not[íi]cia|mat[ée]ria|resumo)"
          + "[^.!?]{0,80}?\\b(?:reescrit[oa]|gerad[oa]|redigid[oa]|traduzid[oa]|resumid[oa]|criad[oa]|produzid[oa]|"
          + "escrit[oa])\\b[^.!?]{0,60}?\\b(?:por|com|atrav[ée]s\\s+de)\\s+(?:uma?\\s+|a\\s+)?(?:intelig[êe]ncia\\s+"
          + "artificial|IA)\\b"),
      // it
      Pattern.compile("(?iu)\\b(?:questo|questa|il\\s+presente)\\s+(?:articolo|messaggio|testo|contenuto|notizia|riassunto)"
          + "[^.!?]{0,80}?\\b(?:riscritt[oa]|generat[oa]|redatt[oa]|tradott[oa]|riassunt[oa]|creat[oa]|prodott[oa]|"
          + "scritt[oa])\\b[^.!?]{0,60}?\\b(?:da|con|tramite|mediante)\\s+(?:un'?\\s*|una\\s+|l')?(?:intelligenza\\s+"
          + "artificiale|IA)\\b"),
      // ru
      Pattern.compile("(?iu)(?:эт(?:от|а|о|у)|данн(?:ый|ая|ое|ую))\\s+(?:стать[яю]|сообщение|текст|материал|новость|"
          + "публикаци[яю])[^.!?]{0,80}?(?:переписан|сгенерирован|создан|написан|переведен|переведён|подготовлен|"
          + "обработан)[аоы]?[^.!?]{0,60}?(?:искусственн\\S*\\s+интеллект\\S*|ИИ|нейросет\\S*)"),
      // tr
      Pattern.compile("(?iu)\\bbu\\s+(?:makale|mesaj|metin|haber|içerik|yazı)[^.!?]{0,80}?(?:yapay\\s+zek[aâ]|YZ)"
          + "[^.!?]{0,60}?(?:yeniden\\s+yaz|oluştur|üret|çevril|hazırlan|yazıl)\\S*"));

  /** Every pattern needs an AI agent; sentences without one are skipped before the costly patterns run. */
  private static final Pattern ANY_AGENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:a\\.?i\\.?|artificial|chat\\s?gpt|gpt|"
      + "llms?|language[\\s-]+models?|machine|automat|gemini|bard|claude|copilot|llama|mistral|deepseek|grok|"
      + "perplexity|openai|ia|ki|yz|ии|нейросет|искусствен|yapay|intelig|intellig|künstlich)");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    for (Sentence s : ctx.analysis().sentences()) {
      if (!ANY_AGENT.matcher(s.text()).find()) {
        continue;
      }
      Block block = article.blocks().get(s.blockIndex());
      boolean note = block.wordCount() <= 45;
      Matcher m = firstMatch(s.text(), note);
      if (m == null || insideQuotes(s.text(), m.start()) || REPORTED.matcher(s.text()).find()) {
        continue;
      }
      String matched = m.group();
      String kind = kind(s.text());
      boolean reviewed = HUMAN_REVIEW.matcher(block.text()).find();
      ctx.report(new Span(s.span().start(), s.span().end()))
          .message("AI-use disclosure: the text says it was " + describe(kind) + " by AI"
              + (reviewed ? ", with human review" : "") + "; check the source and the copy before publishing")
          .confidence(note ? 0.95 : 0.8)
          .evidence("matched", matched)
          .evidence("kind", kind)
          .evidence("humanReview", reviewed ? "claimed" : "not claimed")
          .emit();
    }
  }

  private static Matcher firstMatch(String text, boolean note) {
    Matcher m = PASSIVE_THIS.matcher(text);
    if (m.find()) {
      return m;
    }
    m = ACTIVE.matcher(text);
    if (m.find()) {
      return m;
    }
    if (note) {
      m = PASSIVE_NOTE.matcher(text);
      if (m.find()) {
        return m;
      }
      m = LABEL.matcher(text);
      if (m.find()) {
        return m;
      }
    }
    for (Pattern p : OTHER_LANGUAGES) {
      m = p.matcher(text);
      if (m.find()) {
        return m;
      }
    }
    return null;
  }

  /** Classifies the disclosure: rewritten-from-source, translated, summarised, assisted or generated. */
  static String kind(String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    if (s.matches("(?s).*\\b(re-?writ|rewrote|paraphras|reword|rephras|adapted).*")
        || (SOURCE_CLAUSE.matcher(s).find() && s.matches("(?s).*\\b(edit|prepar|compil|aggregat).*"))
        || s.matches("(?s).*(reescrit|réécrit|reecrit|umgeschrieben|riscritt|переписан|yeniden yaz).*")) {
      return "rewritten-from-source";
    }
    if (s.matches("(?s).*\\b(translat|traduc|tradu|übersetz|tradott|переведен|переведён|çevril).*")) {
      return "translated";
    }
    if (s.matches("(?s).*\\b(summar|condens|digest|tl;?\\s?dr|resum|zusammengefasst|riassunt).*")) {
      return "summarised";
    }
    if (s.matches("(?s).*\\b(assist|help|aid|support|edited).*")) {
      return "assisted";
    }
    return "generated";
  }

  private static String describe(String kind) {
    switch (kind) {
      case "rewritten-from-source":
        return "rewritten from another source";
      case "translated":
        return "translated";
      case "summarised":
        return "summarised";
      case "assisted":
        return "written with assistance";
      default:
        return "generated";
    }
  }

  /** Whether an offset sits inside double quotation marks. */
  private static boolean insideQuotes(String s, int offset) {
    int straight = 0;
    int open = 0;
    for (int i = 0; i < offset; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        straight++;
      } else if (c == '“' || c == '«' || c == '„') {
        open++;
      } else if ((c == '”' || c == '»') && open > 0) {
        open--;
      }
    }
    return straight % 2 == 1 || open > 0;
  }
}
