package org.copydesk.rules.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.analysis.Sentence;
import org.copydesk.article.Article;
import org.copydesk.article.BlockType;
import org.copydesk.article.Link;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.Regexes;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.rules.support.NarrowedPattern;

/**
 * Judges whether a claim is attributed and to whom, in English, Spanish, French, German and Portuguese: an
 * attribution phrase ("according to X", "según X", "selon X", "laut X", "segundo X", "(Source: X)"), a speech or
 * reporting verb with its subject ("the ministry said", "a indiqué l'Insee", "teilte ... mit"), a study or
 * survey that found it, a credit in brackets or after a dash ("(ONS)", "— Teacher Tapp"), a named body leading
 * with a colon or counting ("ONS: …", "Eurostat counts", "el INE registró"), a link on or near it, a footnote or citation marker, a quotation, or a source named in
 * the sentence before that this one continues ("It also found ...") or in the sentence after that points back
 * ("The figures come from ..."). Stateless and thread-safe.
 */
final class Attribution {
  /** What the claim is attributed to, and the evidence kind ("phrase", "speech", "link", …). */
  record Source(String who, String how) {}

  private static final String STOP = "(?:[,;:.!?()\\[\\]\"“”«»]|\\s(?:that|which|who|and|but|shows?|showed|"
      + "found|finds|said|says|estimated|estimates|que|qui|dass|das|e|y|et|und|el|la|los|las|le|les|die|der|den|"
      + "ist|sind|war|hat|stieg|sank|o|os|as|um|uma|em|no|na|en|ont|a|est)\\s|$)";
  /** Attribution phrases followed by the source ("according to the World Bank"). */
  private static final Pattern PHRASE = Regexes.compile("(?iu)\\b(?:according\\s+to|as\\s+reported\\s+by|"
      + "as\\s+estimated\\s+by|citing|cited\\s+by|per(?=\\s+(?:the\\s|(?-i:\\p{Lu})))|data\\s+(?:from|by)|"
      + "figures\\s+(?:from|by)|statistics\\s+(?:from|by)|estimates\\s+(?:from|by)|"
      + "(?:data|figures|statistics|numbers|estimates)\\s+(?:published|released|compiled|provided|gathered)\\s+by|"
      + "(?:a|an|the|new|recent|latest)\\s+(?:\\w+\\s+)?(?:report|study|survey|poll|analysis|census|review|"
      + "audit|paper|assessment)\\s+(?:by|from|of|published\\s+by|released\\s+by|commissioned\\s+by|"
      + "conducted\\s+by)|"
      + "based\\s+on\\s+(?:data|figures|estimates|numbers|statistics)|drawing\\s+on|"
      + "(?:comes?|came|coming)\\s+from|on\\s+(?:the\\s+)?(?:\\p{L}+['’]s\\s+)?(?:own\\s+)?(?:figures|data|estimates|"
      + "numbers|count|calculations?)\\s+(?:of|from|by)?|by\\s+(?:its|their|the\\s+\\p{L}+['’]s|\\p{Lu}\\p{L}+['’]s)\\s+"
      + "(?:own\\s+)?(?:count|estimate|reckoning|calculations?|figures)|"
      + "in\\s+(?:the|its|their)\\s+(?:estimate|estimation|calculation|reckoning|view|assessment)\\s+of|"
      // Spanish
      + "según|de\\s+acuerdo\\s+(?:con|a)|se\\s+desprende\\s+de|(?:proviene|provienen|procede|proceden)\\s+de|con\\s+base\\s+en|a\\s+partir\\s+de\\s+datos\\s+de|conforme\\s+a|con\\s+datos\\s+de|datos\\s+(?:de|del)|cifras\\s+(?:de|del)|"
      + "(?:un|una|el|la)\\s+(?:informe|estudio|encuesta|análisis|censo|sondeo|reporte)\\s+(?:de|del|elaborado\\s+por|"
      + "publicado\\s+por|realizado\\s+por)|citado\\s+por|informó|"
      // French
      + "selon|d'après|d’après|ressort\\s+d|(?:provient|proviennent|vient|viennent)\\s+d|sur\\s+la\\s+base\\s+(?:de|des|du)|de\\s+source|(?:un|une|le|la|l'|l’)\\s*(?:rapport|étude|enquête|sondage|analyse|"
      + "recensement)\\s+(?:de|du|des|d'|d’|publiée?\\s+par|réalisée?\\s+par)|données\\s+(?:de|du|des)|"
      + "chiffres\\s+(?:de|du|des)|"
      // German
      + "laut|wie\\s+aus\\s+(?:dem|der|den)|nach\\s+eigenen\\s+Angaben|(?:stammt|stammen)\\s+(?:von|vom|aus)|auf\\s+(?:Basis|Grundlage)\\s+(?:von|der|des)|basierend\\s+auf|nach\\s+Angaben\\s+(?:von|des|der|aus)|nach\\s+(?:Schätzungen|Berechnungen|Daten|Zahlen|Erhebungen|Auswertungen|Analysen|Prognosen|Informationen|"
      + "Erkenntnissen|Recherchen)\\s+(?:von|vom|des|der)|Angaben\\s+(?:von|des|der)|"
      + "(?:eine[rm]?|die|der|den)\\s+(?:Studie|Umfrage|Bericht|Analyse|Erhebung)\\s+(?:von|des|der)|"
      + "Daten\\s+(?:von|des|der)|Zahlen\\s+(?:von|des|der)|"
      // Portuguese
      + "segundo|de\\s+acordo\\s+com|conforme|(?:vem|vêm|provém|provêm)\\s+d|com\\s+base\\s+(?:em|no|na|nos|nas)|dados\\s+(?:do|da|de|dos|das)|números\\s+(?:do|da|de)|"
      + "(?:um|uma|o|a)\\s+(?:relatório|estudo|pesquisa|levantamento|censo|análise)\\s+(?:do|da|de|feito\\s+pelo|"
      + "feita\\s+pela|divulgad[oa]\\s+pel[oa]))"
      + "\\s+(\\p{L}.{0,70}?(?=" + STOP + ")|\\p{L}[^,;:.!?()]{0,50})");
  /** A source after the figure or sentence: "X zufolge", "(Source: X)". */
  private static final Pattern SOURCE_LABEL = Regexes.compile("(?iu)(?:\\(|\\b)(?:source|sources|fuente|fuentes|"
      + "source|sources|quelle|quellen|fonte|fontes|data|datos|données|daten|dados)\\s?:\\s*(\\S.{0,70}?)(?=[).;]|$)");
  private static final Pattern ZUFOLGE = Regexes.compile("(?iu)((?:de[rsnm]|die|das)?\\s*(?-i:\\p{Lu})[\\p{L}-]*"
      + "(?:\\s+\\p{L}[\\p{L}-]*){0,3})\\s+zufolge\\b");
  /**
   * Speech and reporting verbs in the five languages, singular and plural, up to the French inverted incises. Every
   * form starts with a letter, so a word boundary before anything else (the end of a word) is passed over before the
   * lookbehind is tried.
   */
  private static final String SPEECH_START = "(?iu)\\b(?=\\p{L})(?<!\\b(?:an|is|are|was|were|been|be|being|"
      + "it is|se|es)\\s)(?:said|says|say|told|tells|stated|announced|announces|reported|reports|estimated|"
      + "estimates|estimate|noted|notes|added|adds|explained|wrote|writes|claimed|claims|argued|argues|"
      + "warned|warns|confirmed|confirms|disclosed|revealed|reveals|predicted|predicts|projected|projects|"
      + "forecast|forecasts|calculated|calculates|expects|expect|published|publishes|released|releases|unveiled|"
      + "presented|acknowledged|admitted|insisted|testified|tweeted|posted|informed|briefed|reckons|reckoned|"
      + "cited|cites|quoted|pointed\\s+out|highlighted|stressed|emphasi[sz]ed|underlined|mentioned|replied|"
      + "responded|asserted|maintained|concluded|boasted|complained|conceded|observed|sees|believes|thinks|"
      + "calculate|predict|warn|believe|reckon|argue|insist|insists|maintains|acknowledges|admits|concedes|"
      + "anticipates|anticipated|put\\s+(?:\\S+\\s+){1,9}?at|"
      + "puts\\s+(?:\\S+\\s+){1,9}?at|found|(?:court|tribunal|jury|inquiry|hearing)\\s+(?:was\\s+told|heard)|told\\s+reporters|"
      // Spanish: preterite singular and plural, present
      + "dijo|dijeron|dice|dicen|afirmó|afirmaron|afirma|declaró|declararon|señaló|señalaron|señala|informó|"
      + "informaron|informa|indicó|indicaron|indica|explicó|explicaron|explica|aseguró|aseguraron|asegura|"
      + "anunció|anunciaron|reveló|revelaron|estimó|estimaron|estima|estiman|calcula|calculan|calculó|"
      + "calcularon|advirtió|advirtieron|destacó|destacaron|precisó|precisaron|añadió|añadieron|agregó|"
      + "agregaron|sostuvo|sostuvieron|reportó|reportaron|publicó|publicaron|detalló|detallaron|cifró|cifraron|cifran|explican|precisan|subrayan|subraya|recuerda|recuerdan|"
      + "insiste|insisten|reconoce|reconocen|confirma|confirman|comunica|comunican|"
      + "cifra|prevé|prevén|espera|esperan|presentó|presentaron|apuntó|apuntaron|subrayó|recalcó|reconoció|"
      + "reconocieron|admitió|comunicó|comunicaron|confirmó|confirmaron|manifestó|expresó|recoge|recogen|"
      + "apunta|apuntan|señalan|destaca|destacan|advierte|advierten|alerta|alertan|detalla|detallan|precisa|"
      + "añade|agrega|sostiene|sostienen|revela|revelan|informan|indican|aseguran|afirman|"
      + "recogió|(?:ha|han|había|habían)\\s+(?:informado|señalado|dicho|afirmado|declarado|indicado|explicado|"
      + "precisado|asegurado|anunciado|estimado|calculado|revelado|detallado|apuntado|destacado|advertido|cifrado|"
      + "confirmado|comunicado|reconocido|publicado)|"
      // French: passé composé singular and plural, present, inverted incises
      + "(?:a|ont|avait|avaient)\\s+(?:déclaré|dit|indiqué|annoncé|affirmé|précisé|expliqué|souligné|estimé|"
      + "révélé|ajouté|assuré|rapporté|publié|fait\\s+savoir|fait\\s+état|communiqué|rappelé|relevé|chiffré|"
      + "présenté|confirmé|reconnu|admis|calculé|évalué|prévenu|averti|signalé|détaillé|observé|noté|constaté|recensé|comptabilisé|dénombré|avancé)|"
      + "prévoit|prévoient|rappelle|rappellent|indique|indiquent|affirme|affirment|estime|estiment|précise|"
      + "précisent|explique|expliquent|souligne|soulignent|déclare|déclarent|rapporte|rapportent|annonce|"
      + "annoncent|recense|recensent|note|notent|relève|relèvent|constate|constatent|observe|observent|ajoute|"
      + "ajoutent|signale|signalent|détaille|détaillent|comptabilise|comptabilisent|dénombre|dénombrent|chiffre|chiffrent|évalue|évaluent|calcule|calculent|révèle|révèlent|"
      + "s['’]est\\s+félicitée?|se\\s+félicite|selon";
  /**
   * French inverted incises ("dit-il", "a-t-elle", "estime-t-on"). They may begin with any letter, so where they are
   * part of the pattern every word is tried; {@link #SPEECH} leaves them out of a text that cannot hold one.
   */
  private static final String INCISES = "|\\p{L}+-t-(?:il|elle|on)|\\p{L}+-(?:il|elle|ils|elles)";
  /** The speech verbs after the incises. */
  private static final String SPEECH_END = "|"
      // German: present and past, singular and plural
      + "sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|erklären|teilte|teilten|teilt|mitteilte|"
      + "mitteilten|berichtete|berichteten|berichtet|schätzt|schätzen|schätzte|schätzten|betonte|betonten|"
      + "kündigte|hieß\\s+es|heißt\\s+es|bekanntgab|meldete|meldeten|meldet|veröffentlichte|warnte|warnten|"
      // in lower case only: "Klagen" and "Berichten" are nouns too
      + "(?-i:warnt|warnen|betont|betonen|berichtet|berichten|schätzt|schätzen|beklagt|beklagen|klagen)|"
      + "bezifferte|bezifferten|beziffert|räumte|räumt|hervorgeht|hervor|erwarten|erwartet|rechnet|rechnen|"
      + "prognostiziert|prognostizierte|ergab|ergaben|stellte|vorgestellt|veröffentlicht|errechnet|errechnete|"
      + "errechneten|ermittelte|ermittelten|ermittelt|bestätigte|bestätigten|schrieb|schreibt|zitiert|"
      + "(?<!\\bes\\s)(?:gab|gaben|gibt)|(?:hat|haben|hatte|hatten)\\s+(?:\\S+\\s+){0,4}?(?:mitgeteilt|erklärt|"
      + "gesagt|berichtet|bekanntgegeben|angegeben|errechnet|ermittelt|geschätzt|beziffert|gemeldet|veröffentlicht)|"
      // Portuguese: preterite singular and plural, present
      + "disse|disseram|diz|dizem|afirmou|afirmaram|afirma|declarou|declararam|informou|informaram|informa|"
      + "adiantou|adiantaram|avançou|avançaram|"
      + "anunciou|anunciaram|explicou|explicaram|estimou|estimaram|estima|estimam|revelou|revelaram|indicou|"
      + "indicaram|apontou|apontaram|aponta|apontam|destacou|divulgou|divulgaram|relatou|acrescentou|ressaltou|"
      + "garantiu|prevê|preveem|espera|esperam|apresentou|publicou|publicaram|projeta|projetam|projetou|calcula|"
      + "calculam|calculou|salientou|sublinhou|frisou|adiantou|comunicou|confirmou|confirmaram|admitiu|"
      + "reconheceu|detalhou|(?:tem|têm|tinha|tinham)\\s+(?:informado|dito|afirmado|declarado|estimado|calculado|"
      + "apontado|divulgado|revelado|indicado))(?![\\p{L}])";
  /** The speech verbs; searched without the incises in a text with no "-il", "-elle" or "-t-on". */
  private static final NarrowedPattern SPEECH = NarrowedPattern.of(SPEECH_START, INCISES, SPEECH_END,
      "(?iu)-(?:t-(?:il|elle|on)|il|elle)");
  /** A body's own figures, named by a pronoun: "nach eigenen Angaben", "by its own count", "según sus datos". */
  private static final Pattern OWN_FIGURES = Regexes.compile("(?iu)\\b(?:nach\\s+eigenen\\s+(?:Angaben|Berechnungen|"
      + "Zahlen|Schätzungen)|(?:according\\s+to|by|on)\\s+(?:its|their|his|her)\\s+own\\s+(?:figures|count|estimates?|"
      + "data|calculations?|reckoning)|según\\s+sus\\s+(?:propios\\s+|propias\\s+)?(?:datos|cálculos|cifras|"
      + "estimaciones)|selon\\s+(?:ses|leurs)\\s+(?:propres\\s+)?(?:chiffres|calculs|données|estimations)|"
      + "segundo\\s+(?:seus|suas)\\s+(?:próprios\\s+|próprias\\s+)?(?:dados|cálculos|números|estimativas))(?!\\p{L})");
  /** Passive reporting with its agent: "estimated by the agency", "publicados por el INE", "publié par l'Insee". */
  private static final Pattern AGENT = Regexes.compile("(?iu)\\b(?:(?:reported|estimated|published|released|"
      + "compiled|calculated|confirmed|cited|announced|provided|gathered|collected|commissioned|conducted|"
      + "carried\\s+out|surveyed|polled|interviewed|questioned|obtained|seen|analy[sz]ed)\\s+(?:\\S+\\s+){0,3}?by|(?:informad|publicad|estimad|difundid|calculad|confirmad|elaborad|realizad|"
      + "recopilad|facilitad|proporcionad|encuestad|consultad|entrevistad)[oa]s?\\s+(?:\\S+\\s+){0,3}?por|(?:publié|estimé|annoncé|communiqué|calculé|confirmé|"
      + "réalisé|compilé|fourni|commandé|rendu|dévoilé|interrogé|sondé|consulté)e?s?\\s+(?:\\S+\\s+){0,3}?par|(?:divulgad|publicad|estimad|calculad|informad|confirmad|"
      + "apurad|levantad|realizad|elaborad|compilad|fornecid|entrevistad|consultad|ouvid)[oa]s?\\s+(?:\\S+\\s+){0,3}?pel[oa]s?|"
      + "(?:veröffentlicht|ermittelt|erhoben|berechnet|geschätzt|vorgelegt|befragt)\\w*\\s+(?:\\S+\\s+){0,3}?von)\\s+(\\p{L}[^,;:.!?()]{0,50})");
  /** Institutions counting what they administer ("police counted", "la policía contabilizó"). */
  private static final Pattern AUTHORITY_COUNT = Regexes.compile("(?iu)\\b(?:police|ministry|agency|office|"
      + "authorit(?:y|ies)|institute|government|department|officials|organi[sz]ers|polic[ií]a|ministerio|"
      + "instituto|gobierno|autoridades|organizadores|ministère|institut|gouvernement|autorités|organisateurs|"
      + "Polizei|Ministerium|Behörde|Behörden|Amt|Regierung|Veranstalter|polícia|ministério|governo|"
      + "organizadores)\\b[^,.;]{0,40}?\\b(?:counted|recorded|registered|tallied|logged|contabilizó|"
      + "contabilizaron|registró|registraron|contó|contaron|a\\s+recensé|a\\s+comptabilisé|a\\s+enregistré|"
      + "ont\\s+recensé|ont\\s+comptabilisé|zählte|zählten|registrierte|registrierten|verzeichnete|"
      + "contabilizou|registrou|registraram|contou|contaram)\\b");
  /** A proper name: capitalised words, possibly joined by "of", "de", "für" ("Bank of England", "Banco de España"). */
  private static final String NAME = "(?-i:\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+(?:(?:of|for|de|del|des|du|da|do|dos|das|"
      + "für|der|des)\\s+)?\\p{Lu}[\\p{L}\\d&.'’-]*){0,5})";
  /** Month and day names, which follow figures in brackets and dashes without being sources. */
  private static final String NOT_SOURCE = "(?!(?:January|February|March|April|May|June|July|August|September|"
      + "October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|enero|febrero|marzo|"
      + "abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|"
      + "juillet|août|septembre|octobre|novembre|décembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember|janeiro|"
      + "fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|Q[1-4]|H[12]|est|estimate|"
      + "provisional|approx)\\b)";
  /**
   * A source credited at the end of a sentence or inside a bracket: "(ONS)", "(via Reuters)", "[Eurostat]",
   * "— Teacher Tapp".
   */
  private static final Pattern CREDIT = Regexes.compile("(?u)(?:[(\\[]\\s*(?i:via|source:|fuente:|fonte:|quelle:)\\s*"
      + "(" + NAME + ")\\s*[)\\]]|[(\\[]" + NOT_SOURCE + "(" + NAME + ")[)\\]]\\s*[.!?]?\\s*$|\\s[—–]\\s*" + NOT_SOURCE
      + "(" + NAME + ")\\s*[.!?]?\\s*$)");
  /**
   * A body leading a sentence with a colon, as in headlines and briefs ("ONS: unemployment hit 6.1% in May",
   * "Banco Central: inflação deve fechar em 4,5%"): an acronym or a name of several capitalised words, then a
   * clause of at least five words. A single capitalised word ("Population: 4.2 million …") is a label, not a source.
   */
  private static final Pattern COLON_LEAD = Regexes.compile("(?u)^(?!(?:In|On|At|By|For|From|Update|Breaking|Note|"
      + "Analysis|Comment|Opinion|Exclusive|Live|Explainer|Review|Editorial|Correction|Warning|Summary|Total|Key|"
      + "Fact|Facts|Timeline|Background|Última|Mise|Eilmeldung|Hinweis|Kommentar|Atualização|Urgente|Exclusivo|"
      + "Exclusif|Exklusiv)\\b)" + NOT_SOURCE + "((?:[A-Z][A-Z0-9&]+[a-z]?|\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:(?:of|for|de|del|"
      + "des|du|da|do|für|der)\\s+)?\\p{Lu}[\\p{L}&.'’-]*){1,5}))\\s*:\\s+(?:\\S+\\s+){4}");
  /** Heads of German institution names, whose nouns are all capitalised ("das Statistische Bundesamt"). */
  private static final String GERMAN_BODY = "(?:[Dd]ie|[Dd]er|[Dd]as)\\s+(?:\\p{Lu}\\p{L}*\\s+)?\\p{Lu}\\p{L}*(?:amt|institut|"
      + "behörde|ministerium|verband|bank|agentur|polizei|kammer|stelle|gesellschaft|bund|rat|gericht|zentrale|"
      + "ämter|verbände|behörden)";
  /**
   * A named body as the subject of a verb of counting or recording ("Eurostat counts", "the ONS recorded",
   * "el INE registró", "das Statistische Bundesamt verzeichnete"). A common noun doing the same ("Sales
   * recorded a rise") is not a source, so the subject must be an acronym, a name after an article or a German
   * institution; a bare capitalised word opening the sentence counts only before
   * a present-tense verb, which a plural common noun would not take.
   */
  private static final Pattern NAMED_COUNT = Regexes.compile("(?u)(?:\\b(?:[Tt]he|[Ee]l|[Ll]a|[Ll]e|[Ll]['’]|[Oo]|[Aa])"
      + "\\s*" + NAME + "|\\b[A-Z][A-Z0-9]+[a-z]?\\b|" + GERMAN_BODY + ")\\s+"
      + "(?:counted|recorded|registered|tallied|logged|listed|tracked|measured|counts|records|registers|tallies|"
      + "logs|lists|tracks|measures|puts|registró|registraron|registra|registran|contabilizó|contabilizaron|"
      + "contabiliza|contabilizan|contó|contaron|cuenta|a\\s+(?:recensé|comptabilisé|enregistré|dénombré|mesuré)|"
      + "recense|recensent|dénombre|dénombrent|comptabilise|comptabilisent|revendique|revendiquent|projeta|projetam|"
      + "ont\\s+(?:recensé|comptabilisé|enregistré|dénombré)|enregistre|verzeichnete|verzeichneten|verzeichnet|"
      + "registrierte|registrierten|registriert|zählte|zählten|zählt|erfasste|erfassten|erfasst|registrou|"
      + "registraram|registra|registram|contabilizou|contabilizaram|contabiliza|contou|contaram)(?!\\p{L})|"
      + "^\\p{Lu}\\p{L}+\\s+(?:counts|registers|tallies|puts)(?=\\s+(?:\\d|the|a|an|some|about|around|nearly|almost|"
      + "more|over|up|just|its|their)\\b)");
  /** Studies and data that show a figure: a source even without a named author ("the survey found"). */
  private static final Pattern STUDY = Regexes.compile("(?iu)\\b(?:study|studies|survey|surveys|report|"
      + "poll|census|analysis|research|data|figures|statistics|estudio|encuesta|informe|datos|cifras|censo|"
      + "sondeo|étude|enquête|rapport|données|chiffres|recensement|sondage|Studie|Umfrage|Bericht|Daten|Zahlen|"
      + "Statistik|Erhebung|estudo|pesquisa|relatório|dados|números|levantamento|records|filings|accounts|"
      + "results|estimates|projections|tally|database|bulletin|audit|review|assessment|barometer|index|"
      + "registros|resultados|estimaciones|balance|memoria|résultats|estimations|bilan|bulletin|Ergebnisse|"
      + "Schätzungen|Bilanz|Auswertung|resultados|estimativas|balanço|boletim|dashboard|tracker|application|"
      + "return|returns|filing|statement|statements|estadísticas|statistiques|Statistiken|estatísticas)\\b"
      // "data centres" are buildings, "an estimated 4%" a hedge
      + "(?!\\s+(?:centres?|centers?|protection|privacy|breach(?:es)?))[^.]{0,80}?"
      + "\\b(?<!\\ban\\s)(?:found|(?-i:states|stated|notes|noted)|"
      + "finds|shows|showed|show|suggests|suggested|indicates|indicated|reveals|revealed|concluded|estimated|"
      + "estimates|puts|put|encontró|muestra|mostró|revela|reveló|indica|indicó|estima|montre|révèle|indique|"
      + "estime|a\\s+montré|zeigt|zeigte|ergab|ergibt|belegt|mostra|mostrou|revela|revelou|aponta|apontou|"
      + "indica|estima|gives|gave|lists|listed|documents|documented|identified|identifies|recoge|recogen|"
      + "refleja|reflejan|recense|fait\\s+état|ausweist|weist|verzeichnet|registra|registram|mostram|"
      + "revelam|apontam)\\b|"
      // the verb first: "zeigt die jüngste IQB-Studie", "revelam as estatísticas do INE", "indicam os resultados"
      + "\\b(?:zeigt|zeigen|belegt|belegen|ergab|revela|revelam|indica|indicam|mostra|mostram|aponta|apontam|"
      + "montre|montrent|révèle|révèlent|indique|indiquent|muestra|muestran|revela|revelan|indican|recoge|recogen)"
      + "\\s+(?:\\p{L}+\\s+){0,3}?(?:Studie|Umfrage|Daten|Zahlen|Statistik|Erhebung|Bericht|estatísticas|resultados|"
      + "dados|números|estudo|pesquisa|relatório|levantamento|statistiques|résultats|données|chiffres|étude|enquête|"
      + "rapport|estadísticas|datos|cifras|estudio|encuesta|informe|[\\p{L}-]*[Ss]tudie)\\b");
  /** Impersonal reporting, which names nobody: not a source. */
  private static final Pattern IMPERSONAL = Regexes.compile("(?iu)\\b(?:it\\s+is\\s+(?:estimated|believed|"
      + "said|thought|reported)|(?:is|are|was|were)\\s+(?:widely\\s+|generally\\s+|commonly\\s+)?(?:estimated|"
      + "believed|thought|said|reported)\\s+to|"
      + "reportedly|allegedly|some\\s+say|experts\\s+say|se\\s+estima|se\\s+calcula|se\\s+cree|se\\s+dice|"
      + "on\\s+estime|on\\s+dit|on\\s+compte|on\\s+évalue|on\\s+calcule|on\\s+considère|man\\s+schätzt|"
      + "schätzungsweise|angeblich|"
      + "(?:heißt|hieß)\\s+es(?=\\s*[.!]?\\s*$)|(?:heißt|hieß)\\s+es\\s+(?:in|aus)\\s+(?:(?:der|den)\\s+)?"
      + "(?:Branche|\\p{L}*(?:kreisen|szene|branche|industrie|gewerbe|milieu|umfeld))|"
      + "(?:in|aus)\\s+(?:der\\s+|den\\s+)?\\p{L}*(?:kreisen|szene|branche)\\s+(?:heißt|hieß)\\s+es|"
      + "según\\s+(?:comentan|dicen|cuentan)|segundo\\s+(?:dizem|contam)|"
      + "(?:comentan|dicen|cuentan|aseguran|afirman|señalan|explican|calculan|estiman|admiten|reconocen|"
      + "estime-t-on|assure-t-on|dit-on|dizem|afirmam|calculam|estimam|admite-se|reconhece-se|estima-se|"
      + "calcula-se|fala-se|diz-se)\\s+(?:en|desde|dans|no|na)\\s+(?:el|la|le|o|a)?\\s*"
      + "(?:sector|gremio|industria|mercado|secteur|milieu|métier|profession|setor|ramo|mercado|indústria)|"
      + "selon\\s+ce\\s+qu['’]on\\s+dit|nach\\s+Schätzungen(?!"
      + "\\s+(?:von|des|der))|estima-se|calcula-se|diz-se)\\b");
  /** A survey or study named by its maker: "un sondage Ifop", "a YouGov poll", "pesquisa Datafolha". */
  private static final Pattern NAMED_STUDY = Regexes.compile("(?u)\\b(?:[Ss]ondage|[Ee]nquête|[Éé]tude|[Ss]urvey|[Pp]oll|"
      + "[Ee]ncuesta|[Ss]ondeo|[Ee]studio|[Pp]esquisa|[Ll]evantamento|[Ee]studo|Umfrage|Studie)\\s+(?:de\\s+|del\\s+|des\\s+)?"
      + "(?:\\p{Lu}[\\p{L}-]*|[A-Z]{2,})|\\b\\p{Lu}[\\p{L}]*[A-Z][\\p{L}]*\\s+(?:poll|survey|study)\\b|"
      + "\\b(?:YouGov|Ipsos|Gallup|Ifop|Datafolha|Forsa|Infratest|Pew|Nielsen|Kantar|Elabe|CIS|Ibope)\\b");
  /** Citation markers: "[3]", "[^3]", superscript numbers, "(Smith, 2020)". */
  private static final Pattern CITATION = Regexes.compile("\\[\\^?\\w{1,4}\\]|[\\p{L}\\d%)]\\*(?![*\\s\\p{L}])|[\\p{L}\\d.,%)][¹²³⁴⁵⁶⁷⁸⁹⁰]+|"
      + "\\(\\p{Lu}[\\p{L}-]+(?:\\s+et\\s+al\\.?|\\s+(?:and|&|y|et|und|e)\\s+\\p{Lu}[\\p{L}-]+)?,?\\s+(?:19|20)\\d{2}\\)");
  /** Text before a verb that inverts it: ", said the ministry", "», a indiqué l'Insee". */
  private static final Pattern INVERTED = Regexes.compile("[,”\"»:]\\s*$");
  /** German tag after the statement: ", so Finanzvorstand Markus Lehner". */
  private static final Pattern SO_TAG = Regexes.compile("(?u),\\s+so\\s+((?:der|die|das|des)?\\s*\\p{Lu}[\\p{L}-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}-]*){0,4})");
  /** A sentence that says it reports the source just named ("Demnach", "Dem Bericht zufolge"). */
  private static final Pattern ANAPHOR = Regexes.compile("(?iu)^(?:demnach|dem\\s+\\p{L}+\\s+zufolge|darin|"
      + "on\\s+y\\s+(?:apprend|lit|découvre)|en\\s+(?:él|ella|ellos|ellas)|nele|nela|neles|nelas|"
      + "de\\s+(?:él|ella|ellos|ellas)\\s+se\\s+desprende|"
      + "según\\s+(?:el|la)\\s+(?:mism[oa]|informe|estudio|encuesta)|selon\\s+(?:le|la|l['’])\\s*(?:même|rapport|étude|"
      + "enquête)|segundo\\s+(?:o|a)\\s+(?:mesm[oa]|relatório|estudo|pesquisa))\\b");
  /** An expectation the subject itself had ("the 400,000 it had forecast"): not a source for the figure. */
  private static final Pattern SELF_FORECAST = Regexes.compile("(?iu)\\b(?:it|they|we|he|she)\\s+(?:had|has|have)\\s+$");
  /** People named by their trade, who as a crowd name nobody: "Pharmacists say", "los técnicos del sector". */
  private static final String CROWD_NOUNS = "pharmacists|doctors|physicians|nurses|teachers|farmers|fishermen|"
      + "growers|vintners|researchers|engineers|traders|dealers|brokers|professionals|técnicos|médicos|"
      + "farmacéuticos|agricultores|pescadores|investigadores|científicos|scientifiques|chercheurs|médecins|"
      + "pharmaciens|agriculteurs|pêcheurs|professionnels|Wissenschaftler|Forscher|Ärzte|Apotheker|Landwirte|"
      + "Fischer|Händler|cientistas|pesquisadores|farmacêuticos|profissionais|groups";
  /** Sources that name nobody: "analysts", "some experts", "certains observateurs", "Experten". */
  private static final Pattern VAGUE = Regexes.compile("(?iu)(?:(?:the|los|las|les|des|die|os|as)\\s+)?(?:(?:some|many|most|several|certain|other|"
      + "algunos|algunas|muchos|varios|ciertos|certains|certaines|plusieurs|nombreux|de\\s+nombreux|einige|"
      + "viele|manche|mehrere|alguns|algumas|muitos|vários)\\s+)?(?:analysts|experts|observers|critics|lawyers|"
      + "campaigners|activists|residents|professionals|abogados|activistas|vecinos|profesionales|avocats|militants|"
      + "riverains|élus|professionnels|profissionais|Anwälte|"
      + "Aktivisten|Anwohner|advogados|ativistas|moradores|" + CROWD_NOUNS + "|"
      + "commentators|insiders|economists|scientists|sources|people|many|some|others|analistas|expertos|"
      + "especialistas|observadores|críticos|fuentes|economistas|observateurs|experts|spécialistes|analystes|"
      + "économistes|sources|certains|Experten|Analysten|Beobachter|Kritiker|Fachleute|Ökonomen|Quellen|"
      + "especialistas|fontes|gente|pessoas|personas|gens|Leute|(?:a|one|une|una|uma|eine)\\s+(?:source|fuente|"
      + "fonte|Quelle))");
  /** Nouns that name a source document or dataset. */
  private static final Pattern SOURCE_NOUN = Regexes.compile("(?iu)\\b(?:report|study|survey|poll|census|analysis|"
      + "research|data|figures|statistics|document|paper|review|audit|assessment|index|forecast|projections|"
      + "filing|accounts|results|tally|ranking|estimates|statement|bulletin|informe|estudio|encuesta|datos|"
      + "cifras|censo|sondeo|documento|balance|rapport|étude|enquête|données|chiffres|recensement|sondage|bilan|"
      + "document|Bericht|Studie|Umfrage|Daten|Zahlen|Statistik|Erhebung|Analyse|Auswertung|Prognose|"
      + "relatório|estudo|pesquisa|dados|números|levantamento|boletim|balanço)\\b");
  /** Openings that continue the previous sentence's source. */
  private static final Pattern CONTINUES = Regexes.compile("(?iu)^(?:it|they|he|she|its|their|his|her|in\\s+it|"
      + "(?:the|that|this|these|those|its|their)\\s+(?:\\p{L}+\\s+){0,2}?(?:report|study|survey|data|figures|"
      + "analysis|paper|authors|researchers|document|forecast|projections?|filing|accounts|results|tally|audit|"
      + "census|poll|ranking|estimates?|review|index|statistics|numbers|statement)|"
      + "the\\s+(?:report|study|survey|data|figures|analysis|paper|authors|researchers|ministry|agency|company|"
      + "bank|office|statement|poll|index|census|document|institute|organisation|organization|group|government|"
      + "department|commission|fund|firm|same\\s+\\w+)|that\\s+(?:report|study|survey)|also|in\\s+addition|"
      + "additionally|moreover|furthermore|el\\s+(?:informe|estudio|documento|ministerio|organismo|instituto)|"
      + "la\\s+(?:encuesta|entidad|empresa|agencia|organización)|los\\s+datos|las\\s+cifras|además|también|"
      + "asimismo|según\\s+(?:el|la|los|las)\\s+mism[oa]s?|ell[oa]s?|"
      + "il|elle|ils|elles|le\\s+(?:rapport|document|ministère|groupe|gouvernement)|l['’](?:étude|enquête|"
      + "institut|agence|organisation)|les\\s+(?:données|chiffres|auteurs)|en\\s+outre|de\\s+plus|par\\s+ailleurs|"
      + "er|sie|es|der\\s+(?:Bericht|Studie|Konzern|Verband)|die\\s+(?:Studie|Umfrage|Daten|Zahlen|Behörde|"
      + "Regierung|Autoren|Forscher)|das\\s+(?:Institut|Amt|Ministerium|Unternehmen)|außerdem|zudem|ferner|"
      + "demnach|dem\\s+Bericht|"
      + "ele|ela|eles|elas|o\\s+(?:relatório|estudo|documento|ministério|instituto|órgão)|a\\s+(?:pesquisa|"
      + "entidade|empresa|agência)|os\\s+dados|os\\s+números|além\\s+disso|ainda\\s+segundo|também)\\b");
  /** Openings that point back at the previous sentence's figures ("The figures come from ..."). */
  private static final Pattern POINTS_BACK = Regexes.compile("(?iu)^(?:that|this|these|those|the\\s+(?:figures?|"
      + "numbers?|data|estimates?)|eso|esto|estos|estas|esos|esas|las\\s+cifras|los\\s+datos|ce|cela|ces|"
      + "ces\\s+chiffres|les\\s+chiffres|das|dies|diese|die\\s+Zahlen|isso|isto|esses|essas|os\\s+números|"
      + "os\\s+dados)\\b");
  private static final Pattern QUOTE_OPEN = Regexes.compile("[“«„]");
  private static final Pattern QUOTE_CLOSE = Regexes.compile("[”»]");

