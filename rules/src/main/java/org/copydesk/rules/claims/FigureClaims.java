package org.copydesk.rules.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Analysis;
import org.copydesk.analysis.Quantity;
import org.copydesk.analysis.Sentence;
import org.copydesk.analysis.Token;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.Regexes;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.rules.support.NarrowedPattern;

/**
 * Recognises the quantitative claims of an article: percentages, aggregate money, large or estimated counts,
 * changes ("rose 12%", "doubled to 3.4 million", "fell by a third") and rankings ("the 3rd-largest"). Dates,
 * times, ages, scores, ordinals in names, addresses, phone numbers, article and page numbers, versions, prices of
 * one item and small exact counts are not claims. Both claims rules use it, so they describe the same spans and
 * the report merges their statuses. Stateless and thread-safe.
 */
final class FigureClaims {
  /** One recognised claim. {@code noun} is the counted thing ("jobs") or empty; {@code scope} global, national or local. */
  record Candidate(Span span, String kind, String hedge, Quantity quantity, Sentence sentence, String noun,
      String scope) {}

  static final double LARGE_COUNT = 1000;
  static final double HEDGED_COUNT = 20;
  /** Money below this is a price or a fine, not an aggregate statistic. */
  static final double AGGREGATE_MONEY = 1_000_000;
  /** Smaller money is a claim only as a change, an average or an estimate ("up $2,500", "an average of $45,000"). */
  static final double SMALL_MONEY = 1_000;
  /** Averages and rates: money below a million that is still a statistic. */
  private static final Pattern AVERAGE = Regexes.compile("(?iu)\\b(?:average|averaged|averages|averaging|median|mean|per\\s+capita|typical|"
      + "pro[- ]Kopf|Pro-Kopf-\\p{L}+|per\\s+head|por\\s+habitante|par\\s+habitant|por\\s+cabeça|"
      + "promedio|media|medio|moyen|moyenne|médian|durchschnittlich\\w*|Durchschnitt|im\\s+Schnitt|média|médio|"
      + "mediana)\\b");
  private static final int AVERAGE_WINDOW = 30;
  /** An unformatted five-digit figure followed by what it counts ("22000 miners"). */
  private static final Pattern NOUN_AFTER = Regexes.compile("(?u)[ \\u00A0]\\p{Ll}{3,}");
  /** A plural noun right after a figure: "3200 contas", "2100 jogadores", "1500 people". */
  private static final Pattern PLURAL_NOUN_AFTER = Regexes.compile("(?u)[ \\u00A0](?:\\p{Ll}{2,}s|people|personas|"
      + "pessoas|Personen|Menschen)(?![\\p{L}])");

  private static final Pattern HAS_DIGIT = Regexes.compile("\\d");
  /** A figure written with thousands groups or a scale word: "12,500", "1.234", "3 400", "2.5 million". */
  private static final Pattern FORMATTED = Regexes.compile("(?iu)\\d[,.  ]\\d{3}(?!\\d)|\\d[  ]?\\p{L}{2,}");

  /** Words right before a number that make it an identifier, not a quantity ("article 1,234", "tel."). */
  private static final Pattern STRICT_IDENTIFIER = Regexes.compile("(?iu)(?:\\b(?:no|nos|nº|n°|nr|num|art|arts|"
      + "article|articles|artículo|artículos|artikel|artigo|artigos|section|sección|seção|paragraph|párrafo|"
      + "page|pages|página|páginas|seite|p|pp|room|sala|zimmer|route|ruta|flight|vuelo|vol|volume|version|"
      + "versión|versão|v|code|código|id|isbn|issn|tel|phone|telephone|teléfono|téléphone|telefon|telefone|"
      + "fax|zip|postal|cp|plz|cep|street|calle|rue|straße|strasse|rua|avenue|av|avenida|ref|case|expediente|"
      + "law|ley|loi|gesetz|lei|decree|decreto|décret|resolution|resolución|bill|model|modelo|series|serie|"
      + "line|línea|ligne|linie|linha|bus|platform|gate|seat|chapter|capítulo|chapitre|kapitel|episode|"
      + "episodio|level|nivel|niveau|highway|interstate|exit|unit|suite|box|apartado|postfach|lei|loi|ley)\\.?|[#§№+]|"
      + "\\bn\\.?\\s?[º°o])\\s*$");
  /** Words right after a number that make it an identifier, a measurement of one thing or a date. */
  private static final Pattern IDENTIFIER_AFTER = Regexes.compile("(?iu)^[\\s  ]*(?:(?:street|st|avenue|ave|road|"
      + "rd|boulevard|blvd|calle|rue|straße|strasse|rua)\\b|(?:-|‑)?(?:year|years|año|años|ans|jahre|anos)[- ]old\\b|"
      + "(?:de|of)\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
      + "diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\\b)");
  /** Distances and sizes of one thing ("3 320 kilomètres", "480 Liter"): measurements, not statistics. */
  private static final Pattern MEASURE_AFTER = Regexes.compile("(?iu)^[\\s  -]*(?:km|kilometres?|kilometers?|"
      + "kilómetros|kilomètres|kilometer|kilometern|quilômetros|quilómetros|miles?|metres?|meters|metros|mètres|meter|"
      + "metern|m|cm|mm|centimetres?|centimeters?|centímetros|centimètres|zentimetern?|millimetres?|millimeters?|"
      + "feet|ft|inches|pulgadas|pouces|zoll|polegadas|litres?|liters?|litros|liter|mph|km/h|bhp|ps|hp|cv|ch|"
      + "gb|mb|tb|megapixels?|megapíxeles|bytes|kilobytes|megabytes|gigabytes|terabytes|pixels|watts|volts|rpm|"
      + "inch|inches|inch-|pulgada|pulgadas)\\b");
  /** Temperatures and vote tallies ("around 40C", "by 312 votes to 240", "312 voix contre 240"). */
  private static final Pattern NOT_A_STATISTIC_AFTER = Regexes.compile("(?iu)^[\\s  ]*(?:°|º|degrees?\\b|grados\\b|"
      + "degrés\\b|grad\\b|graus\\b|\\d*\\s*[CF]\\b|(?:votes?|voix|votos|stimmen)\\s+(?:to|contre|a|contra|gegen)\\s+\\d)");
  /** The odds in a weather forecast: "a 10% chance of showers", "Regenwahrscheinlichkeit liegt bei 20 Prozent". */
  private static final Pattern CHANCE_BEFORE = Regexes.compile("(?iu)(?:(?:regen|niederschlags|schnee|gewitter)"
      + "wahrscheinlichkeit|probabilidad\\s+de\\s+(?:lluvia|precipitación|nieve)|probabilité\\s+de\\s+(?:pluie|"
      + "précipitations|neige)|probabilidade\\s+de\\s+(?:chuva|precipitação)|probabilità\\s+di\\s+(?:pioggia|"
      + "precipitazioni)|chance\\s+of\\s+rain)\\s+(?:\\p{L}+\\s+){0,3}$");
  private static final Pattern CHANCE_AFTER = Regexes.compile("(?iu)^\\s*(?:%|per\\s*cent|prozent|por\\s+ciento)?"
      + "\\s*(?:chance|probability|risk)\\s+of\\s+(?:rain|showers|snow|storms|thunderstorms|frost|sunshine|sun|fog|"
      + "hail|drizzle|sleet|precipitation)|"
      + "^\\s*(?:de\\s+)?(?:probabilidad|probabilité|probabilidade|chance|risque)\\s+de\\s+(?:lluvia|pluie|chuva|"
      + "averses|chubascos|neige|nieve)");
  private static final int CHANCE_WINDOW = 60;
  /** A stadium's or a hall's size: "a 32,000-seat stadium". */
  private static final Pattern SEATS_AFTER = Regexes.compile("(?iu)^-\\s*(?:seats?|seater|sitzer|plätze|plazas|"
      + "lugares|places|posti|zitplaatsen)\\b"); // hyphenated only: "412 seats" in a parliament is a tally
  private static final Pattern AGE_AFTER = Regexes.compile("(?iu)^[\\s  ]*(?:years?|ans|años|anos|jahren?|"
      + "months|meses|mois|monate[n]?|weeks|semanas|semaines|wochen|days|días|jours|tage[n]?|dias|hours|horas|"
      + "heures|stunden|minutes|minutos|minuten)\\b");
  /** A street named before a house number: "Avenida Ene Garcês, 1.200", "Calle Mayor, 1.024". */
  private static final Pattern ADDRESS_BEFORE = Regexes.compile("(?u)(?<![\\p{L}])(?:Avenida|Av\\.|Rua|Calle|Carrer|"
      + "Rue|Praça|Plaza|Paseo|Travessa|Largo)\\s+(?:\\p{L}+\\s+){0,4}?\\p{L}+,\\s*$"); // words that lead a street's name
  /** A house number: at most four digits ("1.200", "48"). */
  private static final Pattern HOUSE_NUMBER = Regexes.compile("\\d{1,4}|\\d\\.\\d{3}");
  /** The area code of a phone number right before the figure: "on 01632 960481". */
  private static final Pattern AREA_CODE_BEFORE = Regexes.compile("(?<![\\d.,])(?:\\+\\d{1,3}[ \\u00A0]?)?0\\d{2,4}"
      + "[ \\u00A0]$");
  /** A length lost or a retreat: "the glacier retreated 54 metres", "hat 60 Meter an Länge verloren". */
  private static final Pattern LOSS_AROUND = Regexes.compile("(?iu)(?<![\\p{L}])(?:lost|retreated|receded|shrank|"
      + "shrunk|thinned|eroded|loses|lose|losing|retreats|recedes|retroceder|perder|perdre|verloren|verliert|verlieren|zurückgezogen|geschrumpft|"
      + "zurückgegangen|perdido|perdió|perdieron|pierde|pierden|retrocedido|retrocedió|retrocedieron|retrocede|"
      + "perdu|perd|perdent|reculé|recule|reculent|perderam|perdeu|perde|perdem|recuaram|recuou|recua|recuam)"
      + "(?![\\p{L}])");
  private static final int LOSS_WINDOW = 40;

