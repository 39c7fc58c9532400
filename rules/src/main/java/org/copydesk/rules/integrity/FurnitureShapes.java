package org.copydesk.rules.integrity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.internal.regex.StartSet;

/**
 * Furniture recognised by its grammar rather than by a fixed phrase, in the catalogue's languages: a reading
 * time ("4 min read", "Temps de lecture : 3 min"), a relative time ("Published 3 hours ago", "vor 2 Stunden"), a
 * counter ("Zugriffe: 412", "12 comments"), share buttons run together ("Share to XShare to Facebook"), a call to
 * follow or subscribe that names a channel ("Sign up to the Echo newsletter…", "Siga-nos no Instagram…") and a
 * paywall cut-off ("Il vous reste 71 % de cet article à lire"). Each test reads one whole line.
 */
final class FurnitureShapes {
  private FurnitureShapes() {}

  private static final String MINUTES = "(?:min\\p{L}*|мин\\p{L}*|dk|dakika)\\.?";
  private static final String READ_NOUN = "(?:(?:estimated\\s+)?(?:reading|read)\\s+time|lesezeit|lesedauer|leestijd|"
      + "leesduur|temps\\s+de\\s+lecture|lecture|tiempo\\s+de\\s+lectura|lectura|tempo\\s+de\\s+leitura|leitura|"
      + "tempo\\s+di\\s+lettura|lettura|время\\s+чтения|чтение|okuma\\s+süresi|okunma\\s+süresi)";
  private static final Pattern READING_TIME = Pattern.compile("(?iu)^\\W*" + READ_NOUN
      + "\\s*:?\\s*(?:(?:de|di|da)\\s+)?(?:~|ca\\.?|circa|environ|aprox\\.?|около)?\\s*\\d+\\s*(?:-\\s*\\d+\\s*)?"
      + MINUTES + "\\W*$|"
      + "^\\W*\\d+\\s*(?:-\\s*\\d+\\s*)?-?" + MINUTES + "\\s+(?:(?:de|di|da)\\s+)?(?:read|reading|lectura|lecture|"
      + "leitura|lettura|lesezeit|lesedauer|leestijd|lezen|leesduur|чтения|okuma(?:\\s+süresi)?)\\b"
      + "[^.!?]{0,40}$|^\\W*\\d+\\s*dakikada\\s+okunur\\W*$");

  private static final String RELATIVE = "(?:\\d+\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|"
      + "months?|h|m|d)\\.?\\s+ago|hace\\s+\\d+\\s+(?:segundos?|minutos?|min|horas?|h|días?|semanas?)|"
      + "il\\s+y\\s+a\\s+\\d+\\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?)|"
      + "vor\\s+\\d+\\s+(?:sekunden?|minuten?|min\\.?|stunden?|std\\.?|tagen?|wochen?)|"
      + "há\\s+\\d+\\s+(?:segundos?|minutos?|min|horas?|h|dias?|semanas?)|"
      + "\\d+\\s+(?:secondi|minuti|min|ore|ora|giorni|giorno|settimane)\\s+fa|"
      + "\\d+\\s+(?:seconden|minuten|min|uur|dagen|dag|weken)\\s+geleden|"
      + "\\d+\\s+(?:секунд\\p{L}*|минут\\p{L}*|мин\\.?|час\\p{L}*|дн\\p{L}*|день|недел\\p{L}*)\\s+назад|"
      + "\\d+\\s+(?:saniye|dakika|dk|saat|gün|hafta)\\s+önce|"
      // "Gisteren, 17:12", "Yesterday at 9:41", "Heute, 08:15 Uhr"
      + "(?:yesterday|today|ayer|hoy|hier|aujourd'hui|gestern|heute|ontem|hoje|ieri|oggi|gisteren|vandaag|"
      + "вчера|сегодня|dün|bugün),?\\s+(?:at\\s+|à\\s+|a\\s+las\\s+|um\\s+|às\\s+|alle\\s+|om\\s+|в\\s+)?"
      + "\\d{1,2}[:h.]\\d{2}(?:\\s*(?:uhr|h|am|pm))?)";
  private static final Pattern RELATIVE_TIME = Pattern.compile("(?iu)^\\W*(?:(?:published|posted|updated|"
      + "last\\s+updated|publicado|actualizado|atualizado|publié|mis\\s+à\\s+jour|veröffentlicht|aktualisiert|"
      + "pubblicato|aggiornato|gepubliceerd|bijgewerkt|geplaatst|опубликовано|обновлено|yayınlandı|yayınlanma|"
      + "güncellendi|güncelleme)\\s*:?\\s*)?" + RELATIVE + "\\W*$");

  private static final String COUNTED = "(?:views|hits|reads|zugriffe|aufrufe|gelesen|visitas|lecturas|vues|lectures|"
      + "visualizações|visualizacoes|acessos|leituras|visite|letture|visualizzazioni|weergaven|gelezen|"
      + "просмотр\\p{L}*|görüntülenme|okunma|comments?|kommentare?|comentarios?|commentaires?|comentários?|"
      + "commenti|commento|reacties|reactie|комментари\\p{L}*|yorum(?:lar)?|likes?|shares?|replies|respuestas|"
      + "réponses|antworten|respostas|risposte|antwoorden|ответ\\p{L}*|yanıt(?:lar)?|mal\\s+gelesen|"
      + "mal\\s+aufgerufen|keer\\s+bekeken|affichages|notes|not|reblogs?|restacks?|visualização|geteilt|"
      + "shared|compartido|partagé|compartilhado|condiviso|gedeeld)";
  private static final Pattern COUNTER = Pattern.compile("(?iu)^\\W*+" + COUNTED + "\\s*+:?\\s*+\\d[\\d.,\\s]*+$|"
      // "★★★★★ 4.8 from 126 votes"
      + "^[★☆✩✪\\s]++\\d(?:[.,]\\d)?\\s*+(?:/\\s*5\\s*)?(?:(?:from|de|sur|von|su|van|из|da)\\s+)?[\\d.,\\s]*+"
      + "\\p{L}{0,12}$|"
      + "^\\W*+\\d[\\d.,\\s\\u00a0]*+[kKmM]?\\s*+" + COUNTED + "\\W*$|"
      // "312 Followers", "1.2K seguidores" (not "Paid subscribers: 640", a figure of the story)
      + "^\\W*+\\d[\\d.,]*+\\s*+(?:[kKmM]|mil|тыс\\.?)?\\s*+(?:followers?|seguidores|abonnés|volgers|takipçi|"
      + "follower|abonnenten|iscritti|suscriptores|inscritos|подписчик\\p{L}*|upvotes?|points?\\s+·)\\W*$|"
      // "Comentarios (14)", "View comments (212)"
      + "^\\W*(?:(?:view|show|see|ver|voir|afficher|zeige|mostra|bekijk)\\s+(?:all\\s+|les\\s+|los\\s+|os\\s+)?)?"
      + COUNTED + "\\s*\\(\\d[\\d.,]*\\)$");
  /** "👁 2 418", "💬 7": a symbol, then a number (the symbol is checked in code, one code point at a time). */
  private static final Pattern SYMBOL_COUNTER = Pattern.compile("^[\\p{So}\\p{Sk}\\x{FE0F}\\s]++\\d[\\d.,\\s\\u00a0]*+"
      + "\\p{L}{0,12}$");

  private static boolean counter(String t) {
    if (COUNTER.matcher(t).matches()) {
      return true;
    }
    int i = 0;
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i < t.length() && Character.getType(t.codePointAt(i)) == Character.OTHER_SYMBOL
        && SYMBOL_COUNTER.matcher(t).matches();
  }

  /** A bare duration inside a meta row ("⏱ 3 min"). */
  private static final Pattern DURATION = Pattern.compile("(?iu)^[\\p{So}\\x{FE0F}\\s]*\\d+\\s*" + MINUTES + "$");
  private static final Pattern META_SEPARATOR = Pattern.compile("\\s+[|·•—]\\s+|\\s*\\|\\s*");
  /** "Jun 12, 2025", "12 juin 2025", "12.06.2025": a date may stand in a meta row beside a reading time. */
  static final Pattern DATE_PART = Pattern.compile("(?iu)^(?:\\p{L}{3,10}\\.?\\s+\\d{1,2},?\\s+\\d{4}|"
      + "\\d{1,2}\\.?\\s+(?:de\\s+)?\\p{L}{3,10}\\.?\\s+(?:de\\s+)?\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})$");
  private static final Pattern EMPHASIS_MARKS = Pattern.compile("[*_]+");

