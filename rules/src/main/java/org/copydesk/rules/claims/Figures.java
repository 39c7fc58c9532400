package org.copydesk.rules.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.Regexes;
import org.copydesk.internal.regex.StartSet;

/**
 * Reads the figures of a text so that two texts can be compared by value: "1.5 million", "1,500,000" and "1.5m"
 * are one number; "$23 trillion" and "23 trillion dollars" one amount; "40,3 %" (Spanish, French, German,
 * Portuguese) and "40.3%" one percentage; "a quarter of" is 25%. Each figure keeps the precision it was written
 * with and its hedge, so a rounded "about 40%" can be told apart from a changed "45%". Stateless.
 */
final class Figures {
  /** What a figure measures; only figures of one kind are compared as "the same figure changed". */
  enum Kind {
    PERCENT, POINTS, MONEY, COUNT, MEASURE, MULTIPLE, YEAR, DATE, ORDINAL, TIME;

    /** The kind as the claims list names it. */
    String claimKind() {
      switch (this) {
        case PERCENT:
        case POINTS:
          return "percent";
        case MONEY:
          return "money";
        case MEASURE:
          return "measure";
        case MULTIPLE:
          return "change";
        case ORDINAL:
          return "rank";
        case YEAR:
        case DATE:
        case TIME:
          return "date";
        default:
          return "count";
      }
    }

    /** Years, days of the month, times and ordinals: facts, rarely claims. */
    boolean isDateLike() {
      return this == YEAR || this == DATE || this == TIME || this == ORDINAL;
    }
  }

  /** Which way a hedge bends the true value. */
  enum Direction {
    /** No hedge: the figure is exact at the precision it is written with. */
    EXACT,
    /** "about", "around", "roughly": either side. */
    NEAR,
    /** "more than", "over", "at least": the true value is at or above it. */
    UP,
    /** "nearly", "almost", "under", "up to", "as many as": the true value is at or below it. */
    DOWN
  }