  /**
   * Whether a loss verb governs the figure: before it with at most five words and no comma between ("retreated 54
   * metres", "ha hecho retroceder la playa de Castellar unos 30 metros"), or closing the clause just after its unit
   * ("60 Meter an Länge verloren");
   * not "got lost in fog, were found 3 km from the summit".
   */
  private static boolean lost(Quantity q, String text, Sentence s) {
    String before = text.substring(Math.max(s.span().start(), q.span().start() - LOSS_WINDOW), q.span().start());
    String after = text.substring(q.span().end(), Math.min(s.span().end(), q.span().end() + LOSS_WINDOW));
    Matcher b = LOSS_AROUND.matcher(before);
    while (b.find()) {
      if (LOSS_GAP_BEFORE.matcher(before.substring(b.end())).matches() && !StartSet.found(TO_LEVEL_BEFORE, before)) {
        return true;
      }
    }
    Matcher a = LOSS_AROUND.matcher(after);
    return a.find() && LOSS_GAP_AFTER.matcher(after.substring(0, a.start())).matches();
  }

  private static final Pattern LOSS_GAP_BEFORE = Regexes.compile("(?u)\\s+(?:[\\p{L}-]+\\s+){0,5}");
  /** "shrunk to 5.5 inches": a level reached, not an amount lost. */
  private static final Pattern TO_LEVEL_BEFORE = Regexes.compile("(?iu)(?<![\\p{L}])(?:to|auf|à|para|hasta)\\s+$");
  private static final Pattern LOSS_GAP_AFTER = Regexes.compile("(?u)\\s*[\\p{L}.]+(?:\\s+[\\p{L}-]+){0,2}\\s+");
  /** A change verb and "by" right before the figure: a change by an amount ("rise by up to 60 centimetres"), not a size. */
  private static final Pattern MEASURED_CHANGE_BEFORE = Regexes.compile("(?iu)(?<![\\p{L}])(?:rose|risen|rise|rises|"
      + "rising|fell|fallen|fall|falls|falling|grown|grew|grow|grows|dropped|drop|increased|decreased|shrunk|shrank|"
      + "sunk|sank|sinking|climbed|lengthened|shortened|widened|narrowed|retreated|retreating|receding|eroding|"
      + "shrinking|moved|shifted)\\s+by\\s+$");
  /** Years after a figure: an age or a span, never an average duration of work or travel. */
  private static final Pattern YEARS_AFTER = Regexes.compile("(?iu)^[\\s  ]*(?:years?|ans|años|anos|jahren?)\\b");
  /** A phone number or a code: several digit groups separated by spaces, dashes or dots. */
  private static final Pattern PHONE = Regexes.compile("\\+?\\d{2,4}(?:[ .-]\\d{2,4}){2,}");

