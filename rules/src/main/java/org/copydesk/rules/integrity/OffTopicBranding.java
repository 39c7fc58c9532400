package org.copydesk.rules.integrity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.TermStats;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rule.Suggestion;
import org.copydesk.rules.language.CommonWords;
import org.copydesk.rules.support.RuleDocs;
import org.copydesk.rules.support.Resources;

/**
 * A business name standing on its own line anywhere in the article ("Pools Plus Cyprus" under a geopolitics
 * story, a casino's name between two paragraphs): a short line whose name part is capitalised, maybe followed by a
 * slogan or place after a separator, with a commercial marker word or a web address, whose words the article
 * body does not otherwise use.
 */
public final class OffTopicBranding implements Rule {
  static final String ID = "integrity.off-topic-branding";
  private static final RuleDescriptor DESCRIPTOR =
      RuleDocs.descriptor(ID, Category.INTEGRITY, Severity.WARNING);
  private static final Set<String> MARKERS =
      Set.copyOf(Resources.lines("/org/copydesk/rules/integrity/commerce-markers.txt"));
  private static final Pattern DOMAIN = Pattern.compile("(?i)\\b[a-z0-9-]+\\.(?:com|net|org|co|shop|store|biz|info|"
      + "[a-z]{2})(?:\\.[a-z]{2})?\\b");
  private static final Set<String> SMALL = Set.of("&", "and", "of", "the", "for", "by", "de", "du", "la", "y", "e",
      "und", "at", "in", "-", "–", "|");
  /** Credit, copyright and embed lines ("Via X", "© site.com, 2008", "— @handle May 4, 2019") are not brands. */
  // the line's opening: no letter or digit may come before the credit word ("Имплантация от 25 000 ₽" is no credit;
  // \\W alone would take Cyrillic letters for non-word characters), and the word ends there ("Autorijschool" is no
  // "Autor", "Crédit Malin" no photo credit, "Av. Serdar Koç" a Turkish lawyer, not a Scandinavian "av")
  private static final Pattern CREDIT = Pattern.compile("(?iu)^[^\\p{L}\\p{N}]*(?:via|provided\\s+by|courtesy(?:\\s+of)?|"
      + "source|photo|image|credit|copyright|reporting\\s+by|by|foto|fotos|fotografía|bild|imagen|imagem|immagine|"
      + "(?:crédito|crédit|credito)s?(?=\\s*(?::|\\(|(?:d[aeo]\\s+(?:la\\s+)?)?(?:photo|foto|imag)))|quelle|fuente|fonte|por|par|von|di|door|av(?!\\.)|af|от|фото|"
      + "theme\\s+by|powered\\s+by|designed\\s+by|built\\s+with|made\\s+with|tema\\s+por|thème\\s+par|diseñado\\s+por|"
      + "posted|filed|tagged|published|redakteur(?:in|innen)?|autor(?:in|innen|a|es|as|e|i|en)?|author|editor|"
      + "redactor(?:a|es|as)?|rédacteur|rédactrice|rédaction|redattore|redactie|автор|yazar|"
      + "publicado|publié|veröffentlicht|pubblicato|gepubliceerd|yayınlanma|güncellenme)(?![\\p{L}\\p{N}])|[©@]|^\\s*\\(|"
      + "\\((?:image|photo|picture|foto|bild|imagen|imagem|immagine)\\b|"
      // a credit row anywhere in the line ("Words by Tamsin Hale · Photography by Rhys Kerrow")
      + "\\b(?:words|text|photos?|photography|pictures|illustrations?|video|graphics)\\s+by\\b|"
      // a labelled credit anywhere in the line ("15.05.2024 | Redakteur: Carsten Vohwinkel")
      + "(?:redakteur|autor|author|editor|redactor|rédacteur|redattore|redactie|автор|yazar)\\p{L}*\\s*:|"
      // a dated embed or credit line ("— @handle May 4, 2019"), not a year in a slogan ("Top Slots 2025")
      + "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s+\\d{1,2},?\\s+(?:1[89]|20)\\d{2}\\b");
  private static final int MAX_WORDS = 6;
  private static final int MAX_LINE_WORDS = 12;
  /** A name with a slogan after a separator may run longer ("… | Divorce and Child Arrangements in Town"). */
  private static final int MAX_SLOGAN_LINE_WORDS = 16;
  /** Lower-case words a sentence-case trade name may hold ("Салон красоты Лилия"); more make a sentence. */
  private static final int MAX_LOWER_CASE_WORDS = 1;
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  /** Three capitals or more inside a word, before small letters or after them ("VPNsicher", "ProtegeVPN"). */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,}(?=\\p{Ll})|(?<=\\p{Ll})\\p{Lu}{3,}(?!\\p{L})");
  /** Words of news organisations and newsrooms, which credit lines name and shops do not. */
  private static final Pattern NEWSROOM = Pattern.compile("(?iu)(?<![\\p{L}])(?:press|presse|prensa|imprensa|stampa|"
      + "pers|пресс\\p{L}*|basın|news|nachrichten|noticias|notícias|notizie|nieuws|новости|haber\\p{L}*|"
      + "newsroom|redaktion|redacción|redação|redazione|redactie|rédaction|редакция|tv|radio|rádio|радио|actualités|"
      + "actualidad|atualidades|attualità|actueel|gündem|"
      + "телеканал|televisión|televisão|télévision|fernsehen|televisione|televisie|haber\\s+ajansı|agencia\\s+de\\s+noticias|"
      // a Turkish newsroom's desk ("Spor Servisi", "Kültür-Sanat Servisi"), not a repair service ("Kombi Servisi")
      + "(?:spor|haber|kültür(?:-sanat)?|sanat|ekonomi|politika|magazin|sağlık|eğitim|dünya|dış\\s+haberler|"
      + "yerel|gündem)\\s+servisi)"
      + "(?![\\p{L}])");
  /** Bold inside the line ("**CasinoLune** — Jouez en ligne"); a censored "Dia**** Co**" is not bold. */
  private static final Pattern INNER_EMPHASIS = Pattern.compile("\\*\\*([^*\\s][^*]*?)\\*\\*|__([^_\\s][^_]*?)__");
  private static final int COMPOUND_TAIL_MIN = 5;
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|•·—–~-]\\s+|\\s*\\|\\s*");
  private static final Pattern EMPHASIS = Pattern.compile("^[*_]+|[*_]+$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NAME_WORD_EDGES = Pattern.compile("^[^\\p{L}\\p{N}&|–-]+|[^\\p{L}\\p{N}.&|–-]+$");
  private static final Pattern NON_LETTER_EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
  private static final Pattern MARKER_WORD_EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.]+$");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
  private static final int BODY_PARAGRAPH_WORDS = 20;
  /** A hotel's stars between spaces, not the asterisks of a censored word ("Dia**** Co**"). */
  private static final Pattern HOTEL_STARS = Pattern.compile("(?<=\\s)(?:\\*{1,5}|[★☆]{1,5})(?=\\s|$)");
  /** A blogging or site-building platform's own address ("Blog at WordPress.com."): its credit, not a shop. */
  private static final Pattern PLATFORM = Pattern.compile("(?i)\\b(?:wordpress|blogger|blogspot|wix|squarespace|"
      + "substack|medium|ghost|jimdo|weebly|tumblr|webflow|tilda|livejournal|over-blog|telegra)\\.(?:com|org|io|site|"
      + "ph|cc)\\b");
  /** A match between two sides and its score ("FC Grünwinkel – SV Talheim 3:1 (0:1)"): a result, not a shop. */
  private static final Pattern MATCH_RESULT = Pattern.compile("\\s[–-]\\s.*\\d{1,2}:\\d{1,2}(?:\\s*\\(\\d{1,2}:\\d{1,2}\\))?\\s*$");
  /** A line of four items or more between separators is a menu ("Motor | Inmobiliaria | Empleo | Mascotas"). */
  private static final int MENU_ITEMS = 4;
  private static final Pattern WIDE_GAP = Pattern.compile("\\s{2,}");
  /** "2. Lumet Studio Lite", "#3 Harlow Fit Buds": a numbered entry of a listicle names its subject. */
  private static final Pattern ENUMERATED = Pattern.compile("^\\W{0,3}\\d{1,2}\\s*[.)]\\s+\\S|^#\\d{1,2}\\s");
  /** "Home > Tech > Gadgets": crumbs between arrows are navigation, whatever their words. */
  private static final Pattern CRUMB_TRAIL = Pattern.compile("\\S\\s+[>»›]\\s+\\S[^>»›]*\\s[>»›]\\s+\\S|"
      + "(?iu)^\\W*(?:home|inicio|início|accueil|startseite|home\\s+page|anasayfa|ana\\s+sayfa|главная)\\s+[>»›/]\\s");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    IntegrityLines lines = IntegrityLines.of(ctx.analysis());
    List<Block> blocks = lines.blocks;
    double[] byGrammar = lines.grammar;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (byGrammar[i] >= 0) {
        Candidate c = lines.brandLines[i];
        ctx.report(b.span())
            .message("off-topic branding: \"" + b.text() + "\" looks like a business name, and the article never "
                + "mentions it; it was probably scraped from the source site")
            .confidence(byGrammar[i] == 0 ? 0.8 : 0.65)
            .suggest(Suggestion.delete("delete this line"))
            .evidence("marker", c.marker())
            .evidence("bodyOverlap", String.format(Locale.ROOT, "%.2f", byGrammar[i]))
            .emit();
      } else if (lines.branding[i] > 0) {
        // the grammar passed it by; the branding model, trained on labelled pages, is sure enough
        ctx.report(b.span())
            .message("off-topic branding (by its shape and words): \"" + b.text() + "\" reads like an "
                + "advertiser's name and slogan that the story has no use for; it was probably scraped from the "
                + "source site")
            .confidence(Math.min(0.85, lines.branding[i]))
            .suggest(Suggestion.delete("delete this line"))
            .evidence("kind", "line model")
            .evidence("probability", String.format(Locale.ROOT, "%.2f", lines.branding[i]))
            .emit();
      }
    }
  }

  /**
   * Each block's brand-line shape, judged by its shape and trade word alone ({@code null}: none), whatever the story
   * is about: the branding grammar judges these against the body, and the residue rule's line model leaves them
   * alone.
   */
  static Candidate[] candidates(List<Block> blocks) {
    Candidate[] candidates = new Candidate[blocks.size()];
    for (int i = 0; i < candidates.length; i++) {
      candidates[i] = candidate(blocks, i);
    }
    return candidates;
  }

  /**
   * The grammar's verdict on each block: the share of a brand line's name words that the body uses (below 0.5),
   * or -1 for a block that is no brand line, or one the story is about.
   *
   * @param shaped the blocks' brand-line shapes ({@link #candidates})
   */
  static double[] grammarVerdicts(List<Block> blocks, Candidate[] shaped, TermStats terms) {
    double[] verdicts = new double[blocks.size()];
    java.util.Arrays.fill(verdicts, -1);
    boolean body = false;
    for (Block b : blocks) {
      body |= isBodyParagraph(b);
    }
    if (!body) {
      return verdicts;
    }
    // Candidates first, judged after: a brand line repeated at the top and the bottom must not count as the body
    // using its words
    List<Candidate> candidates = new java.util.ArrayList<>();
    java.util.Map<String, Integer> candidateWords = new java.util.HashMap<>();
    for (Candidate c : shaped) {
      if (c == null) {
        continue;
      }
      candidates.add(c);
      for (String w : c.words()) {
        String k = NOT_ALNUM.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
        if (!k.isEmpty()) {
          candidateWords.merge(k, 1, Integer::sum);
        }
      }
    }
    for (Candidate c : candidates) {
      // the name part only: a place after the separator may well be the story's town ("... | Borgo Lunaro")
      // on a name-and-slogan line the trade decides first: a driving school under a story that never speaks of
      // driving schools is off topic, even when it names the story's town ("Auto-École Belleval | Permis…"); a
      // bakery under a bakery story, or a bare name ("(Walt Disney Co.)"), is judged by its name words
      double overlap = c.slogan() && !tradeInBody(c.marker(), candidateWords, terms) ? 0
          : overlapWithBody(c.name(), candidateWords, terms);
      if (overlap < 0.5) {
        verdicts[c.index()] = overlap;
      }
    }
    return verdicts;
  }

  /**
   * An item of a list the story keeps ("- Clothing and zips" among "- Bicycles" and "- Laptops and phones"): a list
   * item beside other list items, with no slogan after a separator.
   */
  private static boolean inList(List<Block> blocks, int i, String text) {
    if (blocks.get(i).type() != BlockType.LIST_ITEM || !head(text).equals(text)) {
      return false;
    }
    return i > 0 && blocks.get(i - 1).type() == BlockType.LIST_ITEM
        || i + 1 < blocks.size() && blocks.get(i + 1).type() == BlockType.LIST_ITEM;
  }

  /** "Börse Krypto Zinsen Immobilien Ratgeber": five capitalised words with no separator and no connector. */
  private static final int WORD_ROW_WORDS = 5;
  /** "Lettings Negotiator – Wyndford – £26,000": a job or a home for sale carries a price in thousands. */
  private static final Pattern SALARY = Pattern.compile("[€$£]\\s?\\d{1,3}(?:[.,]\\d{3})+|\\d{1,3}(?:[.,]\\d{3})+\\s?[€$£]");

  /** The brand line at block {@code i}, judged by its shape and trade word alone (not yet by the body), or null. */
  private static Candidate candidate(List<Block> blocks, int i) {
    Block b = blocks.get(i);
    if (b.type() == BlockType.TITLE || isBodyParagraph(b)) {
      return null;
    }
    // A name, then maybe a slogan or a place after a separator: "AquaVista Pool & Spa Supplies | Port Merrow",
    // "Casino Lucero Online • Bono de bienvenida 200%"
    // a raw Markdown link around the name: "[Otel Mavi Koy • Taşlıada'da denize sıfır](https://…)"
    String text = EMPHASIS.matcher(INNER_EMPHASIS.matcher(TemplateResidue.unlink(b.text().strip()))
        .replaceAll("$1$2")).replaceAll("");
    text = HOTEL_STARS.matcher(text).replaceAll(""); // "Hotel Bellavista *** | Lido delle Gabbiane"
    text = withoutAdLabel(text); // "Sponsored: Kestrel Wealth Partners · Pension advice from £99"
    if (head(text).contains(",") || text.contains("*") || head(text).contains(":") || StartSet.found(ENUMERATED, text)
        || StartSet.found(CRUMB_TRAIL, text) || inList(blocks, i, text) || StartSet.found(SALARY, text) || menu(text)
        || BrandFeatures.datedEntry(text) || StartSet.found(MATCH_RESULT, text)
        || StartSet.found(PLATFORM, text)) {
      // "Sierra Nevada Corporation, Louisville, Colorado" is a list entry and "Buyer's Guide: MacBook Pro" a
      // label (brand lines separate a name from its slogan with | • —); "## 2. Lumet Studio Lite" is an entry of
      // the story's own list, "Home > Tech > Gadgets" a breadcrumb, "Motor | Inmobiliaria | Empleo | Mascotas" a
      // menu, "Lettings Negotiator – Wyndford – £26,000" a job ad
      return null;
    }
    String head = SEPARATOR.split(text, 2)[0].strip();
    String[] words = WHITESPACE.split(head);
    String[] all = WHITESPACE.split(text);
    int maxLine = head.length() < text.length() ? MAX_SLOGAN_LINE_WORDS : MAX_LINE_WORDS;
    if (head.isEmpty() || words.length > MAX_WORDS || all.length > maxLine || StartSet.found(CREDIT, text)
        || !nameLike(words) && !startsWithMarker(words)) {
      return null;
    }
    String[] name = words;
    words = all;
    String marker = marker(words, b.text());
    if (marker == null && head.length() < text.length()) {
      marker = compoundHead(name); // "Poolbau Sonnenfeld | Schwimmbecken & Zubehör": the trade opens the word
    }
    if (marker == null || !distinctive(name) || StartSet.found(NEWSROOM, text)) {
      return null; // "Agence Presse Continentale", "Redazione TeleValle": a newsroom's credit, not a shop
    }
    if (FurnitureShapes.kind(text, all.length) != null || TemplateResidue.menuRow(text) && !businessName(name)
        || wordRow(text)) {
      return null; // furniture by its grammar ("App Store · Google Play"), or a menu ("Börse Krypto Zinsen …")
    }
    return new Candidate(i, name, words, marker, head.length() < text.length());
  }

  /** Whether a line is a credit, a byline or a dated embed ("Words by … · Photography by …", "Via X"). */
  static boolean credit(String text) {
    return StartSet.found(CREDIT, text);
  }

  /**
   * Whether a line is a menu: four items or more under one separator ("Motor | Inmobiliaria | Empleo | Mascotas")
   * that no business's own name leads, or set apart by wide gaps.
   */
  static boolean menu(String text) {
    return SEPARATOR.split(text).length >= MENU_ITEMS && !serviceList(text) || WIDE_GAP.split(text).length >= MENU_ITEMS;
  }

  /** A row of five capitalised words or more with no separator and no connector ("Börse Krypto Zinsen Immobilien …"). */
  static boolean wordRow(String text) {
    return head(text).length() == text.length() && TemplateResidue.menuRow(text, WORD_ROW_WORDS, 0, 0);
  }

  /** The line with bold and underscore emphasis taken off its words ("**SpinVault Casino** · 200%" → "SpinVault …"). */
  static String unbold(String text) {
    return INNER_EMPHASIS.matcher(text).replaceAll("$1$2");
  }

  /**
   * The line without an advertising label that the catalogue knows ("Sponsored: X · slogan" → "X · slogan"): the
   * advertiser it names is judged like any brand line; the label alone is residue.
   */
  static String withoutAdLabel(String text) {
    int colon = text.indexOf(':');
    if (colon < 0 || colon + 1 >= text.length()) {
      return text;
    }
    TemplateResidue.Entry label = TemplateResidue.match(text.substring(0, colon + 1));
    if (label == null || !label.kind().equals("advertising")) {
      return text;
    }
    return AD_LABEL_TAIL.matcher(text.substring(colon + 1)).replaceFirst("");
  }

  private static final Pattern AD_LABEL_TAIL = Pattern.compile("^[\\s*_]+");

  /** Whether a line holds a web address ("betstella-casino.com", "HypotheekDirect24.nl"). */
  static boolean webAddress(String text) {
    return StartSet.found(DOMAIN, text);
  }

  /** Whether a line names a newsroom, an agency, a broadcaster or a news site ("Agence Presse Continentale"). */
  static boolean newsroom(String text) {
    return StartSet.found(NEWSROOM, text);
  }

  /** A line that has the shape of a brand line, judged once every such line is known. */
  record Candidate(int index, String[] name, String[] words, String marker, boolean slogan) {}

  /** A paragraph of the story: twenty words, or a dozen that end a sentence (a listicle's short paragraphs). */
  private static boolean isBodyParagraph(Block b) {
    return (b.type() == BlockType.PARAGRAPH || b.type() == BlockType.QUOTE || b.type() == BlockType.LIST_ITEM)
        && (b.wordCount() >= BODY_PARAGRAPH_WORDS
            || b.wordCount() >= SHORT_PARAGRAPH_WORDS && TextShape.endsLikeSentence(b.text()));
  }

  private static final int SHORT_PARAGRAPH_WORDS = 12;

  /** Every word capitalised (or a small connector, or a domain), and no sentence punctuation at the end. */
  private static boolean nameLike(String[] words) {
    String last = words[words.length - 1];
    if (last.endsWith(".") && !StartSet.found(DOMAIN, last) || last.endsWith("?") || last.endsWith("!")
        || last.endsWith(":") || last.endsWith(",")) {
      return false;
    }
    int capitalised = 0;
    boolean domain = false;
    for (String w : words) {
      String clean = NAME_WORD_EDGES.matcher(w).replaceAll("");
      if (clean.isEmpty()) {
        continue;
      }
      if (DOMAIN.matcher(clean).matches()) {
        domain = true;
        continue;
      }
      if (SMALL.contains(clean.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(clean.codePointAt(0)) && !Character.isDigit(clean.codePointAt(0))) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 1 || domain;
  }

  /**
   * A name, one separator, then a list of services under another ("Brentfield Pool & Spa Supply | Chemicals • Covers
   * • Repairs", "NordShield VPN — Fast • Secure • No Logs"): a brand line, where a menu uses one separator throughout
   * ("Motor | Inmobiliaria | Empleo | Mascotas").
   */
  static boolean serviceList(String text) {
    Matcher m = SEPARATOR.matcher(text);
    StringBuilder kinds = new StringBuilder();
    while (m.find()) {
      kinds.append(m.group().strip().charAt(0));
    }
    if (kinds.length() < MENU_ITEMS - 1) {
      return false;
    }
    char first = kinds.charAt(0);
    char second = kinds.charAt(1);
    if (first == second) {
      // one separator throughout: a menu, unless its first item is a business's own name ("Cerrajeros Villarejo
      // 24h · Aperturas urgentes · Presupuesto sin compromiso"), not a section ("Real Estate · Jobs · Cars")
      return businessName(WHITESPACE.split(SEPARATOR.split(text, 2)[0].strip()));
    }
    // the items after the name share one separator, and a closing slogan may follow after the first one again
    for (int k = 2; k < kinds.length(); k++) {
      if (kinds.charAt(k) != second && !(kinds.charAt(k) == first && k == kinds.length() - 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a line names a firm by its founders' heirs or partners ("Tremblay & Fils", "Brügger & Partner", "Prieto
   * e Hijos", "Kaya ve Ortakları"): a trade word of its own for a name that has none.
   */
  static boolean firmSuffix(String text) {
    return StartSet.found(FIRM_SUFFIX, text);
  }

  /**
   * A surname, then "& Sons", "& Partner", "e Hijos", "und Söhne", "ve Ortakları" ending the name part: heirs and
   * partners in the plural after a conjunction, or any of them after "&" or "+" ("Müller & Sohn"); "Vater und
   * Sohn", "Kunden und Partner" or "USA и партнёры" name no firm.
   */
  private static final Pattern FIRM_SUFFIX = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’.-]+\\s+(?:[&+]\\s*(?i:sons|"
      + "söhne|sohn|fils|figli|figlio|hijos|hijo|filhos|filho|zonen|zn|partner|partners|partenaires|associates|"
      + "associés|asociados|associados|associati|ortakları|oğulları|cie|cía|hnos|irmãos)|(?i:and|und|et|e|y|en|ve)"
      + "\\s+(?i:sons|söhne|fils|figli|hijos|filhos|zonen|associates|associés|asociados|associados|associati|"
      + "ortakları|oğulları|hnos|irmãos))(?![\\p{L}\\p{N}])(?=\\s*(?:$|[|•·—–,:;(]|\\s[-~]\\s))");

  /** {@link #businessName(String[])} of a whole line's words ("Sunvolt Solar Installers, Carrow Bay"). */
  static boolean businessName(String line) {
    return businessName(WHITESPACE.split(line.strip()));
  }

  /**
   * A name of two words or more with a trade word and a proper name in it, a word no dictionary of the rules'
   * languages holds ("Moorside Motors", "Imobiliária Casa Nova Braguela").
   */
  static boolean businessName(String[] words) {
    if (words.length < 2) {
      return false;
    }
    boolean trade = firmSuffix(String.join(" ", words));
    boolean proper = false;
    for (String w : words) {
      String clean = NAME_WORD_EDGES.matcher(w).replaceAll("");
      if (clean.length() < 3 || !Character.isUpperCase(clean.codePointAt(0))) {
        continue;
      }
      if (tradeWord(clean)) {
        trade = true;
      } else if (!inNameDictionaries(clean)) {
        proper = true;
      }
    }
    return trade && proper;
  }

  private static final List<String> NAME_LANGUAGES = List.of("en", "es", "fr", "de", "pt");

  /** Whether a word is a common word in a dictionary of en, es, fr, de or pt: not a proper name then. */
  static boolean inNameDictionaries(String word) {
    return NAME_LANGUAGES.stream().anyMatch(lang -> CommonWords.isCommon(lang, word));
  }

  /** The name part of a line, before its first separator ("NordShield VPN" of "NordShield VPN — UK TV from anywhere"). */
  static String head(String text) {
    return SEPARATOR.split(text, 2)[0];
  }

  /** A sentence-case business name that opens with its trade: "Салон красоты Лилия", "Clínica dental Sonrisa". */
  private static boolean startsWithMarker(String[] words) {
    String first = NON_LETTER_EDGES.matcher(words[0]).replaceAll("");
    if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))
        || !MARKERS.contains(first.toLowerCase(Locale.ROOT)) || TextShape.endsLikeSentence(String.join(" ", words))) {
      return false;
    }
    // "Bäckerei Hummel schließt nach 80 Jahren" is a headline: a trade name holds at most one lower-case word
    int lower = 0;
    for (String w : words) {
      String clean = NON_LETTER_EDGES.matcher(w).replaceAll("");
      String k = clean.toLowerCase(Locale.ROOT);
      if (!clean.isEmpty() && Character.isLowerCase(clean.codePointAt(0)) && !SMALL.contains(k)
          && !MARKERS.contains(k)) {
        lower++;
      }
    }
    return lower <= MAX_LOWER_CASE_WORDS;
  }

  private static String marker(String[] words, String text) {
    if (StartSet.found(DOMAIN, text)) {
      return "web address";
    }
    String previous = null;
    for (String w : words) {
      String k = MARKER_WORD_EDGES.matcher(TemplateResidue.lowerCase(w)).replaceAll("");
      if (MARKERS.contains(k) || MARKERS.contains(k.replace(".", ""))) {
        return k;
      }
      if (previous != null && MARKERS.contains(previous + " " + k)) {
        return previous + " " + k; // "Driving School"
      }
      previous = k;
      String singular = singular(k);
      if (singular != null) {
        return singular; // "Locksmiths", "Talleres"
      }
      for (String part : CAMEL.split(NON_LETTER_EDGES.matcher(w).replaceAll(""))) { // "CasinoLune"
        String p = part.toLowerCase(Locale.ROOT);
        if (p.length() > COMPOUND_TAIL_MIN - 1 && !p.equals(k) && MARKERS.contains(p)) {
          return p;
        }
      }
      Matcher acronym = ACRONYM.matcher(NON_LETTER_EDGES.matcher(w).replaceAll(""));
      while (acronym.find()) { // "ProtegeVPN", "VPNsicher": a trade's acronym run into the name
        String a = acronym.group().toLowerCase(Locale.ROOT);
        if (!a.equals(k) && MARKERS.contains(a)) {
          return a;
        }
      }
      for (String part : k.split("-")) { // "SEO-Optimierung"
        if (part.length() > 1 && MARKERS.contains(part)) {
          return part;
        }
      }
      // a compound that ends in a trade ("Wellnesshotel", "Fietsenwinkel")
      for (int cut = 1; cut + COMPOUND_TAIL_MIN <= k.length(); cut++) {
        String tail = k.substring(cut);
        if (MARKERS.contains(tail)) {
          return tail;
        }
      }
    }
    return null;
  }

  /** A shortest head of a compound that is a trade ("Poolbau", "Zwembadtechniek"), or null. */
  private static final int COMPOUND_HEAD_MIN = 4;

  private static String compoundHead(String[] name) {
    for (String w : name) {
      String k = NON_LETTER_EDGES.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
      for (int cut = COMPOUND_HEAD_MIN; cut + COMPOUND_TAIL_MIN - 2 <= k.length(); cut++) {
        String head = k.substring(0, cut);
        // a short head needs a tail of the trade ("Poolbau"); "Automatisierung" only starts like "auto"
        if (MARKERS.contains(head) && (cut > COMPOUND_HEAD_MIN || TRADE_TAIL.matcher(k.substring(cut)).matches())) {
          return head;
        }
      }
    }
    return null;
  }

  /** What a business compound ends in after a short trade word: building, technique, service, trade, shop, works. */
  private static final Pattern TRADE_TAIL = Pattern.compile("(?:s|es)?(?:bau|technik|techniek|service|servis|"
      + "handel|shop|winkel|center|centre|zentrum|centrum|werk|werkstatt|bedrijf|markt|haus|huis|welt|profi)");

  /**
   * Whether the name part holds a word of its own beside trade words and connectors ("Aqua Spa Supplies", not a
   * subheading "Insurance"), or is a web address.
   */
  private static boolean distinctive(String[] name) {
    for (String w : name) {
      String clean = NAME_WORD_EDGES.matcher(w).replaceAll("");
      String k = clean.toLowerCase(Locale.ROOT);
      if (clean.length() > 1 && !SMALL.contains(k) && !tradeWord(clean) || StartSet.found(DOMAIN, clean)) {
        return true;
      }
    }
    return false;
  }


  /** Whether a word names a trade or a company form ("Hôtel", "Piscines", "GmbH"), as written in a line. */
  static boolean tradeWord(String word) {
    return tradeKey(word) != null;
  }

  /**
   * The trade word as the markers list has it ("avocats" of "d'avocats", "юрист" of "ЮРИСТ-ПРОФИ", "sigortacılık" of
   * "SİGORTACILIK"), or null for a word that is none.
   */
  static String tradeKey(String word) {
    String k = MARKER_WORD_EDGES.matcher(TemplateResidue.lowerCase(word)).replaceAll("");
    String key = markerKey(k);
    if (key == null && k.indexOf('i') >= 0 && word.indexOf('I') >= 0) {
      // Turkish capitals: "I" is the capital of the dotless "ı" ("AVUKATLIK", "DANIŞMANLIK")
      key = markerKey(MARKER_WORD_EDGES.matcher(word.toLowerCase(TURKISH)).replaceAll(""));
    }
    if (key != null) {
      return key;
    }
    // an elided article before the trade ("Cabinet d'avocats", "Centro dell'ottica"), or a trade that opens a
    // hyphenated name ("ЮРИСТ-ПРОФИ", "Bau-Service")
    Matcher elision = ELISION.matcher(k);
    if (elision.lookingAt()) {
      return tradeKey(k.substring(elision.end()));
    }
    int hyphen = k.indexOf('-');
    return hyphen > 1 ? tradeKey(k.substring(0, hyphen)) : null;
  }

  private static final Locale TURKISH = Locale.forLanguageTag("tr");

  private static String markerKey(String k) {
    return k.length() <= 1 ? null : MARKERS.contains(k) ? k : singular(k);
  }

  /** An article or preposition elided before a vowel in French and Italian: "d'", "l'", "dell'", "all'". */
  private static final Pattern ELISION = Pattern.compile("(?:d|l|qu|dell|dall|all|nell|sull|un)['’]");

  /** The marker a plural stands for ("locksmiths", "talleres"), or null. */
  private static String singular(String k) {
    if (k.length() > 4 && k.endsWith("es") && MARKERS.contains(k.substring(0, k.length() - 2))) {
      return k.substring(0, k.length() - 2);
    }
    if (k.length() > 3 && k.endsWith("s") && MARKERS.contains(k.substring(0, k.length() - 1))) {
      return k.substring(0, k.length() - 1);
    }
    return null;
  }

  /**
   * Whether the article uses the trade word (or its plural) outside the brand-shaped lines; a web address always
   * counts.
   */
  private static boolean tradeInBody(String marker, java.util.Map<String, Integer> candidateWords, TermStats terms) {
    if (marker.equals("web address")) {
      return true;
    }
    for (String part : marker.split(" ")) {
      for (String f : Set.of(part, part + "s", part + "es")) {
        if (bodyCount(NOT_ALNUM.matcher(f).replaceAll(""), candidateWords, terms) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** How often the article uses a word outside the brand-shaped lines. */
  private static int bodyCount(String word, java.util.Map<String, Integer> candidateWords, TermStats terms) {
    return terms.count(word) - candidateWords.getOrDefault(word, 0);
  }

  /** Share of the line's content words that the article uses outside the brand-shaped lines. */
  private static double overlapWithBody(String[] words, java.util.Map<String, Integer> candidateWords,
      TermStats terms) {
    java.util.Map<String, Integer> own = new java.util.HashMap<>();
    for (String w : words) {
      String k = NOT_ALNUM.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
      if (k.length() >= 3 && !SMALL.contains(k)) {
        own.merge(k, 1, Integer::sum);
      }
    }
    if (own.isEmpty()) {
      return 1;
    }
    int used = 0;
    for (String k : own.keySet()) {
      if (bodyCount(k, candidateWords, terms) > 0) {
        used++;
      }
    }
    return (double) used / own.size();
  }
}