  /**
   * One figure.
   *
   * @param kind what it measures
   * @param span the figure with its hedge
   * @param value its value, scale words applied (a fraction word is a percentage)
   * @param alternative the value under the other decimal convention for "1,500" or "1.500", else {@code NaN}
   * @param unit a currency code for money ({@code USD}, {@code EUR}, or empty when unknown), else empty
   * @param noun the word after it, lower case ("people" in "300 people"), or empty
   * @param hedge the hedge as written, or empty
   * @param direction the hedge's direction
   * @param step the precision it is written with (0.1 for "40.3%", 100,000 for "1.5 million")
   * @param spelled whether it is written in words ("a third", "twelve")
   */
  record Figure(Kind kind, Span span, double value, double alternative, String unit, String noun, String hedge,
      Direction direction, double step, boolean spelled) {

    /**
     * Whether {@code other} (a figure of the source) supports this one: same value, or within the hedge. The
     * precision allowed is this figure's own: "40%" may stand for 40.3%, but "40.4%" does not stand for 40%, nor
     * "$1.6 billion" for $2 billion. Hedges that point opposite ways ("under 40%" for "more than 40%") disagree.
     */
    boolean supportedBy(Figure other) {
      if (!comparable(other) || opposite(direction, other.direction)) {
        return false;
      }
      for (double v : values()) {
        for (double s : other.values()) {
          if (agrees(v, s, other)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether the two figures measure the same kind of thing, so that one could replace the other. */
    boolean comparable(Figure other) {
      if (kind == Kind.PERCENT || kind == Kind.POINTS || other.kind == Kind.PERCENT || other.kind == Kind.POINTS) {
        return kind == other.kind; // "rose 2%" is not "rose 2 percentage points"
      }
      if ((kind == Kind.MULTIPLE) != (other.kind == Kind.MULTIPLE)) {
        return false;
      }
      if (kind == Kind.MONEY && other.kind == Kind.MONEY || kind == Kind.MEASURE && other.kind == Kind.MEASURE) {
        return unit.isEmpty() || other.unit.isEmpty() || unit.equals(other.unit);
      }
      return true;
    }

    /**
     * Whether the two could be one figure given two values: the same kind (a count may be a measure whose unit
     * was left out, "11 mil" for "11 mil hectares"), the same unit for measures.
     */
    boolean related(Figure other) {
      Kind a = kind == Kind.POINTS ? Kind.PERCENT : kind;
      Kind b = other.kind == Kind.POINTS ? Kind.PERCENT : other.kind;
      if (a == Kind.MEASURE && b == Kind.MEASURE) {
        return unit.equals(other.unit);
      }
      if (a == Kind.COUNT && b == Kind.MEASURE || a == Kind.MEASURE && b == Kind.COUNT) {
        return !spelled && !other.spelled;
      }
      return a == b;
    }

    private double[] values() {
      return Double.isNaN(alternative) ? new double[] {value} : new double[] {value, alternative};
    }

    private boolean agrees(double mine, double source, Figure other) {
      double exact = step / 2 + 1e-9 * Math.max(Math.abs(mine), 1);
      double diff = source - mine;
      switch (direction) {
        case NEAR:
          double loose = Math.max(exact, 0.1 * Math.abs(mine));
          return Math.abs(diff) <= (kind == Kind.PERCENT ? Math.max(loose, 1.0) : loose);
        case UP:
          return diff >= -exact && source <= mine * 1.3 + exact;
        case DOWN:
          return diff <= exact && source >= mine * 0.8 - exact;
        default:
          return Math.abs(diff) <= exact;
      }
    }
  }

  private static boolean opposite(Direction a, Direction b) {
    return a == Direction.UP && b == Direction.DOWN || a == Direction.DOWN && b == Direction.UP;
  }

  private static final String HEDGE = "(?:(?:(?:a\\s+)?(?:little|bit|slightly|just|well)\\s+)?"
      + "(?:more|fewer|less)\\s+than|"
      + "just\\s+(?:over|under|below|above)|well\\s+(?:over|above|below|under)|over|under|above|below|nearly|"
      + "almost|about|around|approximately|roughly|some|at\\s+least|at\\s+most|up\\s+to|close\\s+to|"
      + "an\\s+estimated|as\\s+(?:many|much)\\s+as|upwards\\s+of|in\\s+excess\\s+of|circa|approx\\.?|"
      + "más\\s+de|menos\\s+de|casi|alrededor\\s+de|cerca\\s+de|aproximadamente|unos|unas|al\\s+menos|"
      + "poco\\s+más\\s+de|hasta|plus\\s+de|moins\\s+de|près\\s+de|presque|environ|quelque|au\\s+moins|"
      + "autour\\s+de|à\\s+peu\\s+près|jusqu'à|mehr\\s+als|weniger\\s+als|fast|knapp|rund|etwa|ungefähr|"
      + "ca\\.|über|unter|mindestens|gut|nahezu|annähernd|bis\\s+zu|mais\\s+de|quase|por\\s+volta\\s+de|"
      + "pelo\\s+menos|em\\s+torno\\s+de|uns|umas|até|mais\\s+d[oa]|más\\s+del|plus\\s+du|menos\\s+d[oa]|"
      + "cerca\\s+d[oa])";
  private static final Pattern HEDGE_BEFORE = Regexes.compile("(?iu)(?<![\\p{L}])(" + HEDGE + ")\\s+$");
  private static final Pattern UP_HEDGE = Regexes.compile("(?iu)(?:(?:a\\s+)?(?:little|bit|slightly|just|well)\\s+)?"
      + "more\\s+than|over|above|at\\s+least|"
      + "upwards|in\\s+excess|well\\s+over|just\\s+over|just\\s+above|well\\s+above|más\\s+de|"
      + "al\\s+menos|poco\\s+más|plus\\s+d[eu]|au\\s+moins|mehr\\s+als|über|mindestens|gut|mais\\s+d[eoa]|"
      + "pelo\\s+menos");
  private static final Pattern DOWN_HEDGE = Regexes.compile("(?iu)(?:(?:a\\s+)?(?:little|bit|slightly|just|well)"
      + "\\s+)?(?:less|fewer)\\s+than|"
      + "(?:just|well)\\s+(?:under|below)|nearly|almost|under|below|up\\s+to|at\\s+most|as\\s+(?:many|much)|"
      + "casi|menos\\s+de|hasta|presque|moins\\s+de|jusqu'à|fast|knapp|weniger\\s+als|unter|nahezu|bis\\s+zu|"
      + "quase|até|menos\\s+d[oa]");

  /** A number: grouped thousands (comma, dot, thin or no-break space, apostrophe), then decimals, or plain. */
  private static final String NUM = "\\d{1,3}(?:(?:,\\d{3})+|(?:\\.\\d{3})+|(?:[ \\u00A0\\u202F\\u2009]\\d{3})+|"
      + "(?:'\\d{3})+|(?:’\\d{3})+)(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
  private static final String SCALE = "trillions?|billions?|millions?|thousand|bn|"
      + "mil\\s+millones|millón|millones|billón|billones|mille|milliards?|mil\\s+milhões|milhão|milhões|"
      + "bilhão|bilhões|bilião|biliões|trilhão|trilhões|Tausend|Mio\\.?|Millionen|Milliarden?|Mrd\\.?|Billionen|"
      + "mil|milione|milioni|miliardi|miliardo";
  private static final String CUR_BEFORE =
      "US\\$|A\\$|C\\$|R\\$|HK\\$|\\$|€|£|¥|₹|₽|₺|CHF|USD|EUR|GBP|JPY|CNY|BRL";
  private static final String CUR_AFTER = "US-Dollar|Dollars?|dollars?|dólares|dólar|dollari|euros?|Euros?|pounds?"
      + "|libras?|livres?(?:\\s+sterling)?|yuan|yen|rupees?|reais|real|roubles?|rubles?|francs?|Franken|USD|EUR|"
      + "GBP|JPY|CNY|BRL|CHF|\\$|€|£";
  private static final String PCT = "%|per\\s?cent\\b|pct\\b|por\\s+ciento|pour\\s+cent|Prozent|por\\s+cento|"
      + "per\\s+cento";
  private static final String POINTS = "percentage\\s+points?|basis\\s+points?|bps|points?\\s+de\\s+pourcentage|"
      + "puntos\\s+porcentuales|"
      + "pontos\\s+percentuais|Prozentpunkte[n]?|pp\\b";
  /** Units of measurement; {@link #unit} gives the base unit and factor. */
  private static final String UNITS = "[kMGT]Wh?|(?:kilo|mega|giga|tera)?watts?(?:[\\s-]hours?)?|km²|km2|km|"
      + "square\\s+(?:kilomet(?:re|er)s|miles)|kilomet(?:re|er)s?|kilómetros?|kilomètres?|Kilometern?|miles?|"
      + "met(?:re|er)s?|metros|mètres|hectares?|hectáreas?|Hektar|acres|tonnes?|tons?|toneladas?|Tonnen|"
      + "kg|kilo(?:gram(?:me)?)?s?|quilos?|litres?|liters?|litros?|Liter|barrels|barriles|barris";
  private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
      + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|"
      + "julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|"
      + "août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|janeiro|"
      + "fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro";

  private static final Pattern FIGURE = Regexes.compile(
      // attempts start only at a digit or a currency: most positions fail on this cheap check
      "(?iu)(?=\\p{N}|[$€£¥₹₽₺]|(?-i:US|[ACR]\\$|HK|CHF|USD|EUR|GBP|JPY|CNY|BRL))"
      + "(?<![\\p{L}\\p{N}\\-/.,:#])(?:"
      + "(?<time>\\d{1,2}[:h]\\d{2}(?:\\s?[ap]\\.?m\\.?)?)(?![\\p{N}])"
      + "|(?<score>\\d{1,2}\\s?[-–]\\s?\\d{1,2})(?![\\p{N}%]|\\s*(?:%|per|por|pour|Prozent))"
      + "|(?<cur>" + CUR_BEFORE + ")\\s?(?<mnum>" + NUM + ")(?:\\s?(?<mscale>" + SCALE + ")(?![\\p{L}])"
      + "|(?<mshort>tn|bn|mn|m|b|k)(?![\\p{L}]))?"
      + "|(?<num>" + NUM + ")(?<ord>st|nd|rd|th|º|ª|°|er|e|ème|\\.(?=\\s+(?:" + MONTHS + ")))?"
      + "(?:\\s?(?<scale>" + SCALE + ")(?![\\p{L}])|(?<short>tn|bn|mn|m|b|k)(?![\\p{L}]))?"
      + "(?:(?:\\s?|-)(?:(?<points>" + POINTS + ")|(?<pct>" + PCT + ")|(?:de\\s+|d')?(?<curw>" + CUR_AFTER + ")(?![\\p{L}])"
      + "|(?<measure>" + UNITS + ")(?![\\p{L}])))?"
      + ")(?![\\p{L}\\p{N}]|[.,]\\p{N})");

  private static final Pattern FRACTION = Regexes.compile("(?iu)(?<![\\p{L}])(?:"
      + "(?<fracpt>(?:a\\s+quarter|one\\s+quarter|half|three\\s+quarters)\\s+(?:of\\s+)?an?\\s+"
      + "(?:percentage\\s+)?point)(?![\\p{L}])|"
      + "(?<frac>half|one[\\s-]half|a\\s+third|one[\\s-]third|two[\\s-]thirds|a\\s+quarter|one[\\s-]quarter|"
      + "three[\\s-]quarters|a\\s+fifth|one[\\s-]fifth|two[\\s-]fifths|a\\s+tenth|one[\\s-]tenth|"
      + "la\\s+mitad|un\\s+tercio|dos\\s+tercios|un\\s+cuarto|tres\\s+cuartos|la\\s+moitié|un\\s+tiers|"
      + "deux\\s+tiers|un\\s+quart|trois\\s+quarts|die\\s+Hälfte|ein\\s+Drittel|zwei\\s+Drittel|ein\\s+Viertel|"
      + "drei\\s+Viertel|metade|um\\s+terço|dois\\s+terços|um\\s+quarto|três\\s+quartos)"
      + "(?=\\s+(?:of|the|de|des|du|der|die|das|aller|dos|das|da|do|del|los|las)\\b)"
      + "|(?<mult>(?:(?:the|o|a|el|la|le|das|den)\\s+)?(?:double|twice|triple|thrice|quadruple|doble|dobro|"
      + "triplo|doppelte|dreifache))(?=\\s+(?:the|what|that|its|their|as|da|do|de|del|du|des|der|que|of|"
      + "dessen|so)\\b)"
      + "|(?<multv>doubled|doubling|tripled|tripling|quadrupled|halved|duplic[oóa]u?|triplic[oóa]u?|doublé|"
      + "triplé|verdoppelt(?:e|en)?|verdreifacht(?:e|en)?|duplicou|triplicou)(?![\\p{L}])"
      + "|(?<ntimes>(?:two|three|four|five|ten|\\d{1,3})\\s+times)(?=\\s+(?:as|the|more|higher|larger|bigger|"
      + "greater|that|what)\\b)"
      + "|(?<onein>one\\s+in\\s+(?<den>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))(?![\\p{L}\\p{N}])"
      + "|(?<word>twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
      + "sixty|seventy|eighty|ninety|hundred|two|three|four|five|six|seven|eight|nine|ten|eleven)"
      + "(?:[\\s-](?<unitw>one|two|three|four|five|six|seven|eight|nine))?"
      + "(?:\\s(?<wscale>thousand|million|billion|trillion))?(?:\\s(?<wpct>per\\s?cent|percent))?(?![\\p{L}-])"
      + ")");

  private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("two", 2.0), Map.entry("three", 3.0),
      Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
      Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
      Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0),
      Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0),
      Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0),
      Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("sixty", 60.0),
      Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
      Map.entry("hundred", 100.0), Map.entry("one", 1.0));