  /** The patterns {@link #inSentence} tries, in the order of their indexes below. */
  private static final List<Pattern> TRIED = List.of(PHRASE, SOURCE_LABEL, CREDIT, COLON_LEAD, NAMED_COUNT,
      OWN_FIGURES, ZUFOLGE, AGENT, NAMED_STUDY, AUTHORITY_COUNT, SO_TAG, ANAPHOR, CITATION, IMPERSONAL, STUDY,
      SPEECH.full());
  /** What each of {@link #TRIED} cannot match without: one pass over a sentence rules most of them out. */
  private static final org.copydesk.rules.support.LiteralPrefilter TRIED_FILTER =
      org.copydesk.rules.support.LiteralPrefilter.forRegexes(TRIED.stream().map(Regexes::source).toList());
  /** The characters each of {@link #TRIED} can start with (null where not known): the others are skipped. */
  private static final StartSet[] TRIED_STARTS = TRIED.stream().map(StartSet::of).toArray(StartSet[]::new);

  private Attribution() {}

  /** The source of a claim, or {@code null} when none is in sight. */
  static Source find(Article article, List<Sentence> sentences, Sentence sentence, Span claim, Memo memo) {
    // Real sentences are short; a runaway one (a table flattened into one line) is read near the claim only,
    // so the work per claim stays bounded.
    int w = sentence.span().length() > 4 * WINDOW ? WINDOW / 4 : WINDOW;
    Sentence s = window(article, sentence, Math.max(sentence.span().start(), claim.start() - w),
        Math.min(sentence.span().end(), claim.end() + w));
    Source own = inSentence(article, s, claim, memo);
    if (own != null) {
      return own;
    }
    if (article.blocks().get(s.blockIndex()).type() == BlockType.QUOTE) {
      return new Source("a quotation", "quote");
    }
    Sentence prev = previous(article, sentences, sentence);
    if (prev != null) {
      prev = window(article, prev, Math.max(prev.span().start(), prev.span().end() - 2 * WINDOW), prev.span().end());
    }
    if (prev != null && StartSet.found(CONTINUES, sentence.text())) {
      Source p = inSentence(article, prev, null, memo);
      if (p != null && !p.how().equals("quote")) {
        return new Source(p.who(), "previous sentence");
      }
      Matcher noun = SOURCE_NOUN.matcher(prev.text());
      if (noun.find()) {
        return new Source(clean(prev.text()), "previous sentence");
      }
    }
    Sentence next = sentence.index() + 1 < sentences.size() ? sentences.get(sentence.index() + 1) : null;
    if (next != null) {
      next = window(article, next, next.span().start(), Math.min(next.span().end(), next.span().start() + 2 * WINDOW));
    }
    if (next != null && next.blockIndex() == s.blockIndex()) {
      Matcher label = SOURCE_LABEL.matcher(next.text());
      if (label.find() && label.start() < 2) {
        return new Source(clean(label.group(1)), "source label");
      }
      if (StartSet.found(POINTS_BACK, next.text())) {
        Source n = inSentence(article, next, null, memo);
        if (n != null && !n.how().equals("quote")) {
          return new Source(n.who(), "next sentence");
        }
      }
    }
    return null;
  }