  /** Change verbs and nouns right before the figure ("rose 12%", "subió un 12%", "stieg um 3 Prozent"). */
  private static final Pattern CHANGE_BEFORE = Regexes.compile("(?iu)\\b(?:rose|rise|rises|rising|risen|fell|fall|"
      + "falls|falling|fallen|dropped|drop|drops|declined|decline|declines|increased|increase|increases|grew|grow|"
      + "grows|grown|jumped|jumps|surged|surges|soared|climbed|climbs|slipped|slid|plunged|plummeted|tumbled|"
      + "gained|gains|lost|shrank|shrunk|contracted|expanded|doubled|tripled|halved|up|down|cut|cuts|reduced|"
      + "subió|sube|subieron|aumentó|aumenta|aumentaron|creció|crece|crecieron|cayó|cae|cayeron|bajó|baja|"
      + "disminuyó|descendió|se disparó|se redujo|se duplicó|un aumento del?|una caída del?|un alza del?|"
      + "augmenté|augmente|progressé|progresse|reculé|recule|baissé|baisse|chuté|chute|grimpé|bondi|diminué|"
      + "en hausse de|en baisse de|une hausse de|une baisse de|stieg|steigt|gestiegen|sank|sinkt|gesunken|wuchs|"
      + "wächst|gewachsen|fiel|fällt|gefallen|legte|zugelegt|verlor|verloren|um|subiu|sobe|aumentou|cresceu|"
      + "cresce|caiu|cai|recuou|diminuiu|avançou|saltou|disparou|uma alta de|uma queda de|um aumento de)"
      + "(?:\\s+(?:by|to|from|of|about|some|nearly|almost|un|una|el|del|de|à|a|um|em|para|auf|von|por))*"
      + "\\s*$|\\bby\\s+$");
  private static final Pattern CHANGE_AFTER = Regexes.compile("(?iu)^\\s*(?:increase|rise|jump|drop|fall|"
      + "decline|gain|growth|cut|reduction|hike|surge|more|less|higher|lower|up|down|year[- ]on[- ]year|"
      + "de aumento|de caída|más|menos|de hausse|de baisse|de plus|de moins|mehr|weniger|höher|niedriger|"
      + "a mais|a menos)\\b");
  /** Changes and rankings written without a figure of their own ("fell by a third", "doubled"). */
  private static final Pattern WORDED_CHANGE = Regexes.compile("(?iu)\\b(?:(?:rose|fell|fallen|risen|grown|shrunk|"
      + "dropped|grew|increased|"
      + "decreased|declined|shrank|jumped|climbed|cut|reduced|slashed|subió|cayó|creció|aumentó|bajó|"
      + "disminuyó|augmenté|baissé|diminué|reculé|progressé|gestiegen|gesunken|gewachsen|zurückgegangen|"
      + "subiu|caiu|cresceu|aumentou|diminuiu)\\s+(?:by\\s+|en\\s+|de\\s+|um\\s+)?"
      + "(?:a|one|two|un|una|um|uma|ein|eine|einem|un|une)?\\s*(?:third|half|quarter|fifth|tenth|two-thirds|"
      + "three-quarters|tercio|mitad|cuarto|tiers|moitié|quart|drittel|hälfte|viertel|terço|metade)|"
      + "(?:doubled|tripled|trebled|quadrupled|halved)(?!\\s+(?:down|as|up|over|back))|"
      + "(?:duplicó|duplicaron|triplicó|triplicaron|duplicado|triplicado)|"
      + "(?:doublé|triplé|quadruplé)|"
      + "(?:verdoppelt|verdreifacht|halbiert)|"
      + "(?:dobrou|dobraram|triplicou|triplicaram|duplicou|duplicaram|caiu\\s+pela\\s+metade)|"
      + "(?:triplicámos|duplicámos|dobrámos|triplicamos|duplicamos|dobramos|doblamos))(?![\\p{L}])");
  private static final String HEDGE_CORE = "(?:nearly|almost|about|around|roughly|approximately|some|"
      + "more\\s+than|less\\s+than|fewer\\s+than|over|close\\s+to|just\\s+(?:over|under)|well\\s+over|"
      + "casi|cerca\\s+de|más\\s+de|menos\\s+de|alrededor\\s+de|aproximadamente|unos|unas|"
      + "près\\s+d[e'’]|plus\\s+d[e'’]|moins\\s+d[e'’]|environ|presque|quasiment|"
      + "fast|mehr\\s+als|weniger\\s+als|knapp|rund|etwa|gut|über|annähernd|nahezu|"
      + "quase|perto\\s+de|mais\\s+d[ae]|menos\\s+d[ae]|cerca\\s+de|aproximadamente)";
  private static final String HEDGE_WORDS = "(?:" + HEDGE_CORE + "\\s*)";
  static final String FRACTION = "(?:half|a\\s+third|one[- ]third|two[- ]thirds|a\\s+quarter|one[- ]quarter|"
      + "three[- ]quarters|a\\s+fifth|one[- ]fifth|a\\s+tenth|one[- ]tenth|"
      + "la\\s+mitad|un\\s+tercio|dos\\s+tercios|un\\s+cuarto|tres\\s+cuartos|un\\s+quinto|"
      + "la\\s+moitié|un\\s+tiers|deux\\s+tiers|un\\s+quart|trois\\s+quarts|un\\s+cinquième|"
      + "die\\s+Hälfte|ein\\s+Drittel|zwei\\s+Drittel|ein\\s+Viertel|drei\\s+Viertel|ein\\s+Fünftel|ein\\s+Zehntel|"
      + "un\\s+dixième|una\\s+décima\\s+parte|um\\s+décimo|"
      + "(?:a\\s+)?metade|um\\s+terço|dois\\s+terços|um\\s+quarto|três\\s+quartos|um\\s+quinto)";
  private static final String SMALL_ALT = "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
      + "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|deux|trois|quatre|cinq|sept|huit|neuf|dix|"
      + "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez";
  private static final String SMALL = "(?:" + SMALL_ALT + ")";
  /** Proportions in words: "1 in 8", "nearly half of", "uno de cada cuatro", "jeder fünfte", "un quart des". */
  static final Pattern PROPORTION = Regexes.compile("(?iu)(?<![\\p{L}\\p{N}])" + HEDGE_WORDS + "?(?:"
      + "(?:" + SMALL_ALT + "|a)\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?" + SMALL + "(?![\\p{L}\\p{N}])"
      // "one runner in ten", "one household in five"; not "one goal in ten minutes"
      // ("one study in 15 people" is a study's sample)
      + "|one\\s+(?!(?:study|trial|survey|review|analysis|experiment|paper|report|poll)\\s)(?-i:\\p{Ll}+)\\s+in\\s+"
      + "(?:every\\s+)?(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)(?![\\p{L}\\p{N}])"
      + "(?!\\s+(?:seconds|minutes|hours|"
      + "days|weeks|months|years|games|matches|attempts|tries|starts|races))"
      + "|(?:uno|una|" + SMALL_ALT + ")\\s+de\\s+cada\\s+" + SMALL + "(?![\\p{L}\\p{N}])"
      + "|(?:un|une|1)\\s+(?:\\p{L}+\\s+){0,3}?sur\\s+" + SMALL + "(?![\\p{L}\\p{N}])" // "une officine rurale sur cinq"
      + "|(?:um|uma|" + SMALL_ALT + ")\\s+(?:em|de)\\s+cada\\s+" + SMALL + "(?![\\p{L}\\p{N}])"
      + "|(?:einer?|1|zwei|drei|vier|fünf|sechs|sieben|acht|neun)\\s+von\\s+(?:zwei|drei|vier|fünf|sechs|sieben|acht|"
      + "neun|zehn|zwanzig|hundert|\\d{1,2})(?![\\p{L}\\p{N}])" // "neun von zehn", not a score "29 von 30"
      + "|jede[rsnm]?\\s+(?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte)[rsnm]?(?![\\p{L}])"
      // an article or ordinal right before makes a fraction a name ("the first half"); a word that merely ends in
      // "o" or "a" ("han perdido un tercio") does not
      + "|(?<!(?<![\\p{L}])(?:first|second|the|la|el|le|die|der|o|a)\\s)" + FRACTION
      + "(?=\\s+(?:of|de|des|du|d['’]|del|der|des|aller|do|da|dos|das|ihrer|seiner|unserer|their|its|our|sus|leurs?|"
      + "nos|nuestros|nuestras|seus|suas|nossos|nossas)\\b)(?!\\s+(?:of|de)\\s+(?:an?\\s+)?"
      + "(?:hour|century|mile|hora|siglo|heure|siècle|hora|século)))");
  /** A hedge before a bare fraction is a proportion too: "perto de um quinto", "mehr als ein Drittel". */
  private static final Pattern HEDGED_FRACTION = Regexes.compile("(?iu)(?<![\\p{L}\\p{N}])"
      + HEDGE_CORE + "\\s+" + FRACTION + "(?![\\p{L}])");
  /** Counts in words with a scale: "two million", "plus d'un million", "drei Millionen", "dois milhões". */
  private static final Pattern WORD_SCALE = Regexes.compile("(?iu)(?<![\\p{L}\\p{N}])" + HEDGE_WORDS + "?"
      + "(?:a|one|un|une|uno|ein|eine|einer|um|uma|" + SMALL_ALT + ")\\s+(?:million|millions|billion|"
      + "billions|millón|millones|mil\\s+millones|milliards?|Millionen|Million|Milliarden|Milliarde|milhão|milhões|"
      + "bilhão|bilhões)(?![\\p{L}])");
  /** Multiples and changes by a fraction: "thirtyfold", "could triple", "el doble", "de moitié", "um ein Drittel". */
  private static final NarrowedPattern MULTIPLE = NarrowedPattern.of("(?iu)(?<![\\p{L}])(?:(?:two|three|four|"
      + "five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|\\d+)[- ]?fold|(?:could|would|will|may|"
      + "might|to|set\\s+to|expected\\s+to)\\s+(?:double|triple|quadruple|halve)|"
      + "(?:more|less)\\s+than\\s+(?:double|triple)|"
      + "(?:el|al|del)\\s+(?:doble|triple|cuádruple)|(?:le|du|au)\\s+(?:double|triple)|"
      + "(?:das|um\\s+das)\\s+(?:Doppelte|Dreifache|Vierfache)|doppelt\\s+so\\s+(?:viele|viel|hoch|groß)",
      // "dreifach so viele": it may begin with any letter, so it is searched only where "fach so" is
      "|\\p{L}+fach\\s+so\\s+(?:viele|viel|hoch)",
      "|(?:o|ao|do)\\s+(?:dobro|triplo|quádruplo)|"
      + "by\\s+(?:a\\s+)?(?:half|third|quarter|fifth|tenth)|de\\s+moitié|d['’]un\\s+(?:tiers|quart|cinquième)|"
      + "en\\s+un\\s+(?:tercio|cuarto|quinto)|a\\s+la\\s+mitad|um\\s+(?:ein|zwei)\\s+(?:Drittel|Viertel|Fünftel)|"
      + "um\\s+die\\s+Hälfte|pela\\s+metade|em\\s+(?:um|dois)\\s+(?:terço|terços|quarto|quinto)"
      // "three times as much", "five times more likely", "multiplicado por cuatro", "multiplié par trois"
      + "|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\\d+(?:\\.\\d)?)\\s+times\\s+(?:as\\s+(?:much|many|"
      + "high|large|likely|fast|often|big)|more|higher|greater|larger|faster|the)"
      + "|twice\\s+as\\s+(?:much|many|high|large|likely|fast|often|big)|doppelt\\s+so\\s+viele[nm]?"
      + "|(?:multiplicad[oa]s?|multipliée?s?|divisée?s?|dividid[oa]s?)\\s+(?:por|par)\\s+(?:" + SMALL_ALT + ")"
      + "|(?:pourrait|pourraient|devrait|devraient|va|vont|podría|podrían|poderá|poderão|pode|podem)\\s+"
      + "(?:doubler|tripler|duplicarse|duplicar|triplicarse|dobrar|duplicar|triplicar)"
      + "|(?:könnte|könnten|dürfte|dürften|wird|werden)\\s+sich\\s+(?:\\p{L}+\\s+){0,3}?(?:verdoppeln|verdreifachen|"
      + "halbieren)"
      + "|(?:roughly|nearly|almost|about|more\\s+than|around)\\s+(?:double|triple)\\s+(?:what|the|that|its|their)"
      // "can add a third to the bill", "knocked a quarter off"
      + "|(?:add|adds|added|adding|knock|knocks|knocked|take|takes|took|shave|shaves|shaved)\\s+(?:a|one)\\s+"
      + "(?:third|quarter|fifth|tenth|half)\\s+(?:to|off|from))"
      + "(?![\\p{L}])", "(?iu)fach\\s+so\\s+(?:viel|hoch)");
  /** A percentage in words: "elf Prozent", "three per cent", "siete por ciento", "trois pour cent". */
  private static final Pattern WORDED_PERCENT = Regexes.compile("(?iu)(?<![\\p{L}\\p{N}])" + HEDGE_WORDS + "?"
      + "(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|"
      + "siebzig|achtzig|neunzig)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|"
      + "four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
      + "uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|veinte|treinta|"
      + "cuarenta|cincuenta|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
      + "seize|vingt|trente|quarante|cinquante|soixante|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
      + "zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|"
      + "sechzig|siebzig|achtzig|neunzig|um|dois|duas|três|quatro|sete|oito|nove|dez|doze|treze|catorze|vinte|"
      + "trinta|quarenta|cinquenta)\\s+(?:per\\s?cent|percent|por\\s?ciento|por\\s?cento|pour\\s?cent|Prozent)"
      + "(?![\\p{L}])");
  /** A change in percentage points written with a number word or after a change verb ("fell four points"). */
  private static final Pattern POINTS = Regexes.compile("(?iu)\\b(?:rose|fell|dropped|climbed|slipped|gained|"
      + "lost|jumped|up|down|subió|cayó|bajó|ganó|perdió|a\\s+(?:gagné|perdu)|gagne|perd|stieg|sank|verlor|"
      + "gewann|subiu|caiu|ganhou|perdeu)\\s+(?:by\\s+|de\\s+|um\\s+)?(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|"
      + "six|seven|eight|nine|ten|dos|tres|cuatro|cinco|deux|trois|quatre|cinq|zwei|drei|vier|fünf|dois|três|"
      + "quatro|cinco)\\s+(?:percentage\\s+)?(?:points?|puntos|points|Punkte|Prozentpunkte|pontos)\\b");
  /** Rankings: "the 3rd-largest", "the world's second-biggest", "ranked 12th". */
  static final Pattern RANK = Regexes.compile("(?iu)\\b(?:(?:\\d+(?:st|nd|rd|th)[- ](?:largest|biggest|"
      + "highest|lowest|most|least|best|worst|richest|poorest|busiest|fastest|leading|oldest|smallest)|"
      + "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[- ](?:largest|biggest|highest|lowest|"
      + "richest|poorest|busiest|fastest|oldest|smallest|most\\s+populous))"
      + "|ranked\\s+(?:about\\s+|around\\s+|No\\.\\s*)?\\d+(?:st|nd|rd|th)?"
      + "|(?:about\\s+|around\\s+)?\\d+(?:st|nd|rd|th)\\s+(?:out\\s+of|of\\s+the|among)\\s+\\d+"
      + "|(?:top|first)\\s+\\d+\\s+(?:in|of)\\s+the\\s+world"
      + "|(?:an?\\s+)?\\d+-(?:year|month|decade)\\s+(?:high|low|record)"
      + "|(?:highest|lowest|biggest|largest|smallest|worst|best)\\s+(?:\\p{L}+\\s+)?(?:since\\s+(?:19|20)\\d{2}|in\\s+"
      + "(?:\\d+|a\\s+decade|decades)\\s+years?))(?![\\p{L}\\p{N}])");

