package org.copydesk.rules.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Sentence;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.Span;

/**
 * Finds AI-use disclosure notes by their parts: the thing affected ("this article"), an AI verb ("rewritten")
 * and an AI agent ("artificial intelligence", "ChatGPT"), in passive or active voice, or as a short label
 * ("AI-generated", "Generado por IA"). English has the richest grammar; Spanish, French, German, Portuguese,
 * Italian, Russian, Turkish, Dutch, Polish and Ukrainian share one structure per language. Sentences that report
 * what someone said, and notes inside quotation marks, are not disclosures. Shared by the rules that need to know
 * whether an article discloses AI use, so none depends on another's findings. Thread-safe.
 */
final class DisclosureDetector {

  /**
   * One disclosure.
   *
   * @param span the sentence that discloses
   * @param matched the text the pattern matched
   * @param kind rewritten-from-source, generated, assisted-with-human-review, translated or summarised
   * @param humanReview whether the note claims a human review
   * @param note whether it stands in a short block of its own (a note rather than a sentence of the story)
   */
  record Disclosure(Span span, String matched, String kind, boolean humanReview, boolean note) {}

  // ---- English --------------------------------------------------------------------------------------------
  private static final String OBJECT_NOUN = "(?:message|article|post|story|content|text|summary|report|piece|item|"
      + "news(?:\\s+(?:item|story|report|article))?|translation|tl;?\\s?dr|version|copy|page|blog\\s+post|"
      + "newsletter|update|write-?up|coverage|brief|briefing|digest|recap|explainer|analysis|review|feature|edition|"
      + "issue|roundup|paragraphs?|sections?|items?)";
  private static final String THIS_OBJECT = "(?:this|these)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + OBJECT_NOUN + "\\b";
  private static final String NOTE_OBJECT = "(?:(?:this|these|the\\s+(?:above|following|present|next|previous|preceding)"
      + "(?:\\s+\\w+)?|the|today['’]s|this\\s+(?:week|morning|evening)['’]s|tonight['’]s)\\s+"
      + "(?:(?:news|full|original|entire)\\s+)?" + OBJECT_NOUN + "|it|parts?\\s+of\\s+(?:this|the)\\s+" + OBJECT_NOUN + ")";
  private static final String VERB_PARTICIPLE = "(?:re-?written|rewritten|generated|written|produced|created|"
      + "summari[sz]ed|translated|drafted|composed|assisted|edited|aggregated|paraphrased|compiled|curated|"
      + "prepared|authored|adapted|enhanced|reworded|rephrased|synthesi[sz]ed|condensed|made|built|powered|"
      + "supported|aided|informed|co-?written|co-?authored|shortened|localised|localized|put\\s+together|"
      + "assembled)";
  private static final String VERB_BASE = "(?:re-?write|rewrote|generate[ds]?|write|wrote|produce[ds]?|create[ds]?|"
      + "summari[sz]e[ds]?|translate[ds]?|draft(?:ed|s)?|compose[ds]?|edit(?:ed|s)?|aggregate[ds]?|"
      + "paraphrase[ds]?|compile[ds]?|prepare[ds]?|assist(?:ed|s)?|help(?:ed|s)?\\s+(?:to\\s+)?(?:write|draft|"
      + "produce|create|summari[sz]e|translate|prepare|edit))";
  private static final String AGENT = "(?:(?:an?|the|our|some|its|their)\\s+)?"
      + "(?:(?-i:\\p{Lu})[\\p{L}-]*\\s+){0,3}?(?:[\\p{L}-]+['’]s\\s+)?" // an owner: "the Valley Courier's"
      + "(?:(?:generative|conversational|in-house|proprietary)\\s+)?"
      + "(?:(?:microsoft|google|openai|anthropic|meta)(?:['’]s)?\\s+)?"
      + "(?:artificial[\\s-]+intelligence|a\\.?i\\.?|gen\\s?ai|machine[\\s-]+learning|(?:large\\s+)?language[\\s-]+models?|"
      + "llms?|automation\\s+technology|automated\\s+(?:[\\p{L}-]+\\s+)?(?:tools?|systems?|software|technology|"
      + "journalism|writing|writer|assistant)|"
      + "chat\\s?gpt|gpt-?\\d(?:\\.\\d)?o?|openai(?:'s)?(?:\\s+\\w+)?|gemini|bard|claude|copilot|llama|mistral|"
      + "deepseek|grok|perplexity|jasper|writesonic)"
      + "(?:\\s+(?:[\\p{L}-]+\\s+)?(?:tools?|engines?|assistants?|systems?|software|models?|technology|technologies|platforms?|"
      + "programs?|assistance|help|support|writing\\s+tools?|chatbots?))?"
      + "(?![\\w-])(?!\\s+(?:researchers?|experts?|compan(?:y|ies)|firms?|labs?|start-?ups?|developers?|industry|"
      + "chips?|polic(?:y|ies)|act|law|regulation|rules?|safety|ethics|race|boom|bubble|investment|stocks?))"
      // "AI Now Institute": a capitalised word after the agent makes it part of a proper name
      + "(?!\\s+(?-i:\\p{Lu}\\p{Ll}))";
  private static final String FUSED = "(?:a\\.?i\\.?|machine|computer|auto(?:matically)?|algorithmically)"
      + "[\\s-]+(?:generated|written|translated|assisted|produced|created|rewritten|summari[sz]ed|aided|curated)";
  private static final String GAP = "(?:[^.!?;\"“”]{0,80}?)";
  private static final String HELPER = "(?:by|with|using|via|through|utili[sz]ing|from|(?:with\\s+)?the\\s+(?:help|"
      + "assistance|aid|support|use)\\s+of|(?:with\\s+)?(?:help|assistance|input)\\s+from|in\\s+collaboration\\s+with)";