  private static final Pattern YEAR_BEFORE = Regexes.compile("(?iu)(?:\\b(?:in|since|by|from|until|till|of|"
      + "around|circa|year|fiscal|FY|early|late|mid|before|after|during|en|desde|hasta|del|de|année|depuis|dès|"
      + "à|im|seit|bis|von|Jahr|em|ano|desde|between|and|to|y|et|und|e)|" + MONTHS + "|[,(–-])\\s*$");
  private static final Pattern MONTH_BEFORE = Regexes.compile("(?iu)\\b(?:" + MONTHS + ")\\.?\\s+$");
  private static final Pattern MONTH_AFTER = Regexes.compile("(?iu)^\\.?\\s+(?:de\\s+)?(?:" + MONTHS + ")\\b");
  /** The noun after a figure: its next word of three letters or more, past "of" and short words. */
  private static final Pattern NEXT_WORD =
      Regexes.compile("^\\s+(?:(?:of|\\p{L}{1,2})\\s+){0,2}([\\p{L}][\\p{L}'’-]{2,})");
  private static final Set<String> CONTINENTAL = Set.of("es", "fr", "de", "pt", "it", "nl", "ru", "tr", "pl",
      "uk", "cs", "ro", "da", "no", "sv", "fi", "ca");

  private Figures() {}