  /** How far around a claim a sentence is read, in characters. */
  private static final int WINDOW = 600;

  /** The part {@code [from, to)} of a sentence, as a sentence. */
  private static Sentence window(Article article, Sentence s, int from, int to) {
    if (from == s.span().start() && to == s.span().end()) {
      return s;
    }
    return new Sentence(s.index(), s.blockIndex(), new Span(from, to), article.text().substring(from, to));
  }

  /** The sentence before, in the same block or ending the block before. */
  private static Sentence previous(Article article, List<Sentence> sentences, Sentence s) {
    if (s.index() == 0) {
      return null;
    }
    Sentence p = sentences.get(s.index() - 1);
    BlockType t = article.blocks().get(p.blockIndex()).type();
    return t == BlockType.TITLE || t == BlockType.HEADING || t.isChrome() ? null : p;
  }

  /** A source named in one sentence; {@code claim} (or null) tells whether the claim is inside a quotation. */
  static Source inSentence(Article article, Sentence s, Span claim, Memo memo) {
    String t = s.text();
    int base = s.span().start();
    // Where the claim is in the sentence text (its offsets match the article text's).
    int at = claim == null ? -1 : Math.max(0, Math.min(t.length(), claim.start() - base));
    int[] clause = claim == null ? new int[] {0, t.length()} : clause(t, at);
    Scanned may = memo.of(t); // a pattern its prefilter leaves out cannot match: it finds nothing
    Replay m = may.tried(0);
    while (m.find()) {
      if (vague(m.group(1)) || StartSet.found(IMPERSONAL, m.group()) || StartSet.found(SECTOR_DATA_IN, m.group())
          || STUDY_OF_TOPIC.matcher(m.group()).matches()) { // "A study of restoration workshops": its topic
        continue; // "según comentan en el sector": nobody
      }
      int[] seg = segment(t, m.start());
      boolean ownSegment = at < 0 || at >= seg[0] && at < seg[1];
      // "..., ein Plus von neun Prozent", "..., up 18%": a change in apposition belongs to the figure before it
      boolean otherFigure = !ownSegment && StartSet.found(FIGURE_IN_SEGMENT, t.substring(seg[0], seg[1]))
          && !CHANGE_APPOSITION.matcher(t.substring(segment(t, at)[0], at)).matches();
      boolean inClause = m.start() >= clause[0] && m.start() < clause[1];
      // a leading source ("Según la Guardia Civil, ...") covers the sentence, but not a later clause in the
      // conditional, the mood of hearsay ("..., y los accidentes habrían aumentado un 15%")
      boolean hearsay = !inClause && at >= 0 && clause[0] > 0 && (StartSet.found(CONDITIONAL, t.substring(clause[0],
          clause[1])) || vagueGovernor(t, clause[0], at));
      if (!otherFigure && (inClause || m.start() == 0 && !hearsay || at < 0)) {
        return new Source(clean(m.group()), "phrase");
      }
      // "Postal votes made up 21% ..., and turnout fell by nearly five points, according to an analysis": a source
      // ending the sentence after a later clause with a figure of its own covers the clauses before it too
      if (at >= 0 && m.start() >= clause[1] && PUNCTUATION_ONLY.matcher(t.substring(m.end()).strip()).matches()
          && (StartSet.found(CLAIM_FIGURE, t.substring(clause[1], m.start()))
              || StartSet.found(FIGURES_POINTER, t.substring(clause[1], m.start())))
          && !vagueGovernor(t, clause[1], m.start())) {
        return new Source(clean(m.group()), "phrase");
      }
    }
    Replay label = may.tried(1);
    if (label.find()) {
      return new Source(clean(label.group(1)), "source label");
    }
    Replay credit = may.tried(2);
    if (credit.find()) {
      String who = credit.group(1) != null ? credit.group(1) : credit.group(2) != null ? credit.group(2)
          : credit.group(3);
      return new Source(clean(who), "source label");
    }
    Replay lead = may.tried(3);
    if (lead.find()) {
      return new Source(clean(lead.group(1)), "source label");
    }
    Replay nc = may.tried(4);
    while (nc.find()) {
      if (applies(t, nc.start(), nc.end(), clause, at)) {
        return new Source(clean(nc.group()), "speech");
      }
    }
    Replay own = may.tried(5);
    if (own.find() && (at < 0 || own.start() >= clause[0] && own.start() < clause[1])) {
      return new Source(clean(own.group()), "phrase");
    }
    Replay z = may.tried(6);
    if (z.find() && !vague(lastWord(z.group(1))) && !vague(z.group(1)) // "Branchenkennern zufolge": a crowd
        && !bareHearsay(z.group(1))) { // "Schätzungen zufolge": nobody's
      return new Source(clean(z.group()), "phrase");
    }
    Replay agent = may.tried(7);
    if (agent.find() && !vague(agent.group(1)) && !StartSet.found(CONSULTED_BY_US, agent.group())) {
      return new Source(clean(agent.group()), "phrase");
    }
    Replay named = may.tried(8);
    if (named.find()) {
      return new Source(clean(named.group()), "study");
    }
    Replay count = may.tried(9);
    if (count.find()) {
      return new Source(clean(count.group()), "speech");
    }
    Replay so = may.tried(10);
    if (so.find()) {
      return new Source(clean(so.group(1)), "phrase");
    }
    Replay anaphor = may.tried(11);
    if (anaphor.find()) {
      return new Source(clean(anaphor.group()), "phrase");
    }
    for (Link l : article.links()) {
      if (s.span().overlaps(l.span()) && linkSources(t, Math.max(0, l.span().start() - base),
          l.span().end() - base, at)) {
        return new Source(clean(article.text(l.span())) + " (" + l.href() + ")", "link");
      }
    }
    Replay c = may.tried(12);
    if (c.find()) {
      return new Source("citation " + c.group().replaceAll("^[\\p{L}.,%)]", ""), "citation");
    }
    if (!may.tried(13).find()) {
      Replay st = may.tried(14);
      while (st.find()) {
        // "a recent survey suggests", "a separate tally put": a study nobody is named for is no source
        boolean unnamed = StartSet.found(UNNAMED_STUDY_BEFORE,
            t.substring(Math.max(0, st.start() - UNNAMED_STUDY_WINDOW), st.start()))
            && !StartSet.found(STUDY_AUTHOR_AFTER, t.substring(st.start())); // "A survey by Pew Research found"
        unnamed |= StartSet.found(SECTOR_DATA_IN, st.group()) // "data from the sector suggest"
            || BARE_RESEARCH.matcher(st.group()).matches() && st.start() == 0; // "Research suggests"
        if (applies(t, st.start(), st.end(), clause, at) && !unnamed) {
          return new Source(clean(st.group()), "study");
        }
      }
      Replay v = may.tried(15);
      while (v.find()) {
        if (StartSet.found(SELF_FORECAST, t.substring(Math.max(0, v.start() - 16), v.start()))
            || StartSet.found(RELATIVE_SPEAKER, t.substring(Math.max(0, v.start() - RELATIVE_WINDOW), v.start()))
            || NOUN_OR_VERB.matcher(v.group()).matches() && (NOUN_READING.matcher(t).region(v.end(), t.length())
                .lookingAt() && !namedSubjectBefore(t.substring(0, v.start()))
                || StartSet.found(ACCORDING_BEFORE, t.substring(segment(t, v.start())[0], v.start()))
                // "Le chiffre d'affaires", "la cifra"; not "comme le souligne", where "le" is a pronoun
                || StartSet.found(ARTICLE_OR_PRONOUN_BEFORE, t.substring(Math.max(0, v.start() - 8), v.start())))
            // "At the reported pricing", "their estimate": after a determiner, any speech verb is a noun or adjective
            || StartSet.found(DETERMINER_BEFORE, t.substring(Math.max(0, v.start() - 8), v.start()))
            || !applies(t, v.start(), v.end(), clause, at)) {
          continue;
        }
        String who = speaker(t, v);
        if (who != null) {
          return new Source(who, "speech");
        }
      }
    }
    if (claim != null && quoted(article, s, claim)) {
      return new Source("a quotation", "quote");
    }
    return null;
  }