  /** An agent, or a named tool described as one: "MatchWire, an AI system". */
  private static final String NAMED_AGENT = "(?:" + AGENT + "|(?-i:\\p{Lu})[\\p{L}\\d-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\d-]*){0,2}"
      + ",\\s+" + AGENT + ")";
  private static final Pattern PASSIVE_THIS = Pattern.compile("(?iu)\\b" + THIS_OBJECT + GAP + "\\b"
      + VERB_PARTICIPLE + "\\b" + GAP + "\\b" + HELPER + "\\s+" + NAMED_AGENT);
  private static final String COPULA = "\\s+(?:is|was|were|are|has\\s+been|have\\s+been|had\\s+been)\\s+"
      + "(?:\\w+ly\\s+)?(?:an?\\s+)?";
  /** "This summary was AI-generated", "This AI-generated summary ...". */
  private static final Pattern FUSED_THIS = Pattern.compile("(?iu)\\b(?:" + THIS_OBJECT + COPULA + FUSED
      + "|(?:this|these|the\\s+following)\\s+" + FUSED + "\\s+" + OBJECT_NOUN + ")\\b");
  private static final Pattern PASSIVE_NOTE = Pattern.compile("(?iu)\\b" + NOTE_OBJECT + GAP + "\\b" + VERB_PARTICIPLE
      + "\\b" + GAP + "\\b" + HELPER + "\\s+" + NAMED_AGENT);
  private static final Pattern FUSED_NOTE = Pattern.compile("(?iu)\\b" + NOTE_OBJECT + COPULA + FUSED + "\\b");
  private static final Pattern ACTIVE = Pattern.compile("(?iu)\\b" + AGENT + "\\s+(?:was\\s+used\\s+to\\s+|"
      + "were\\s+used\\s+to\\s+|helped(?:\\s+(?:us\\s+)?to)?\\s+|(?:has|have|had)\\s+(?:been\\s+used\\s+to\\s+)?|"
      + "(?:was|were)\\s+used\\s+(?:in|for)\\s+|assisted\\s+(?:in|with)\\s+|(?:is|was)\\s+responsible\\s+for\\s+)?"
      + "(?:\\w+\\s+)?\\b(?:" + VERB_BASE + "|" + VERB_PARTICIPLE + "|writing|generating|producing|creating|drafting|"
      + "summari[sz]ing|translating|editing|rewriting|preparing)\\b" + GAP + "\\b" + THIS_OBJECT);
  /** "This story was generated by Automated Insights using data from ...": people write, systems generate. */
  private static final Pattern GENERATED_BY_NAME = Pattern.compile("(?iu)\\b" + THIS_OBJECT + GAP
      + "\\b(?:automatically\\s+)?(?:generated|auto-generated)\\s+by\\s+(?-i:\\p{Lu})");
  /** "How we made this story: ... we used Claude, an AI model, to help organise the notes ..." */
  private static final Pattern LABEL_OBJECT = Pattern.compile("(?iu)^\\W{0,3}[^:]{0,60}?\\b" + THIS_OBJECT + "[^:]{0,30}:");
  private static final Pattern WE_USED_AGENT = Pattern.compile("(?iu)\\b(?:we|i)\\s+(?:\\w+\\s+)?(?:used|employed|relied\\s+on|"
      + "enlisted|turned\\s+to|asked|drew\\s+on)\\b" + GAP + "\\b" + AGENT);
  /** "We used Claude, an AI assistant, to help draft this article." */
  private static final Pattern WE_USED = Pattern.compile("(?iu)\\b(?:we|i|our\\s+(?:newsroom|team|editors?|reporters?|staff))"
      + "\\s+(?:have\\s+)?(?:used|use|employed|relied\\s+on|enlisted|turned\\s+to|drew\\s+on|asked)\\b" + GAP + "\\b"
      + AGENT + GAP + "\\b(?:to|in|for|when)\\s+(?:help\\s+(?:us\\s+)?)?(?:" + VERB_BASE + "|writing|generating|producing|"
      + "drafting|summari[sz]ing|translating|editing|rewriting|preparing)\\b" + GAP + "\\b" + THIS_OBJECT);
  /** A short note without an object: "Written with AI assistance.", "Disclosure: produced using ChatGPT." */
  private static final Pattern SHORT_NOTE = Pattern.compile("(?iu)^\\W{0,3}(?:[\\p{L}'’ ]{2,30}\\s*[:|—–-]\\s*)?"
      + "(?:" + OBJECT_NOUN + "\\s+)?(?:(?:this\\s+)?(?:was|is|has\\s+been)\\s+)?(?:partly\\s+|partially\\s+|fully\\s+)?"
      + VERB_PARTICIPLE
      + "\\b" + GAP + "\\b" + HELPER + "\\s+" + NAMED_AGENT);
  private static final Pattern LABEL = Pattern.compile("(?iu)^\\W{0,3}(?:(?:editor'?s?|editorial|ai|transparency)\\s+"
      + "(?:note|disclosure)\\s*[:—–-]\\s*)?(?:(?:a\\.?i\\.?|artificial[\\s-]+intelligence|gen\\s?ai)[\\s-]+(?:generated|"
      + "written|assisted|produced|created|rewritten|summari[sz]ed|translated|aided|curated)\\b|"
      + "(?:a\\.?i\\.?|artificial intelligence)\\s+(?:disclosure|notice|use\\s+disclosure|transparency\\s+note)\\s*:)");