  static final Pattern GLOBAL = Regexes.compile("(?iu)\\b(?:world|world's|world’s|worldwide|global|"
      + "globally|planet|planet's|international|mundial|mundiales|mundo|planeta|monde|mondial|mondiale|"
      + "mondiaux|planète|welt|weltweit|weltweiten|globalen?|internacional|internationale?)\\b");
  static final Pattern NATIONAL = Regexes.compile("(?iu)\\b(?:nationwide|national|nation's|nation’s|"
      + "country's|country’s|the country|countrywide|federal|nacional|nacionales|país|del país|national|"
      + "nationale|nationaux|pays|bundesweit|landesweit|bundes\\w*|deutschlandweit|nacionais|do país|"
      + "nation|nations|eu|european union|unión europea|union européenne|europäischen union|união europeia|"
      + "europe|europa|africa|asia|latin america|américa latina|amérique latine|lateinamerika)\\b");
  static final Pattern COUNTRY = Regexes.compile("(?u)\\b(?:United States|U\\.S\\.|US|USA|America|"
      + "Britain|UK|United Kingdom|England|France|Germany|Spain|Italy|Portugal|Brazil|Mexico|Argentina|Chile|"
      + "Colombia|Peru|Venezuela|Canada|China|Japan|India|Russia|Ukraine|Turkey|Iran|Israel|Egypt|Nigeria|"
      + "South Africa|Kenya|Australia|Indonesia|Pakistan|Bangladesh|Poland|Netherlands|Belgium|Sweden|Norway|"
      + "Greece|Ireland|Switzerland|Austria|Kazakhstan|Korea|Vietnam|Philippines|Saudi Arabia|"
      + "Estados Unidos|EE\\.\\s?UU\\.|EEUU|España|Francia|Alemania|Italia|Brasil|México|Reino Unido|Japón|"
      + "Rusia|Canadá|Perú|Colombia|États-Unis|Etats-Unis|Allemagne|Espagne|Italie|Brésil|Royaume-Uni|Japon|"
      + "Russie|Chine|Inde|Mexique|Deutschland|Frankreich|Spanien|Italien|Brasilien|Großbritannien|Russland|"
      + "Österreich|Schweiz|Estados Unidos|Espanha|França|Alemanha|Itália|Moçambique|Angola|Japão|Rússia|"
      + "Índia|Canadá)\\b");
  private static final Pattern NOUN = Regexes.compile("(?u)^[\\s  ]*(?:(?:of|de|des|du|d'|d’|der|die|das|dos|das|"
      + "da|do|del|new|more|additional|nuevos|nuevas|neue|neuen|novos|novas|nouveaux|nouvelles|)\\s*)?"
      + "(\\p{L}[\\p{L}-]{2,})");