  /** Buttons run together: "Email ThisBlogThis!Share to XShare to Facebook" (a word, or a capital, then a word). */
  private static final Pattern CAMEL_JOIN = Pattern.compile("(?<=[\\p{Ll}!])(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
  private static final Pattern SHARE_TO = Pattern.compile("(?iu)\\b(?:share|compartir|compartilhar|compartilhe|"
      + "partilhar|partager|teilen|condividi|condividere|delen|поделиться|paylaş)\\s+(?:(?:to|on|en|em|no|na|sur|"
      + "auf|bei|su|op|via|in|в|ile|per|por|via)\\s+)?(?:facebook|x|twitter|pinterest|whats\\s?app|linked\\s?in|telegram|"
      + "reddit|e-?mail|threads|bluesky|vk|tumblr|messenger|flipboard)\\b|"
      // the network first, then the verb: "WhatsApp'ta paylaş", "Pinterest'e kaydet"
      + "\\b(?:facebook|x|twitter|pinterest|whats\\s?app|linked\\s?in|telegram)(?:['’]\\p{L}{1,3})?\\s+"
      + "(?:paylaş|kaydet)(?![\\p{L}])");
  private static final int SHARE_ROW_MAX_WORDS = 24;

  private static final Pattern THANKS_FOR_READING = Pattern.compile("(?iu)^\\W*(?:thanks|thank\\s+you)\\s+for\\s+"
      + "reading|^\\W*gracias\\s+por\\s+leer|^\\W*merci\\s+(?:de\\s+(?:votre\\s+lecture|nous\\s+lire|lire)|"
      + "d'avoir\\s+lu)|^\\W*(?:vielen\\s+)?dank(?:e)?\\s+f(?:ü|ue)rs\\s+lesen|^\\W*obrigad[oa]\\s+por\\s+(?:ler|"
      + "acompanhar)|^\\W*grazie\\s+per\\s+(?:aver\\s+letto|la\\s+lettura)|^\\W*bedankt\\s+voor\\s+het\\s+lezen|"
      + "^\\W*спасибо,?\\s+что\\s+(?:прочитали|читаете|дочитали)|^\\W*okuduğunuz\\s+için\\s+teşekkür");
  private static final Pattern SUBSCRIBE_WORD = Pattern.compile("(?iu)subscri|suscr|abonn|assin|inscre|iscriv|"
      + "abbona|abonneer|подпи|abone");
  /** An imperative that opens a call to follow, join or subscribe. */
  private static final Pattern CALL = Pattern.compile("(?iu)^\\W*(?:[\\p{L}-]{2,20}\\s*:\\s*)?(?:sign\\s+up|listen|"
      + "escucha|escuchá|écoutez|hören\\s+sie|hör|ouça|ascolta|luister|слушайте|dinleyin|"
      + "subscribe|follow|join|get|download|"
      + "stay\\s+(?:up\\s+to\\s+date|informed|connected)|regístrate|registrate|suscríbete|suscribite|síguenos|"
      + "seguinos|sigue|únete|descarga|descárgate|descargue|recibe|participe|tritt|inscrivez-vous|abonnez-vous|suivez|suivez-nous|rejoignez|"
      + "téléchargez|recevez|melden\\s+sie\\s+sich|abonnieren\\s+sie|abonniere|abonnier|folgen\\s+sie|folge|"
      + "laden\\s+sie|holen\\s+sie|hol\\s+dir|erhalten\\s+sie|word\\s+abonnee|word\\s+lid|inscreva-se|assine|siga|siga-nos|sigam|acompanhe|baixe|receba|"
      + "cadastre-se|subscreva|iscriviti|abbonati|seguici|segui|scarica|ricevi|schrijf\\s+je\\s+in|"
      + "meld\\s+je\\s+aan|abonneer|volg|ontvang|подпишитесь|подписывайтесь|присоединяйтесь|скачайте|"
      + "следите|abone\\s+ol|takip\\s+edin|katılın|indirin)(?![\\p{L}-])");
  /** Where the call sends the reader. */
  static final Pattern CHANNEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:newsletters?|nieuwsbrief|inbox|e-?mail|instagram|"
      + "facebook|whatsapp|telegram|youtube|tiktok|twitter|threads|bluesky|linkedin|google\\s+news|app|apps|"
      + "aplicación|aplicativo|appli|applicazione|canal|channel|kanal|canale|kanaal|boletín|boletim|"
      + "lettre\\s+d'information|infolettre|postfach|bandeja|caixa\\s+de\\s+entrada|casella|podcast|"
      + "notifica\\p{L}*|alerts?|alertas?|benachrichtigungen|рассылк\\p{L}*|канал\\p{L}*|bülten\\p{L}*|celular|"
      + "móvil|smartphone|telemóvel|application|applicatie|uygulama\\p{L}*|приложени\\p{L}*|spotify|"
      + "apple\\s+podcasts|podcasts?|deezer|soundcloud|pocket\\s+casts|overcast|castbox|podcast\\s+addict|"
      + "patreon|ko-fi|telefone|téléphone|telefono|telefoon|телефон\\p{L}*)(?![\\p{L}])");
  private static final int CALL_MAX_WORDS = 30;
  /** "Google News'te bizi takip edin", "Auf Instagram folgen": the channel first, then the call. */
  /** "Bizi Google News üzerinden takip edin": the call at the end of a short line that names the channel. */
  private static final Pattern FOLLOW_AT_END = Pattern.compile("(?iu)(?<![\\p{L}])(?:takip\\s+edin|takip\\s+et|folgen|"
      + "volgen|suivez-nous|seguici|follow\\s+us|síguenos|siga-nos|подписывайтесь)\\W*$");
  private static final int FOLLOW_LINE_WORDS = 12;
  /**
   * A shop button closing a line after its price ("£249.99 at Brightmart View Deal", "desde 68 €/noche Ver
   * disponibilidad", "249 € chez Boulangère Digital Voir l'offre"): the price, maybe the shop's name after "at", then
   * the call to buy or book; "3 Stocks Under $20 to Buy Now" and "… por 300 € que puedes comprar" are headlines.
   */
  private static final Pattern SHOP_CALL = Pattern.compile("(?iu)(?:[€$£₺₽]\\s?\\d[\\d.,]*|(?<![\\p{L}\\d])\\d[\\d.,]*"
      + "\\s?(?:[€$£₺₽]|eur|tl)(?![\\p{L}]))(?:\\s*/\\s*\\p{L}+)?(?:\\s+(?:at|from|chez|bei|en|em|da|bij|у|в)\\s+"
      + "[\\p{L}\\p{N}'’&.-]+(?:\\s+[\\p{L}\\p{N}'’&.-]+){0,3})?\\s*[|·•→»]?\\s*(?<![\\p{L}])"
      + "(?:view\\s+deal|see\\s+deal|check\\s+(?:price|availability)|buy\\s+now|shop\\s+now|book\\s+now|"
      + "ver\\s+(?:oferta|disponibilidad|precio)|comprar\\s+ahora|voir\\s+l['’]offre|voir\\s+le\\s+prix|acheter|"
      + "zum\\s+angebot|jetzt\\s+(?:kaufen|buchen)|preis\\s+prüfen|vedi\\s+(?:offerta|prezzo)|acquista\\s+ora|"
      + "bekijk\\s+(?:aanbieding|prijs|deal)|ver\\s+preço|comprar|reservar|teklifi\\s+gör|satın\\s+al|купить|"
      + "забронировать|к\\s+предложению)\\W*$");
  private static final int SHOP_CALL_MAX_WORDS = 16;
  /**
   * A feed's footer, as WordPress writes it in every language ("The post … appeared first on …", "Der Beitrag …
   * erschien zuerst auf …", "L'article … est apparu en premier sur …").
   */
  private static final Pattern FEED_FOOTER = Pattern.compile("(?iu)^\\W*(?:the\\s+post|der\\s+beitrag|l['’]article|"
      + "la\\s+entrada|el\\s+artículo|la\\s+publicación|o\\s+post|a\\s+publicação|l['’]articolo|il\\s+post|"
      + "het\\s+bericht|de\\s+post|запись|публикация|yazı)\\s.{1,300}?\\s(?:appeared\\s+first\\s+on|"
      + "erschien\\s+zuerst\\s+auf|est\\s+apparu\\s+en\\s+premier\\s+sur|apareció\\s+primero\\s+en|"
      + "apareceu\\s+primeiro\\s+em|foi\\s+publicad[oa]\\s+primeiro\\s+em|è\\s+apparso\\s+(?:per\\s+la\\s+prima\\s+"
      + "volta|prima)\\s+su|verscheen\\s+eerst\\s+op|впервые\\s+появилась\\s+на|ilk\\s+olarak)\\s");
  /**
   * A web archive's or a search cache's banner over a saved copy: it names the archive or the cache, and the address
   * it saved ("The Wayback Machine - https://web.archive.org/…", "Esta es la versión en caché de https://…").
   */
  private static final Pattern ARCHIVE_BANNER = Pattern.compile("(?iu)wayback\\s+machine|archive\\.(?:today|ph|is)\\b|"
      + "webpage\\s+capture|cache[d]?\\s+(?:version|copy)\\s+of|google's\\s+cache|versión\\s+en\\s+caché|"
      + "version\\s+en\\s+cache|in\\s+de\\s+cache\\s+opgeslagen|im\\s+cache|versão\\s+em\\s+cache|"
      + "copia\\s+cache|сохран[её]нная\\s+копия|önbellek");
  private static final Pattern ADDRESS = Pattern.compile("(?i)https?://|www\\.|\\b[a-z0-9-]+\\.(?:com|org|net|example|"
      + "[a-z]{2})/");
  private static final int BANNER_MAX_WORDS = 40;
  /** A quote widget's arrow before a change ("▼38.60", "▲6,21%"); prose says "rose" and "fell". */
  private static final Pattern QUOTE_ARROW = Pattern.compile("[▲▼△▽]\\s?[%]?\\d");
  /**
   * A ticker's entry: a value, then its signed change ("18.742,15 +0,38 %", "7 612,45 -0,05 %"); a headline puts words
   * before its changes ("DAX schließt +1,2 %") and a range a space after its dash ("1 - 1.5 %").
   */
  private static final Pattern TICKER_ENTRY = Pattern.compile("\\d[\\d.,]*\\s?(?:[€$£₽]|p|pts|tl)?\\s+[+−–-]\\d{1,3}"
      + "(?:[.,]\\d{1,2})?\\s?%", Pattern.CASE_INSENSITIVE);
  private static final int TICKER_CHANGES = 2;
  private static final int QUOTE_MAX_WORDS = 24;