  // ---- Other languages: object, participle, agent and "used" verbs ------------------------------------------
  /**
   * One language's parts.
   *
   * @param object "this article" and its case forms
   * @param verb AI verbs as participles
   * @param agent the AI agent
   * @param use verbs and phrases of using a tool ("se utilizó", "kam ... zum Einsatz")
   * @param noteObject objects a short note may use ("el texto", "Artikel"), besides {@code object}
   */
  private record Lang(String code, String object, String verb, String agent, String use, String noteObject) {}

  private static final List<Lang> LANGS = List.of(
      new Lang("es", "(?:este|esta|el\\s+presente|la\\s+presente|el\\s+siguiente|la\\s+siguiente)\\s+(?:art[ií]culo|"
          + "mensaje|texto|contenido|noticia|nota|resumen|publicaci[oó]n|informe|reportaje|cr[oó]nica|informaci[oó]n)",
          "(?:re)?escrit[oa]|generad[oa]|redactad[oa]|traducid[oa]|resumid[oa]|elaborad[oa]|cread[oa]|producid[oa]|"
              + "editad[oa]|asistid[oa]|adaptad[oa]|reformulad[oa]|parafrasead[oa]|preparad[oa]|realizad[oa]|hech[oa]",
          "inteligencia\\s+artificial|IA(?:\\s+generativa)?|ChatGPT|GPT-?\\d|modelos?\\s+de\\s+lenguaje|Gemini|Claude|"
              + "Copilot|Mistral|Llama|DeepSeek|Grok|aprendizaje\\s+autom[aá]tico|herramientas?\\s+de\\s+IA",
          "se\\s+(?:utiliz[oó]|us[oó]|emple[oó])|(?:hemos|he|ha)\\s+(?:utilizado|usado|empleado)|con\\s+(?:la\\s+)?(?:ayuda|"
              + "asistencia|apoyo)\\s+de|mediante|utilizando|usando",
          "(?:el|la)\\s+(?:art[ií]culo|texto|nota|noticia|informaci[oó]n|contenido|resumen|publicaci[oó]n)|"
              + "traducci[oó]n|resumen|s[ií]ntesis|redacci[oó]n"),
      new Lang("fr", "(?:cet|cette|ce)\\s+(?:article|message|texte|contenu|d[ée]p[êe]che|r[ée]sum[ée]|billet|"
          + "publication|reportage|compte\\s+rendu|br[èe]ve|papier|chronique|lettre|newsletter|[ée]dition)",
          "(?:r[ée][ée]crit|g[ée]n[ée]r[ée]|r[ée]dig[ée]|traduit|r[ée]sum[ée]|produit|cr[ée][ée]|[ée]crit|assist[ée]|"
              + "adapt[ée]|reformul[ée]|[ée]labor[ée]|r[ée]alis[ée]|pr[ée]par[ée])e?s?",
          "intelligence\\s+artificielle|IA(?:\\s+g[ée]n[ée]rative)?|ChatGPT|GPT-?\\d|mod[èe]les?\\s+de\\s+"
              + "langage|outils?\\s+d'IA|apprentissage\\s+automatique|Gemini|Claude|Copilot|Mistral|Llama|DeepSeek|Grok",
          "a\\s+(?:été\\s+)?utilis[ée]e?|nous\\s+avons\\s+(?:utilisé|eu\\s+recours)|avec\\s+l'(?:aide|assistance)\\s+d|"
              + "[àa]\\s+l'aide\\s+d|gr[âa]ce\\s+[àa]|au\\s+moyen\\s+d|en\\s+utilisant",
          "(?:l'|le\\s+|la\\s+)(?:article|texte|contenu|r[ée]sum[ée]|d[ée]p[êe]che)|traduction|r[ée]sum[ée]|synth[èe]se"),
      new Lang("de", "(?:dieser|diese|dieses)\\s+\\p{L}*(?:artikel|text|beitrag|inhalt|nachricht|meldung|"
          + "zusammenfassung|bericht|newsletter)|dieses\\s+\\p{L}*(?:artikels|textes|beitrags|berichts|inhalts)",
          "umgeschrieben|erstellt|generiert|verfasst|[üu]bersetzt|zusammengefasst|geschrieben|bearbeitet|produziert|"
              + "unterst[üu]tzt|[üu]berarbeitet|formuliert|redigiert",
          "k[üu]nstliche[rn]?\\s+Intelligenz|KI(?:-\\w+)?|ChatGPT|GPT-?\\d|Sprachmodell\\w*|maschinelle[sm]?\\s+"
              + "Lernen\\w*|Gemini|Claude|Copilot|Mistral|Llama|DeepSeek|Grok",
          "zum\\s+Einsatz|eingesetzt|verwendet|genutzt|mit\\s+Hilfe|mithilfe|unter\\s+(?:Verwendung|Nutzung|Einsatz)|"
              + "mit\\s+Unterst[üu]tzung",
          "(?:der|die|das)\\s+\\p{L}*(?:artikel|text|beitrag|inhalt|meldung|nachricht|zusammenfassung|bericht)|"
              + "[ÜU]bersetzung|Zusammenfassung"),
      new Lang("pt", "(?:este|esta|o\\s+presente|a\\s+presente)\\s+(?:artigo|mensagem|texto|conte[úu]do|not[íi]cia|"
          + "mat[ée]ria|resumo|reportagem|publica[çc][ãa]o|nota)",
          "(?:re)?escrit[oa]|gerad[oa]|redigid[oa]|traduzid[oa]|resumid[oa]|criad[oa]|produzid[oa]|elaborad[oa]|"
              + "editad[oa]|adaptad[oa]|reformulad[oa]|preparad[oa]",
          "intelig[êe]ncia\\s+artificial|IA(?:\\s+generativa)?|ChatGPT|GPT-?\\d|modelos?\\s+de\\s+linguagem|Gemini|"
              + "Claude|Copilot|Mistral|Llama|DeepSeek|Grok",
          "foi\\s+utilizad[oa]|utilizamos|usamos|com\\s+(?:a\\s+)?(?:ajuda|aux[íi]lio|apoio)\\s+d|por\\s+meio\\s+d|"
              + "utilizando|usando",
          "(?:o|a)\\s+(?:artigo|texto|mat[ée]ria|not[íi]cia|conte[úu]do|resumo|reportagem)|tradu[çc][ãa]o|resumo|"
              + "s[íi]ntese"),
      new Lang("it", "(?:questo|questa|il\\s+presente|la\\s+presente)\\s+(?:articolo|messaggio|testo|contenuto|"
          + "notizia|riassunto|sintesi|post|servizio|nota)",
          "riscritt[oa]|generat[oa]|redatt[oa]|tradott[oa]|riassunt[oa]|creat[oa]|prodott[oa]|scritt[oa]|"
              + "elaborat[oa]|adattat[oa]|rielaborat[oa]|realizzat[oa]|preparat[oa]|a\\s+cura\\s+d",
          "intelligenza\\s+artificiale|IA(?:\\s+generativa)?|ChatGPT|GPT-?\\d|modell[oi]\\s+linguistic[oi]|"
              + "Gemini|Claude|Copilot|Mistral|Llama|DeepSeek|Grok",
          "ci\\s+siamo\\s+avvalsi|(?:è|sono)\\s+stat[oaie]\\s+(?:utilizzat|usat|impiegat)[oaie]|abbiamo\\s+(?:utilizzato|"
              + "usato|impiegato)|con\\s+l'(?:aiuto|ausilio|supporto)\\s+d|grazie\\s+a|tramite|mediante|utilizzando|usando",
          "(?:l'|il\\s+|la\\s+)(?:articolo|testo|notizia|contenuto|riassunto|sintesi)|traduzione|sintesi|riassunto"),
      new Lang("ru", "(?:эт(?:от|а|о|у|и|ой|ого|ом)|данн(?:ый|ая|ое|ую|ые|ой|ого)|настоящ(?:ий|ая|ее|ую))\\s+"
          + "(?:стать\\S*|сообщени\\S*|текст\\S*|материал\\S*|новост\\S*|публикаци\\S*|заметк\\S*|обзор\\S*|"
          + "пересказ\\S*)",
          "(?:переписан|сгенерирован|создан|написан|переведен|переведён|подготовлен|обработан|составлен|"
              + "пересказан|сокращ[её]н|отредактирован|выполнен|сделан)[аоы]?",
          "искусственн\\S*\\s+интеллект\\S*|ИИ|нейросет\\S*|ChatGPT|GPT-?\\d|языков\\S*\\s+модел\\S*|Mistral|Claude|Gemini",
          "использовал\\S*|с\\s+помощью|при\\s+помощи|с\\s+использованием|применял\\S*|задействова\\S*",
          "(?:статья|текст|материал|краткое\\s+содержание|обзор|новость|перевод)"),
      new Lang("tr", "bu\\s+(?:makale|mesaj|metin|haber|içerik|yazı|özet|bülten)\\S*",
          "(?:yeniden\\s+yaz|oluştur|üret|çevril|hazırlan|yazıl|özetlen|derlen|düzenlen)\\S*",
          "yapay\\s+zek[aâ]\\S*|YZ|ChatGPT|GPT-?\\d|dil\\s+model\\S*|Mistral|Claude|Gemini",
          "kullanıl\\S*|yardımıyla|desteğiyle|aracılığıyla|kullanarak",
          "(?:makale|mesaj|metin|haber|içerik|yazı|özet|bülten|çeviri)\\S*"),
      new Lang("nl", "(?:dit|deze)\\s+(?:artikel|bericht|tekst|nieuwsbericht|samenvatting|stuk)",
          "herschreven|gegenereerd|geschreven|vertaald|samengevat|gemaakt|opgesteld|bewerkt|geproduceerd",
          "kunstmatige\\s+intelligentie|AI|ChatGPT|GPT-?\\d|taalmodel\\w*",
          "gebruikt|met\\s+(?:behulp|hulp)\\s+van|ingezet",
          "(?:het|de)\\s+(?:artikel|bericht|tekst|nieuwsbericht|samenvatting|stuk)"),
      new Lang("sv", "(?:denna|den\\s+h[äa]r|detta|det\\s+h[äa]r)\\s+(?:artikel|text|nyhet|sammanfattning|notis|inl[äa]gg)",
          "(?:AI-)?genererad|skriven|omskriven|[öo]versatt|sammanfattad|framtagen|producerad|redigerad|skapad",
          "AI|artificiell\\s+intelligens|ChatGPT|GPT-?\\d|spr[åa]kmodell\\S*|Claude|Gemini|Copilot|Mistral",
          "med\\s+hj[äa]lp\\s+av|anv[äa]nd\\S*",
          "texten|artikeln|sammanfattning\\S*|notisen|[öo]vers[äa]ttning\\S*"),
      new Lang("pl", "(?:ten|ta|to|niniejszy|niniejsza|tego|tej)\\s+(?:artykuł\\S*|tekst\\S*|wiadomoś\\S*|materiał\\S*|"
          + "treś\\S*|notatk\\S*|podsumowani\\S*)",
          "(?:przepisan|wygenerowan|napisan|przetłumaczon|stworzon|przygotowan|opracowan|streszczon)[yaoe]",
          "sztuczn\\S+\\s+inteligencj\\S+|SI|AI|ChatGPT|GPT-?\\d|model\\S*\\s+językow\\S*",
          "wykorzystan\\S*|użyt\\S*|przy\\s+pomocy|za\\s+pomocą|z\\s+pomocą|korzystając",
          "(?:artykuł|tekst|materiał|podsumowanie)"),
      new Lang("uk", "(?:ця|цей|це|цю|цього|цієї|дана|даний)\\s+(?:стат\\S*|повідомлен\\S*|текст\\S*|матеріал\\S*|"
          + "новин\\S*|публікаці\\S*)",
          "(?:переписан|згенерован|створен|написан|перекладен|підготовлен|оброблен)[аоийі]?",
          "штучн\\S+\\s+інтелект\\S*|ШІ|ChatGPT|GPT-?\\d|мовн\\S*\\s+модел\\S*",
          "використан\\S*|використовувал\\S*|за\\s+допомогою|з\\s+використанням",
          "(?:стаття|текст|матеріал)"));