  /**
   * What {@link #inSentence} has found in each text during one audit: a sentence read for several claims, or as the
   * neighbour of several, is scanned by each pattern once. Not thread-safe: one per rule run.
   */
  static final class Memo {
    private final java.util.Map<String, Scanned> texts = new java.util.HashMap<>();

    Scanned of(String t) {
      return texts.computeIfAbsent(t, Scanned::new);
    }
  }

  /** One text: which of {@link #TRIED} may match it, and the matches each has found so far, found on demand. */
  private static final class Scanned {
    private final String text;
    private final java.util.BitSet may;
    /** Each pattern's pass over the text, null before it is asked for and once it has no more matches. */
    private final StartSet.Search[] searches = new StartSet.Search[TRIED.size()];
    @SuppressWarnings("unchecked")
    private final List<java.util.regex.MatchResult>[] found = new List[TRIED.size()];

    Scanned(String text) {
      this.text = text;
      this.may = TRIED_FILTER.candidates(text);
    }

    /** The matches of pattern {@code i} of {@link #TRIED}, from the first; none when its prefilter rules it out. */
    Replay tried(int i) {
      return new Replay(this, i);
    }

    /** Match {@code k} of pattern {@code i}, or null when it has fewer. */
    java.util.regex.MatchResult match(int i, int k) {
      if (!may.get(i)) {
        return null;
      }
      if (found[i] == null) {
        found[i] = new java.util.ArrayList<>();
        Pattern p = TRIED.get(i);
        StartSet starts = TRIED_STARTS[i];
        if (p == SPEECH.full()) {
          p = SPEECH.in(text);
          starts = SPEECH.starts(p);
        }
        searches[i] = StartSet.search(starts, p.matcher(text), text);
      }
      while (found[i].size() <= k && searches[i] != null) {
        if (searches[i].next()) {
          found[i].add(searches[i].matcher().toMatchResult());
        } else {
          searches[i] = null;
        }
      }
      return k < found[i].size() ? found[i].get(k) : null;
    }
  }

  /** A pass over one pattern's matches in one text, read like a {@link Matcher}: {@code find()}, then the match. */
  static final class Replay implements java.util.regex.MatchResult {
    private final Scanned scanned;
    private final int pattern;
    private int next;
    private java.util.regex.MatchResult current;

    private Replay(Scanned scanned, int pattern) {
      this.scanned = scanned;
      this.pattern = pattern;
    }

    /** Moves to the next match; false when there is none. */
    boolean find() {
      current = scanned.match(pattern, next);
      if (current != null) {
        next++;
      }
      return current != null;
    }

    @Override
    public int start() {
      return current.start();
    }

    @Override
    public int start(int group) {
      return current.start(group);
    }

    @Override
    public int end() {
      return current.end();
    }

    @Override
    public int end(int group) {
      return current.end(group);
    }

    @Override
    public String group() {
      return current.group();
    }

    @Override
    public String group(int group) {
      return current.group(group);
    }

    @Override
    public int groupCount() {
      return current.groupCount();
    }
  }

