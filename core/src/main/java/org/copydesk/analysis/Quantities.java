package org.copydesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.Regexes;
import org.copydesk.internal.regex.StartSet;

/**
 * Finds numbers and quantities in sentences: percentages, money with scale words, counts, number words. Reads
 * English figures ("1,234.5", "3.4 million") and, in articles in languages that write a decimal comma, their
 * figures too ("1.234,5", "1 234,5", "3,4 millones", "12 Mrd. Euro", "12 %"), with hedges in English, Spanish,
 * French, German and Portuguese ("más de", "près de", "rund", "quase"). A comma followed by one or two digits
 * ("3,4") and thousands grouped with no-break spaces are read as such in any language.
 */
final class Quantities {
  private static final String HEDGE =
      "(?:(?:more|fewer|less) than|over|under|nearly|almost|about|around|approximately|roughly|some|"
          + "at least|up to|close to|just (?:over|under)|an estimated|as (?:many|much) as|upwards of|"
          + "in excess of|well over|almost|circa|approx\\.?|"
          // Spanish
          + "(?:poco )?(?:más|menos) de|cerca de|casi|alrededor de|unos|unas|aproximadamente|hasta|al menos|"
          + "en torno a|por encima de|un estimado de|"
          // French
          + "(?:un peu )?(?:plus|moins) d(?:e|'|’)|près d(?:e|'|’)|environ|quelque|quelques|au moins|"
          + "jusqu'à|jusqu’à|presque|quasiment|autour d(?:e|'|’)|pas moins d(?:e|'|’)|approximativement|"
          // German
          + "mehr als|weniger als|über|rund|etwa|fast|knapp|ca\\.|mindestens|bis zu|nahezu|annähernd|"
          + "gut|geschätzte|geschätzt|"
          // Portuguese
          + "(?:mais|menos) de|quase|pelo menos|até|em torno de|por volta de|perto de|cerca de)";
  private static final String SP = "[ \\u00A0\\u202F]";
  /** English figures: "1,234.5", "12.5", "40". */
  private static final String NUM_EN = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[\\u00A0\\u202F]\\d{3})+(?:,\\d+)?"
      + "|\\d+,\\d{1,2}(?![\\d,])|\\d+(?:\\.\\d+)?";
  /** Figures in decimal-comma languages as well: "1.234,5", "1 234,5", "3,4". */
  private static final String NUM_EU = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![,\\d])|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?"
      + "|\\d{1,3}(?:" + SP + "\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+(?:\\.\\d+)?";
  private static final String SCALE_WORDS = "trillions?|billions?|millions?|thousand|"
      + "mil millones|millones|millón|billones|billón|mil|"
      + "milliards?|mille|"
      + "billionen|milliarden|milliarde|millionen|tausend|mrd\\.|mio\\.|tsd\\.|"
      + "trilhões|trilhão|bilhões|bilhão|milhões|milhão";
  private static final String SCALE = SCALE_WORDS + "|tn|bn|mn|mrd|mio|md|mds|bi|mi|m|k";
  private static final String CUR_SYM = "US\\$|A\\$|C\\$|R\\$|\\$|€|£|¥|₹|₽|₺|CHF\\s?|USD\\s?|EUR\\s?|GBP\\s?";
  private static final String CUR_WORD = "dollars?|euros?|pounds?|yen|yuan|rupees?|roubles?|rubles?|lira|francs?|"
      + "USD|EUR|GBP|JPY|CNY|CHF|BRL|MXN|dólares|dólar|pesos|libras|reais|real|yuanes|francos|dollar|euro|"
      + "franken|€|\\$|£";
  private static final String PCT_WORDS = "%|per ?cent\\b|percentage points?\\b|por ?ciento\\b|por ?cento\\b|"
      + "pour ?cent\\b|prozentpunkte\\b|prozent\\b|puntos porcentuales\\b|pontos percentuais\\b|"
      + "points? de pourcentage\\b";
  private static final String NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
      + "seventy|eighty|ninety|hundred|a hundred|a thousand|a dozen|dozens|hundreds|thousands|millions|billions";

  private static final Pattern QUANTITY_EN = quantity(NUM_EN);
  /**
   * Figures where the language is unknown (a short note, one sentence): English figures, and thousands grouped by
   * plain spaces as French writes them ("230 000", "plus de 2 500"), which English never writes.
   */
  private static final Pattern QUANTITY_UND = quantity("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:" + SP
      + "\\d{3})+(?:,\\d+)?(?![\\d.,]\\d)|\\d+,\\d{1,2}(?![\\d,])|\\d+(?:\\.\\d+)?");
  private static final Pattern QUANTITY_EU = quantity(NUM_EU);
  /** The characters a quantity can start with (a digit, a currency, a number word's letter): the others are skipped. */
  private static final StartSet STARTS_EN = StartSet.of(QUANTITY_EN);
  private static final StartSet STARTS_UND = StartSet.of(QUANTITY_UND);
  private static final StartSet STARTS_EU = StartSet.of(QUANTITY_EU);

  private static Pattern quantity(String num) {
    return Regexes.compile(
        // Attempts start only where a word or number starts: most positions fail on this cheap check. Every form
        // but the first and the last starts with a digit, and those two never do, so a digit leads to the forms
        // that start with one and anything else to those two, in the same order as one list of all nine.
        "(?iu)(?<![\\p{L}\\p{N}.,])(?:"
            + "(?=\\d)(?:"
            + "(?<pct>(?<pnum>" + num + ")" + SP + "?(?:" + PCT_WORDS + "))"
            + "|(?<money2>(?<m2num>" + num + ")(?:" + SP + "(?<m2scale>" + SCALE_WORDS + "|mrd|mio|md|mds|bn|tn)"
            + "(?![\\p{L}]))?" + SP + "?(?:de |d'|d’)?(?<curw>" + CUR_WORD + ")(?![\\p{L}]))"
            + "|(?<time>\\b\\d{1,2}(?::\\d{2}\\b(?:\\s?[ap]\\.?m\\.?)?|h\\d{2}\\b|[.:]\\d{2}" + SP + "?uhr\\b))"
            + "|(?<score>\\b\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\b(?!\\s?(?:%|per)))"
            + "|(?<yrange>\\b(?:1[89]|20)\\d{2}\\s?[-–/]\\s?(?:(?:1[89]|20)?\\d{2})\\b)"
            + "|(?<ord>\\b\\d+(?:st|nd|rd|th|er|re|e|ème|eme|º|ª|\\.º|\\.ª)(?![\\p{L}\\p{N}]))"
            + "|(?<count>(?<!\\w)(?<cnum>" + num + ")(?:" + SP + "(?<cscale>" + SCALE_WORDS + ")(?![\\p{L}]))?"
            + "(?![\\w.,]\\d))"
            + ")"
            + "|(?<money1>(?<cur>" + CUR_SYM + ")" + SP + "?(?<mnum>" + num + ")(?:" + SP + "?(?<mscale>" + SCALE
            + ")(?![\\p{L}]))?)"
            + "|(?<words>\\b(?:" + NUMBER_WORDS + ")\\b)"
            + ")");
  }

  /** Languages that write a decimal comma and group thousands with dots or spaces. */
  private static final java.util.Set<String> DECIMAL_COMMA = java.util.Set.of("es", "fr", "de", "pt", "it", "nl",
      "ru", "tr", "pl", "uk", "cs", "ro", "fi", "ca", "sv", "da", "no");
  /** Languages where "billion" is a million million. */
  private static final java.util.Set<String> LONG_SCALE = java.util.Set.of("fr", "de", "es", "it", "nl");

  /** An approximation right before a number; matched backwards from the number, not tried at every position. */
  private static final Pattern HEDGE_BEFORE = Regexes.compile("(?iu)(?<![\\p{L}])(" + HEDGE + ")" + SP + "+$");
  private static final int HEDGE_LOOKBACK = 28;
  private static final StartSet HEDGE_STARTS = StartSet.of(HEDGE_BEFORE);

  private static final Map<String, Double> WORD_VALUES = Map.ofEntries(
      Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
      Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0),
      Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0),
      Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0),
      Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0),
      Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0),
      Map.entry("sixty", 60.0), Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
      Map.entry("hundred", 100.0), Map.entry("a hundred", 100.0), Map.entry("a thousand", 1000.0),
      Map.entry("a dozen", 12.0), Map.entry("dozens", 24.0), Map.entry("hundreds", 200.0),
      Map.entry("thousands", 2000.0), Map.entry("millions", 2e6), Map.entry("billions", 2e9));

  /** Words before a number from 1000 to 1599 that make it a year ("in 1300", "since 1492"). */
  private static final Pattern YEAR_CONTEXT =
      Regexes.compile("(?i)\\b(?:in|since|by|from|until|till|of|around|circa|c\\.|year|the)\\s+$");
  private static final Pattern MODERN_YEAR = Regexes.compile("(1[6-9]|20)\\d{2}");
  private static final Pattern OLD_YEAR = Regexes.compile("1\\d{3}");
  private static final Pattern NON_DIGIT = Regexes.compile("\\D");

  private Quantities() {}

  static List<Quantity> find(Analysis analysis) {
    List<Quantity> out = new ArrayList<>();
    String text = analysis.article().text();
    boolean decimalComma = DECIMAL_COMMA.contains(analysis.language());
    boolean unknown = analysis.language().equals("und");
    boolean longScale = LONG_SCALE.contains(analysis.language());
    Pattern quantity = decimalComma ? QUANTITY_EU : unknown ? QUANTITY_UND : QUANTITY_EN;
    StartSet starts = decimalComma ? STARTS_EU : unknown ? STARTS_UND : STARTS_EN;
    for (Sentence s : analysis.sentences()) {
      // the sentence's text on its own: what is outside it is not seen, as in a region of the article with opaque
      // bounds (read from the article's text, which the offsets below refer to)
      String sentence = text.substring(s.span().start(), s.span().end());
      Matcher m = quantity.matcher(sentence);
      StartSet.Search matches = StartSet.search(starts, m, sentence);
      while (matches.next()) {
        Quantity q = toQuantity(m, s.index(), s.span().start(), text, decimalComma, longScale, unknown);
        if (q != null) {
          out.add(q);
        }
      }
    }
    return List.copyOf(out);
  }

  /** Hedges that also place a year ("around 1990", "hasta 2030"). */
  private static final Pattern TEMPORAL_HEDGE = Regexes.compile("(?iu)about|around|circa|approx\\.?|up to|some|"
      + "hasta|alrededor de|en torno a|jusqu'à|jusqu’à|autour de|vers|etwa|ca\\.|bis zu|até|em torno de|"
      + "por volta de|cerca de");
  private static final Pattern WORD_AFTER = Regexes.compile("(?u)^[ \\u00A0]+\\p{Ll}");

  /** A quantity from a match {@code m} in the sentence's own text, which starts at {@code sentenceStart}. */
  private static Quantity toQuantity(Matcher m, int sentence, int sentenceStart, String text, boolean decimalComma,
      boolean longScale, boolean unknown) {
    return toQuantity(m, sentence, sentenceStart, text, decimalComma || unknown && StartSet.found(DOT_THOUSANDS,
        m.group()), longScale);
  }

  /**
   * A figure whose dots can only group thousands: "1.234.567", or one group ending in zero ("1.300", "23.000").
   * In an article whose language is unknown (a short note, one sentence), that is how Spanish, German and Portuguese
   * write a count; English writes "1.3", not "1.300".
   */
  private static final Pattern DOT_THOUSANDS = Regexes.compile("(?<![\\d.,])[1-9]\\d{0,2}(?:\\.\\d{3}){2,}(?![\\d,])"
      + "|(?<![\\d.,])[1-9]\\d{0,2}\\.\\d{2}0(?![\\d.,])");

  private static Quantity toQuantity(Matcher m, int sentence, int sentenceStart, String text, boolean decimalComma,
      boolean longScale) {
    int matchStart = sentenceStart + m.start();
    int matchEnd = sentenceStart + m.end();
    // the text just before the figure, read on its own: nothing before it is seen, and "$" is its end
    int hedgeFrom = Math.max(sentenceStart, matchStart - HEDGE_LOOKBACK);
    String before = text.substring(hedgeFrom, matchStart);
    Matcher h = HEDGE_BEFORE.matcher(before);
    String hedge = "";
    int start = matchStart;
    if (StartSet.search(HEDGE_STARTS, h, before).next()) {
      hedge = h.group(1).strip().toLowerCase(Locale.ROOT);
      start = hedgeFrom + h.start();
    }
    Span span = new Span(start, matchEnd);
    Span bare = new Span(matchStart, matchEnd);
    if (m.group("money1") != null) {
      double v = number(m.group("mnum"), decimalComma) * scale(m.group("mscale"), longScale);
      return new Quantity(Quantity.Kind.MONEY, span, v, m.group("cur").strip(), hedge, sentence);
    }
    if (m.group("pct") != null) {
      return new Quantity(Quantity.Kind.PERCENT, span, number(m.group("pnum"), decimalComma), "%", hedge, sentence);
    }
    if (m.group("money2") != null) {
      double v = number(m.group("m2num"), decimalComma) * scale(m.group("m2scale"), longScale);
      return new Quantity(Quantity.Kind.MONEY, span, v, m.group("curw"), hedge, sentence);
    }
    if (m.group("time") != null) {
      return new Quantity(Quantity.Kind.TIME, bare, 0, "", "", sentence);
    }
    if (m.group("score") != null) {
      return new Quantity(Quantity.Kind.SCORE, bare, 0, "", "", sentence);
    }
    if (m.group("yrange") != null) {
      return new Quantity(Quantity.Kind.YEAR, bare, number(m.group("yrange").substring(0, 4), false), "", "",
          sentence);
    }
    if (m.group("ord") != null) {
      String g = m.group("ord");
      return new Quantity(Quantity.Kind.ORDINAL, bare, number(NON_DIGIT.matcher(g).replaceAll(""), false), "", "",
          sentence);
    }
    if (m.group("count") != null) {
      String raw = m.group("cnum");
      double v = number(raw, decimalComma) * scale(m.group("cscale"), longScale);
      boolean yearLike = m.group("cscale") == null && (MODERN_YEAR.matcher(raw).matches()
          || OLD_YEAR.matcher(raw).matches() && YEAR_CONTEXT.matcher(
              text.substring(Math.max(0, sentenceStart + m.start("cnum") - 12), sentenceStart + m.start("cnum")))
              .find());
      boolean temporal = TEMPORAL_HEDGE.matcher(hedge).matches()
          && !StartSet.found(WORD_AFTER, text.substring(matchEnd, Math.min(text.length(), matchEnd + 3)));
      if (yearLike && (hedge.isEmpty() || temporal)) {
        return new Quantity(Quantity.Kind.YEAR, bare, v, "", "", sentence);
      }
      return new Quantity(Quantity.Kind.COUNT, span, v, "", hedge, sentence);
    }
    if (m.group("words") != null) {
      Double v = WORD_VALUES.get(m.group("words").toLowerCase(Locale.ROOT));
      return new Quantity(Quantity.Kind.COUNT, span, v == null ? 0 : v, "", hedge, sentence);
    }
    return null;
  }

  private static final Pattern DOT_GROUPS = Regexes.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");
  private static final Pattern SPACE = Regexes.compile("[ \\u00A0\\u202F]");

  /**
   * The value of a figure. English "1,234.5"; with a decimal comma, "1.234,5", "1 234,5" and "3,4" too, while
   * "1,234" (three digits after the comma, no dot) stays a thousands separator and "3.5" a decimal point.
   */
  static double number(String s, boolean decimalComma) {
    String n = SPACE.matcher(s).replaceAll("");
    if (decimalComma && DOT_GROUPS.matcher(n).matches()) {
      n = n.replace(".", "").replace(',', '.');
    } else if (n.indexOf(',') >= 0 && n.indexOf('.') < 0 && !n.matches("\\d{1,3}(?:,\\d{3})+")) {
      n = n.replace(',', '.');
    } else {
      n = n.replace(",", "");
    }
    try {
      return Double.parseDouble(n);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double scale(String s, boolean longScale) {
    if (s == null) {
      return 1;
    }
    String w = s.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    switch (w) {
      case "trillion":
      case "trillions":
      case "tn":
      case "billones":
      case "billón":
      case "billionen":
      case "trilhão":
      case "trilhões":
        return 1e12;
      case "billion":
      case "billions":
        return longScale ? 1e12 : 1e9;
      case "bn":
      case "mil millones":
      case "milliard":
      case "milliards":
      case "milliarde":
      case "milliarden":
      case "mrd":
      case "md":
      case "mds":
      case "bilhão":
      case "bilhões":
      case "bi":
        return 1e9;
      case "million":
      case "millions":
      case "millones":
      case "millón":
      case "millionen":
      case "mio":
      case "milhão":
      case "milhões":
      case "mn":
      case "m":
      case "mi":
        return 1e6;
      case "thousand":
      case "mil":
      case "mille":
      case "tausend":
      case "tsd":
      case "k":
        return 1e3;
      default:
        return 1;
    }
  }
}