  private static final String LGAP = "[^.!?;\"“”«»]{0,80}?";
  private static final List<Pattern> OTHER = buildOther();

  private static List<Pattern> buildOther() {
    List<Pattern> out = new ArrayList<>();
    for (Lang l : LANGS) {
      String o = "(?:" + l.object + ")";
      String v = "(?:" + l.verb + ")";
      String a = "(?:" + l.agent + ")";
      // object ... verb ... agent (Romance passive), object ... agent ... verb (German, Turkish, Russian)
      out.add(Pattern.compile("(?iu)(?<!\\p{L})" + o + LGAP + "(?<!\\p{L})" + v + "(?!\\p{L})" + LGAP + "(?<!\\p{L})"
          + a + "(?!\\p{L})"));
      out.add(Pattern.compile("(?iu)(?<!\\p{L})" + o + LGAP + "(?<!\\p{L})" + a + "(?!\\p{L})" + LGAP + "(?<!\\p{L})"
          + v));
    }
    return List.copyOf(out);
  }

  /** A short block that is just a label: participle and agent in either order ("Generado por IA", "KI-generiert"). */
  private static final List<Pattern> OTHER_LABELS = buildLabels();

  private static List<Pattern> buildLabels() {
    List<Pattern> out = new ArrayList<>();
    for (Lang l : LANGS) {
      String v = "(?:" + l.verb + ")";
      String a = "(?:" + l.agent + ")";
      String head = "(?iu)^\\W{0,3}(?:[\\p{L}'’ ]{1,30}:\\s*)?";
      out.add(Pattern.compile(head + "(?:\\p{L}+\\s+){0,4}?" + v + "(?!\\p{L})" + LGAP + "(?<![\\p{L}])" + a
          + "(?!\\p{L})"));
      out.add(Pattern.compile(head + a + "[\\s-]*" + v));
    }
    return List.copyOf(out);
  }