  /**
   * Whether a verb at {@code start..end} speaks for the claim at {@code at}: it is in the claim's clause, or it
   * ends a later clause as a tag (", the ministry said."); a verb with its own complement in another clause
   * ("..., and the minister said she would ...") speaks about something else.
   */
  private static boolean applies(String t, int start, int end, int[] clause, int at) {
    if (at < 0) {
      return true;
    }
    // "La venta cayó un 17,4 % y el ministro anunció un plan": a new subject after "y", then a verb with an object
    if (at < start && StartSet.found(CONJ_NEW_SUBJECT, t.substring(at, start))) {
      String object = t.substring(end, clause(t, start)[1]).strip();
      if (!object.isEmpty() && !PUNCTUATION_ONLY.matcher(object).matches() && !OWN_CLAUSE.matcher(object).lookingAt()
          && !TAG_REST.matcher(object).lookingAt()) {
        return false;
      }
    }
    if (start >= clause[0] && start < clause[1]) {
      // The claim is the subject of the verb ("Nearly half of doctors say ..."): they are not its source.
      if (at < start && !StartSet.found(APPOSITION_BREAK, t.substring(at, start)) && !StartSet.found(PRONOUN_BEFORE,
          t.substring(at, start))) {
        return false;
      }
      // The claim sits in a relative clause about the subject and the verb says something else: "The bus company,
      // which has cut 14% of its routes, said it would add Sunday services"
      if (at < start && at > clause[0] && StartSet.found(RELATIVE_OPEN, t.substring(clause[0], at))) {
        String after = t.substring(end).strip();
        // "..., dont 70 % à l'export, a indiqué son directeur": "dont" right before the figure is a part of the
        // figure before it, not a clause about the subject
        Matcher rel = RELATIVE_OPEN.matcher(t.substring(clause[0], at));
        if (!(rel.find() && PARTITIVE.matcher(t.substring(clause[0] + rel.start(), at)).matches())) {
          // "..., anunció ayer las fechas": a time word, then an object, is a verb with its own news
          String bare = TIME_WORDS.matcher(after).replaceFirst("").strip();
          return after.isEmpty() || WHITESPACE.split(after).length <= 6 && TAG_REST.matcher(after).lookingAt()
              && (bare.isEmpty() || PUNCTUATION_ONLY.matcher(bare).matches() || bare.length() < after.length()
                  && TAG_REST.matcher(bare).lookingAt() && WHITESPACE.split(bare).length <= 3
                  || bare.length() == after.length());
        }
      }
      return true;
    }
    int[] other = clause(t, start);
    String rest = t.substring(end, other[1]).strip();
    // a comma before the verb inverts it only when its clause has no subject of its own: ", y la consejera de
    // Agricultura, Marta Ibarzo, anunció ayudas" is a clause of its own; ", while the rate climbed to 5.6%, figures
    // from X show" ends in a tag for both clauses
    boolean ownSubject = other[0] > clause[0] && StartSet.found(CLAUSE_SUBJECT, t.substring(other[0], start))
        && !StartSet.found(FIGURE_WORD, t.substring(other[0], start));
    boolean tag = WHITESPACE.split(rest).length <= 6 && (rest.isEmpty() || TAG_REST.matcher(rest).lookingAt()
        || StartSet.found(INVERTED, t.substring(0, start)) && !OWN_CLAUSE.matcher(rest).lookingAt() && !ownSubject);
    if (start > clause[0]) {
      // "..., und der Digitalminister kündigte am Mittwoch eine Förderrunde an": a later clause with a subject of
      // its own says something else
      return tag && !(ownSubject && !OWN_CLAUSE.matcher(rest).lookingAt() && !rest.isEmpty()
          && !PUNCTUATION_ONLY.matcher(rest).matches());
    }
    // "X said ..., and that 30% ...": the same reported speech. A tag ending an earlier clause does not cover a
    // clause joined to it ("..., the union said, and hospitals postponed 9,000 operations"): that figure has no
    // source of its own.
    return REPORTED_CONTINUES.matcher(t.substring(clause[0])).lookingAt();
  }

  /**
   * Whether the claim's own later clause has a speaker of its own who names no one, before the claim: "...,
   * while teachers estimate that a third of classrooms ...", "..., aunque se calcula que un tercio ...". A source
   * leading the sentence does not cover it.
   */
  private static boolean vagueGovernor(String t, int from, int at) {
    String own = t.substring(from, at);
    if (StartSet.found(IMPERSONAL, own)) {
      return true;
    }
    Pattern speech = SPEECH.in(t);
    Matcher v = speech.matcher(t).region(from, at);
    int last = -1;
    while (v.find()) {
      last = v.start();
    }
    if (last < 0) {
      return false;
    }
    v = speech.matcher(t);
    return v.find(last) && speaker(t.substring(0, at), v) == null;
  }

  /**
   * Whether a link in the sentence sources the claim: on the claim's own stretch between commas, or on a stretch
   * that says it is a source ("[tribunal data] show", "([IGME])"); not a link on something else the sentence goes
   * on to mention ("prompting a [petition to Parliament]", "while [domestic applications] held steady").
   */
  private static boolean linkSources(String t, int linkStart, int linkEnd, int at) {
    if (at < 0) {
      return true;
    }
    int end = Math.min(t.length(), linkEnd);
    String text = t.substring(linkStart, end);
    int[] around = segment(t, linkStart);
    Pattern speech = SPEECH.in(t); // the sentence's choice holds for every stretch of it
    // a link sources a figure when it is on the figure, says it is a source, or is named as one by the words around
    // it ("según [la Asociación]", "[el Instituto] estima", "([IGME])"); "[the city's adult education centres]" and
    // "[The Wenmouth Steam Gala] drew more than 12,000 visitors" link to what the sentence is about
    boolean sourceLike = StartSet.found(FIGURE_WORD, text) || StartSet.found(LINK_CUE, text)
        || StartSet.found(speech, text)
        || StartSet.found(ACCORDING_BEFORE_LINK, t.substring(around[0], linkStart))
        || speech.matcher(t.substring(end, Math.max(end, around[1]))).lookingAt()
        || StartSet.found(LINK_CUE, t.substring(end, Math.max(end, around[1])))
        || linkStart > 0 && t.charAt(linkStart - 1) == '(';
    if (!sourceLike) {
      return false;
    }
    int[] own = segment(t, at);
    if (linkStart >= own[0] && linkStart < own[1]) {
      return true;
    }
    String stretch = t.substring(around[0], around[1]);
    return StartSet.found(LINK_CUE, stretch) || StartSet.found(speech, stretch)
        || stretch.strip().startsWith("(") || stretch.strip().split("\\s+").length <= 3;
  }

  /** Phrases that name a source after them: "according to", "según", "selon", "laut", "segundo". */
  private static final String ACCORDING = "according\\s+to|as\\s+per|según|selon|laut|segundo|de\\s+acuerdo\\s+con|"
      + "d['’]après|conforme";
  /** A source phrase before a link: "según [la Asociación]", "Selon [France Galop]", "according to [HMRC]". */
  private static final Pattern ACCORDING_BEFORE_LINK = Regexes.compile("(?iu)(?:" + ACCORDING + "|per|from|by|de|del|"
      + "des|du|da|do|von|der)\\s+"
      + "(?:(?:the|la|el|le|l['’]|o|a|die|das|dem|den)\\s*)?$");
  private static final Pattern LINK_CUE = Regexes.compile("(?iu)(?<![\\p{L}])(?:data|figures|statistics|results|"
      + "survey|poll|study|report|accounts|according|source|datos|cifras|informe|estudio|encuesta|según|cuentas|"
      + "données|chiffres|rapport|étude|enquête|selon|bilan|Daten|Zahlen|Bericht|Studie|Umfrage|laut|zufolge|"
      + "Angaben|dados|números|relatório|estudo|pesquisa|segundo|conforme|show|shows|showed|found|suggests|zeigt|"
      + "zeigen|belegt|muestra|muestran|montre|montrent|mostra|mostram|indica|indican|indique|indiquent)"
      + "(?![\\p{L}])");

  /** A relative clause opened before the claim and not closed: ", which has cut", ", que exporta", ", dessen Flotte". */
  private static final Pattern RELATIVE_OPEN = Regexes.compile("(?iu),\\s*(?:which|who|whose|where|donde|en\\s+(?:el|la)"
      + "\\s+que|où|wo|onde|que|qui|dont|cuyo|cuya|"
      + "cuyos|cuyas|cujo|cuja|cujos|cujas|dessen|deren|die|der|das|el\\s+cual|la\\s+cual|lequel|laquelle|il\\s+cui|"
      + "la\\s+cui|che)(?!\\p{L})[^,;]*$");

  /** The opening of a change set after a figure: ", up", ", ein Plus von", ", soit une hausse de", ", alta de". */
  private static final Pattern CHANGE_APPOSITION = Regexes.compile("(?iu)\\s*(?:up|down|an?\\s+(?:rise|increase|"
      + "drop|fall|decline|jump)\\s+of|ein\\s+(?:Plus|Minus|Anstieg|Rückgang|Zuwachs)\\s+(?:von|um)|"
      + "(?:soit\\s+)?une\\s+(?:hausse|baisse|progression)\\s+de|en\\s+(?:hausse|baisse)\\s+de|"
      + "(?:una\\s+)?(?:subida|bajada|caída|alza|aumento)\\s+del?|(?:uma\\s+)?(?:alta|queda|aumento)\\s+de)"
      + "(?:\\s+(?:about|around|nearly|some|etwa|rund|knapp|environ|près\\s+de|un|el|cerca\\s+de|casi|quase))?\\s*");

  /** Time words a tag may carry: "yesterday", "on Tuesday", "ayer", "ontem", "gestern", "am Dienstag". */
  private static final Pattern TIME_WORDS = Regexes.compile("(?iu)^(?:yesterday|today|on\\s+\\p{L}+day|last\\s+week|"
      + "ayer|hoy|el\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|hier|aujourd['’]hui|lundi|mardi|"
      + "mercredi|jeudi|vendredi|gestern|heute|am\\s+\\p{L}+tag|"
      + "am\\s+Mittwoch|ontem|hoje|nesta\\s+\\p{L}+)(?![\\p{L}])");
  /** A comma or a dash between the claim and the verb: "14 million homes – a figure the body cited". */
  private static final Pattern APPOSITION_BREAK = Regexes.compile("[,–—]");
  /** "; the figures come from ...": a later clause that points back at the figures before it. */
  private static final Pattern FIGURES_POINTER = Regexes.compile("(?iu)^[,;]\\s+(?:and\\s+)?(?:the|these|those)\\s+"
      + "(?:figures|numbers|data|statistics|estimates)\\s*$");
  /** A digit not part of a name ("Servicio de Emergencias 112", "Covid 19"): another figure in that stretch. */
  private static final Pattern FIGURE_IN_SEGMENT = Regexes.compile("(?u)(?<!\\p{Lu}\\p{Ll}{0,20}\\s)(?<!\\d)\\d");
  /** Figures written in words: fractions, multiples, a few points or per cent. */
  private static final String FIGURE_WORDS = "(?<![\\p{L}])(?:half|third|quarter|fifth|doubled|tripled|halved|mitad|"
      + "tercio|moitié|tiers|Hälfte|Drittel|Viertel|metade|terço|(?:one|two|three|four|five|six|seven|eight|nine|ten)"
      + "\\s+(?:points|per\\s*cent|percent))(?![\\p{L}])";
  /** A figure that is a claim rather than a date: a percentage, money, a grouped count, points, a fraction. */
  private static final Pattern CLAIM_FIGURE = Regexes.compile("(?iu)\\d\\s?(?:%|per\\s?cent|percent|points|por\\s?ciento|"
      + "pour\\s?cent|Prozent|por\\s?cento|million|billion|millones|millions|Millionen|milhões)|[$€£]\\s?\\d|"
      + "\\d{1,3}(?:[,.\\u00A0 ]\\d{3})+|" + FIGURE_WORDS);
  /** A figure in a stretch of text, in digits or in words. */
  private static final Pattern FIGURE_WORD = Regexes.compile("(?iu)\\d|" + FIGURE_WORDS);
  private static final Pattern PUNCTUATION_ONLY = Regexes.compile("\\p{P}*");

  /** "... y el ministro de Agricultura " right before a verb: a conjunction, no comma, and a new subject. */
  private static final Pattern CONJ_NEW_SUBJECT = Regexes.compile("(?iu)\\s(?:y|e|et|und|and)\\s+(?:el|la|los|las|le|"
      + "les|der|die|das|o|a|os|as|the)\\s+[^,;\\d]{1,60}$");
  /** A clause opening with a word after its conjunction: the verb that follows has a subject there. */
  private static final Pattern CLAUSE_SUBJECT = Regexes.compile("(?iu)^[,;]\\s+(?:(?:and|while|but|whereas|although|y|"
      + "e|pero|mientras|aunque|et|mais|tandis|alors|und|aber|während|doch|mas|enquanto|embora)\\s+)?+\\p{L}");

  /** A relative pronoun right before the figure: ", dont", ", of which", ", davon", ", de los cuales". */
  private static final Pattern PARTITIVE = Regexes.compile("(?iu),\\s*(?:dont|of\\s+which|of\\s+whom|davon|"
      + "de\\s+(?:los|las)\\s+(?:cuales|que)|dos\\s+quais|das\\s+quais)(?:\\s+(?:el|la|les|o|a|los|las|os|as|some|"
      + "about|around|nearly|almost|environ|près\\s+de|plus\\s+de|etwa|rund|knapp|cerca\\s+de|casi|más\\s+de|"
      + "quase|mais\\s+de))*\\s*");

  /** What follows a verb that has a clause of its own: "said she would meet", "a déclaré qu'il", "anunció que". */
  private static final Pattern OWN_CLAUSE = Regexes.compile("(?iu)(?:she|he|it|they|we|i|that|que|qu['’]|dass|"
      + "ela|ele|eles|elas|il|elle|ils|elles|er|sie)(?!\\p{L})");