  /** The figures in a region of a text, for an article in {@code language} (decides "1,500" vs "1.500"). */
  static List<Figure> find(String text, Span region, String language) {
    boolean continental = CONTINENTAL.contains(language);
    boolean known = language != null && !language.isEmpty() && !language.equals("und");
    List<Figure> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(text).region(region.start(), region.end());
    m.useTransparentBounds(true);
    while (m.find()) {
      Figure f = figure(m, text, region, continental, known);
      if (f != null) {
        out.add(f);
      }
    }
    Matcher w = FRACTION.matcher(text);
    w.useTransparentBounds(true);
    int i = region.start();
    while (i < region.end()) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int e = i;
      while (e < region.end() && Character.isLetterOrDigit(text.charAt(e))) {
        e++;
      }
      // the expression is tried only where one of its first words starts: most words are not
      if (mayStartSpelled(text.substring(i, e), text, e)) {
        w.region(i, region.end());
        if (w.lookingAt()) {
          Figure f = spelled(w, text, region);
          if (f != null && out.stream().noneMatch(o -> o.span().overlaps(f.span()))) {
            out.add(f);
          }
          e = Math.max(e, w.end());
        }
      }
      i = e;
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return propagateUnits(out, text);
  }

  private static Figure figure(Matcher m, String text, Span region, boolean continental, boolean known) {
    if (m.group("time") != null) {
      return new Figure(Kind.TIME, new Span(m.start(), m.end()), minutes(m.group("time")), Double.NaN, "", "", "",
          Direction.EXACT, 1, false);
    }
    if (m.group("score") != null) {
      return null; // scores and ranges without a unit: not compared
    }
    String hedge = "";
    int start = m.start();
    Matcher h = HEDGE_BEFORE.matcher(text).region(Math.max(region.start(), m.start() - 30), m.start());
    h.useTransparentBounds(true);
    if (h.find()) {
      hedge = h.group(1).strip();
      start = h.start(1);
    }
    Direction dir = direction(hedge);
    Span span = new Span(start, m.end());
    String noun = nextWord(text, m.end(), region.end());
    if (m.group("cur") != null) {
      double[] n = number(m.group("mnum"), continental, known);
      double scale = scale(m.group("mscale") != null ? m.group("mscale") : m.group("mshort"), continental);
      return new Figure(Kind.MONEY, span, n[0] * scale, n[1] * scale, currency(m.group("cur")), noun, hedge, dir,
          n[2] * scale, false);
    }
    String raw = m.group("num");
    double[] n = number(raw, continental, known);
    double scale = scale(m.group("scale") != null ? m.group("scale") : m.group("short"), continental);
    double v = n[0] * scale;
    double alt = n[1] * scale;
    double step = n[2] * scale;
    if (m.group("points") != null) {
      double f = m.group("points").toLowerCase(Locale.ROOT).startsWith("b") ? 0.01 : 1; // basis points
      return new Figure(Kind.POINTS, span, v * f, alt * f, "", "", hedge, dir, step * f, false);
    }
    if (m.group("pct") != null) {
      return new Figure(Kind.PERCENT, span, v, alt, "", "", hedge, dir, step, false);
    }
    if (m.group("curw") != null) {
      return new Figure(Kind.MONEY, span, v, alt, currency(m.group("curw")), noun, hedge, dir, step, false);
    }
    if (m.group("measure") != null) {
      Object[] u = unit(m.group("measure"));
      double f = (Double) u[1];
      return new Figure(Kind.MEASURE, span, v * f, alt * f, (String) u[0], noun, hedge, dir, step * f, false);
    }
    if (m.group("ord") != null) {
      if (StartSet.found(MONTH_AFTER, text.substring(m.end(), Math.min(region.end(), m.end() + 16)))) {
        return new Figure(Kind.DATE, new Span(m.start(), m.end()), v, Double.NaN, "", "", "", Direction.EXACT, 1,
            false);
      }
      return new Figure(Kind.ORDINAL, new Span(m.start(), m.end()), v, Double.NaN, "", noun, "", Direction.EXACT, 1,
          false);
    }
    String before = text.substring(Math.max(region.start(), m.start() - 16), m.start());
    String after = text.substring(m.end(), Math.min(region.end(), m.end() + 16));
    boolean plain = scale == 1 && raw.matches("\\d+");
    if (plain && v <= 31 && v >= 1 && (StartSet.found(MONTH_BEFORE, before) || StartSet.found(MONTH_AFTER, after))) {
      return new Figure(Kind.DATE, new Span(m.start(), m.end()), v, Double.NaN, "", "", "", Direction.EXACT, 1,
          false);
    }
    if (plain && raw.length() == 4 && v >= 1600 && v <= 2099 && hedge.isEmpty()
        && (StartSet.found(YEAR_BEFORE, before) || !Character.isLetter(firstNonSpace(after)))) {
      return new Figure(Kind.YEAR, new Span(m.start(), m.end()), v, Double.NaN, "", "", "", Direction.EXACT, 1,
          false);
    }
    return new Figure(Kind.COUNT, span, v, alt, "", noun, hedge, dir, step, false);
  }