  /** The parts of each language as separate patterns, for notes whose word order the grammar above misses. */
  private record Parts(Pattern object, Pattern verb, Pattern agent, Pattern use) {}

  private static final List<Parts> PARTS = LANGS.stream().map(l -> new Parts(
      Pattern.compile("(?iu)(?<!\\p{L})(?:" + l.object + "|" + l.noteObject + ")(?!\\p{L})"),
      Pattern.compile("(?iu)(?<!\\p{L})(?:" + l.verb + ")"),
      Pattern.compile("(?iu)(?<![\\p{L}'’])(?:" + l.agent + ")(?!\\p{L})|(?<=['’])(?:" + l.agent + ")(?!\\p{L})"),
      Pattern.compile("(?iu)(?<!\\p{L})(?:" + l.use + ")"))).toList();
  private static final Pattern EN_VERB = Pattern.compile("(?iu)\\b(?:" + VERB_PARTICIPLE + "|" + FUSED + ")\\b");
  private static final Pattern EN_AGENT = Pattern.compile("(?iu)\\b" + AGENT);
  private static final Pattern FUSED_LABEL = Pattern.compile("(?iu)\\b" + FUSED + "\\b");
  /** A label before a colon at the start of a paragraph: "Resumen generado por IA:", "TL;DR (AI-generated):". */
  private static final int LEAD_LABEL_MAX = 100;
  private static final int SHORT_LABEL_WORDS = 20;
  private static final Pattern LABEL_LIKE = Pattern.compile("^\\W{0,2}[\\[(]|^[^:|·]{1,40}[:|·]|\\s[—–]\\s");
  /** A paragraph that opens with a label such as "Transparenzhinweis:" or "Nota:". */
  private static final Pattern LABELLED = Pattern.compile("^\\W{0,3}[\\p{L}'’ -]{2,40}\\s?:");

