package org.copydesk.rules.integrity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Analysis;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.rules.language.CommonWords;

/**
 * What the branding model reads of a short line besides its {@link LineFeatures}: whether it holds a trade word, a web
 * address, a telephone number or a name run together in camel case, how many of its capitalised words no dictionary
 * of the rules' languages knows, and how much of its vocabulary the rest of the article uses (a business the story is
 * about shares the story's words; a shop scraped in with the page does not). Also which blocks the model may judge.
 */
final class BrandFeatures {
  /** A month's name or its usual abbreviation in en, es, fr, de, pt, it, nl, ru and tr, as a whole word. */
  static final String MONTH = "(?:jan|january|januar|janvier|janv|januari|gennaio|janeiro|ene|enero|gen|feb|february|"
      + "februar|février|févr|fev|fevereiro|febrero|febbraio|februari|mar|march|märz|mars|marzo|março|maart|apr|april|"
      + "avril|avr|abr|abril|aprile|may|mai|mayo|maio|maggio|mei|jun|june|juni|juin|junio|junho|giugno|jul|july|juli|"
      + "juillet|juil|julio|julho|luglio|aug|august|août|ago|agosto|augustus|sep|sept|september|septembre|septiembre|"
      + "setiembre|set|setembro|settembre|oct|october|oktober|octobre|octubre|out|outubro|ottobre|nov|november|"
      + "novembre|noviembre|novembro|dec|december|dezember|décembre|déc|dic|diciembre|dez|dezembro|dicembre|"
      + "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январь|февраль|март|"
      + "апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|"
      + "ağustos|eylül|ekim|kasım|aralık)(?![\\p{L}])";
  /** A brand line with its slogan stays short; longer lines are the story's. */
  static final int MAX_WORDS = 16;
  /** A sentence this long is the story's voice (as for the residue model). */
  private static final int SENTENCE_WORDS = 10;
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ().\\-/]{6,16}\\d");
  private static final Pattern CAMEL = Pattern.compile("\\p{Ll}\\p{Lu}");
  private static final Pattern SEPARATOR = Pattern.compile("[|•·—–:]");
  /** A word the story censored ("Dia**** Co**"), read once bold names ("**SpinVault Casino**") are unbolded. */
  private static final Pattern CENSORED = Pattern.compile("\\p{L}\\*{2,}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
  private static final int MIN_TERM = 3;
  private static final int MAX_UNKNOWN = 3;
  private static final int EXTRA_FEATURES = 18;

  private BrandFeatures() {}

  /**
   * Which blocks the branding model may judge: short lines of plain text or Markdown that no catalogue phrase
   * matched, and those whose residue hit {@link #yields} ("Halden Motor Group · New & used · Ellbridge Road" reads as
   * a row of three items), but never a line the catalogue kept as the story's by its context, nor the headline or a
   * title, a credit or byline, a newsroom's name or desk ("Redazione TeleValle", "Spor Servisi"), a menu of four items
   * or more, a row of five capitalised words (but a business and its place, {@link #placedBusiness}), a section and
   * a story's title ({@link #teaser}), a line with a censored word ("Dia**** Co**"), a dated line
   * ({@link #datedEntry}), the publisher's own name, a sentence of ten words or more, nor text in a script without
   * spaces.
   */
  static boolean[] eligible(List<Block> blocks, TemplateResidue.Entry[] hits, boolean[] found, boolean[] quieted,
      String siteName) {
    boolean[] eligible = new boolean[blocks.size()];
    int headline = LineModel.headline(blocks, found);
    String site = siteName == null ? null : siteName.toLowerCase(Locale.ROOT);
    for (int i = 0; i < eligible.length; i++) {
      Block b = blocks.get(i);
      String plain = TemplateResidue.unlink(b.text().strip());
      eligible[i] = !quieted[i] && (hits[i] == null || yields(hits[i], b)) && i != headline && b.type() != BlockType.TITLE
          && b.wordCount() <= MAX_WORDS && TemplateResidue.readable(b) && !TemplateResidue.credit(plain)
          && !OffTopicBranding.credit(plain) && !OffTopicBranding.menu(plain)
          && !(OffTopicBranding.wordRow(plain) && !placedBusiness(plain))
          && !StartSet.found(CENSORED, OffTopicBranding.unbold(plain)) && !datedEntry(plain) && !teaser(plain)
          && !OffTopicBranding.newsroom(OffTopicBranding.head(plain)) && !LineModel.unspaced(plain)
          && !(site != null && plain.toLowerCase(Locale.ROOT).contains(site))
          && !(b.wordCount() >= SENTENCE_WORDS && TextShape.endsLikeSentence(plain));
    }
    return eligible;
  }

  /**
   * A business's name and then its place after a comma ("Sunvolt Solar Installers, Carrow Bay"), or a firm's name
   * ("Avukat Ergün & Partner"): a row of capitalised words that is no menu.
   */
  static boolean placedBusiness(String plain) {
    int comma = plain.indexOf(',');
    return OffTopicBranding.firmSuffix(plain)
        || comma > 0 && OffTopicBranding.businessName(plain.substring(0, comma)) && comma < plain.length() - 1;
  }

  /**
   * A section and a story's title ("Automatisierung | Wie KI den Arbeitsmarkt verändert", "Energy — Why bills rise
   * again"): after the separator a question word opens a headline; a slogan does not ask.
   */
  static boolean teaser(String plain) {
    Matcher separator = SEPARATOR.matcher(plain);
    if (!separator.find()) {
      return false;
    }
    String tail = plain.substring(separator.end()).strip();
    return QUESTION_WORD.matcher(tail).lookingAt()
        && (tail.endsWith("?") || !tail.endsWith("!") && WHITESPACE.split(tail).length >= TEASER_WORDS);
  }

  /** A title after a question word runs on; a slogan that opens with one is short ("Wie neu geboren"). */
  private static final int TEASER_WORDS = 4;
  /** Question words that open a story's title and rarely a slogan, in the rules' nine languages. */
  private static final Pattern QUESTION_WORD = Pattern.compile("(?iu)(?:how|why|wie|warum|wieso|weshalb|cómo|"
      + "por\\s+qué|pourquoi|comment|perché|waarom|hoe|почему|как|зачем|neden|nasıl|niçin)(?![\\p{L}])");

  /**
   * Whether a residue hit gives way to a brand reading of its line: the catalogue found the line by its shape only, or
   * by an advertising label that names the advertiser on the same line ("Sponsored: Orchid Bay Online Casino — 100%
   * up to £500", "**Partner:** Northgate Boilers"); a label alone ("Advertisement", "Our partners") stays residue.
   */
  static boolean yields(TemplateResidue.Entry hit, Block b) {
    return hit.byShape() || hit.kind().equals("advertising")
        && !withoutColon(TemplateResidue.normalise(TemplateResidue.unlink(b.text()))).equals(withoutColon(hit.phrase()));
  }

  private static String withoutColon(String s) {
    return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
  }

  /**
   * A line whose first part, before a separator, is a date, or that opens with a year, or a person's name with a
   * full date after a separator: an entry of a schedule or a timeline, or a dated credit.
   */
  static boolean datedEntry(String plain) {
    String[] parts = SEPARATOR.split(plain.replace("--", "–"));
    if (parts.length == 0) {
      return false;
    }
    String head = parts[0].strip();
    if (FurnitureShapes.DATE_PART.matcher(head).matches() || SHORT_DATE.matcher(head).matches()
        || YEAR_FIRST.matcher(plain).lookingAt()) {
      return true;
    }
    // a byline and its date ("Burak Çelik | 9 Mart 2025"); "Grand Opening: 12 June 2025" is no one's
    if (!LineModel.personName(head) && !unknownName(head)) {
      return false;
    }
    for (int k = 1; k < parts.length; k++) {
      if (FurnitureShapes.DATE_PART.matcher(parts[k].strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Two or three capitalised words that no dictionary of the name languages knows ("Burak Çelik"): a name. */
  private static boolean unknownName(String head) {
    String[] words = WHITESPACE.split(head.strip());
    if (words.length < 2 || words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || OffTopicBranding.inNameDictionaries(w)
          || OffTopicBranding.tradeWord(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "2011 – Bakery wins county award", "1996-98 AccuSoft Inc.": a year and a separator open a timeline's entry, a
   * range of years a copyright line; "1892 Steakhouse" is a name.
   */
  private static final Pattern YEAR_FIRST = Pattern.compile("\\W*(?:1[89]|20)\\d{2}(?:\\s*[-–/]\\s*\\d{2,4}(?!\\d)|"
      + "\\s*[-–—|:•·])");
  /** "Aug. 14", "14 août", "July 30": a day and a month (a month's name in one of nine languages) without a year. */
  private static final Pattern SHORT_DATE = Pattern.compile("(?iu)\\W*(?:" + MONTH + "\\.?\\s+\\d{1,2}|"
      + "\\d{1,2}\\.?\\s+(?:de\\s+)?" + MONTH + "\\.?)");

  /** How far up, through short lines, a header still rules the lines under it. */
  private static final int HEADER_REACH = 8;

  /**
   * The kind of the catalogue header each block stands under ({@code null}: none): the nearest line above, through
   * short lines and no paragraph of prose, that a catalogue phrase matched ("Advertisement", "Our partners",
   * "Related articles"). Names under an advertisers' header are brands; titles under a related header are not.
   */
  static String[] headersAbove(List<Block> blocks, TemplateResidue.Entry[] hits, boolean[] found) {
    String[] under = new String[blocks.size()];
    String header = null;
    int distance = 0;
    for (int i = 0; i < under.length; i++) {
      under[i] = header;
      if (hits[i] != null && !hits[i].byShape()) {
        header = hits[i].kind();
        distance = 0;
      } else if (!found[i] && TemplateResidue.proseParagraph(blocks.get(i)) || ++distance > HEADER_REACH) {
        header = null;
      }
    }
    return under;
  }

  /**
   * The block's line features with the branding features merged in, sorted and distinct.
   *
   * @param header the kind of the catalogue header the block stands under ({@link #headersAbove}), or null
   * @param shortLineTerms how often each term occurs in the lines the model may judge ({@link #termsOf})
   */
  static int[] extend(int[] base, Block block, TemplateResidue.Entry hit, String header, Analysis analysis,
      Map<String, Integer> shortLineTerms) {
    String plain = TemplateResidue.unlink(block.text().strip());
    String lang = analysis.language();
    int[] extra = new int[EXTRA_FEATURES];
    int n = 0;
    boolean trade = false;
    int unknown = 0;
    Map<String, Integer> own = new HashMap<>();
    List<String> trades = new java.util.ArrayList<>();
    for (String w : WHITESPACE.split(plain)) {
      String clean = WORD_EDGES.matcher(w).replaceAll("");
      if (clean.isEmpty()) {
        continue;
      }
      String tradeKey = OffTopicBranding.tradeKey(clean);
      if (tradeKey != null) {
        trade = true;
        trades.add(NOT_ALNUM.matcher(tradeKey).replaceAll(""));
      }
      if (clean.length() >= MIN_TERM && Character.isUpperCase(clean.codePointAt(0)) && !known(lang, clean)) {
        unknown++;
      }
      String term = term(clean);
      if (term.length() >= MIN_TERM) {
        own.merge(term, 1, Integer::sum);
      }
    }
    // how much of the line's vocabulary the rest of the article uses
    int used = 0;
    for (Map.Entry<String, Integer> e : own.entrySet()) {
      used += analysis.terms().count(e.getKey()) - e.getValue() > 0 ? 1 : 0;
    }
    String overlap = own.isEmpty() ? "none" : used == 0 ? "0" : used * 2 < own.size() ? "low" : "high";
    // the line's trade in the rest of the article, in either number, outside the lines that may be adverts (a strip
    // of casinos does not make casinos the story's): a pharmacy listed under a story on pharmacies
    boolean tradeUsed = false;
    for (String t : trades) {
      for (String form : numberForms(t)) {
        tradeUsed |= analysis.terms().count(form) - shortLineTerms.getOrDefault(form, 0) > 0;
      }
    }
    // what the catalogue makes of the line, if anything: a row of items, a line under a related header, an ad label
    extra[n++] = LineFeatures.index("br:found=" + (hit == null ? "none" : hit.kind() + (hit.phrase().indexOf(' ') < 0
        ? "/" + hit.phrase() : "")));
    extra[n++] = LineFeatures.index("br:under=" + header);
    extra[n++] = LineFeatures.index("br:under=" + header + "&trade=" + trade);
    extra[n++] = LineFeatures.index("br:unknown=" + Math.min(unknown, MAX_UNKNOWN));
    extra[n++] = LineFeatures.index("br:overlap=" + overlap);
    extra[n++] = LineFeatures.index("br:trade=" + trade + "&overlap=" + overlap);
    extra[n++] = LineFeatures.index("br:unknown=" + Math.min(unknown, 2) + "&overlap=" + overlap);
    if (trade) {
      extra[n++] = TRADE;
      extra[n++] = LineFeatures.index("br:tradeUsed=" + tradeUsed);
    }
    if (OffTopicBranding.webAddress(plain)) {
      extra[n++] = LineFeatures.index("br:domain");
    }
    if (StartSet.found(PHONE, plain)) {
      extra[n++] = LineFeatures.index("br:phone");
    }
    if (StartSet.found(CAMEL, plain)) {
      extra[n++] = LineFeatures.index("br:camel");
    }
    if (LineModel.personName(plain)) {
      extra[n++] = LineFeatures.index("br:person");
    }
    if (OffTopicBranding.newsroom(plain)) {
      extra[n++] = LineFeatures.index("br:newsroom");
    }
    if (OffTopicBranding.firmSuffix(plain)) {
      extra[n++] = LineFeatures.index("br:firm");
    }
    Matcher separator = SEPARATOR.matcher(plain);
    if (separator.find()) {
      extra[n++] = LineFeatures.index("br:sep=" + separator.group());
    }
    int[] merged = Arrays.copyOf(base, base.length + n);
    System.arraycopy(extra, 0, merged, base.length, n);
    return LineFeatures.sortedDistinct(merged);
  }

  private static final int TRADE = LineFeatures.index("br:trade");

  /** How often each term (lower case, letters and digits only) occurs in the given blocks. */
  static Map<String, Integer> termsOf(List<Block> blocks, boolean[] which) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < which.length; i++) {
      if (!which[i]) {
        continue;
      }
      for (String w : WHITESPACE.split(TemplateResidue.unlink(blocks.get(i).text().strip()))) {
        String term = term(WORD_EDGES.matcher(w).replaceAll(""));
        if (term.length() >= MIN_TERM) {
          counts.merge(term, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** A word as a term of the article's counts: lower case, letters and digits only ("Supplies," → "supplies"). */
  private static String term(String word) {
    return NOT_ALNUM.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /** A word and its other number, by the plural endings -s and -es the trade words share in the rules' languages. */
  private static List<String> numberForms(String word) {
    if (word.endsWith("es") && word.length() > 4) {
      return List.of(word, word.substring(0, word.length() - 1), word.substring(0, word.length() - 2));
    }
    if (word.endsWith("s") && word.length() > 3) {
      return List.of(word, word.substring(0, word.length() - 1));
    }
    return List.of(word, word + "s", word + "es");
  }

  /** Whether a capitalised word is a common word of the article's language or of the five dictionaries. */
  private static boolean known(String lang, String word) {
    return lang != null && CommonWords.isCommon(lang, word) || OffTopicBranding.inNameDictionaries(word);
  }
}