  private static Figure spelled(Matcher m, String text, Span region) {
    String hedge = "";
    int start = m.start();
    Matcher h = HEDGE_BEFORE.matcher(text).region(Math.max(region.start(), m.start() - 30), m.start());
    h.useTransparentBounds(true);
    if (h.find()) {
      hedge = h.group(1).strip();
      start = h.start(1);
    }
    Span span = new Span(start, m.end());
    Direction dir = direction(hedge);
    if (m.group("fracpt") != null) {
      return new Figure(Kind.POINTS, span, fraction(m.group("fracpt")) / 100, Double.NaN, "", "", hedge, dir, 0.01,
          true);
    }
    if (m.group("frac") != null) {
      return new Figure(Kind.PERCENT, span, fraction(m.group("frac")), Double.NaN, "", "", hedge, dir, 1, true);
    }
    if (m.group("mult") != null || m.group("multv") != null || m.group("ntimes") != null) {
      double v = m.group("ntimes") != null ? times(m.group("ntimes")) : multiple(m.group(m.group("mult") != null
          ? "mult" : "multv"));
      return new Figure(Kind.MULTIPLE, span, v, Double.NaN, "", "", hedge, dir, 0.5, true);
    }
    if (m.group("onein") != null) {
      String d = m.group("den").toLowerCase(Locale.ROOT);
      double den = Character.isDigit(d.charAt(0)) ? Double.parseDouble(d) : WORDS.getOrDefault(d, 0.0);
      return den <= 0 ? null
          : new Figure(Kind.PERCENT, span, 100 / den, Double.NaN, "", "", hedge, dir, 1, true);
    }
    double v = WORDS.getOrDefault(m.group("word").toLowerCase(Locale.ROOT), 0.0);
    if (m.group("unitw") != null && v >= 20) {
      v += WORDS.getOrDefault(m.group("unitw").toLowerCase(Locale.ROOT), 0.0);
    }
    double scale = scale(m.group("wscale"), false);
    if (m.group("wpct") != null) {
      return new Figure(Kind.PERCENT, span, v, Double.NaN, "", "", hedge, dir, 1, true);
    }
    return new Figure(Kind.COUNT, span, v * scale, Double.NaN, "", nextWord(text, m.end(), region.end()), hedge,
        dir, scale, true);
  }