  /** "Cet article, le 14e du projet de loi, ...": an article of a law, not of the paper. */
  private static final Pattern LEGAL_ARTICLE = Pattern.compile("(?iu)(?<!\\p{L})(?:article|artículo|artikel|articolo|artigo|"
      + "статья|madde)(?!\\p{L})[^.!?]{0,80}?(?<!\\p{L})(?:loi|projet\\s+de\\s+loi|ley|proyecto\\s+de\\s+ley|gesetz\\w*|law|"
      + "bill|act|regulation|r[èe]glement|reglamento|directive|directiva|richtlinie|verordnung|constitution|"
      + "constituci[oó]n|treaty|tratado|trait[ée]|c[oó]digo|codice|закон\\S*|kanun\\S*|decreto|d[ée]cret|dekret)(?!\\p{L})");
  private static final Pattern REPORTED = Pattern.compile("(?iu)(?<!\\p{L})(?:said|says|say|told|according\\s+to|"
      + "claimed|claims|announced|reported\\s+that|wrote\\s+that|alleged|accused|read:|reads:|stated|"
      + "dijo|afirm[oó]|según|a\\s+d[ée]clar[ée]|selon|sagte|laut|erkl[äa]rte|disse|segundo|ha\\s+detto|secondo|"
      + "заявил\\S*|сообщил\\S*|по\\s+словам|dedi|açıkladı|göre)(?!\\p{L})");
  private static final Pattern HUMAN_REVIEW = Pattern.compile("(?iu)\\b(?:reviewed|checked|verified|fact-?checked|"
      + "edited|overseen|supervised|approved|vetted|proofread)\\s+(?:and\\s+\\w+\\s+)?by\\s+(?:an?\\s+|our\\s+|the\\s+|"
      + "a\\s+member\\s+of\\s+(?:our|the)\\s+)?(?:human|editor|editors|journalist|journalists|staff|newsroom|reporter|"
      + "reporters|editorial\\s+(?:team|staff|desk)|team|desk|writer)"
      + "|\\bhuman\\s+(?:review|oversight|editor|editors|supervision)|\\b(?:our|an?)\\s+(?:editors?|journalists?)\\s+"
      + "(?:reviewed|checked|verified|edited)"
      + "|revisad[oa]\\s+por|r[ée]vis[ée]e?\\s+par|relu\\s+par|v[ée]rifi[ée]e?\\s+par|gepr[üu]ft|redaktionell|"
      + "von\\s+(?:der\\s+)?Redaktion|revisionat[oa]\\s+da|verificat[oa]\\s+da|проверен\\S*|отредактирован\\S*\\s+"
      + "редакци|editör|kontrol\\s+edil|gecontroleerd|sprawdzon|перевірен");
  static final Pattern ANY_AGENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:a\\.?i\\.?|artificial|chat\\s?gpt|gpt|"
      + "gen\\s?ai|llms?|language[\\s-]+models?|machine|automat|computer|auto-|algorithmic|gemini|bard|claude|"
      + "copilot|llama|mistral|deepseek|grok|perplexity|openai|jasper|writesonic|ia|ki|yz|si|ии|ші|нейросет|"
      + "искусствен|штучн|yapay|intelig|intellig|künstlich|kunstmatige|sztuczn|taalmodel|sprachmodell|modell|"
      + "modelo|mod[èe]le|dil\\s+model|языков|мовн)");

  private DisclosureDetector() {}

  /** Every disclosure in the article's content, in document order. */
  static List<Disclosure> find(Article article, Analysis analysis) {
    List<Disclosure> out = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      if (!ANY_AGENT.matcher(s.text()).find()) {
        continue;
      }
      Block block = article.blocks().get(s.blockIndex());
      // A headline about AI ("Festival poster made with AI draws criticism") is news, not a note; a first line
      // that reads as a label ("[Translated by ...]", "AUTOMATED STORY | Generated by ...") is a note.
      // A title counts when it is label-like or when the match is (nearly) the whole title: "Conteúdo gerado por
      // IA", "AI-generated forecast".
      boolean title = block.type() == org.copydesk.article.BlockType.TITLE;
      boolean note = block.wordCount() <= 45;
      Matcher m = firstMatch(s.text(), note, isEdge(article, block), block);
      if (m != null && title && !LABEL_LIKE.matcher(block.text()).find() && wordsAfter(s.text(), m.end()) > 1) {
        m = null;
      }
      if (m == null || insideQuotes(s.text(), m.start()) || REPORTED.matcher(s.text()).find()
          || LEGAL_ARTICLE.matcher(s.text()).find()) {
        continue;
      }
      boolean reviewed = HUMAN_REVIEW.matcher(block.text()).find();
      out.add(new Disclosure(s.span(), m.group(), kind(s.text(), reviewed), reviewed, note));
    }
    return out;
  }

  private static Matcher firstMatch(String text, boolean note, boolean edge, Block block) {
    String blockText = block.text();
    // a bracketed sentence, or a very short last sentence, can carry a label inside a long paragraph
    String trimmed = text.strip();
    int words = trimmed.split("\\s+").length;
    boolean asideSentence = (trimmed.startsWith("(") || trimmed.startsWith("[")) && words <= 25
        || words <= 8 && blockText.strip().endsWith(trimmed);
    for (Pattern p : new Pattern[] {PASSIVE_THIS, FUSED_THIS, ACTIVE, WE_USED, GENERATED_BY_NAME}) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return m;
      }
    }
    if (note) {
      for (Pattern p : new Pattern[] {PASSIVE_NOTE, FUSED_NOTE, LABEL, SHORT_NOTE}) {
        Matcher m = p.matcher(text);
        if (m.find()) {
          return m;
        }
      }
    }
    for (Pattern p : OTHER) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return m;
      }
    }
    if (LABEL_OBJECT.matcher(blockText).find()) {
      Matcher m = WE_USED_AGENT.matcher(text);
      if (m.find()) {
        return m;
      }
    }
    if (block.wordCount() <= SHORT_LABEL_WORDS || asideSentence) {
      for (Pattern p : OTHER_LABELS) {
        Matcher m = p.matcher(text);
        if (m.find()) {
          return m;
        }
      }
    }
    if (note && (edge || LABELLED.matcher(blockText).find())) {
      Matcher m = parts(text);
      if (m != null) {
        return m;
      }
    }
    return leadLabel(text);
  }

  /** A short note at the top or bottom (or labelled) with an object, an agent and an AI or "used" verb. */
  private static Matcher parts(String text) {
    for (Parts p : PARTS) {
      Matcher agent = p.agent().matcher(text);
      if (agent.find() && p.object().matcher(text).find()
          && (p.verb().matcher(text).find() || p.use().matcher(text).find())) {
        return agent;
      }
    }
    return null;
  }

  /** A label before a colon that names an AI verb and an agent. */
  private static Matcher leadLabel(String text) {
    int colon = text.indexOf(':');
    if (colon < 0 || colon > LEAD_LABEL_MAX) {
      return null;
    }
    String label = text.substring(0, colon);
    Matcher fused = FUSED_LABEL.matcher(label);
    if (fused.find()) {
      return fused;
    }
    Matcher agent = EN_AGENT.matcher(label);
    if (agent.find() && EN_VERB.matcher(label).find()) {
      return agent;
    }
    for (Parts p : PARTS) {
      agent = p.agent().matcher(label);
      if (agent.find() && p.verb().matcher(label).find()) {
        return agent;
      }
    }
    return null;
  }

  private static int wordsAfter(String text, int end) {
    String rest = text.substring(end).replaceAll("[\\p{P}\\s]+", " ").strip();
    return rest.isEmpty() ? 0 : rest.split(" ").length;
  }

  /** The first or last content block after the title: where notes go. */
  private static boolean isEdge(Article article, Block block) {
    List<Block> content = article.contentBlocks().stream()
        .filter(b -> b.type() != org.copydesk.article.BlockType.TITLE).toList();
    return !content.isEmpty() && (content.get(0) == block || content.get(content.size() - 1) == block);
  }

  /**
   * translated, summarised, assisted-with-human-review, rewritten-from-source or generated, in that order of
   * precedence: a translation or summary stays one even when reviewed, and any claimed human review or AI
   * "assistance" makes a rewrite or generation assisted.
   */
  static String kind(String sentence, boolean reviewed) {
    String s = sentence.toLowerCase(Locale.ROOT);
    if (s.matches("(?s).*(translat|traduc|tradu|übersetz|ubersetz|tradott|переведен|переведён|çevril|vertaald|"
        + "przetłumacz|перекладен|locali[sz]).*")) {
      return "translated";
    }
    if (s.matches("(?s).*(summar|condens|digest|tl;?\\s?dr|resum|zusammengefasst|riassunt|пересказ|сокращ|özet|"
        + "samengevat|streszcz|shortened).*")) {
      return "summarised";
    }
    if (reviewed || s.matches("(?s).*(assist|help|aid|support|asistid|assist[ée]|unterst|co-?writ|co-?author|"
        + "informed|enhanced|ayuda|aide|hilfe|ajuda|aiuto|помощ|yardım).*")) {
      return "assisted-with-human-review";
    }
    if (s.matches("(?s).*(re-?writ|rewrote|paraphras|reword|rephras|reescrit|réécrit|reecrit|umgeschrieben|riscritt|"
        + "rielaborat|reformul|переписан|yeniden yaz|herschreven|przepisan|переписан|adapted|taken from|based on).*")) {
      return "rewritten-from-source";
    }
    return "generated";
  }

  /** Whether an offset sits inside quotation marks. */
  static boolean insideQuotes(String s, int offset) {
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