  /** "Support the show on Patreon": a call to pay the site, not "support" in the news. */
  private static final Pattern SUPPORT_US = Pattern.compile("(?iu)^\\W*(?:support|apoya|soutenez|unterstütze|"
      + "unterstützen\\s+sie|apoie|sostieni|steun|поддержите|destek\\s+olun)(?![\\p{L}]).*(?<![\\p{L}])(?:patreon|ko-fi|"
      + "steady|tipeee|buy\\s+me\\s+a\\s+coffee)(?![\\p{L}])");
  private static final Pattern CHANNEL_FOLLOW = Pattern.compile("(?iu)^\\W*(?:auf\\s+|on\\s+|en\\s+|sur\\s+|no\\s+|"
      + "su\\s+|op\\s+|в\\s+)?(?:google\\s+news|instagram|facebook|whatsapp|telegram|youtube|tiktok|twitter|threads|"
      + "linkedin)\\S*\\s+(?:\\S+\\s+){0,2}(?:takip\\s+edin|takip\\s+et|folgen|volgen|volg\\s+ons|suivez-nous|"
      + "síguenos|siga-nos|seguici|follow\\s+us|подпишитесь)(?![\\p{L}])");
  /** A quotation is somebody's words in the story, never a site's prompt. */
  static final Pattern QUOTES = Pattern.compile("[\"“”«»„]");
  /** "Follow the money, the prosecutor told the jury": reported speech is the story's. */
  private static final Pattern SPEECH = Pattern.compile("(?iu)(?<![\\p{L}])(?:said|says|told|tells|according|dijo|"
      + "afirmó|declaró|a\\s+(?:dit|déclaré|affirmé)|sagte|erklärte|betonte|disse|afirmou|declarou|ha\\s+detto|"
      + "dichiarato|zei|verklaarde|сказал\\p{L}*|заявил\\p{L}*|dedi|söyledi)(?![\\p{L}])");

  private static final Pattern PAYWALL = Pattern.compile("(?iu)(?:réservée?s?|reserved|reservad[oa]s?|"
      + "exclusiv[oa]s?|exclusive|exclusif|exclusives?|vorbehalten|riservat[oa]|exclusief|only)\\s+(?:(?:for|to|aux|"
      + "à|a|para|per|für|voor|pour)\\s+)?(?:(?:nos|our|los|nuestros|os|nossos|i|nostri|unseren|unsere|onze|les|"
      + "ai)\\s+)?(?:abonnés|subscribers|suscriptores|assinantes|abonnenten|abonnentinnen|abbonati|abonnees|"
      + "members|membres|miembros|membros|mitglieder|leden|подписчиков|abonelere)|"
      + "(?:il\\s+vous\\s+reste|te\\s+quedan?|le\\s+quedan?|ihnen\\s+fehlen|faltam|ti\\s+resta|you\\s+have)\\s+"
      + "(?:(?:encore|noch|ainda|ancora|still)\\s+)?\\d+\\s*%|"
      + "\\bfor\\s+subscribers\\s+only\\b|\\bsubscribers\\s+only\\b|\\bnur\\s+für\\s+abonnenten\\b");
  /** "Para continuar lendo, assine o Correio": to read on, subscribe. */
  private static final Pattern READ_ON_SUBSCRIBE = Pattern.compile("(?iu)^\\W*(?:to\\s+(?:continue|keep)\\s+reading|"
      + "para\\s+(?:continuar|seguir)\\s+(?:leyendo|lendo)|pour\\s+(?:continuer\\s+à\\s+lire|lire\\s+la\\s+suite)|"
      + "um\\s+weiterzulesen|per\\s+continuare\\s+a\\s+leggere|om\\s+verder\\s+te\\s+lezen|"
      + "чтобы\\s+(?:продолжить|дочитать)|okumaya\\s+devam\\s+etmek\\s+için)\\b.*(?:subscri|suscr|abonn|abo\\b|assin|"
      + "iscriv|abbona|abonneer|подпи|abone|log\\s+in|inicia|connect|anmeld|entr)");
  private static final int PAYWALL_LABEL_WORDS = 5;
  /** The cut-off speaks to the reader or points at this article, not about a paywall in the news. */
  private static final Pattern PAYWALL_DEIXIS = Pattern.compile("(?iu)(?<![\\p{L}])(?:you|your|vous|votre|te|tu|"
      + "ihnen|sie|você|voce|lei|je|u|вы|вам|siz|this\\s+(?:article|story|content|post)|"
      + "(?:este|esta)\\s+(?:artículo|artigo|contenido|conteúdo|nota|matéria|reportaje)|"
      + "cet\\s+article|ce\\s+contenu|la\\s+suite|dieser\\s+(?:artikel|beitrag|inhalt)|"
      + "questo\\s+(?:articolo|contenuto)|dit\\s+(?:artikel|bericht)|the\\s+rest|el\\s+resto|o\\s+resto|"
      + "der\\s+rest|il\\s+resto|de\\s+rest|bu\\s+(?:içerik|haber|makale)|эт(?:а|от|у)\\s+(?:стать\\p{L}*|"
      + "материал\\p{L}*))(?![\\p{L}])");
  private static final int PAYWALL_MAX_WORDS = 40;