  /** The claims written in words, in the order they are tried, with their kinds. */
  private static final List<Pattern> WORDED =
      List.of(WORDED_CHANGE, PROPORTION, HEDGED_FRACTION, WORD_SCALE, MULTIPLE.full(), POINTS, RANK, WORDED_PERCENT);
  private static final List<String> WORDED_KINDS =
      List.of("change", "proportion", "proportion", "count", "change", "change", "rank", "percent");
  private static final int PROPORTION_INDEX = WORDED.indexOf(PROPORTION);
  private static final int RANK_INDEX = WORDED.indexOf(RANK);
  /** The characters each of {@link #WORDED} can start with (null where not known): the others are skipped. */
  private static final StartSet[] WORDED_STARTS = WORDED.stream().map(StartSet::of).toArray(StartSet[]::new);
  /** Words one of {@link #PROPORTION}'s forms needs: a fraction, or "jede" ("jeder fünfte"). */
  static final java.util.Set<String> PROPORTION_WORDS = proportionWords();

  /** The small numbers of {@link #SMALL_ALT} written as words. */
  static final java.util.Set<String> SMALL_WORDS = java.util.Arrays.stream(SMALL_ALT.split("\\|"))
      .filter(w -> w.chars().allMatch(Character::isLetter)).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static java.util.Set<String> proportionWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    words.addAll(List.of("half", "third", "thirds", "quarter", "quarters", "fifth", "tenth", "mitad", "tercio",
        "tercios", "cuarto", "cuartos", "quinto", "moitié", "tiers", "quart", "quarts", "cinquième", "dixième",
        "hälfte", "drittel", "viertel", "fünftel", "zehntel", "metade", "terço", "terços", "quarto", "décimo",
        "décima", "quartos", "jede", "jeder", "jedes", "jeden", "jedem"));
    return java.util.Set.copyOf(words);
  }

  /**
   * Whether a sentence has what one of {@link #PROPORTION}'s forms cannot do without, in one pass over its words: a
   * fraction or "jede" ("a third of", "jeder fünfte"), "cada", "sur" or "von" ("uno de cada cuatro", "une sur
   * cinq", "neun von zehn"), "in" or "out" right after a small number or "a" ("1 in 8", "three out of ten"), or
   * "in" after "one" ("one runner in ten"). Words are compared folded as the pattern folds them.
   */
  static boolean proportionWord(String sentence) {
    int prevStart = -1; // the word before, sentence[prevStart, prevEnd); none yet
    int prevEnd = 0;
    boolean one = false;
    int length = sentence.length();
    int i = 0;
    while (i < length) {
      // the words as "(?u)\\p{L}+|\\d" finds them: a run of letters, or one ASCII digit
      int cp = sentence.codePointAt(i);
      int start = i;
      if (Character.isLetter(cp)) {
        i += Character.charCount(cp);
        while (i < length && Character.isLetter(cp = sentence.codePointAt(i))) {
          i += Character.charCount(cp);
        }
      } else if (cp >= '0' && cp <= '9') {
        i++;
      } else {
        i += Character.charCount(cp);
        continue;
      }
      // the word is compared folded, in place: a sentence's words are read without making strings of them
      // a hedge may be written glued to the word after it ("Someone in two", "nearlyhalf"), so a word counts
      // when it ends in one of the words sought
      if (PROPORTION_ENDINGS.endsIn(sentence, start, i) || is(sentence, start, i, "cada")
          || is(sentence, start, i, "sur") || is(sentence, start, i, "von")) {
        return true;
      }
      // "in" or "out" after a count right before, with only spaces between ("12 in 100"; not "12% in a year")
      boolean in = is(sentence, start, i, "in");
      if ((in || is(sentence, start, i, "out")) && (in && one || prevStart >= 0
          && (Character.isDigit(sentence.charAt(prevStart)) || SMALL_ENDINGS.endsIn(sentence, prevStart, prevEnd)
              || endsWith(sentence, prevStart, prevEnd, "a"))
          && blank(sentence, prevEnd, start))) {
        return true;
      }
      one |= endsWith(sentence, start, i, "one");
      prevStart = start;
      prevEnd = i;
    }
    return false;
  }

  /** Whether {@code text[from, to)}, folded, is {@code word} (folded, of BMP characters). */
  private static boolean is(String text, int from, int to, String word) {
    return to - from == word.length() && endsWith(text, from, to, word);
  }

  /**
   * Whether {@code text[from, to)}, folded code point by code point as
   * {@link org.copydesk.rules.support.RequiredLiteral#lower} folds it, ends with
   * {@code word} (folded, of BMP characters): a character folds to one of the same length, and half of a pair
   * never equals one of the word's.
   */
  private static boolean endsWith(String text, int from, int to, String word) {
    int n = word.length();
    if (to - from < n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      char c = text.charAt(to - n + k);
      if (Character.isSurrogate(c) || StartSet.fold(c) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[from, to)} is all white space, as {@link String#isBlank} reads it. */
  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * The words {@link #RANK} cannot do without, where no ordinal written with digits is in the sentence: "ranked", a
   * superlative ("the second-largest", "the highest since 2008", "the most populous"), "world" ("top 10 in the
   * world").
   */
  static final List<String> RANK_WORDS = List.of("ranked", "largest", "biggest", "highest", "lowest", "richest",
      "poorest", "busiest", "fastest", "oldest", "smallest", "worst", "best", "populous", "world");
  private static final org.copydesk.rules.support.LiteralPrefilter RANK_WORDS_FILTER =
      new org.copydesk.rules.support.LiteralPrefilter(List.of(RANK_WORDS));

  /**
   * Whether a sentence has what each of {@link #RANK}'s forms cannot do without: ASCII digits followed by an ordinal
   * ending or a hyphen ("3rd", "12TH", "a 20-year high"), or one of {@link #RANK_WORDS} (compared folded, as the
   * pattern compares them). Its literals alone let through almost every sentence, for the "the" of "of the".
   */
  static boolean rankWord(String sentence) {
    int length = sentence.length();
    for (int i = 0; i < length; i++) {
      char c = sentence.charAt(i);
      if (c < '0' || c > '9' || i + 1 < length && sentence.charAt(i + 1) >= '0' && sentence.charAt(i + 1) <= '9') {
        continue;
      }
      // the last digit of a run: "\d+" is followed by what comes after the run
      if (i + 1 < length && sentence.charAt(i + 1) == '-') {
        return true;
      }
      if (i + 2 < length
          && ordinalEnding(StartSet.fold(sentence.charAt(i + 1)), StartSet.fold(sentence.charAt(i + 2)))) {
        return true;
      }
    }
    return RANK_WORDS_FILTER.candidates(sentence).get(0);
  }

  private static boolean ordinalEnding(int a, int b) {
    return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
  }

  private static final Endings PROPORTION_ENDINGS = new Endings(PROPORTION_WORDS);
  private static final Endings SMALL_ENDINGS = new Endings(SMALL_WORDS);

  /** Whether a word is, or ends in, one of a set of words: the words kept by their last character. */
  private static final class Endings {
    private final java.util.Map<Character, String[]> byLast = new java.util.HashMap<>();

    Endings(java.util.Set<String> words) {
      for (String w : words) {
        byLast.merge(w.charAt(w.length() - 1), new String[] {w}, (a, b) -> {
          String[] all = java.util.Arrays.copyOf(a, a.length + 1);
          all[a.length] = b[0];
          return all;
        });
      }
    }

    /** Whether {@code text[from, to)}, folded, is or ends in one of the words. */
    boolean endsIn(String text, int from, int to) {
      if (to <= from || Character.isSurrogate(text.charAt(to - 1))) {
        return false; // the words end in BMP characters
      }
      String[] candidates = byLast.get((char) StartSet.fold(text.charAt(to - 1)));
      if (candidates != null) {
        for (String c : candidates) {
          if (endsWith(text, from, to, c)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** What each of {@link #WORDED} cannot match without: a sentence is scanned once, not once per pattern. */
  private static final org.copydesk.rules.support.LiteralPrefilter WORDED_FILTER =
      org.copydesk.rules.support.LiteralPrefilter.forRegexes(WORDED.stream().map(Regexes::source).toList());

  private FigureClaims() {}

  /** Every quantitative claim in the article's body, in document order; computed once per audit and shared. */
  static List<Candidate> find(Article article, Analysis analysis) {
    return analysis.shared(FigureClaims.class, a -> recognise(a.article(), a));
  }

  private static List<Candidate> recognise(Article article, Analysis analysis) {
    String text = article.text();
    List<Sentence> sentences = analysis.sentences();
    List<Candidate> out = new ArrayList<>();
    boolean[] tables = new boolean[sentences.size()];
    for (Sentence s : sentences) {
      tables[s.index()] = tableLike(s, analysis);
    }
    java.util.Map<Integer, String> scopes = new java.util.HashMap<>();
    for (Quantity q : analysis.quantities()) {
      Sentence s = sentences.get(q.sentence());
      if (tables[s.index()] || !inBody(article, s) || !isClaim(q, text, s)) {
        continue;
      }
      String kind = kind(q, text, s);
      if (q.kind() == Quantity.Kind.MONEY && q.value() < AGGREGATE_MONEY && !kind.equals("change")
          && !q.isHedged() && !averageBefore(q, text, s) && !total(q, text, s)) {
        continue; // the price of one thing
      }
      String scope = scopes.computeIfAbsent(s.index(), i -> scope(s.text()));
      out.add(new Candidate(q.span(), kind, q.hedge().isEmpty() ? null : q.hedge(), q, s,
          noun(q, text, s), scope));
    }
    java.util.BitSet covered = new java.util.BitSet(text.length());
    out.forEach(c -> covered.set(c.span().start(), c.span().end()));
    for (Sentence s : sentences) {
      if (tables[s.index()] || !inBody(article, s)) {
        continue;
      }
      java.util.BitSet may = WORDED_FILTER.candidates(s.text());
      if (may.get(PROPORTION_INDEX) && !proportionWord(s.text())) {
        may.clear(PROPORTION_INDEX); // its only literal is "in": first look for a number or a fraction word
      }
      if (may.get(RANK_INDEX) && !rankWord(s.text())) {
        may.clear(RANK_INDEX); // its literals include "the" ("of the"): first look for an ordinal or a superlative
      }
      for (int i = may.nextSetBit(0); i >= 0; i = may.nextSetBit(i + 1)) {
        addWorded(out, covered, i, s);
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return List.copyOf(out);
  }

  /**
   * The matches of worded pattern {@code i} in a sentence, read in the sentence's own text (as in a region of the
   * article's text with opaque bounds: what is outside the sentence is not seen).
   */
  private static void addWorded(List<Candidate> out, java.util.BitSet covered, int i, Sentence s) {
    String sentence = s.text();
    Pattern p = WORDED.get(i);
    StartSet starts = WORDED_STARTS[i];
    if (p == MULTIPLE.full()) {
      p = MULTIPLE.in(sentence);
      starts = MULTIPLE.starts(p);
    }
    Matcher m = p.matcher(sentence);
    int offset = s.span().start();
    String scope = null;
    StartSet.Search matches = StartSet.search(starts, m, sentence);
    while (matches.next()) {
      int start = offset + m.start();
      int end = offset + m.end();
      if (covered.get(start, end).isEmpty()) {
        scope = scope == null ? scope(sentence) : scope;
        out.add(new Candidate(new Span(start, end), WORDED_KINDS.get(i), null, null, s, "", scope));
        covered.set(start, end);
      }
    }
  }

  /** Claims are read in the body: not in headlines, headings, captions or page furniture. */
  private static boolean inBody(Article article, Sentence s) {
    Block b = article.blocks().get(s.blockIndex());
    if (b.type() == BlockType.TITLE && article.blocks().size() == 1) {
      return true; // a one-line article is all body
    }
    return !b.type().isChrome() && b.type() != BlockType.TITLE && b.type() != BlockType.HEADING
        && b.type() != BlockType.CAPTION;
  }

  /**
   * Percentages, aggregate money, large counts written as figures and estimated counts; not years, times,
   * scores, small exact counts, prices, identifiers or bare unformatted numbers ("5027", phone numbers).
   */
  static boolean isClaim(Quantity q, String text, Sentence s) {
    String raw = text.substring(q.span().start(), q.span().end());
    String before = text.substring(Math.max(s.span().start(), q.span().start() - 24), q.span().start());
    String after = text.substring(q.span().end(), Math.min(s.span().end(), q.span().end() + 24));
    String wider = text.substring(Math.max(s.span().start(), q.span().start() - CHANCE_WINDOW), q.span().start());
    if (StartSet.found(STRICT_IDENTIFIER, before) || StartSet.found(IDENTIFIER_AFTER, after)
        || StartSet.found(NOT_A_STATISTIC_AFTER, after)) {
      return false;
    }
    switch (q.kind()) {
      case PERCENT:
        return !StartSet.found(CHANCE_BEFORE, wider) && !StartSet.found(CHANCE_AFTER, after);
      case MONEY:
        // below a million only as a change, an average or an estimate (find); below a thousand only as an average
        return q.value() >= SMALL_MONEY || averageBefore(q, text, s);
      case COUNT:
        if (!StartSet.found(HAS_DIGIT, raw)) {
          return false; // "thousands", "millions of people": vague, not a figure
        }
        boolean duration = q.value() < 150 && StartSet.found(AGE_AFTER, after);
        if (duration && !StartSet.found(YEARS_AFTER, after) && (averageBefore(q, text, s) || lost(q, text, s))) {
          return true; // "en moyenne 48 heures par semaine", "will lose up to 45 days of snow"; not an age
        }
        if (StartSet.found(PHONE, raw) || StartSet.found(AREA_CODE_BEFORE, before)
            || HOUSE_NUMBER.matcher(raw).matches() && StartSet.found(ADDRESS_BEFORE, text.substring(
                Math.max(s.span().start(), q.span().start() - 60), q.span().start()))
            || duration) {
          return false; // phone numbers; ages and durations ("plus de 55 ans", "over 30 years")
        }
        if (averageBefore(q, text, s)) {
          return true; // "averaged 41 minutes", "im Schnitt 125 Liter pro Tag": an average is a statistic
        }
        if (StartSet.found(MEASURE_AFTER, after) && StartSet.found(HAS_DIGIT, raw) && (lost(q, text, s)
            || StartSet.found(MEASURED_CHANGE_BEFORE, before))) {
          return true; // a length lost or gained is a change: "the glacier retreated 54 metres", "risen by 21 cm"
        }
        if ((!q.isHedged() || q.value() < SMALL_MONEY) && StartSet.found(MEASURE_AFTER, after)
            || !q.isHedged() && StartSet.found(SEATS_AFTER, after)) {
          return false; // a size, a height, "up to 20cm of snow"; "nearly 2,000 km of coastline" may be a claim
        }
        // unformatted: a count of ten thousand or more before its noun, or of a thousand or more before a plural one
        // ("3200 contas novas", "2100 jogadores", as Portuguese and Spanish often write them)
        if (!StartSet.found(FORMATTED, raw) && !q.isHedged() && !(q.value() >= 10_000 && NOUN_AFTER.matcher(after)
            .lookingAt()) && !(q.value() >= 1_000 && PLURAL_NOUN_AFTER.matcher(after).lookingAt())) {
          return false; // "5027", "1500": table cells, codes and phone numbers, not claims
        }
        return q.value() >= LARGE_COUNT || (q.isHedged() && q.value() >= HEDGED_COUNT);
      default:
        return false;
    }
  }

  /**
   * Whether money below a million is a total rather than a price: losses, revenue, savings or a cost to someone
   * ("Operating losses reached £480,000", "would save £740,000 over five years"), not "sells for £4.80 a pint".
   */
  private static boolean total(Quantity q, String text, Sentence s) {
    String before = text.substring(Math.max(s.span().start(), q.span().start() - TOTAL_WINDOW), q.span().start());
    String after = text.substring(q.span().end(), Math.min(s.span().end(), q.span().end() + 16));
    return q.value() >= SMALL_MONEY && StartSet.found(TOTAL_BEFORE, before) && !PER_UNIT.matcher(after).lookingAt();
  }

  private static final int TOTAL_WINDOW = 48;
  private static final Pattern TOTAL_BEFORE = Regexes.compile("(?iu)(?<![\\p{L}])(?:losses|loss|revenues?|"
      + "profits?|turnover|takings|sales|spending|savings|income|budget|funding|debts?|deficit|surplus|donations|"
      + "fines|damages?|bills?|raised|totall?ed|amounted\\s+to|saved?|saving|earned|generated|brought\\s+in|"
      + "invested|investiu|invirtió|investi|investiert|investierte|gastó|gastou|gastaram|dépensé|ausgegeben|"
      + "cifr[aó]n?\\s+en|cifra\\s+em|chiffr\\p{L}*\\s+à|beziffer\\p{L}*\\s+(?:\\p{L}+\\s+)?auf|"
      + "paid\\s+out|spent|lost|cost\\s+(?:the|its|their|taxpayers|councils?|the\\s+\\p{L}+)|"
      + "pérdidas|ingresos|beneficios|facturación|gastos?|ahorro|ahorrar[áa]?|deuda|presupuesto|recaudó|recaudación|"
      + "pertes|recettes|bénéfices?|dépenses|économies|économiser|dette|rapporté|"
      + "Verlust[e]?|Umsatz|Einnahmen|Gewinn|Kosten|Ausgaben|Schulden|Haushalt|eingenommen|eingespart|"
      + "perdas|receitas?|faturamento|lucros?|despesas|dívidas?|orçamento|arrecadou|economizar|economia)"
      + "(?![\\p{L}])");
  private static final Pattern PER_UNIT = Regexes.compile("(?iu)\\s*(?:a|an|per|each|the|la|le|el|por|pro|je|"
      + "par|cada)\\s+(?:pint|head|night|month|week|day|hour|ticket|unit|item|bottle|year|visit|person|tonne|ton|"
      + "ounce|barrel|share|kilo|kg|pound|litre|liter|gallon|square|sq|metre|meter|tonelada|onza|barril|acción|"
      + "once|baril|action|Tonne|Unze|Barrel|Aktie|tonelada|onça|barril|ação|"
      + "bouteille|nuit|mois|jour|noche|mes|día|Nacht|Monat|Tag|Stunde|Flasche|noite|mês|dia|hora)(?![\\p{L}])");

  /** Whether an averaging word stands just before the figure, in its sentence ("an average of £95", "en moyenne"). */
  private static boolean averageBefore(Quantity q, String text, Sentence s) {
    return StartSet.found(AVERAGE, text.substring(Math.max(s.span().start(), q.span().start() - AVERAGE_WINDOW),
        q.span().start()));
  }

  private static String kind(Quantity q, String text, Sentence s) {
    String before = text.substring(Math.max(s.span().start(), q.span().start() - 40), q.span().start());
    String after = text.substring(q.span().end(), Math.min(s.span().end(), q.span().end() + 20));
    if (StartSet.found(CHANGE_BEFORE, before) || StartSet.found(CHANGE_AFTER, after)) {
      return "change";
    }
    return q.kind().name().toLowerCase(Locale.ROOT);
  }

  /** The word after the figure, the counted thing ("4,200 jobs", "40% of voters" gives "voters"). */
  private static String noun(Quantity q, String text, Sentence s) {
    String after = text.substring(q.span().end(), Math.min(s.span().end(), q.span().end() + 40));
    Matcher m = NOUN.matcher(after);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  static String scope(String sentence) {
    if (mentions(GLOBAL, GLOBAL_STARTS, sentence)) {
      return "global";
    }
    if (mentions(NATIONAL, NATIONAL_STARTS, sentence) || mentions(COUNTRY, COUNTRY_STARTS, sentence)) {
      return "national";
    }
    return "local";
  }

  private static final StartSet GLOBAL_STARTS = StartSet.of(GLOBAL);
  private static final StartSet NATIONAL_STARTS = StartSet.of(NATIONAL);
  private static final StartSet COUNTRY_STARTS = StartSet.of(COUNTRY);

  /** Whether the pattern matches somewhere in the sentence, tried only where its start set allows. */
  private static boolean mentions(Pattern p, StartSet starts, String sentence) {
    return StartSet.search(starts, p.matcher(sentence), sentence).next();
  }

  /** A sentence that is a table row or a list of prices: many numbers, few words. */
  private static boolean tableLike(Sentence s, Analysis analysis) {
    int numbers = 0;
    int words = 0;
    for (Token t : analysis.tokens(s)) {
      if (t.kind() == Token.Kind.NUMBER) {
        numbers++;
      } else if (t.kind() == Token.Kind.WORD) {
        words++;
      }
    }
    return numbers >= 4 && words < numbers * 2;
  }
}