  /** First words of the spelled figures ({@link #FRACTION}), for trying it only where it may match. */
  private static final Set<String> SPELLED_STARTS = Set.of("a", "an", "one", "half", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety", "hundred", "la", "un", "dos", "tres", "deux", "trois", "die", "ein", "zwei", "drei",
      "metade", "um", "dois", "três", "the", "o", "el", "le", "das", "den", "double", "twice", "triple", "thrice",
      "quadruple", "doble", "dobro", "triplo", "doppelte", "dreifache", "doubled", "doubling", "tripled",
      "tripling", "quadrupled", "halved", "doublé", "triplé", "duplicou", "triplicou");

  private static boolean mayStartSpelled(String word, String text, int end) {
    String w = word.toLowerCase(Locale.ROOT);
    if (Character.isDigit(w.charAt(0))) {
      return w.length() <= 3 && text.startsWith(" times", end);
    }
    return SPELLED_STARTS.contains(w) || w.startsWith("duplic") || w.startsWith("triplic")
        || w.startsWith("verdoppelt") || w.startsWith("verdreifacht");
  }

  /** "10-15%": the first number of a range takes the unit of the second. */
  private static List<Figure> propagateUnits(List<Figure> in, String text) {
    List<Figure> out = new ArrayList<>(in);
    for (int i = out.size() - 2; i >= 0; i--) {
      Figure a = out.get(i);
      Figure b = out.get(i + 1);
      if (a.kind() != Kind.COUNT || a.spelled() || b.kind() == Kind.COUNT || b.kind().isDateLike()) {
        continue;
      }
      String between = text.substring(a.span().end(), b.span().start());
      if (between.matches("(?iu)\\s*(?:[-–]|to|and|or|y|o|et|ou|à|und|bis|e|a)\\s*")) {
        out.set(i, new Figure(b.kind(), a.span(), a.value() * scaleOf(b, text), a.alternative(), b.unit(), b.noun(),
            a.hedge(), a.direction(), a.step(), false));
      }
    }
    return List.copyOf(out);
  }