  private static final String CONTENT_NOUNS_EN = "(?:articles|posts|stories|recipes|news|topics|threads|videos|"
      + "reads|guides|reviews|press\\s+releases|releases)";
  /** "Related recipes", "Temas similares", "Ähnliche Beiträge", "Похожие рецепты": a list header by grammar. */
  private static final Pattern RELATED_HEADER = Pattern.compile("(?iu)^\\W*(?:"
      + "(?:related|similar|more|other|recommended|trending|popular|latest|recent|top|suggested)\\s+"
      + CONTENT_NOUNS_EN + "|"
      + "(?:artículos|entradas|noticias|recetas|temas|publicaciones|historias|vídeos|videos)\\s+(?:relacionad[oa]s|"
      + "similares|recomendad[oa]s|populares|destacad[oa]s|sugerid[oa]s)|(?:más|otras|otros|últimas|últimos)\\s+"
      + "(?:noticias|recetas|artículos|entradas|historias)|"
      + "(?:artigos|posts|notícias|receitas|matérias|temas|postagens|publicações|vídeos)\\s+(?:relacionad[oa]s|"
      + "semelhantes|recomendad[oa]s|populares|sugerid[oa]s)|(?:mais|outras|outros|últimas|últimos)\\s+"
      + "(?:notícias|receitas|artigos|matérias|postagens)|"
      + "(?:articles|recettes|sujets|actualités|publications|vidéos)\\s+(?:similaires|liés|associés|recommandés|"
      + "populaires|suggérés)|(?:autres|derniers|dernières|plus\\s+d')\\s*(?:articles|recettes|actualités)|"
      + "ces\\s+articles\\s+(?:peuvent|pourraient)\\s+vous\\s+intéresser|"
      // "Dit vind je misschien ook lekker", "Das könnte Sie auch schmecken", "You might also enjoy"
      + "(?:dit|deze|dat)\\s+(?:vind\\s+je|vindt\\s+u)\\s+(?:misschien\\s+|wellicht\\s+)?ook\\s+\\p{L}+|"
      + "(?:das|dies|diese)\\s+(?:könnte|könnten)\\s+(?:sie|dich|ihnen|dir|euch)\\s+auch\\s+\\p{L}+|"
      + "you\\s+(?:may|might|will)\\s+also\\s+(?:like|enjoy|love|want)|"
      + "(?:también\\s+)?(?:te|le|os)\\s+(?:puede|pueden|podría|podrían)\\s+(?:interesar|gustar|encantar)(?:\\s+\\p{L}+)?|"
      + "vous\\s+(?:aimerez|pourriez\\s+aimer|allez\\s+aimer|adorerez)\\s+(?:aussi|également)|"
      + "(?:você\\s+)?(?:também\\s+)?(?:pode|poderá)\\s+(?:gostar|se\\s+interessar)|"
      + "(?:ti\\s+)?potrebbe(?:ro)?\\s+(?:anche\\s+)?(?:interessarti|piacerti)|"
      + "вам\\s+(?:также\\s+)?(?:может|могут)\\s+(?:понравиться|быть\\s+интересн\\p{L}*)|"
      + "(?:bunlar(?:ı)?\\s+da\\s+)?(?:ilginizi\\s+çekebilir|beğenebilirsiniz)|"
      + "(?:ähnliche|verwandte|weitere|andere|beliebte|neueste|empfohlene)\\s+(?:artikel|beiträge|rezepte|themen|"
      + "nachrichten|meldungen|videos|geschichten)|"
      + "(?:articoli|ricette|notizie|post|temi|video|storie)\\s+(?:correlat[ie]|simili|consigliat[ie]|popolari|"
      + "suggerit[ie])|(?:altre|altri|ultime|ultimi)\\s+(?:notizie|ricette|articoli|storie)|"
      + "(?:gerelateerde|vergelijkbare|andere|meer|populaire|recente|aanbevolen)\\s+(?:artikelen|berichten|"
      + "recepten|nieuws|onderwerpen|video's|verhalen)|"
      + "(?:похожие|другие|популярные|последние|рекомендуемые|ещё|еще)\\s+(?:статьи|новости|рецепты|материалы|"
      + "записи|темы|публикации|посты)(?:\\s+\\p{L}+)?|"
      + "(?:benzer|ilgili|diğer|popüler|son)\\s+(?:haberler|yazılar|tarifler|içerikler|konular)|"
      // other press releases: "Otros comunicados", "Weitere Pressemitteilungen", "Autres communiqués"
      + "(?:otros|otras|más|weitere|andere|autres|outros|mais|altri|altre|andere|meer|другие|diğer)\\s+"
      + "(?:comunicados|pressemitteilungen|communiqués|comunicati|persberichten|пресс-релизы|basın\\s+bültenleri)|"
      // "More from Priya Lanfear and Quiet Archives", "Plus de Yahoo Actualités", "Mehr aus der Region" (not
      // "Más de 300 personas", which is "more than")
      + "(?:more\\s+from|more\\s+in|discover\\s+more\\s+from|descubre\\s+más\\s+de|découvrez\\s+plus\\s+de|"
      + "entdecke\\s+mehr\\s+von|descubra\\s+mais\\s+de|scopri\\s+di\\s+più\\s+da|ontdek\\s+meer\\s+van|"
      + "plus\\s+de|mehr\\s+aus|mehr\\s+von|más\\s+de|mais\\s+de|altro\\s+da|"
      + "altri\\s+da|meer\\s+van|meer\\s+uit|ещё\\s+из|еще\\s+из|больше\\s+из)\\s+"
      // a name: capitalised words, maybe after an article ("der Region"); "Más de cien personas" is a number
      + "(?:(?:der|dem|den|the|la|le|les|el|los|las|o|a|os|as|da|do|di|del|della|de|het)\\s+)?"
      + "(?-i:\\p{Lu})[\\p{L}'’&-]*+(?:\\s+[\\p{L}&][\\p{L}'’&-]*+){0,5})\\s*:?\\s*$");
  private static final int RELATED_HEADER_WORDS = 8;
  /** "Gostou? Salve no Pinterest e compartilhe!": a call to share, save or comment that ends in "!". */
  private static final Pattern SHARE_CALL = Pattern.compile("(?iu)(?<![\\p{L}])(?:share|save|pin|comment|tag|"
      + "compártela|compártelo|comparte|compartir|guárdala|guárdalo|guarda|comenta|partagez|partage|enregistrez|"
      + "épinglez|commentez|teilen|teile|speichern|speichere|merken|kommentieren|kommentiere|compartilhe|"
      + "partilhe|salve|guarde|comente|condividi|condividila|salva|salvala|commenta|deel|bewaar|reageer|"
      + "поделитесь|сохраните|комментируйте|прокомментируйте|paylaşın|paylaş|kaydedin|yorum\\s+yapın)(?![\\p{L}])");
  private static final int SHARE_CALL_WORDS = 20;
  /** Where or with whom to share ("… with your friends!", "… on Pinterest!"), so "Save me, Hadvar!" is not a call. */
  private static final Pattern SHARE_OBJECT = Pattern.compile("(?iu)(?<![\\p{L}])(?:pinterest|friends?|amig[oa]s|amis|"
      + "freunden|freundinnen|amici|amiche|vrienden|друзьями|arkadaşlarınla|recipe|receta|recette|rezept|receita|"
      + "ricetta|recept|рецепт|tarif)(?![\\p{L}])");

  /** "2 hours ago | 134 views", "Lecture 4 min · 3 commentaires": every part of the row is page metadata. */
  private static boolean isMetaRow(String line) {
    String[] parts = META_SEPARATOR.split(EMPHASIS_MARKS.matcher(line).replaceAll("").strip());
    if (parts.length < 2) {
      return false;
    }
    int meta = 0;
    int labels = 0;
    boolean durationsOnly = true;
    for (String part : parts) {
      String p = part.strip();
      if (p.isEmpty()) {
        return false;
      }
      boolean duration = DURATION.matcher(p).matches();
      if (READING_TIME.matcher(p).matches() || RELATIVE_TIME.matcher(p).matches() || counter(p) || duration
          || READERS.matcher(p).matches()) {
        meta++;
        durationsOnly &= duration;
      } else if (SECTION_LABEL.matcher(p).matches()) {
        labels++; // the section the page files the story under ("Energie · 02.06.2025 · 🕑 2 Min.")
      } else if (DATE_PART.matcher(p).matches()) {
        durationsOnly = false;
      } else {
        return false;
      }
    }
    // a date alone is a dateline; beside a reading time or a counter it is the page's meta row, and so is one
    // section's name beside them, but not beside a bare duration ("Zubereitung · 45 Min." is a recipe's)
    return meta > 0 && (labels == 0 || labels == 1 && !durationsOnly);
  }

  /** "12,004 readers": a count of readers, meta beside another part of a meta row only ("Readers: 14,000" is a fact). */
  private static final Pattern READERS = Pattern.compile("(?iu)^\\W*\\d[\\d.,\\s\\u00a0]*+\\s*(?:readers|lectores|"
      + "lecteurs|leser|leitores|lettori|lezers|читател\\p{L}*|okuyucu|okur)\\W*$");
  /** A section's name in a meta row: one capitalised word ("Staff Writer • 5 min read" is a byline). */
  private static final Pattern SECTION_LABEL = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");

