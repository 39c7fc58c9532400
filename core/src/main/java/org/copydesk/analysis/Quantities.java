package org.copydesk.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Span;

/** Finds numbers and quantities in sentences: percentages, money with scale words, counts, number words. */
final class Quantities {
  private static final String HEDGE =
      "(?:(?:more|fewer|less) than|over|under|nearly|almost|about|around|approximately|roughly|some|"
          + "at least|up to|close to|just (?:over|under)|an estimated|as (?:many|much) as|upwards of|"
          + "in excess of|well over|almost|circa|approx\\.?)";
  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String SCALE = "trillion|billion|million|thousand|tn|bn|mn|m|k";
  private static final String CUR_SYM = "US\\$|A\\$|C\\$|R\\$|\\$|€|£|¥|₹|₽|₺|CHF\\s?|USD\\s?|EUR\\s?|GBP\\s?";
  private static final String CUR_WORD = "dollars?|euros?|pounds?|yen|yuan|rupees?|roubles?|rubles?|lira|francs?|"
      + "USD|EUR|GBP|JPY|CNY";
  private static final String NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
      + "seventy|eighty|ninety|hundred|a hundred|a thousand|a dozen|dozens|hundreds|thousands|millions|billions";

  private static final Pattern QUANTITY = Pattern.compile(
      // Attempts start only where a word or number starts: most positions fail on this cheap check.
      "(?i)(?<![\\p{L}\\p{N}.,])(?:"
          + "(?<money1>(?<cur>" + CUR_SYM + ")\\s?(?<mnum>" + NUM + ")(?:\\s?(?<mscale>" + SCALE + ")\\b)?)"
          + "|(?<pct>(?<pnum>" + NUM + ")\\s?(?:%|per ?cent\\b|percentage points?\\b))"
          + "|(?<money2>(?<m2num>" + NUM + ")(?:\\s(?<m2scale>trillion|billion|million|thousand))?\\s(?<curw>"
          + CUR_WORD + ")\\b)"
          + "|(?<time>\\b\\d{1,2}:\\d{2}\\b(?:\\s?[ap]\\.?m\\.?)?)"
          + "|(?<score>\\b\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\b(?!\\s?(?:%|per)))"
          + "|(?<yrange>\\b(?:1[89]|20)\\d{2}\\s?[-–/]\\s?(?:(?:1[89]|20)?\\d{2})\\b)"
          + "|(?<ord>\\b\\d+(?:st|nd|rd|th)\\b)"
          + "|(?<count>(?<!\\w)(?<cnum>" + NUM + ")(?:\\s(?<cscale>trillion|billion|million|thousand)\\b)?(?![\\w.,]\\d))"
          + "|(?<words>\\b(?:" + NUMBER_WORDS + ")\\b)"
          + ")");

  /** An approximation right before a number; matched backwards from the number, not tried at every position. */
  private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)\\b(" + HEDGE + ")\\s+$");
  private static final int HEDGE_LOOKBACK = 24;

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
      Pattern.compile("(?i)\\b(?:in|since|by|from|until|till|of|around|circa|c\\.|year|the)\\s+$");
  private static final Pattern MODERN_YEAR = Pattern.compile("(1[6-9]|20)\\d{2}");
  private static final Pattern OLD_YEAR = Pattern.compile("1\\d{3}");
  private static final Pattern NON_DIGIT = Pattern.compile("\\D");

  private Quantities() {}

  static List<Quantity> find(Analysis analysis) {
    List<Quantity> out = new ArrayList<>();
    String text = analysis.article().text();
    for (Sentence s : analysis.sentences()) {
      Matcher m = QUANTITY.matcher(text).region(s.span().start(), s.span().end());
      while (m.find()) {
        Quantity q = toQuantity(m, s.index(), s.span().start(), text);
        if (q != null) {
          out.add(q);
        }
      }
    }
    return List.copyOf(out);
  }

  private static Quantity toQuantity(Matcher m, int sentence, int sentenceStart, String text) {
    Matcher h = HEDGE_BEFORE.matcher(text).region(Math.max(sentenceStart, m.start() - HEDGE_LOOKBACK), m.start());
    h.useTransparentBounds(false);
    String hedge = "";
    int start = m.start();
    if (h.find()) {
      hedge = h.group(1).strip().toLowerCase(Locale.ROOT);
      start = h.start();
    }
    Span span = new Span(start, m.end());
    Span bare = new Span(m.start(), m.end());
    if (m.group("money1") != null) {
      double v = number(m.group("mnum")) * scale(m.group("mscale"));
      return new Quantity(Quantity.Kind.MONEY, span, v, m.group("cur").strip(), hedge, sentence);
    }
    if (m.group("pct") != null) {
      return new Quantity(Quantity.Kind.PERCENT, span, number(m.group("pnum")), "%", hedge, sentence);
    }
    if (m.group("money2") != null) {
      double v = number(m.group("m2num")) * scale(m.group("m2scale"));
      return new Quantity(Quantity.Kind.MONEY, span, v, m.group("curw"), hedge, sentence);
    }
    if (m.group("time") != null) {
      return new Quantity(Quantity.Kind.TIME, bare, 0, "", "", sentence);
    }
    if (m.group("score") != null) {
      return new Quantity(Quantity.Kind.SCORE, bare, 0, "", "", sentence);
    }
    if (m.group("yrange") != null) {
      return new Quantity(Quantity.Kind.YEAR, bare, number(m.group("yrange").substring(0, 4)), "", "", sentence);
    }
    if (m.group("ord") != null) {
      String g = m.group("ord");
      return new Quantity(Quantity.Kind.ORDINAL, bare, number(NON_DIGIT.matcher(g).replaceAll("")), "", "", sentence);
    }
    if (m.group("count") != null) {
      String raw = m.group("cnum");
      double v = number(raw) * scale(m.group("cscale"));
      boolean yearLike = m.group("cscale") == null && (MODERN_YEAR.matcher(raw).matches()
          || OLD_YEAR.matcher(raw).matches() && YEAR_CONTEXT.matcher(
              text.substring(Math.max(0, m.start("cnum") - 12), m.start("cnum"))).find());
      if (yearLike && hedge.isEmpty()) {
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

  private static double number(String s) {
    try {
      return Double.parseDouble(s.replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double scale(String s) {
    if (s == null) {
      return 1;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case "trillion":
      case "tn":
        return 1e12;
      case "billion":
      case "bn":
        return 1e9;
      case "million":
      case "mn":
      case "m":
        return 1e6;
      case "thousand":
      case "k":
        return 1e3;
      default:
        return 1;
    }
  }
}