  /** A separate subject between the claim and the verb ("40% ... , which it said"): the verb has its own. */
  private static final Pattern PRONOUN_BEFORE = Regexes.compile("(?iu)\\b(?:he|she|it|they|we|officials?|"
      + "the\\s+\\p{L}+\\s+(?:said|says))\\s*$");
  /** What may follow a verb that tags a statement: a time, a place, an audience, punctuation. */
  private static final Pattern TAG_REST = Regexes.compile("(?iu)(?:[.;:!?]|on|in|at|to|during|last|this|"
      + "yesterday|today|on\\s+\\p{L}+day|reporters|journalists|parliament|en|el|a|al|este|esta|ayer|hoy|"
      + "periodistas|le|à|au|lors|ce|cette|hier|aujourd|journalistes|am|im|bei|gestern|heute|vor|Journalisten|"
      + "em|no|na|nesta|neste|ontem|hoje|jornalistas|ao)\\b");
  private static final Pattern REPORTED_CONTINUES = Regexes.compile("(?iu)[,;]\\s+(?:(?:and|y|e|et|und)\\s+"
      + "(?:that|que|qu['’]|dass)|as\\s+(?:it|they|he|she))\\b");

  private static final Pattern DIGIT = Regexes.compile("\\d");
  /** The conditional of reported, unconfirmed facts in Spanish, French, Portuguese, Italian and German. */
  private static final Pattern CONDITIONAL = Regexes.compile("(?iu)(?<!\\p{L})(?:habr[ií]an?|ser[ií]an?|estar[ií]an?|"
      + "tendr[ií]an?|podr[ií]an?|\\p{L}+[aei]rían|\\p{L}+(?:erait|eraient|irait|iraient|urait|uraient|drait|"
      + "draient|rrait|rraient|vrait|vraient)|seria|seriam|estaria|estariam|teria|teriam|haveria|haveriam|poderia|"
      + "poderiam|\\p{L}+(?:rebbe|rebbero)|dürften?|solle|sollen|würden?)(?!\\p{L})");
  /** Where clauses join: ", and", ", while", ";" and their equivalents. */
  private static final Pattern CLAUSE_BREAK = Regexes.compile("(?iu)[,;]\\s+(?:and|while|but|whereas|although|though|"
      + "as(?!\\s+(?:per|reported|shown|estimated|stated|noted|cited|calculated|published|recorded|measured|"
      + "counted)\\b)|because|"
      + "y|e|pero|mientras|aunque|et|mais|tandis|alors|und|aber|während|doch|mas|enquanto|embora)\\s|;\\s");
  private static final Pattern SEGMENT_BREAK = Regexes.compile("[,;–—()]");

  /** The clause of {@code t} around offset {@code at}, as [start, end). */
  private static int[] clause(String t, int at) {
    int start = 0;
    int end = t.length();
    Matcher m = CLAUSE_BREAK.matcher(t);
    while (m.find()) {
      if (m.start() < at) {
        start = m.start();
      } else {
        end = m.start();
        break;
      }
    }
    return new int[] {start, end};
  }

  /** The stretch of {@code t} between commas, dashes or brackets around offset {@code at}, as [start, end). */
  private static int[] segment(String t, int at) {
    int start = 0;
    int end = t.length();
    Matcher m = SEGMENT_BREAK.matcher(t);
    while (m.find()) {
      if (m.start() < at) {
        start = m.end();
      } else {
        end = m.start();
        break;
      }
    }
    return new int[] {start, end};
  }

  /** Whether a subject or a source names nobody in particular ("analysts", "some experts", "certains observateurs"). */
  private static boolean vague(String who) {
    String w = who.strip();
    if (VAGUE.matcher(w).matches() || UNNAMED_SOURCE.matcher(w).matches() || SOME_IN.matcher(w).matches()
        || BARE_REPORTS.matcher(w).matches() || StartSet.found(CONSULTED_BY_US, w)
        || SECTOR_DATA.matcher(w).matches()) {
      return true;
    }
    // "einer Studie nutzen inzwischen ...": an unnamed study, then the rest of the clause, not its maker
    Matcher unnamed = UNNAMED_SOURCE.matcher(w);
    if (unnamed.lookingAt() && unnamed.end() < w.length()
        && !MAKER_NEXT.matcher(w.substring(unnamed.end())).lookingAt() && !makerLater(w.substring(unnamed.end()))) {
      return true;
    }
    // "Industry analysts", "Fisheries scientists": a crowd after common words; "Barclays analysts" and "Met Office
    // scientists" are named by their modifier
    Matcher crowd = MODIFIED_CROWD.matcher(w);
    if (crowd.matches() && commonModifier(crowd.group(1), true)
        && (crowd.group(2) == null || commonModifier(crowd.group(2), false))) {
      return true;
    }
    if (personCrowd(w)) {
      return true;
    }
    // "Vets who treat fish", "des estimations qui circulent dans la profession": the crowd before its relative clause
    Matcher rel = SUBJECT_RELATIVE.matcher(w);
    if (rel.matches() && vague(rel.group(1))) {
      return true;
    }
    // "Dentists in the region", "Los apicultores de la comarca", "Seasoned observers of the company": a crowd and a
    // complement with no name in it ("analysts at Barclays" and "doctors at the hospital" are placed by "at")
    Matcher complement = CROWD_COMPLEMENT.matcher(w);
    if (complement.matches() && personCrowd(complement.group(1))) { // "fuentes del ministerio" are placed, not vague
      return true;
    }
    // "Taxi drivers in Leeds", "Motoristas de táxi de São Paulo", "Beobachter der Branche": a place or a common
    // noun names no one
    Matcher place = PLACED_CROWD.matcher(w);
    if (place.matches() && personCrowd(place.group(1)) && unnamedComplement(place.group(2))) {
      return true;
    }
    // "des observateurs du marché immobilier", "fontes do setor": a vague crowd with a complement that names no one
    Matcher m = VAGUE.matcher(w);
    return m.lookingAt() && VAGUE_COMPLEMENT.matcher(w.substring(m.end())).matches();
  }

  // German "der", "die" are articles unless a comma opens the clause; a clause with a name in it places the crowd
  // ("Analysts who work at Barclays", "Los expertos que trabajan para el Banco de España")
  private static final Pattern SUBJECT_RELATIVE = Regexes.compile("(?iu)(.+?)(?:\\s+(?:who|that|which|que|qui)|,\\s*(?:die|"
      + "der|welche))\\s+(?-i:[^\\p{Lu}\\d]+)");
  /** A subject, a preposition of place or belonging other than "at", and lower-case words only. */
  private static final Pattern CROWD_COMPLEMENT = Regexes.compile("(?u)(.+?)\\s+(?:(?i:in|across|around|from|of|"
      + "throughout|de|del|de\\s+la|des|du|da|do|dos|das|em|no|na|nos|nas|dans|en)\\s+|(?i:d['’]))"
      + "(?-i:[^\\p{Lu}\\d,;:]){2,50}");

  /** A crowd and the first preposition of place or belonging other than "at" after it. */
  private static final Pattern PLACED_CROWD = Regexes.compile("(?u)(.+?)\\s+((?i:in|across|around|from|of|"
      + "throughout|de|del|des|du|da|do|dos|das|em|no|na|nos|nas|dans|en|à|au|aux|aus|der|des)\\s+.{2,60})");
  private static final Pattern COMPLEMENT_WORD = Regexes.compile("(?u)[\\p{L}'’-]+");
  private static final Pattern COMPLEMENT_LINK = Regexes.compile("(?iu)in|across|around|from|of|throughout|the|de|"
      + "del|des|du|da|do|dos|das|em|no|na|nos|nas|dans|en|à|au|aux|aus|der|die|das|den|dem|im|la|le|les|l['’]|el|"
      + "los|las|o|a|os|as|and|y|e|et|und");