  /** The scale word of a figure ("billion" in "$2-3 billion") applies to the bare number before it. */
  private static double scaleOf(Figure b, String text) {
    String t = text.substring(b.span().start(), b.span().end()).toLowerCase(Locale.ROOT);
    for (String w : List.of("trillion", "billion", "million", "thousand", "bn", "mn", "tn")) {
      if (t.contains(w)) {
        return scale(w, false);
      }
    }
    return 1;
  }

  private static Direction direction(String hedge) {
    if (hedge.isEmpty()) {
      return Direction.EXACT;
    }
    if (UP_HEDGE.matcher(hedge).lookingAt()) {
      return Direction.UP;
    }
    if (DOWN_HEDGE.matcher(hedge).lookingAt()) {
      return Direction.DOWN;
    }
    return Direction.NEAR;
  }

  private static char firstNonSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }

  private static String nextWord(String text, int from, int to) {
    Matcher m = NEXT_WORD.matcher(text).region(from, Math.min(to, from + 40));
    if (!m.lookingAt()) {
      return "";
    }
    return m.group(1).toLowerCase(Locale.ROOT);
  }

  /**
   * Value, alternative value (NaN unless ambiguous) and step of a written number. "1,500" is 1500 in English
   * and 1.5 in continental languages, "1.500" the other way round; whichever the article's language does not
   * use is kept as the alternative.
   */
  static double[] number(String raw, boolean continental) {
    return number(raw, continental, true);
  }

  /** As {@link #number(String, boolean)}; {@code known}: whether the article's language is known at all. */
  static double[] number(String raw, boolean continental, boolean known) {
    String s = raw.replaceAll("[ \\u00A0\\u202F\\u2009'’]", "");
    int commas = count(s, ',');
    int dots = count(s, '.');
    String plain;
    String other = null;
    if (commas > 0 && dots > 0) {
      plain = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
    } else if (commas > 1) {
      plain = s.replace(",", "");
    } else if (dots > 1) {
      plain = s.replace(".", "");
    } else if (commas == 1 || dots == 1) {
      char sep = commas == 1 ? ',' : '.';
      int after = s.length() - s.indexOf(sep) - 1;
      String asDecimal = s.replace(sep, '.');
      String asThousands = s.replace(String.valueOf(sep), "");
      if (after != 3 || s.indexOf(sep) > 3 || s.startsWith("0")) {
        plain = asDecimal;
      } else if (!known && s.endsWith("0")) {
        plain = asThousands; // language unknown: "1.500" or "15,000" with a trailing zero groups thousands
      } else {
        boolean thousands = sep == ',' ? !continental : continental;
        plain = thousands ? asThousands : asDecimal;
        // "15,000" or "2.500" with trailing zeros is never a decimal: keep no second reading then
        other = s.endsWith("0") ? null : thousands ? asDecimal : asThousands;
      }
    } else {
      plain = s;
    }
    double v = parse(plain);
    int dot = plain.indexOf('.');
    double step = dot < 0 ? 1 : Math.pow(10, -(plain.length() - dot - 1));
    return new double[] {v, other == null ? Double.NaN : parse(other), step};
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static double minutes(String time) {
    String[] p = time.replaceAll("(?i)\\s?[ap]\\.?m\\.?", "").split("[:hH]");
    double v = Double.parseDouble(p[0]) * 60 + Double.parseDouble(p[1]);
    return time.toLowerCase(Locale.ROOT).contains("p") && Double.parseDouble(p[0]) < 12 ? v + 720 : v;
  }

  static double scale(String word, boolean continental) {
    if (word == null) {
      return 1;
    }
    String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(".", "");
    switch (w) {
      case "k":
      case "thousand":
      case "mil":
      case "mille":
      case "tausend":
        return 1e3;
      case "m":
      case "mn":
      case "million":
      case "millions":
      case "millón":
      case "millones":
      case "milhão":
      case "milhões":
      case "mio":
      case "millionen":
      case "milione":
      case "milioni":
        return 1e6;
      case "b":
      case "bn":
      case "billions":
      case "mil millones":
      case "mil milhões":
      case "milliard":
      case "milliards":
      case "milliarde":
      case "milliarden":
      case "mrd":
      case "bilhão":
      case "bilhões":
      case "miliardo":
      case "miliardi":
        return 1e9;
      case "billion":
        return continental ? 1e12 : 1e9;
      case "tn":
      case "trillion":
      case "trillions":
      case "billón":
      case "billones":
      case "bilião":
      case "biliões":
      case "trilhão":
      case "trilhões":
      case "billionen":
        return 1e12;
      default:
        return 1;
    }
  }

  private static double multiple(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    if (s.contains("halved")) {
      return 0.5;
    }
    if (s.contains("quadru")) {
      return 4;
    }
    if (s.contains("tri") || s.contains("thrice") || s.contains("drei")) {
      return 3;
    }
    return 2;
  }

  private static double times(String w) {
    String n = w.toLowerCase(Locale.ROOT).replace("times", "").strip();
    return Character.isDigit(n.charAt(0)) ? Double.parseDouble(n) : WORDS.getOrDefault(n, 0.0);
  }

  /** Base unit and factor of a unit of measurement: "GW" is 1e9 W, "km" 1000 m, "kg" 0.001 t. */
  private static Object[] unit(String u) {
    String s = Alignment.fold(u).replaceAll("[\\s-]+", " ");
    boolean hours = s.endsWith("h") && !s.equals("ha") || s.contains("hour");
    if (s.matches("[kmgt]wh?") || s.contains("watt")) {
      double f = s.startsWith("k") ? 1e3 : s.startsWith("m") ? 1e6 : s.startsWith("g") ? 1e9 : s.startsWith("t")
          ? 1e12 : 1;
      if (u.length() <= 3) {
        char c = u.charAt(0);
        f = c == 'k' || c == 'K' ? 1e3 : c == 'M' ? 1e6 : c == 'G' ? 1e9 : c == 'T' ? 1e12 : 1;
      }
      return new Object[] {hours ? "Wh" : "W", f};
    }
    if (s.startsWith("square") || s.startsWith("km2") || s.startsWith("km²")) {
      return new Object[] {"km2", s.contains("mile") ? 2.58999 : 1.0};
    }
    if (s.equals("km") || s.startsWith("kilom") || s.startsWith("kilóm")) {
      return new Object[] {"m", 1000.0};
    }
    if (s.startsWith("mile")) {
      return new Object[] {"m", 1609.344};
    }
    if (s.startsWith("met") || s.startsWith("mèt")) {
      return new Object[] {"m", 1.0};
    }
    if (s.startsWith("hect") || s.startsWith("hekt") || s.equals("ha")) {
      return new Object[] {"ha", 1.0};
    }
    if (s.equals("acres")) {
      return new Object[] {"ha", 0.404686};
    }
    if (s.startsWith("ton")) {
      return new Object[] {"t", 1.0};
    }
    if (s.equals("kg") || s.startsWith("kilo") || s.startsWith("quilo")) {
      return new Object[] {"t", 0.001};
    }
    if (s.startsWith("barr")) {
      return new Object[] {"bbl", 1.0};
    }
    return new Object[] {"l", 1.0};
  }

  private static double fraction(String words) {
    String w = words.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    if (w.contains("half") || w.contains("mitad") || w.contains("moitié") || w.contains("hälfte")
        || w.contains("metade")) {
      return 50;
    }
    boolean two = w.startsWith("two") || w.startsWith("dos") || w.startsWith("deux") || w.startsWith("zwei")
        || w.startsWith("dois");
    boolean three = w.startsWith("three") || w.startsWith("tres") || w.startsWith("trois") || w.startsWith("drei")
        || w.startsWith("três");
    if (w.contains("third") || w.contains("tercio") || w.contains("tiers") || w.contains("drittel")
        || w.contains("terço")) {
      return two ? 200.0 / 3 : 100.0 / 3;
    }
    if (w.contains("quar") || w.contains("cuarto") || w.contains("viertel")) {
      return three ? 75 : 25;
    }
    if (w.contains("fifth")) {
      return two ? 40 : 20;
    }
    return 10; // a tenth
  }

  private static String currency(String c) {
    String s = c.strip().toLowerCase(Locale.ROOT);
    if (s.equals("r$") || s.equals("reais") || s.equals("real") || s.equals("brl")) {
      return "BRL";
    }
    if (s.contains("$") || s.contains("dollar") || s.contains("dólar") || s.equals("usd")) {
      return s.equals("a$") ? "AUD" : s.equals("c$") ? "CAD" : s.equals("hk$") ? "HKD" : "USD";
    }
    if (s.equals("€") || s.startsWith("euro") || s.equals("eur")) {
      return "EUR";
    }
    if (s.equals("£") || s.startsWith("pound") || s.startsWith("libra") || s.startsWith("livre") || s.equals("gbp")) {
      return "GBP";
    }
    if (s.equals("chf") || s.startsWith("franken")) {
      return "CHF";
    }
    return ""; // yen, yuan, rupees, roubles, francs: compared by value only
  }
}