  /** A short row that carries a relative time: "Unread post by marjorie_p » 1 hour ago", "Giriş: 2 saat önce". */
  private static final Pattern HAS_RELATIVE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + RELATIVE + "(?![\\p{L}])");
  private static final int RELATIVE_ROW_WORDS = 10;
  /** "12/01/2024 07h45 Atualizado há 2 horas" carries the publication date: a credit, not furniture. */
  static final Pattern ABSOLUTE_DATE = Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
  /** A platform or theme credit: "Powered by phpBB", "Tema Newspaper por tagDiv", "Gemaakt met Ghost". */
  private static final Pattern PLATFORM = Pattern.compile("(?iu)(?<![\\p{L}])(?:wordpress|jetpack|blogger|blogspot|"
      + "ghost|substack|wix|squarespace|tumblr|weebly|jimdo|drupal|joomla!?|phpbb|vbulletin|discourse|tagdiv|"
      + "jegtheme|jnews|generatepress|astra|elementor|divi|genesis\\s+framework|themeforest|the\\s+trust\\s+project)"
      + "(?![\\p{L}])");
  private static final String PLATFORMS = "(?:wordpress|jetpack|blogger|blogspot|ghost|substack|wix(?:\\.com)?|"
      + "squarespace|tumblr|weebly|jimdo|drupal|joomla!?|phpbb®?|vbulletin|discourse|tagdiv|jegtheme|jnews|"
      + "generatepress|astra|elementor|divi|themeforest)";
  /**
   * The credit itself: a line that opens with a credit verb ("Powered by", "Diseñado por", "Crie seu próprio
   * site com a Wix"), or ends with a preposition and the platform ("Tema Newspaper por tagDiv", "Erstellt mit
   * GeneratePress"), or names the platform's software or theme ("Joomla! ist freie … Software").
   */
  private static final Pattern PLATFORM_CREDIT = Pattern.compile("(?iu)^\\W*(?:©|\\(c\\)|powered|proudly|"
      + "fièrement|orgulhosamente|orgogliosamente|stolz|trots|theme\\s+by|tema|thème|designed|diseñado|"
      + "desenvolvido|réalisé|conçu|erstellt|gemaakt|made\\s+with|built\\s+with|created\\s+with|creado|criado|"
      + "realizzato|crie|crea|create|cree|créez|erstelle|maak|propulsé|fourni|con\\s+tecnología|"
      + "tecnologia\\s+d[oa])(?![\\p{L}])|"
      + "(?<![\\p{L}])(?:by|por|par|von|da|door|mit|met|with|con|com|на|a|de)\\s+(?:the\\s+|a\\s+)?" + PLATFORMS
      + "\\W*$|" + PLATFORMS + ".{0,60}(?<![\\p{L}])(?:software|theme|thème|tema)\\W*$");
  private static final int CREDIT_WORDS = 16;
  /** "Hier im App Store und bei Google Play": a line that sends the reader to an app store. */
  private static final Pattern APP_STORE = Pattern.compile("(?iu)app\\s+store|google\\s+play|play\\s+store|"
      + "appgallery");
  /** "You must be logged in to comment", "Je moet ingelogd zijn om te reageren". */
  private static final Pattern LOGIN = Pattern.compile("(?iu)(?<![\\p{L}])(?:log(?:ged)?\\s+in|sign(?:ed)?\\s+in|"
      + "register|anmelden|angemeldet|melden\\s+sie\\s+sich|einloggen|ingelogd|inloggen|connecté|connectez|"
      + "identifiez|conectado|inicia\\s+sesión|iniciar\\s+sesión|iniciar\\s+sessão|inicie\\s+sessão|regístrate|logado|"
      + "faça\\s+login|entre|accedi|registrati|войдите|войти|"
      + "зарегистрироваться|"
      + "авторизуйтесь|giriş\\s+yap\\p{L}*)(?![\\p{L}])");
  private static final Pattern COMMENTING = Pattern.compile("(?iu)(?<![\\p{L}])(?:comment\\p{L}*|kommentar\\p{L}*|"
      + "kommentieren|reageren|reactie\\p{L}*|commenter|comentar\\p{L}*|comentário\\p{L}*|commentare|"
      + "commenti|комментар\\p{L}*|yorum\\p{L}*)(?![\\p{L}])");
  private static final int LOGIN_WORDS = 20;
  /** An app-store line is a button or a short prompt, not a sentence (in any script). */
  private static final int APP_LINE_CHARS = 100;
  /** "Assine já e tenha acesso ilimitado", "Eerste maand gratis": an offer of unlimited or free reading. */
  private static final Pattern OFFER = Pattern.compile("(?iu)(?:(?:first|premier|primer|primeiro|primo|erste[nr]?|eerste)"
      + "\\s+(?:month|mois|mes|mês|mese|monat|maand)\\s+(?:free|gratuit|gratis|grátis|kostenlos|gratuito)|"
      + "^\\W*(?:subscribe|suscríbete|abonnez-vous|abonnieren|assine|iscriviti|abbonati|word\\s+abonnee|"
      + "abonneer|подпишитесь|abone\\s+ol)\\b.*(?:unlimited|ilimitad[oa]|illimité|unbegrenzt|illimitat[oa]|"
      + "onbeperkt|безлимит\\p{L}*|sınırsız))");
  /** "#street art", "#lowbridge": a tag line of a Tumblr or Instagram post. */
  private static final Pattern HASHTAG_LINE = Pattern.compile("^\\s*#\\p{L}[\\p{L}\\p{N}_'’ -]{0,40}$");
  /** "#brocéliande #forêt #oiseaux": a row of two or more hashtags is never prose. */
  private static final Pattern HASHTAG_ROW = Pattern.compile("^\\s*(?:#\\p{L}[\\p{L}\\p{N}_'’-]*[\\s,]*){2,20}$");

  /**
   * A question to the reader about this piece, then a call: "¿Te ha gustado? ¡Compártelo!", "Hat Ihnen der Artikel
   * gefallen? Jetzt bewerten!", "Did you make this recipe? Tag us on Instagram".
   */
  private static final Pattern READER_QUESTION = Pattern.compile("(?iu)^\\W*(?:did\\s+you\\s+(?:like|enjoy|love|make|"
      + "try|cook|bake)\\s+(?:this|it)|(?:liked|enjoyed|loved)\\s+(?:this|it)|(?:te|le|os|les)\\s+(?:ha|han)\\s+"
      + "gustado|te\\s+gustó|(?:hiciste|has\\s+hecho|probaste|has\\s+probado)\\s+esta|gostou|"
      + "(?:vous\\s+avez|tu\\s+as)\\s+aimé|(?:cet\\s+article|cette\\s+recette)\\s+vous\\s+a\\s+plu|"
      + "(?:vous\\s+avez|tu\\s+as)\\s+(?:testé|essayé|réalisé)|(?:hat|haben)\\s+(?:ihnen|dir|euch)\\s+(?:\\p{L}+\\s+){0,2}"
      + "gefallen|gefällt\\s+(?:ihnen|dir)|(?:hast\\s+du|haben\\s+sie)\\s+(?:\\p{L}+\\s+){0,3}(?:nachgebacken|"
      + "nachgekocht|ausprobiert)|(?:ti|vi)\\s+(?:è|e)\\s+piaciut[oa]|(?:hai|avete)\\s+(?:provato|fatto)\\s+questa|"
      + "(?:vond|vind)\\s+(?:je|u)\\s+(?:dit|het)\\s+\\p{L}+|(?:heb|hebt)\\s+(?:je|u)\\s+(?:dit|het)\\s+\\p{L}+|"
      + "(?:вам|тебе)\\s+понравил\\p{L}*|понравил\\p{L}*|beğendiniz\\s+mi|beğendin\\s+mi|denediniz\\s+mi)"
      + "[^?]{0,40}\\?\\s*(\\S.*)$");
  /** What follows the reader question: share, rate, comment, tag or follow. */
  private static final Pattern REACTION = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:share|rate|comment|tag|pin|"
      + "follow|teile|teilen|folge|folgen|vota|deel|volg)(?:\\s|!|$|-)|(?:compart|compárt|valora|valóra|puntúa|"
      + "puntua|comenta|etiquet|sígu|sigu|partag|partilh|notez|évalue|commentez|identifi|suivez|bewert|kommentier|"
      + "markier|avali|coment|marque|siga|condivid|votal|valut|tagga|segui|beoordeel|reageer|поделит|оцените|"
      + "прокомментир|отметьте|подпиш|paylaş|puanla|değerlendir|yorum|etiketle|takip|поставьте|лайк)\\p{L}*)");
  private static final int REACTION_WORDS = 12;
  /** "Sie haben bereits ein Abo? Hier anmelden", "Déjà abonné ?": the paywall's question to a subscriber. */
  private static final Pattern ALREADY_SUBSCRIBED = Pattern.compile("(?iu)^\\W*(?:already\\s+(?:a\\s+)?(?:subscriber|"
      + "member|subscribed)|already\\s+have\\s+(?:an?\\s+)?(?:account|subscription)|(?:sie\\s+haben|haben\\s+sie|"
      + "du\\s+hast|hast\\s+du)\\s+(?:bereits|schon)\\s+ein(?:\\s+\\p{L}+)?\\s+abo\\p{L}*|(?:bereits|schon)\\s+"
      + "(?:abonnent\\p{L}*|ein\\s+abo)|(?:vous\\s+êtes\\s+)?déjà\\s+abonn\\p{L}*|(?:ya\\s+)?(?:eres|es)\\s+"
      + "suscriptor\\p{L}*|ya\\s+tienes\\s+(?:una\\s+)?(?:cuenta|suscripción)|(?:você\\s+)?já\\s+é\\s+assinante|"
      + "(?:sei|è)\\s+già\\s+abbonat\\p{L}*|(?:ben\\s+je|bent\\s+u)\\s+al\\s+abonnee|al\\s+abonnee|"
      + "уже\\s+(?:подписаны|подписчик|есть\\s+подписка)|zaten\\s+abone|"
      // "Vous avez déjà un compte ? Se connecter"
      + "(?:vous\\s+avez|tu\\s+as)\\s+déjà\\s+un\\s+compte|déjà\\s+un\\s+compte|(?:ya\\s+)?tienes\\s+(?:ya\\s+)?una\\s+"
      + "cuenta|(?:você\\s+)?já\\s+tem\\s+(?:uma\\s+)?conta|hai\\s+già\\s+un\\s+account|(?:heb\\s+je|heeft\\s+u)\\s+al\\s+"
      + "een\\s+account|(?:sie\\s+haben|haben\\s+sie|du\\s+hast|hast\\s+du)\\s+(?:bereits|schon)\\s+ein\\s+konto|"
      + "уже\\s+есть\\s+аккаунт|zaten\\s+(?:bir\\s+)?hesabınız)");
  private static final int ALREADY_SUBSCRIBED_WORDS = 10;
  /** "You've read 3 of 3 free articles this month": the paywall's meter. */
  private static final String FREE = "(?:free|gratuit\\p{L}*|gratis|grátis|kostenlos\\p{L}*|gratuit[oa]s?|offerts?|"
      + "бесплатн\\p{L}*|ücretsiz)";
  private static final String STORY_NOUN = "(?:articles?|stories|story|artículos?|noticias?|notas|artigos?|"
      + "matérias?|notícias?|reportagens|articoli|notizie|artikel\\p{L}*|beiträge\\p{L}*|berichten|стат\\p{L}*|"
      + "материал\\p{L}*|haber\\p{L}*|makale\\p{L}*|içerik\\p{L}*)";
  /** A count of free articles: "3 free articles", "2 articles gratuits", "5 kostenlosen Artikeln". */
  private static final Pattern METER = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])\\d{1,2}\\s+(?:" + FREE + "\\s+"
      + STORY_NOUN + "|" + STORY_NOUN + "\\s+" + FREE + ")(?![\\p{L}])");
  private static final int METER_WORDS = 25;
  /** The meter reads what the reader has read or has left ("Has leído…", "… restantes", "noch 2 … übrig"). */
  private static final Pattern METER_CONTEXT = Pattern.compile("(?iu)(?<![\\p{L}])(?:read|left|remaining|leído|"
      + "leidos|leídos|quedan|restantes|lu|lus|reste|restent|gelesen|übrig|verbleibend\\p{L}*|leu|lidos|restam|"
      + "letto|letti|restano|rimanenti|gelezen|over|resterend\\p{L}*|прочитал\\p{L}*|осталось|okudunuz|kaldı)"
      + "(?![\\p{L}])");
  /**
   * The prompts of a comment form, which tagDiv and others print in the page's language: "Please enter your
   * comment!", "Inserisci il tuo nome qui", "You have entered an incorrect email address!".
   */
  private static final Pattern FORM_PROMPT = Pattern.compile("(?iu)^\\W*(?:(?:please\\s+)?(?:enter|type|insert|"
      + "write)\\s+your\\s+(?:comment|name|e-?mail|website)|you\\s+have\\s+entered\\s+an\\s+(?:incorrect|invalid)|"
      + "(?:por\\s+favor,?\\s+)?(?:ingrese|ingresa|introduce|introduzca|escribe|escriba|inserte)\\s+(?:su|tu)\\s+"
      + "(?:comentario|nombre|correo|dirección)|has\\s+introducido\\s+una\\s+dirección|"
      + "(?:s'il\\s+vous\\s+plaît,?\\s+|veuillez\\s+)?(?:entrer|entrez|saisir|saisissez)\\s+votre\\s+(?:commentaire|"
      + "nom|adresse|e-?mail)|vous\\s+avez\\s+(?:entré|saisi)\\s+une\\s+adresse|"
      + "bitte\\s+geben\\s+sie\\s+(?:hier\\s+)?(?:ihren|ihre)\\s+(?:kommentar|namen|e-mail)|sie\\s+haben\\s+eine\\s+"
      + "(?:falsche|ungültige)\\s+e-mail|(?:por\\s+favor,?\\s+)?(?:digite|insira|informe)\\s+(?:o\\s+)?seu\\s+"
      + "(?:comentário|nome|e-?mail|endereço)|você\\s+(?:forneceu|digitou|inseriu)\\s+um\\s+endereço|"
      + "inserisci\\s+(?:il\\s+tuo|la\\s+tua)\\s+(?:commento|nome|indirizzo|email)|hai\\s+inserito\\s+un\\s+indirizzo|"
      + "vul\\s+(?:hier\\s+)?(?:alstublieft\\s+)?(?:uw|je)\\s+(?:commentaar|reactie|naam|e-?mail)|"
      + "(?:u\\s+heeft|je\\s+hebt)\\s+een\\s+(?:onjuist|ongeldig)|(?:пожалуйста,?\\s+)?введите\\s+(?:ваш|ваше|свой|"
      + "своё|ваш\\s+адрес)\\s*\\p{L}*|вы\\s+ввели\\s+неверный|(?:lütfen\\s+)?(?:yorumunuzu|adınızı|"
      + "e-posta\\s+adresinizi)\\s+(?:buraya\\s+)?(?:giriniz|girin|yazın|yazınız)|hatalı\\s+bir\\s+e-posta)");
  private static final int FORM_PROMPT_WORDS = 12;
  /** "Anterior: Cortes de tráfico…", "Next: Council approves…": a link to the previous or next story. */
  private static final Pattern PAGER_LABEL = Pattern.compile("(?iu)^\\W*(?:previous|prev|next|anterior|siguiente|"
      + "précédent|suivant|vorherige[rs]?|nächste[rs]?|zurück|weiter|próximo|próxima|seguinte|precedente|"
      + "successivo|successiva|vorige|volgende|предыдущ\\p{L}*|следующ\\p{L}*|önceki|sonraki)(?:\\s+(?:post|article|story|"
      + "artículo|noticia|entrada|article|billet|beitrag|artikel|artigo|notícia|matéria|articolo|notizia|bericht|"
      + "статья|новость|yazı|haber))?\\s*:\\s*\\S|"
      // the label and the linked title on one line: "Next article Rivermouth Rovers sign keeper", "Articolo
      // precedente Giarre, chiusa per lavori"
      + "^\\W*(?:(?:previous|next|older|newer)\\s+(?:article|post|story)|(?:artículo|entrada|noticia)\\s+(?:anterior|"
      + "siguiente)|(?:siguiente|anterior)\\s+(?:artículo|entrada|noticia)|article\\s+(?:précédent|suivant)|"
      + "(?:vorheriger|nächster)\\s+(?:artikel|beitrag)|(?:artigo|post|notícia|matéria)\\s+(?:anterior|seguinte)|"
      + "próxim[oa]\\s+(?:artigo|notícia|post|matéria)|(?:articolo|post|notizia)\\s+(?:precedente|successiv[oa])|"
      + "(?:vorig|volgend)\\s+(?:artikel|bericht)|(?:предыдущая|следующая)\\s+(?:статья|новость|запись)|"
      + "(?:önceki|sonraki)\\s+(?:haber|yazı|makale))\\s+(?-i:\\p{Lu})");
  private static final int PAGER_LABEL_WORDS = 18;
  /** "Story by Alice Treadwell • 5h", "By X · 9 min read · 2 days ago": a byline row that carries the page's age. */
  private static final Pattern BYLINE_START = Pattern.compile("(?iu)^\\W*(?:(?:story|words|text|texto|texte|testo|"
      + "tekst|текст)\\s+)?(?:by|por|par|von|di|door|от|yazan)\\s+(?-i:\\p{Lu})");
  /** "Skyline News · 1d", "• 2h •": a source or nothing, then the page's age in a unit of one letter or so. */
  private static final Pattern SHORT_AGE_ROW = Pattern.compile("(?u)^[^\\p{L}\\p{N}]*(?:\\p{Lu}[\\p{L}'’&.-]*"
      + "(?:\\s+\\p{Lu}[\\p{L}'’&.-]*){0,3}\\s+)?[|·•∙—]\\s*\\d{1,2}\\s?(?:h|hr|hrs|d|j|m|min|w|std|u|g|t|ч|д|sa|dk)\\.?"
      + "\\s*[|·•∙]?\\s*$");
  private static final Pattern SHORT_DURATION = Pattern.compile("(?iu)^[\\p{So}\\x{FE0F}\\s]*\\d{1,3}\\s*(?:min|мин|dk)"
      + "\\.?\\s*$");
  /** "1 of 12", "3/8": where a photo gallery stands. */
  private static final Pattern GALLERY_COUNTER = Pattern.compile("(?iu)^\\W*\\d{1,3}\\s*(?:of|/|de|sur|von|di|van|из|"
      + "/)\\s*\\d{1,3}\\W*$");
  /** "¿Te ha resultado útil este artículo? Sí No", "Was this helpful? Yes No". */
  private static final Pattern USEFUL_QUESTION = Pattern.compile("(?iu)(?:useful|helpful|útil|utile|nützlich|hilfreich|"
      + "nuttig|полезн\\p{L}*|faydalı|işe\\s+yarad\\p{L}*)[^?]{0,30}\\?\\s*(?:" + "(?:yes|sí|si|oui|ja|sim|sì|да|evet)"
      + "\\s*[/|]?\\s*(?:no|non|nein|não|nee|нет|hayır))?\\W*$");
  private static final Pattern YES_NO = Pattern.compile("(?iu)^\\W*(?:yes|sí|si|oui|ja|sim|sì|да|evet)\\s*[/|·]?\\s*"
      + "(?:no|non|nein|não|nee|нет|hayır)\\W*$");
  private static final int USEFUL_QUESTION_WORDS = 14;
  private static final Pattern YES_NO_TAIL = Pattern.compile("(?iu)(?:yes|sí|si|oui|ja|sim|sì|да|evet)\\s*[/|]?\\s*"
      + "(?:no|non|nein|não|nee|нет|hayır)\\W*$");
  /** "Disponible sur Apple Podcasts, Spotify…", "Available on Google Play": where to get it, then the channels. */
  private static final Pattern AVAILABLE_ON = Pattern.compile("(?iu)^\\W*(?:also\\s+)?(?:available|disponible|"
      + "disponível|disponibile|verfügbar|beschikbaar|доступ\\p{L}*|mevcut)\\s+(?:on|in|sur|en|no|na|em|su|auf|bei|op|на|в)"
      + "\\b");
  /** "Video caption, Drone footage shows…", "Видео, … Продолжительность 1,12": a broadcaster's video player text. */
  private static final Pattern VIDEO_CAPTION = Pattern.compile("(?iu)^\\W*(?:video|media)\\s+caption\\s*[,:]|"
      + "^\\W*(?:video|vídeo|vidéo|видео)\\s*,.{3,200}(?:duration|duración|durée|dauer|duração|durata|duur|"
      + "продолжительность|süre)\\s*[\\d,.:]+\\W*$");
  /** "Vous souhaitez lire la suite ?", "Want to keep reading?": the paywall's question. */
  private static final Pattern READ_ON_QUESTION = Pattern.compile("(?iu)^\\W*(?:(?:vous\\s+souhaitez|envie\\s+de|"
      + "voulez-vous)\\s+lire\\s+la\\s+suite|(?:want|would\\s+you\\s+like)\\s+to\\s+(?:keep|continue)\\s+reading|"
      + "(?:quieres|desea)\\s+seguir\\s+leyendo|(?:möchten\\s+sie|willst\\s+du)\\s+weiterlesen|"
      + "(?:quer|deseja)\\s+continuar\\s+lendo|vuoi\\s+continuare\\s+a\\s+leggere|wil\\s+je\\s+verder\\s+lezen|"
      + "хотите\\s+(?:дочитать|читать\\s+дальше)|okumaya\\s+devam\\s+etmek\\s+ister\\s+misiniz)\\s*\\?\\W*$");
  /** "Permalink https://…", "Kurzlink: …": the page's own address. */
  private static final Pattern PERMALINK = Pattern.compile("(?iu)^\\W*(?:permalink|short\\s*link|kurzlink|"
      + "enlace\\s+permanente|lien\\s+permanent|link\\s+permanente)\\b\\s*:?\\s*\\S*$");
  private static final Pattern SHORT_AGE = Pattern.compile("(?iu)\\s[|·•—-]\\s*\\d{1,2}\\s?(?:h|hr|hrs|d|m|min|mins|w|"
      + "std|u|g|ч|sa|dk)\\.?\\s*$");

  /** "Schrijf je in voor de nieuwsbrief", "Jetzt Newsletter abonnieren…", "Je m'abonne à la newsletter". */
  private static final Pattern NEWSLETTER_NOUN = Pattern.compile("(?iu)(?<![\\p{L}])(?:newsletters?|nieuwsbrief|"
      + "boletín|boletim|infolettre|lettre\\s+d'information|рассылк\\p{L}*|bülten\\p{L}*|e-?mail\\s+alerts?)"
      + "(?![\\p{L}])");
  private static final Pattern SIGN_UP = Pattern.compile("(?iu)(?<![\\p{L}])(?:subscribe|sign\\s+up|abonnieren|"
      + "abonniere|anmelden|abonnez-vous|m'abonner|je\\s+m'abonne|s'abonner|inscrivez-vous|suscríbete|suscribirse|"
      + "suscribete|apúntate|assine|inscreva-se|cadastre-se|iscriviti|schrijf\\s+je\\s+in|abonneer|inschrijven|"
      + "aanmelden|подпишитесь|подписаться|abone\\s+ol)(?![\\p{L}])");
  private static final int NEWSLETTER_CALL_WORDS = 16;
  /** "By signing up you agree to our Terms": the small print under a sign-up form. */
  private static final Pattern SIGN_UP_TERMS = Pattern.compile("(?iu)^\\W*(?:by\\s+(?:signing\\s+up|subscribing|"
      + "registering|clicking)|al\\s+(?:suscribirte|registrarte|suscribirse|hacer\\s+clic)|en\\s+vous\\s+"
      + "(?:inscrivant|abonnant)|en\\s+cliquant|mit\\s+(?:der|ihrer|deiner)\\s+anmeldung|ao\\s+(?:se\\s+inscrever|"
      + "assinar|se\\s+cadastrar|clicar)|iscrivendoti|cliccando|door\\s+je\\s+(?:aan\\s+te\\s+melden|in\\s+te\\s+"
      + "schrijven)|подписываясь|нажимая|abone\\s+olarak)(?![\\p{L}])");
  /** "► 2024 (11)", "▼ März (3)": a blog archive's entries. */
  private static final Pattern ARCHIVE_ENTRY = Pattern.compile("^\\s*[►▼▶▸▾]\\s*[\\p{L}\\p{N} ]{1,24}\\s*\\(\\d{1,4}\\)"
      + "\\s*$");
  /** "BTC $67,412.18 ▲ 2.31%  ETH …": a ticker of prices and changes. */
  private static final Pattern TICK = Pattern.compile("[▲▼△▽↑↓]\\s*[+-]?\\d[\\d.,]*\\s*%");
  /** Share buttons run into one word: "ShareFacebookXWhatsAppEmailCopy link", "Compartilhe:FacebookWhatsApp…". */
  private static final String[] JOINED_NETWORKS = {"facebook", "whatsapp", "twitter", "linkedin", "telegram",
      "pinterest", "reddit", "messenger", "e-mail", "email", "copylink", "copiarlink", "copierlelien",
      "linkkopieren", "copialink", "print", "threads", "bluesky", "flipboard", "mail", "sms", "x"};
  private static final Pattern JOINED_SHARE_VERB = Pattern.compile("(?iu)^\\W*(?:share|compartir|compartilhe|"
      + "compartilhar|partilhar|partager|teilen|condividi|delen|deel|поделиться|paylaş|save|guardar|salvar|salva|"
      + "enregistrer|speichern|bewaar|pin|épingler|merken)(?:\\s+(?:this(?:\\s+(?:article|story|post))?|the\\s+article|"
      + "l'article|cet\\s+article|el\\s+artículo|este\\s+artículo|o\\s+artigo|este\\s+artigo|den\\s+artikel|"
      + "diesen\\s+artikel|l'articolo|questo\\s+articolo|dit\\s+artikel|статьей|статьёй))?\\s*(?:to|on|en|sur|no|na|"
      + "auf|bei|su|op|via|in|в)?\\s*:?\\s*");
  private static final int JOINED_SHARE_CHARS = 80;
  private static final int JOINED_SHARE_WORDS = 4;

  /**
   * Whether a line is share buttons whose labels ran together: after an optional share verb, the rest read without
   * spaces is one network name after another (one is enough after the verb: "Share toX").
   */
  static boolean joinedShareButtons(String line) {
    if (line.length() > JOINED_SHARE_CHARS) {
      return false;
    }
    Matcher verb = JOINED_SHARE_VERB.matcher(line);
    boolean hasVerb = verb.find();
    String rest = (hasVerb ? line.substring(verb.end()) : line).toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[\\s:|·•/]+", "");
    int count = 0;
    int at = 0;
    while (at < rest.length()) {
      String found = null;
      for (String n : JOINED_NETWORKS) {
        if (rest.startsWith(n, at)) {
          found = n;
          break;
        }
      }
      if (found == null) {
        return false;
      }
      at += found.length();
      count++;
    }
    return count >= (hasVerb ? 1 : 2) && (hasVerb || !line.strip().contains(" ")); // "Facebook Twitter" is a row
  }

  /** "VIDEO | Il momento in cui…", "WATCH: Moment huge waterspout forms…", "Assista: técnico perde a paciência". */
  private static final Pattern VIDEO_INSERT = Pattern.compile("(?iu)^\\W*(?:videos?|vídeos?|vidéos?|watch|assista|"
      + "guarda|kijk|смотрите|видео|izle|video\\s+haber|im\\s+video|en\\s+vídeo|en\\s+vidéo)\\s*[|:]\\s*\\S");
  private static final int VIDEO_INSERT_WORDS = 24;

  /** "Die Kommentarfunktion ist für diesen Artikel geschlossen": comments closed, in any wording. */
  private static final Pattern CLOSED = Pattern.compile("(?iu)(?<![\\p{L}])(?:closed|disabled|geschlossen|deaktiviert|"
      + "cerrados?|desactivados?|fermés?|désactivés?|fechados?|encerrados?|desativados?|chiusi|disattivati|gesloten|"
      + "uitgeschakeld|закрыт\\p{L}*|отключ\\p{L}*|kapalı|kapatılmıştır|kapatıldı)(?![\\p{L}])");
  private static final int CLOSED_WORDS = 14;

  /** Words that are not bare separators ("·", "|"), which a meta row's length should not count. */
  private static int wordsWithoutSeparators(String t) {
    int n = 0;
    for (String w : t.strip().split("\\s+")) {
      for (int i = 0; i < w.length(); i++) {
        if (Character.isLetterOrDigit(w.charAt(i))) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** Whether a line is a bare hashtag ("#murals"); like an interface word, it counts only beside furniture. */
  static boolean hashtag(String line) {
    return HASHTAG_LINE.matcher(line).matches();
  }

  private static final int MAX_LINE_CHARS = 300;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** The share verbs SHARE_TO starts with, as a cheap test before the buttons are pulled apart. */
  private static final Pattern SHARE_WORD = Pattern.compile("(?iu)share|compart|partilh|partag|teilen|condivid|"
      + "delen|подел|paylaş");

  /** Literal keys, one of which each costly grammar needs: a few String.contains calls before a long regex scan. */
  private static final String[] PAYWALL_KEYS = {"abonn", "subscri", "suscri", "assinan", "abbonat", "member",
      "membre", "miembro", "membro", "mitglied", "leden", "подпис", "abone", "%"};
  private static final String[] PLATFORM_KEYS = {"wordpress", "jetpack", "blogger", "blogspot", "ghost", "substack",
      "wix", "squarespace", "tumblr", "weebly", "jimdo", "drupal", "joomla", "phpbb", "vbulletin", "discourse",
      "tagdiv", "jegtheme", "jnews", "generatepress", "astra", "elementor", "divi", "genesis", "themeforest",
      "trust project"};
  private static final String[] COMMENT_KEYS = {"comment", "kommentar", "kommentier", "reage", "reactie", "comentar",
      "comentár", "commenti", "commentare", "комментар", "yorum"};

  private static boolean containsAny(String lower, String[] keys) {
    for (String k : keys) {
      if (lower.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** A sentence of a prompt: a call to act, a channel, or a subscription word ("Recevez chaque matin …"). */
  static boolean promptLike(String t) {
    return StartSet.found(CALL, t) || StartSet.found(CHANNEL, t) || StartSet.found(SUBSCRIBE_WORD, t);
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The kind of furniture a whole line is by its grammar, or null. */
  static String kind(String line, int words) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > MAX_LINE_CHARS || t.startsWith("\"") || t.startsWith("“") || t.startsWith("«")
        || t.startsWith("„")) {
      return null; // furniture is a short line; the cap also bounds every scan below
    }
    // every time, counter and meta row holds a digit: the cheap test first, the grammars only where it passes
    boolean digits = hasDigit(t);
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (digits && words <= 12 && (READING_TIME.matcher(t).matches() || RELATIVE_TIME.matcher(t).matches()
        || counter(t))) {
      return "post-meta";
    }
    if (words <= SHARE_ROW_MAX_WORDS && t.length() < 300 && StartSet.found(SHARE_WORD, t)) {
      if (count(SHARE_TO.matcher(CAMEL_JOIN.matcher(t).replaceAll(" "))) >= 2) {
        return "share-bar";
      }
    }
    if (words <= JOINED_SHARE_WORDS && joinedShareButtons(t)) {
      return "share-bar"; // "Share toFacebook", "ShareFacebookXWhatsAppEmailCopy link"
    }
    if (words <= CALL_MAX_WORDS && !t.endsWith("?") && !StartSet.found(QUOTES, t) && !StartSet.found(SPEECH, t)) {
      if (StartSet.found(THANKS_FOR_READING, t) && StartSet.found(SUBSCRIBE_WORD, t)) {
        return "newsletter";
      }
      if (StartSet.found(CALL, t) && StartSet.found(CHANNEL, t) || StartSet.found(CHANNEL_FOLLOW, t)
          || StartSet.found(SUPPORT_US, t)
          || words <= FOLLOW_LINE_WORDS && StartSet.found(FOLLOW_AT_END, t) && StartSet.found(CHANNEL, t)) {
        return "newsletter";
      }
    }
    if (words <= PAYWALL_MAX_WORDS && containsAny(lower, PAYWALL_KEYS) && StartSet.found(PAYWALL, t)
        && (words <= PAYWALL_LABEL_WORDS || StartSet.found(PAYWALL_DEIXIS, t))
        || words <= CALL_MAX_WORDS && StartSet.found(READ_ON_SUBSCRIBE, t)) {
      return "paywall"; // "Exclusiva para suscriptores" is a label; a longer line must speak to the reader
    }
    if (words <= BANNER_MAX_WORDS && StartSet.found(FEED_FOOTER, t)) {
      return "post-meta"; // a feed's footer naming the post and the site it first appeared on
    }
    if (words <= BANNER_MAX_WORDS && StartSet.found(ARCHIVE_BANNER, t) && StartSet.found(ADDRESS, t)
        && !StartSet.found(QUOTES, t) && !StartSet.found(SPEECH, t)) {
      return "navigation"; // the banner of an archived or cached copy, with the address it saved
    }
    if (digits && words <= SHOP_CALL_MAX_WORDS && !TextShape.endsLikeSentence(t) && StartSet.found(SHOP_CALL, t)) {
      return "advertising"; // a shop's button after its price
    }
    if (digits && words <= QUOTE_MAX_WORDS && !TextShape.endsLikeSentence(t)
        && (StartSet.found(QUOTE_ARROW, t) || count(TICKER_ENTRY.matcher(t)) >= TICKER_CHANGES)) {
      return "widget"; // a quote or ticker widget: "DAX 18.742,15 +0,38 %   MDAX 26.110,40 −0,21 %"
    }
    if (words <= RELATED_HEADER_WORDS && !TextShape.endsLikeSentence(t) && RELATED_HEADER.matcher(t).matches()) {
      return "related-links";
    }
    if (t.indexOf('?') > 0 && words <= REACTION_WORDS + 8 && !StartSet.found(QUOTES, t)) {
      Matcher q = READER_QUESTION.matcher(t);
      if (q.matches() && WHITESPACE.split(q.group(1).strip()).length <= REACTION_WORDS
          && StartSet.found(REACTION, q.group(1))) {
        return "feedback";
      }
    }
    if (words <= ALREADY_SUBSCRIBED_WORDS && StartSet.found(ALREADY_SUBSCRIBED, t)) {
      return "paywall";
    }
    if (digits && words <= METER_WORDS && StartSet.found(METER, t)
        && (StartSet.found(PAYWALL_DEIXIS, t) || StartSet.found(METER_CONTEXT, t)) && !StartSet.found(QUOTES, t)
        && !StartSet.found(SPEECH, t)) {
      return "paywall"; // "You've read 3 of 3 free articles this month"
    }
    if (words <= NEWSLETTER_CALL_WORDS && StartSet.found(NEWSLETTER_NOUN, t) && StartSet.found(SIGN_UP, t)
        && !StartSet.found(QUOTES, t) && !StartSet.found(SPEECH, t) && !digits) {
      return "newsletter";
    }
    if (words <= CALL_MAX_WORDS && StartSet.found(SIGN_UP_TERMS, t) && !StartSet.found(QUOTES, t)) {
      return "newsletter";
    }
    if (digits && ARCHIVE_ENTRY.matcher(t).matches()) {
      return "navigation";
    }
    if (digits && t.indexOf('%') > 0) {
      Matcher tick = TICK.matcher(t);
      int ticks = 0;
      while (tick.find()) {
        ticks++;
      }
      if (ticks >= 2) {
        return "advertising"; // a price ticker
      }
    }
    if (words <= VIDEO_INSERT_WORDS && StartSet.found(VIDEO_INSERT, t) && !TextShape.endsLikeSentence(t)) {
      return "video";
    }
    if (words <= VIDEO_INSERT_WORDS * 2 && StartSet.found(VIDEO_CAPTION, t)) {
      return "video";
    }
    if (digits && words <= 4 && GALLERY_COUNTER.matcher(t).matches()) {
      return "navigation"; // "1 of 12"
    }
    if (digits && words <= 3 && SHORT_DURATION.matcher(t).matches()) {
      return "post-meta"; // "38 min", "3 Min.": a player's or a reading time; "10 minutes" may be the story's list
    }
    if (words <= USEFUL_QUESTION_WORDS && t.indexOf('?') > 0 && StartSet.found(USEFUL_QUESTION, t)
        && (StartSet.found(YES_NO_TAIL, t) || StartSet.found(PAYWALL_DEIXIS, t))) {
      return "feedback";
    }
    if (words <= 3 && YES_NO.matcher(t).matches()) {
      return "feedback";
    }
    if (words <= CALL_MAX_WORDS && StartSet.found(AVAILABLE_ON, t) && StartSet.found(CHANNEL, t)
        && !StartSet.found(SPEECH, t) && !StartSet.found(QUOTES, t)) {
      return "newsletter";
    }
    if (words <= PAYWALL_LABEL_WORDS * 2 && StartSet.found(READ_ON_QUESTION, t)) {
      return "paywall";
    }
    if (words <= 3 && PERMALINK.matcher(t).matches()) {
      return "post-meta";
    }
    if (words <= CLOSED_WORDS && containsAny(lower, COMMENT_KEYS) && StartSet.found(COMMENTING, t)
        && StartSet.found(CLOSED, t) && !StartSet.found(QUOTES, t) && !StartSet.found(SPEECH, t) && !digits) {
      return "comment-form";
    }
    if (words <= FORM_PROMPT_WORDS && StartSet.found(FORM_PROMPT, t) && !StartSet.found(QUOTES, t)) {
      return "comment-form";
    }
    if (words <= PAGER_LABEL_WORDS && !TextShape.endsLikeSentence(t) && StartSet.found(PAGER_LABEL, t)) {
      return "navigation";
    }
    if (words <= SHARE_CALL_WORDS && t.endsWith("!") && StartSet.found(SHARE_CALL, t)
        && (StartSet.found(CHANNEL, t) || StartSet.found(SHARE_OBJECT, t))) {
      return "share-bar";
    }
    if (digits && isMetaRow(t)) {
      return "post-meta";
    }
    if (HASHTAG_ROW.matcher(t).matches()) {
      return "post-meta";
    }
    if (digits && wordsWithoutSeparators(t) <= RELATIVE_ROW_WORDS && !TextShape.endsLikeSentence(t)
        && StartSet.found(HAS_RELATIVE, t) && !StartSet.found(ABSOLUTE_DATE, t)) {
      return "post-meta"; // a forum or comment header: who and how long ago
    }
    if (digits && wordsWithoutSeparators(t) <= RELATIVE_ROW_WORDS && StartSet.found(BYLINE_START, t)
        && StartSet.found(SHORT_AGE, t)) {
      return "post-meta"; // "Story by Alice Treadwell • 5h"
    }
    if (digits && words <= RELATIVE_ROW_WORDS && SHORT_AGE_ROW.matcher(t).matches()) {
      return "post-meta"; // "Skyline News · 1d"
    }
    if (words <= CREDIT_WORDS && containsAny(lower, PLATFORM_KEYS) && StartSet.found(PLATFORM, t)
        && StartSet.found(PLATFORM_CREDIT, t)) {
      return "copyright";
    }
    if (words <= CALL_MAX_WORDS && t.length() <= APP_LINE_CHARS && StartSet.found(APP_STORE, t)
        && !StartSet.found(QUOTES, t) && !TextShape.endsLikeSentence(t) && !t.endsWith("。")) {
      return "newsletter";
    }
    if (words <= LOGIN_WORDS && containsAny(lower, COMMENT_KEYS) && StartSet.found(COMMENTING, t)
        && StartSet.found(LOGIN, t) && !StartSet.found(QUOTES, t)
        && !StartSet.found(SPEECH, t)) {
      return "comment-form";
    }
    if (words <= CALL_MAX_WORDS && StartSet.found(OFFER, t)) {
      return "paywall";
    }
    return null;
  }
}