  /**
   * Whether a complement names no one: lower-case words and links, ending in nothing capitalised, in a place of the
   * gazetteer ("de táxi de São Paulo", "in Hamburg") or, in German, in one capitalised common noun ("der Branche");
   * "der Deutschen Bank" and "at Barclays" name a body.
   */
  private static boolean unnamedComplement(String complement) {
    String[] words = complement.strip().split("\\s+");
    int i = 0;
    while (i < words.length && (COMPLEMENT_LINK.matcher(words[i]).matches()
        || Character.isLowerCase(words[i].charAt(0)) && COMPLEMENT_WORD.matcher(words[i]).matches())) {
      i++;
    }
    if (i == words.length) {
      return true;
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    if (org.copydesk.rules.language.CommonWords.isPlaceName(rest)) {
      return true;
    }
    return i == words.length - 1 && i > 0 && COMPLEMENT_WORD.matcher(rest).matches()
        && GERMAN_ARTICLE.matcher(words[i - 1]).matches()
        && org.copydesk.rules.language.CommonWords.isCommon("de", rest)
        && !org.copydesk.rules.language.CommonWords.isCommon("en", rest);
  }

  private static final Pattern GERMAN_ARTICLE = Regexes.compile("der|des|dem|den|im|am|vom|zum|zur");

  /** A plural head noun after at most two modifiers: "Ferry operators", "tax advisers", "Fahrradhändler". */
  private static final Pattern CROWD_HEAD = Regexes.compile("(?u)(?:(?i:the|some|many|most|several|other|local|"
      + "die|viele|einige|manche|mehrere|zahlreiche|les|des|certains|certaines|plusieurs|nombreux|quelques|los|las|"
      + "muchos|algunos|algunas|varios|varias|os|as|muitos|alguns|algumas|vários|várias)\\s+)?"
      + "(?:([\\p{L}-]+)\\s+)?(?:([\\p{L}-]+)\\s+)?(\\p{L}[\\p{L}-]*)");
  /**
   * People who speak for a body when they speak as a group ("officials said", "organisers said", "Die Polizei"): a
   * crowd of them is an institutional source, not a vague one.
   */
  private static final java.util.Set<String> INSTITUTIONAL = java.util.Set.of("official", "officer", "organiser",
      "gendarme", "constable", "sheriff", "marshal", "magistrate", "ombudsman", "carabiniere",
      "organizer", "authority", "policeman", "policemen", "prosecutor", "investigator", "inspector", "regulator",
      "minister", "spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "firefighter", "paramedic",
      "rescuer", "detective", "trooper", "deputy", "lawmaker", "legislator", "senator", "councillor", "councilor",
      "judge", "coroner", "executive", "director", "staffer", "diplomat", "commander", "administrator",
      "steward", "auditor", "examiner", "mediator", "negotiator", "representative", "delegate",
      "chairman", "chairmen", "president", "leader", "ranger", "warden", "guard", "coastguard", "soldier",
      "commissioner", "mayor", "governor", "secretary", "agent", "clerk", "registrar");
  /**
   * German crowds by the head of a compound ("Fahrradhändler", "Zahnärzte", "Obstbauern"), or standing alone when the
   * word is not also a common surname (so "Fischer" and "Bauer" alone are left to the list of {@link #VAGUE}).
   */
  private static final Pattern GERMAN_CROWD = Regexes.compile("(?u)(?:\\p{Lu}\\p{Ll}+(?:händler|winzer|bauern|"
      + "landwirte|ärzte|apotheker|lehrer|forscher|ökonomen|experten|wirte|züchter|fischer|handwerker|makler|berater|"
      + "mediziner|pfleger|bewohner|anwohner|nutzer|verbraucher|kunden|eltern|fahrer|pendler|touristen|urlauber|"
      + "wissenschaftler|techniker|ingenieure|analysten|beobachter|kritiker|gegner|befürworter|aktivisten|sammler|"
      + "besitzer|vermieter|mieter|sportler|spieler|fans|imker|jäger|förster|gärtner|bäcker|metzger|juristen|"
      + "anwälte|kenner|insider|profis)|Händler|Winzer|Landwirte|Ärzte|Apotheker|Ökonomen|Züchter|Handwerker|Makler|"
      + "Berater|Mediziner|Pfleger|Bewohner|Anwohner|Nutzer|Verbraucher|Kunden|Eltern|Pendler|Touristen|Urlauber|"
      + "Imker|Juristen|Anwälte|Kenner|Insider|Vermieter|Mieter|Sammler|Gegner|Befürworter|Beobachter|Kritiker)n?");
  /** Plural agent endings of Spanish, Portuguese and French that no common surname has: "taxistas", "enólogos". */
  private static final String ROMANCE_AGENT_ENDINGS = "istas|istes|ólogos|ólogas|ologues|dores|doras|tores|toras|eurs|"
      + "euses|arios|arias|ários|árias|iciens|iciennes|eutas|icos|sores";
  /** Spanish, Portuguese and French agent nouns in the plural: "enólogos", "garimpeiros", "vignerons", "dentistes". */
  private static final Pattern ROMANCE_CROWD = Regexes.compile("(?u)\\p{L}[\\p{Ll}-]*(?:" + ROMANCE_AGENT_ENDINGS
      + "|eiros|eiras|eros|eras|iers|ières|erons|ants|antes|entes|gers|chers|icas|aires)|donos|donas|dueños|dueñas");
  /** The endings of {@link #ROMANCE_CROWD} that no common surname has. */
  private static final Pattern ROMANCE_AGENT = Regexes.compile("(?u)\\p{L}\\p{Ll}*(?:" + ROMANCE_AGENT_ENDINGS + ")");
  /**
   * The Romance and German crowds of {@link #ROMANCE_CROWD} and {@link #GERMAN_CROWD} that speak for a body, as
   * {@link #INSTITUTIONAL} does in English.
   */
  private static final java.util.Set<String> FOREIGN_INSTITUTIONAL = java.util.Set.of("agentes", "agents",
      "inspecteurs", "inspectores", "inspetores", "enquêteurs", "procureurs", "promotores", "bomberos", "bombeiros",
      "pompiers", "sauveteurs", "socorristas", "organizadores", "organisateurs", "administradores", "directores",
      "diretores", "directeurs", "dirigentes", "dirigeants", "gobernantes", "governantes", "représentants",
      "representantes", "presidentes", "présidents", "négociateurs", "negociadores", "mediadores", "auditores",
      "auditeurs", "controladores", "contrôleurs", "commandants", "comandantes", "parlementaires", "funcionarios",
      "funcionários", "fonctionnaires", "gendarmes", "carabineros", "policiers", "policiais",
      // sources are placed by what follows them ("fuentes del ministerio"), not a crowd
      "fuentes", "fontes", "sources");
  /**
   * Whether the subject is a bare crowd of people named by what they are: "Ferry operators", "Dentists", "tax
   * advisers" (English nouns whose WordNet senses are mostly people), "Fahrradhändler", "Les dentistes", "Los
   * enólogos"; but not people who speak for a body ("officials", "organisers", "los bomberos"), not a crowd tied to
   * a name by a capitalised modifier ("Barclays analysts") and not anything after a possessive.
   */
  private static boolean personCrowd(String w) {
    Matcher m = CROWD_HEAD.matcher(w);
    if (!m.matches()) {
      return false;
    }
    String head = m.group(3);
    String m1 = m.group(1);
    String m2 = m.group(2);
    if (m1 != null && m2 == null && m.start(1) > 0 && ROMANCE_CROWD.matcher(m1).matches()
        && Character.isLowerCase(head.charAt(0))) {
      // "Los veterinarios rurales", "Les éleveurs laitiers": the noun, then its adjective
      String noun = m1.toLowerCase(java.util.Locale.ROOT);
      return !FOREIGN_INSTITUTIONAL.contains(noun) && !org.copydesk.rules.language.CommonWords.isCommon("en", noun)
          && romanceWord(noun);
    }
    if (m.start(3) > 0 && Character.isUpperCase(head.charAt(0)) && !GERMAN_CROWD.matcher(head).matches()) {
      return false; // "Met Office Scientists", "Ana Costa"
    }
    if (m1 != null && POSSESSIVE.matcher(m1).matches()) {
      return false; // "its engineers", "their lawyers": a body named before
    }
    String lower = head.toLowerCase(java.util.Locale.ROOT);
    String key = org.copydesk.lexicons.WordForms.key(lower);
    boolean plural = !key.equals(lower) || lower.endsWith("men");
    boolean english = plural && !INSTITUTIONAL.contains(key)
        && (org.copydesk.rules.language.CommonWords.isPersonNoun("en", lower)
            // a trade WordNet may lack: "volcanologists", "glaciologists"
            || ENGLISH_AGENT.matcher(lower).matches() || personCompound(key)
            // "Insurers", "Problem-gambling charities", "many charities": firms of a kind are a crowd too, but "the
            // insurers" may be ones the story has named
            || org.copydesk.rules.language.CommonWords.isOrganisationNoun("en", lower)
                && !DEFINITE.matcher(w).lookingAt());
    // Without an article a Romance plural may be a surname ("Contreras dijo", "Medeiros disse"): bare, only the
    // agent endings surnames do not have count ("Taxistas dizem")
    boolean bare = m.start(3) == 0;
    boolean foreign = !english && !FOREIGN_INSTITUTIONAL.contains(lower)
        && (GERMAN_CROWD.matcher(head).matches() || ROMANCE_CROWD.matcher(head).matches()
            && (!bare || ROMANCE_AGENT.matcher(head).matches())
            && !org.copydesk.rules.language.CommonWords.isCommon("en", lower) && romanceWord(lower));
    if (!english && !foreign) {
      return false;
    }
    // every modifier a common word: "Ferry operators", "Postal workers"; "Barclays analysts" names a body
    return (m1 == null || commonModifier(m1, m.start(1) == 0))
        && (m2 == null || commonModifier(m2, m1 == null && m.start(2) == 0));
  }

  /** "stallholders", "dockworkers": a compound WordNet lacks whose last part is a person noun of five letters or more. */
  private static boolean personCompound(String key) {
    for (int i = 3; i + 5 <= key.length(); i++) {
      if (org.copydesk.rules.language.CommonWords.isPersonNoun("en", key.substring(i))
          && !INSTITUTIONAL.contains(key.substring(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern DEFINITE = Regexes.compile("(?i)the\\s");
  private static final Pattern ENGLISH_AGENT = Regexes.compile("\\p{Ll}{3,}(?:ologists|ographers|icians|ists)");
  private static final Pattern POSSESSIVE = Regexes.compile("(?i)its|their|our|his|her|my|your|whose|sus|leurs?|"
      + "seus|suas|ihre|seine");

  /** A common word of Spanish, Portuguese or French, so a surname such as "Medeiros" or "Contreras" is not a crowd. */
  private static boolean romanceWord(String lower) {
    return org.copydesk.rules.language.CommonWords.isCommon("es", lower)
        || org.copydesk.rules.language.CommonWords.isCommon("pt", lower)
        || org.copydesk.rules.language.CommonWords.isCommon("fr", lower);
  }

  /**
   * A speaker inside a relative clause (", which officials said had also raised fire risk"): the speech is about
   * the clause's antecedent, not the figure.
   */
  private static final Pattern RELATIVE_SPEAKER = Regexes.compile("(?iu),\\s*(?:which|who|whom|que|qui|die|der|"
      + "das|welche|welcher|cui|dat|wat)\\s+(?:[\\p{L}'’]+\\s+){1,3}$");
  private static final int RELATIVE_WINDOW = 40;

  /** Speech verbs that are also plural nouns: "Insurance claims rose 12%" reports no one's speech. */
  private static final Pattern NOUN_OR_VERB = Regexes.compile("(?i)claims|reports|estimates|estimate|notes|"
      + "forecasts|forecast|projects|releases|posted|cites|chiffre|chiffrent|cifra|cifran");
  /** A determiner right before a speech verb makes it a noun or an adjective: "the reports", "At the reported pricing". */
  private static final Pattern DETERMINER_BEFORE = Regexes.compile("(?iu)(?<![\\p{L}'’])(?:the|an?|one|un|une|una|el|"
      + "ce|cette|du|au|um|uma|its|their|son|sa|leur|su|sus|seu|sua)\\s*$");
  /** "le" and "la" before a word that is also a noun: an article there ("Le chiffre"), a pronoun elsewhere. */
  private static final Pattern ARTICLE_OR_PRONOUN_BEFORE = Regexes.compile("(?iu)(?<![\\p{L}'’])(?:le|la)\\s*$");
  /**
   * Whether a name or a pronoun stands right before: "which Nissan claims is a 20% improvement", "Oxfam estimates
   * over 700 million" are the verb; at the start of a sentence a capitalised common word is not a name ("Flood claims
   * cost insurers").
   */
  private static boolean namedSubjectBefore(String before) {
    if (StartSet.found(NAMED_SUBJECT_BEFORE, before)) {
      return true;
    }
    String b = before.strip();
    return !b.isEmpty() && b.indexOf(' ') < 0 && Character.isUpperCase(b.charAt(0))
        && !b.equals(b.toUpperCase(java.util.Locale.ROOT)) // "NHS claims rose": an acronym names the claims
        && !org.copydesk.rules.language.CommonWords.isCommon("en", b);
  }

  /** A name inside the sentence or a pronoun right before: "which Nissan claims is a 20% improvement" is the verb. */
  private static final Pattern NAMED_SUBJECT_BEFORE = Regexes.compile("(?u)(?:\\S\\s+(?-i:\\p{Lu})[\\p{L}&.-]+|"
      + "(?<![\\p{L}])(?i:he|she|it|they|we|who|which|that|company|group|firm))\\s+$");
  /** "according to local reports": the word is the noun of a phrase already weighed. */
  private static final Pattern ACCORDING_BEFORE = Regexes.compile("(?iu)(?:" + ACCORDING + ")\\s+(?:\\p{L}+\\s+){0,3}$");
  /** What follows such a word when it is the noun: a preposition, an auxiliary or a verb in the past. */
  private static final Pattern NOUN_READING = Regexes.compile("(?iu)\\s+(?:of|for|from|by|on|over|against|under|"
      + "were|was|are|is|have|has|had|will|would|could|can|may|might|must|should|rose|fell|cost|grew|hit|rise|"
      + "fall|grow|stood|came|went|made|took|ran|remain|remained|\\p{L}{3,}ed)(?!\\p{L})");

  /** An indefinite article and at most two lower-case words before a study noun: "a recent", "une nouvelle". */
  private static final Pattern UNNAMED_STUDY_BEFORE = Regexes.compile("(?iu)(?<![\\p{L}])(?:an?|one|un|una|une|ein|"
      + "eine|einer|um|uma)\\s+(?:(?-i:\\p{Ll})\\p{L}*\\s+){0,2}$");
  private static final int UNNAMED_STUDY_WINDOW = 30;
  /** The study's maker named after it: "survey by Pew Research", "estudio de la OCDE", "Studie der Bertelsmann". */
  private static final Pattern STUDY_AUTHOR_AFTER = Regexes.compile("(?u)^\\p{L}+\\s+(?:(?i:by|from|of|for|de|del|"
      + "des|du|von|der|des|da|do|della|di)\\s+)(?:(?i:the|la|le|l['’]|el|los|die|das|o|a)\\s+)?(?:\\p{Lu}|\\d)");

  private static final Pattern MODIFIED_CROWD = Regexes.compile("(?u)(?:(?i:the|some|many|most|several|other)\\s+)?"
      + "([\\p{L}-]+)\\s+(?:([\\p{L}-]+)\\s+)?(?i:analysts|experts|scientists|economists|observers|specialists|"
      + "insiders|" + CROWD_NOUNS + ")");

  /**
   * A modifier that names nobody: a common English word, in lower case, or capitalised only as the first word of the
   * subject ("Industry analysts"); a capital inside ("Met Office"), an acronym or a possessive is a name.
   */
  private static boolean commonModifier(String word, boolean first) {
    if (word.endsWith("'s") || word.endsWith("’s")) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return false; // "BBC", "McKinsey"
      }
    }
    if (Character.isUpperCase(word.charAt(0)) && !first) {
      return false;
    }
    if (word.indexOf('-') > 0) { // "Problem-gambling", "Small-business": every part a common word
      for (String part : word.split("-")) {
        if (part.isEmpty() || !org.copydesk.rules.language.CommonWords.isCommon("en", part)) {
          return false;
        }
      }
      return true;
    }
    return org.copydesk.rules.language.CommonWords.isCommon("en", word);
  }

  /** "of the property market", "do setor", "consultées par ce journal": a complement with no name in it. */
  private static final Pattern VAGUE_COMPLEMENT = Regexes.compile("(?iu)\\s+(?:(?:of|in|on|from|du|de|des|del|"
      + "de\\s+la|der|im|am|aus|do|da|dos|das|no|na)\\s+(?:the\\s+|la\\s+|le\\s+|l['’]|el\\s+|o\\s+|a\\s+)?"
      // a crowd in a market or a trade names no one; "fuentes del ministerio" are placed by position
      + "(?:property\\s+)?(?:market|marché|mercado|markt|mercato|sector|secteur|setor|branche|industry|industrie|"
      + "monde|milieu|mundo|world|Welt|"
      + "industria|indústria|opposition|oposición|oposição|opposizione)(?-i:[^\\p{Lu}\\d,;]){0,40}|"
      + "(?:consulted\\s+by|consultadas\\s+por|consultées\\s+par|consultadas\\s+pelo)\\s+(?-i:[^\\p{Lu}\\d,;]){1,40})");
  /** Whether the words before "zufolge" end in a sourcing noun with no article: "Schätzungen", "Berichten". */
  private static boolean bareHearsay(String before) {
    String[] w = WHITESPACE.split(before.strip());
    return BARE_HEARSAY.matcher(w[w.length - 1]).matches()
        && (w.length == 1 || !DETERMINER_DE.matcher(w[w.length - 2]).matches());
  }

  /** Sourcing nouns that, with no article or maker, name nobody: "Schätzungen zufolge", "Berichten zufolge". */
  private static final Pattern BARE_HEARSAY = Regexes.compile("(?u)Schätzungen|Berechnungen|Berichten|"
      + "Medienberichten|Informationen|Angaben|Gerüchten");
  private static final Pattern DETERMINER_DE = Regexes.compile("(?iu)de[rsmn]|die|das|diese[rsmn]?|jene[rsmn]?|"
      + "seine[rsmn]?|ihre[rsmn]?|eine[rsmn]?|unsere[rsmn]?");
  /**
   * People or papers placed only by this newspaper's reporting: "consultados por este periódico", "ouvidos pela
   * reportagem", "seen by this newspaper", "von dieser Zeitung befragte".
   */
  private static final Pattern CONSULTED_BY_US = Regexes.compile("(?iu)(?:consultad[oa]s|ouvid[oa]s|consultés|"
      + "consultées|interrogés|interrogées|contacted|interviewed|consulted|seen|spoken\\s+to|befragten?)\\s+(?:por|"
      + "pela|pelo|par|by|von)\\s+(?:este|esta|ce|cette|this|these|dieser|diesem|a|la|el|o|le|the)\\s+"
      + "(?:periódico|diario|medio|reportagem|jornal|journal|newspaper|paper|Zeitung|Redaktion|redacción|"
      + "rédaction|reporter|site|programme|program)");
  /**
   * Data or sources placed only in a trade, and sources with only an adjective: "data from the sector", "dados do
   * setor", "des sources professionnelles", "fuentes sindicales"; not "sources close to the talks".
   */
  private static final Pattern SECTOR_DATA = Regexes.compile("(?iu)(?:(?:the\\s+)?(?:data|figures|dados|datos|"
      + "données|Daten|Zahlen|sources|fontes|fuentes|Quellen)\\s+(?:from|of|in|do|da|del|de\\s+la|du|de|des|aus|"
      + "der)\\s+(?:the\\s+|el\\s+|la\\s+|le\\s+|o\\s+|a\\s+|der\\s+)?(?:sector|industry|trade|setor|secteur|Branche|"
      + "market|mercado|marché|Markt|ramo|gremio|métier)|(?:des\\s+|unas\\s+|algunas\\s+|algumas\\s+)?(?:sources|"
      + "fuentes|fontes)\\s+(?:sindicales|syndicales|sindicais|professionnelles|profesionales|profissionais|"
      + "empresariales|patronales|patronaux|industrielles|industriales|industriais))"); // not "fuentes oficiales"
  /** Research with no maker, opening the sentence: "Research suggests", "New studies show". */
  private static final String RESEARCH = "(?:new\\s+|recent\\s+)?(?:research|studies|estudios|investigaciones|"
      + "études|recherches|Studien|Untersuchungen|pesquisas|estudos)";
  private static final Pattern BARE_RESEARCH = Regexes.compile("(?iu)" + RESEARCH + "\\s+\\p{L}+");
  /** An unnamed study and its topic in lower case: "A study of restoration workshops", "a survey of farmers". */
  private static final Pattern STUDY_OF_TOPIC = Regexes.compile("(?iu)(?:an?|one)\\s+(?:(?-i:\\p{Ll})\\p{L}*\\s+)?"
      + "(?:study|survey|review|analysis|poll)\\s+of\\s+(?!the\\s)(?-i:[^\\p{Lu}\\d])+");
  /** {@link #SECTOR_DATA} inside a longer match: "data from the sector suggest", "segundo dados do setor". */
  private static final Pattern SECTOR_DATA_IN = Regexes.compile("(?iu)(?<![\\p{L}])(?:data|figures|dados|datos|"
      + "données|Daten|Zahlen)\\s+(?:from|of|do|da|del|de\\s+la|du|de|des|aus|der)\\s+(?:the\\s+|el\\s+|la\\s+|le\\s+|"
      + "o\\s+|a\\s+|der\\s+)?(?:sector|industry|trade|setor|secteur|Branche|market|mercado|marché|Markt|ramo|gremio)"
      // the end of the phrase, or its verb: not "data from the market tracker Velodata"
      + "(?=\\s*(?:[,.;)]|$)|\\s+(?:suggest|suggests|show|shows|showed|indicate|indicates|mostram|muestran|montrent|"
      + "zeigen|indican|indicam))");
  /** Reports that no one is named for: "local reports", "media reports", "informes de prensa". */
  private static final Pattern BARE_REPORTS = Regexes.compile("(?iu)" + RESEARCH + "|"
      + "(?:local|media|press|news|unconfirmed|several|other|unverified)\\s+reports|(?:informaciones|informes)\\s+(?:de\\s+prensa|periodísticas?)|"
      + "(?:des\\s+)?informations\\s+de\\s+presse|Medienberichte[n]?|Presseberichte[n]?|"
      + "notícias\\s+(?:locais|da\\s+imprensa)");
  /**
   * Whether a maker is named later, before any figure: "released last week by the Resolution Foundation", "in the
   * journal Nature"; not "nutzen inzwischen 40 Prozent der Besucher".
   */
  private static boolean makerLater(String rest) {
    Matcher m = MAKER_LATER.matcher(rest);
    return m.find() && !StartSet.found(DIGIT, rest.substring(0, m.start()));
  }

  private static final Pattern MAKER_LATER = Regexes.compile("(?iu)(?<![\\p{L}])(?:by|from|of|in|at|for|de|del|des|"
      + "du|da|do|von|der|im)\\s+(?:(?:the|la|le|el|l['’]|die|das|o|a|journal|revista|revue|Zeitschrift)\\s+){0,2}"
      + "(?-i:\\p{Lu})");
  /** What names a study's maker after its noun: "by", "of", "de", "von", a name; not "nutzen", "40 Prozent". */
  private static final Pattern MAKER_NEXT = Regexes.compile("(?u)\\s+(?:(?i:by|from|for|de|del|des|du|von|der|"
      + "da|do|im|auf|commissioned|published|carried|conducted)(?![\\p{L}])|(?i:of|in|at)\\s+(?:(?i:the)\\s+)?\\p{Lu}|"
      + "\\p{Lu})");
  /** "some in the trade", "many in the industry", "algunos en el sector": people placed only by their trade. */
  private static final Pattern SOME_IN = Regexes.compile("(?iu)(?:some|many|most|those|others|several|a\\s+few|"
      + "algunos|muchos|varios|certains|beaucoup|plusieurs|einige|viele|manche|alguns|muitos|vários)\\s+(?:in|within|"
      + "across|inside|en|dentro\\s+del?|dans|im|in|aus|no|na|do|da)\\s+(?:the\\s+|el\\s+|la\\s+|le\\s+|l['’]|der\\s+|"
      + "o\\s+|a\\s+)?(?:(?-i:\\p{Ll})\\p{L}*|(?-i:\\p{Lu})\\p{Ll}+)(?:\\s+(?-i:\\p{Ll})\\p{L}*)?");
  /** "some estimates", "a recent survey", "a separate tally": a source that no one is named for. */
  private static final Pattern UNNAMED_SOURCE = Regexes.compile("(?iu)(?:(?:some|certain|algunas|ciertas|certaines|"
      + "des|unas|umas|"
      + "quelques|einige|manche|algumas|certas)\\s+(?:estimates|calculations|estimaciones|cálculos|estimations|"
      + "calculs|schätzungen|berechnungen|estimativas|cálculos)|(?:an?|one|un|una|une|ein|eine|einer|um|uma)\\s+"
      + "(?:(?-i:\\p{Ll})\\p{L}*\\s+){0,2}(?:survey|poll|study|report|tally|estimate|analysis|encuesta|estudio|informe|sondeo|"
      + "sondage|étude|rapport|estimation|umfrage|studie|bericht|schätzung|pesquisa|estudo|relatório|estimativa|"
      + "levantamento|bilan|balance|recuento|count|Bilanz|balanço|enquête|encuesta|inquérito|Erhebung|Befragung|"
      + "Untersuchung|Analyse|Auswertung)(?:\\s+(?!(?:by|from|of|for|de|del|des|du|von|der|da|do|commissioned|published|"
      + "carried|conducted|realizad[oa]|réalisée?|publicad[oa]|publiée?)\\b)(?-i:\\p{Ll})\\p{L}*){0,2})");

  private static final Pattern INVERTED_SUBJECT = Regexes.compile("(?iu)^(?:the|la|el|le|l'|l’|der|die|das|o|a|"
      + "los|las|les|its|his|her|their|son|sa|ses|leur|leurs|su|sus|seu|sua|seus|suas|sein|seine|ihr|ihre)\\s+"
      + "[^,;.]{2,60}");
  private static final Pattern WHITESPACE = Regexes.compile("\\s+");

  private static String lastWord(String s) {
    String[] w = WHITESPACE.split(s.strip());
    return w[w.length - 1];
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The subject of a speech verb: the words after it ("said the ministry") or the clause before it. */
  private static String speaker(String t, java.util.regex.MatchResult v) {
    String after = t.substring(v.end()).strip();
    Matcher a = INVERTED_SUBJECT.matcher(after);
    boolean inverted = StartSet.found(INVERTED, t.substring(0, v.start()));
    if (inverted && a.find() && !vague(a.group())) {
      return clean(v.group() + " " + a.group());
    }
    String before = t.substring(0, v.start());
    int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
        Math.max(before.lastIndexOf('”'), before.lastIndexOf('"')));
    String subject = before.substring(cut + 1).strip();
    if (RELATIVE_PRONOUN.matcher(subject).matches() && cut > 0) {
      // "Marina operators, who say ...": the antecedent speaks
      String antecedent = before.substring(0, cut);
      int from = Math.max(Math.max(antecedent.lastIndexOf(','), antecedent.lastIndexOf(';')), -1);
      subject = antecedent.substring(from + 1).strip();
    }
    String[] words = WHITESPACE.split(subject);
    if (words.length > 6) {
      subject = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 6, words.length));
    }
    int stop = indexOfAny(after, ",;.");
    String object = stop < 0 ? after : after.substring(0, stop);
    Matcher that = COMPLEMENTIZER.matcher(object); // "Dicen los entrenadores que uno de cada tres ..."
    if (that.find()) {
      object = object.substring(0, that.start());
    }
    // an empty subject leaves the object: "said analysts" is inverted speech, but "told reporters" names the hearers
    if (vague(subject) || subject.isEmpty() && !StartSet.found(ADDRESSEE_VERB, v.group()) && vague(object)
        || germanBarePlural(subject, v.group())
        || subject.isEmpty() && germanBarePlural(object.strip(), v.group())) { // "..., schätzen Stadtführer"
      return null;
    }
    return clean((subject + " " + v.group()).strip());
  }

  private static final Pattern RELATIVE_PRONOUN = Regexes.compile("(?iu)who|which|que|qui|die|der|welche");
  private static final Pattern COMPLEMENTIZER = Regexes.compile("(?iu)\\s(?:that|que|qu['’]|dass)(?![\\p{L}])");

  /**
   * Whether a German subject is one bare noun with the verb in the plural: "Schäfer klagen", "Schädlingsbekämpfer
   * berichten". A plural with no article is a crowd; a person's name takes the singular ("Schäfer klagt").
   */
  private static boolean germanBarePlural(String subject, String verb) {
    Matcher m = GERMAN_CROWD_PHRASE.matcher(subject.strip());
    return m.matches() && GERMAN_PLURAL_VERB.matcher(verb).matches()
        && !CAPITALISED_AT_START_ONLY.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Brauer", "wie Gewerkschafter", "Brauer aus der Region": one bare noun, a complement of place at most; not a
   * genitive ("Analysten der Deutschen Bank"), which names a body.
   */
  private static final Pattern GERMAN_CROWD_PHRASE = Regexes.compile("(?u)(?:(?i:wie|so)\\s+)?(\\p{Lu}\\p{Ll}{3,})"
      + "(?:\\s+(?:aus|in|im)\\s+(?:der\\s+|dem\\s+|den\\s+)?\\p{L}+)?(?:\\s+(?-i:\\p{Ll})\\p{L}*){0,3}");

  private static final Pattern GERMAN_PLURAL_VERB = Regexes.compile("(?u)(?:berichten|klagen|sagen|schätzen|"
      + "warnen|rechnen|erwarten|fürchten|beklagen|betonen|erklären|meinen|glauben|vermuten|befürchten|kritisieren|"
      + "gehen\\s+davon\\s+aus|sprechen\\s+von)(?:\\s.*)?");
  /** Words that start a sentence with a capital but are not nouns: "Viele", "Einige", "Manche". */
  private static final java.util.Set<String> CAPITALISED_AT_START_ONLY = java.util.Set.of("viele", "einige",
      "manche", "alle", "beide", "sie", "wir", "diese", "jene", "mehrere");

  private static final Pattern ADDRESSEE_VERB = Regexes.compile("(?iu)\\b(?:told|tells?|telling|informed|briefed|"
      + "wrote\\s+to|dijo\\s+a|a\\s+déclaré\\s+à|sagte\\s+(?:dem|den|der))(?!\\p{L})");

  /** Whether the claim stands inside quotation marks: someone is speaking. */
  private static boolean quoted(Article article, Sentence s, Span claim) {
    int blockStart = article.blocks().get(s.blockIndex()).span().start();
    String before = article.text().substring(Math.max(blockStart, claim.start() - 5 * WINDOW), claim.start());
    int straight = before.length() - before.replace("\"", "").length();
    return straight % 2 == 1 || lastIndex(QUOTE_OPEN, before) > lastIndex(QUOTE_CLOSE, before);
  }

  private static int lastIndex(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  private static String clean(String s) {
    String c = s.strip().replaceAll("\\s+", " ");
    return c.length() > 90 ? c.substring(0, 89) + "…" : c;
  }
}
