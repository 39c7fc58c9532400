package org.copydesk.rules.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.analysis.Sentence;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.Link;
import org.copydesk.article.Span;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.rule.Category;
import org.copydesk.rule.Rule;
import org.copydesk.rule.RuleContext;
import org.copydesk.rule.RuleDescriptor;
import org.copydesk.rule.Severity;
import org.copydesk.rules.support.LazyRegex;
import org.copydesk.rules.support.LiteralPrefilter;
import org.copydesk.rules.support.RequiredLiteral;
import org.copydesk.rules.support.Resources;
import org.copydesk.rules.support.RuleDocs;

/**
 * Attribution that points nowhere: "taken from this source", "according to the original report", "read the
 * full story at the link below", when no link sits in that paragraph or the next and no source is named after
 * the phrase. Scrapers keep such lines and drop the link they referred to.
 */
public final class DanglingAttribution implements Rule {
  static final String ID = "provenance.dangling-attribution";
  private static final RuleDescriptor DESCRIPTOR = RuleDocs.descriptor(ID, Category.PROVENANCE, Severity.WARNING);

  private static final String DET = "(?:this|the|that|our|its|their)";
  private static final String THING = "(?:source|sources|site|website|page|link|article|report|story|post|outlet|"
      + "publication|original|feed|wire)";
  private static final List<Pattern> PHRASES = List.of(
      Pattern.compile("(?iu)\\b(?:taken|sourced|copied|adapted|republished|reproduced|obtained|derived|pulled|"
          + "extracted|based)\\s+(?:on\\s+|from\\s+)" + DET + "\\s+(?:original\\s+)?" + THING + "\\b"),
      Pattern.compile("(?iu)\\baccording\\s+to\\s+" + DET + "\\s+(?:original|source|initial|first|cited|linked|"
          + "above|following)\\s+(?:report|article|story|source|post|publication|outlet)\\b"),
      Pattern.compile("(?iu)\\b(?:as\\s+)?(?:first\\s+)?reported\\s+by\\s+" + DET + "\\s+(?:original\\s+)?"
          + "(?:source|outlet|site|website|publication)\\b"),
      Pattern.compile("(?iu)\\b(?:via|see|from)\\s+(?:the\\s+)?(?:source|link|article|report)\\s+(?:above|below)\\b"),
      Pattern.compile("(?iu)\\b(?:read|see|view|find)\\s+(?:the\\s+)?(?:(?:full|original|complete|whole)\\s+){1,2}"
          + "(?:story|article|report|text|post)\\s+(?:at|via|on|here|through|using)(?:\\s+(?:the\\s+)?"
          + "(?:link|source|site)(?:\\s+(?:below|above))?)?"),
      Pattern.compile("(?iu)\\b(?:click|tap)\\s+(?:here|the\\s+link(?:\\s+below)?)\\s+(?:to|for)\\s+(?:read|see|"
          + "view|the)\\b"),
      Pattern.compile("(?iu)^\\W*(?:source|original\\s+source|kaynak|fuente|quelle|источник|fonte|bron)\\s*:?\\s*$"),
      Pattern.compile("(?iu)\\bfrom\\s+(?:this|that|the\\s+(?:original|above|following))\\s+source\\b"),
      Pattern.compile("(?iu)\\bfrom\\s+the\\s+sources?\\s+(?:listed|cited|mentioned|linked|quoted|shown)?\\s*"
          + "(?:above|below)\\b"),
      Pattern.compile("(?iu)\\b(?:originally\\s+)?(?:published|posted|appeared)\\s+(?:at|on|in|by)\\s+the\\s+(?:source|site|"
          + "link|page|website)\\b(?:\\s+(?:linked\\s+)?(?:above|below))?"),
      Pattern.compile("(?iu)\\b(?:see|read|view|check)\\s+(?:out\\s+)?the\\s+(?:original|full|complete|source)\\s+(?:post|story|"
          + "article|report|piece|text)\\b"),
      Pattern.compile("(?iu)\\b(?:is\\s+)?available\\s+(?:at|via|through|from)\\s+the\\s+(?:link|source)\\b"
          + "(?:\\s+(?:above|below))?"),
      Pattern.compile("(?iu)\\b(?:the\\s+)?link\\s+(?:above|below)\\b"),
      Pattern.compile("(?iu)\\b(?:at|from|on|in|see)\\s+the\\s+original\\s+source\\b"),
      Pattern.compile("(?iu)(?:aus|in|laut)\\s+(?:dem|der)\\s+(?:ursprünglichen|originalen)\\s+(?:Bericht|Quelle|Artikel|Meldung)"),
      Pattern.compile("(?iu)(?<!\\p{L})(?:na|da|la|nella|della|en\\s+la|de\\s+la|dans\\s+la|de\\s+la)\\s+(?:fonte|fuente|source)\\s+"
          + "original[ea]?(?!\\p{L})"),
      Pattern.compile("(?iu)(?<!\\p{L})(?:kaynağa\\s+bak|orijinal\\s+kaynak|первоисточник|оригинальн\\S+\\s+источник)"),
      Pattern.compile("(?iu)(?<!\\p{L})(?:source|quelle|fonte|fuente|источник|kaynak|bron)\\s*:\\s*(?:see|vedi|siehe|ver|voir|veja|"
          + "см\\.?|bkz\\.?)?\\s*(?:the\\s+|il\\s+|le\\s+|el\\s+|o\\s+)?(?:link|lien|enlace|ссылк\\S*|bağlantı\\S*)"),
      Pattern.compile("(?iu)(?<!\\p{L})link\\s+(?:qui\\s+)?(?:in\\s+basso|in\\s+alto|sotto|sopra)"),
      Pattern.compile("(?iu)\\b(?:available\\s+)?in\\s+the\\s+original\\s+(?:article|report|story|post|piece)\\b"),
      Pattern.compile("(?iu)\\byou\\s+can\\s+(?:find|read|see)\\s+(?:it\\s+|them\\s+|the\\s+\\w+\\s+)?here\\b"),
      Pattern.compile("(?iu)seg[uú]n\\s+(?:el|la)\\s+(?:informe|art[ií]culo|nota|fuente|noticia|reportaje)\\s+original"),
      Pattern.compile("(?iu)(?:enlace|v[ií]nculo|fuente)\\s+(?:de\\s+)?(?:abajo|arriba|siguiente)|(?:este|el\\s+siguiente)\\s+"
          + "enlace"),
      Pattern.compile("(?iu)selon\\s+(?:le|la|l['’])\\s*(?:rapport|article|reportage|d[ée]p[êe]che|source|texte)\\s+"
          + "(?:original|initial)e?|(?:lien|source)\\s+ci-(?:dessous|dessus)"),
      Pattern.compile("(?iu)secondo\\s+(?:il|l['’]|la)\\s*(?:rapporto|articolo|servizio|fonte|testo)\\s+original[ei]"),
      Pattern.compile("(?iu)(?:Link|Quelle|Artikel|Bericht)\\s+(?:unten|oben)|(?:siehe|folgenden|obigen|untenstehenden)\\s+"
          + "(?:Link|Quelle)"),
      Pattern.compile("(?iu)(?:ссылк\\S*|источник\\S*)\\s+(?:ниже|выше)"),
      Pattern.compile("(?iu)(?<!\\p{L})kaynaktan\\s+(?:alın|derlen|aktarıl)\\S*|bağlantı\\S*\\s+(?:aşağıda|yukarıda)"),
      Pattern.compile("(?iu)(?:a\\s+partir\\s+de|de|desde)\\s+(?:esta|dicha)\\s+fuente"),
      Pattern.compile("(?iu)(?:[àa]\\s+partir\\s+de|de|selon)\\s+cette\\s+source|selon\\s+l'article\\s+original|"
          + "lien\\s+ci-(?:dessous|dessus)"),
      Pattern.compile("(?iu)(?:aus|von|nach)\\s+dieser\\s+Quelle|(?:unter|über)\\s+(?:dem|den)\\s+(?:folgenden\\s+)?Link"
          + "(?:\\s+(?:unten|oben))?|"
          + "laut\\s+(?:dem\\s+)?(?:Originalbericht|Originalartikel|ursprünglichen\\s+Bericht)"),
      Pattern.compile("(?iu)(?:a\\s+partir\\s+d|d|n)(?:esta|essa)\\s+fonte|segundo\\s+(?:a|o)\\s+(?:mat[ée]ria|reportagem|"
          + "artigo|not[íi]cia)\\s+original|(?:no|pelo)\\s+link\\s+(?:abaixo|acima)"),
      Pattern.compile("(?iu)da\\s+questa\\s+fonte|secondo\\s+l'articolo\\s+originale|(?:al|nel)\\s+link\\s+(?:qui\\s+)?"
          + "(?:sotto|sopra|in\\s+basso)"),
      Pattern.compile("(?iu)из\\s+(?:этого|данного)\\s+источника|по\\s+ссылке\\s+(?:ниже|выше)|согласно\\s+"
          + "(?:оригинальной|исходной)\\s+(?:статье|публикации)"),
      Pattern.compile("(?iu)bu\\s+kaynak(?:tan|a\\s+göre)|aşağıdaki\\s+bağlantı|orijinal\\s+habere\\s+göre"),
      // es, fr, de, pt, it, ru, tr, nl, pl
      Pattern.compile("(?iu)(?:tomad[oa]|extra[ií]d[oa]|obtenid[oa])\\s+de\\s+(?:esta|la|dicha)\\s+fuente"),
      Pattern.compile("(?iu)(?:tir[ée]e?|extrait|repris|issu)e?s?\\s+de\\s+(?:cette|la)\\s+source"),
      Pattern.compile("(?iu)(?:aus|von)\\s+(?:dieser|der)\\s+Quelle\\s+(?:übernommen|entnommen|stammt)|"
          + "(?:übernommen|entnommen)\\s+(?:aus|von)\\s+(?:dieser|der)\\s+Quelle"),
      Pattern.compile("(?iu)(?:retirad[oa]|extra[ií]d[oa]|tirad[oa]|obtid[oa])\\s+(?:desta|da|dessa)\\s+fonte"),
      Pattern.compile("(?iu)(?:tratt[oa]|pres[oa]|estratt[oa])\\s+da\\s+(?:questa|tale)\\s+fonte"),
      Pattern.compile("(?iu)(?:взят[оаы]?|заимствован[оаы]?)\\s+из\\s+(?:этого|данного)\\s+источника"),
      Pattern.compile("(?iu)bu\\s+kaynaktan\\s+(?:alın|derlen)\\S*"),
      Pattern.compile("(?iu)(?:overgenomen|afkomstig)\\s+(?:van|uit)\\s+(?:deze|de)\\s+bron"),
      Pattern.compile("(?iu)(?:pochodzi|zaczerpnięt[oay])\\s+z\\s+(?:tego|tego\\s+)?źródła|(?<!\\p{L})z\\s+(?:tego|owego|danego)\\s+"
          + "źródła|(?<!\\p{L})pod\\s+tym\\s+linkiem(?!\\p{L})"),
      // "this source" in the oblique cases other languages put it in after a preposition: "auf Basis dieser Quelle",
      // "sulla base di questa fonte", "на основе этого источника", "a partir d'aquesta font", "op basis van deze bron"
      Pattern.compile("(?iu)(?<!\\p{L})(?:dieser\\s+Quelle|(?:di|da|su|in)\\s+questa\\s+fonte|(?:этого|данного)\\s+"
          + "источника|(?:цього|даного)\\s+джерела|d['’]aquesta\\s+font|(?:desta|nesta|dessa)\\s+fonte|deze\\s+bron|"
          + "tohoto\\s+zdroje|acestei\\s+surse|denna\\s+källa|den\\s+här\\s+källan|denne\\s+kilde(?:n)?|"
          + "tästä\\s+lähteestä|tämän\\s+lähteen)(?!\\p{L})"),
      // "Read the whole story here" ending a sentence: the read word, the story noun and "here" of one language
      Pattern.compile("(?iu)(?<!\\p{L})(?:read\\s+(?:the\\s+)?(?:(?:full|whole|complete|original)\\s+){0,2}(?:story|"
          + "article|report|piece)|les\\s+(?:hele\\s+)?(?:saken|artikkelen)|læs\\s+(?:hele\\s+)?(?:artiklen|historien)|"
          + "läs\\s+(?:hela\\s+)?(?:artikeln|texten)|lees\\s+(?:het\\s+)?(?:hele|volledige)\\s+(?:artikel|verhaal)|"
          + "lee\\s+(?:la|el)\\s+(?:noticia|nota|artículo)(?:\\s+complet[ao])?|(?:lire|lisez)\\s+l['’]article(?:\\s+"
          + "(?:complet|en\\s+entier))?|leggi\\s+l['’]articolo(?:\\s+completo)?|leia\\s+(?:a|o)\\s+(?:matéria|notícia|"
          + "reportagem|artigo)(?:\\s+complet[ao])?|czytaj\\s+(?:cały\\s+)?(?:artykuł|tekst)|přečtěte\\s+si\\s+"
          + "(?:celý\\s+)?článek|citiți\\s+(?:întregul\\s+)?articol(?:ul)?|lue\\s+(?:koko\\s+)?(?:juttu|artikkeli))"
          + "\\s+(?:here|her|här|hier|aquí|ici|qui|aqui|tutaj|zde|aici|täältä)(?=\\s*(?:[.!]|$))"),
      // "the source cited" with nothing cited: "con información de la fuente citada", "de la source citée"
      Pattern.compile("(?iu)(?<!\\p{L})(?:the\\s+(?:cited|quoted)\\s+source|(?:de|según)\\s+la\\s+fuente\\s+(?:citada|"
          + "mencionada)|(?:da|segundo\\s+a)\\s+fonte\\s+(?:citada|mencionada)|(?:de|selon)\\s+la\\s+source\\s+(?:citée|"
          + "mentionnée)|(?:dalla|secondo\\s+la)\\s+fonte\\s+(?:citata|menzionata)|(?:via|in|bij)\\s+de\\s+bron\\s+"
          + "(?:hierboven|hieronder))(?!\\p{L})"),
      // "outlined in the source above", "as set out in the report below"
      Pattern.compile("(?iu)\\b(?:in|at|on|to)\\s+the\\s+(?:source|article|report|story)\\s+(?:above|below)\\b"));
  /**
   * One pattern with the words it cannot match without (checked first, cheaply; {@code null} when none can be
   * proven) and the stems an earlier mention of which makes it refer back to a source ({@code antecedents}, empty
   * for all but "according to the source").
   */
  private record Shape(LazyRegex regex, List<List<String>> triggers, List<String> antecedents) {}

  /** A word built on "original" in any of the languages: "Originalartikel", "articolo originale", "původní". */
  private static final String ORIGINAL_WORD = "\\p{L}*(?:origin|ursprüng|oryginal|orijinal|původn|alkuperäi|оригинал|"
      + "оригінал|первоисточ|першоджерел|oprindelig|opprinnelig|ursprunglig|oorspronkelijk)\\p{L}*";

  /** Speech verbs: a sentence that reports what someone said names its source in the speaker. */
  private static final String SAID = "said|says|told|stated|explained|dijo|afirm[oó]|explic[oó]|a\\s+d[ée]clar[ée]|"
      + "a\\s+expliqu[ée]|sagte|erkl[äa]rte|disse|ha\\s+detto|ha\\s+spiegato|заявил\\p{L}*|сказал\\p{L}*|dedi|"
      + "zei|powiedział\\p{L}*|sa|sade|sagde|řekl\\p{L}*|a\\s+spus|sanoi|va\\s+dir|заявив|сказав";

  /**
   * The per-language grammar of {@code dangling-attribution.yaml}: "More at the source.", "Źródło: link powyżej",
   * "cliquez ici", "the original article".
   */
  private static List<Shape> grammar() {
    List<Shape> shapes = new ArrayList<>();
    for (JsonNode l : Resources.yaml("/org/copydesk/rules/provenance/dangling-attribution.yaml").path("languages")) {
      List<String> triggers = Stream.of(l.path("triggers").asText().strip().split("\\s+"))
          .map(RequiredLiteral::lower).toList();
      List<String> out = new ArrayList<>();
      String more = l.path("more").asText();
      String pointer = l.path("pointer").asText();
      String where = l.path("where").asText();
      // "more" then a pointer that ends the sentence, so "more on the link between diet and cancer" stays quiet
      // ("More at the source linked above", "w źródle podanym powyżej": one word may stand before above/below)
      out.add("(?iu)(?<!\\p{L})(?:" + more + ")(?!\\p{L})[^.!?]{0,25}?(?<!\\p{L})(?:" + pointer
          + ")(?!\\p{L})(?:\\s+(?:\\p{L}+\\s+)?(?:" + where + "))?(?=\\s*(?:[.!;)…]|$))");
      // a "Source:" label followed by nothing but a pointer
      out.add("(?iu)^\\W*(?:" + l.path("label").asText() + ")\\s*[:：—–-]\\s*(?:\\p{L}+\\s+){0,2}?(?:"
          + l.path("link").asText() + "|" + ORIGINAL_WORD + ")(?!\\p{L})(?:\\s+(?:" + where + "))?\\W*$");
      // a link word with above/below, "click here", and "the original article" anywhere in the sentence
      out.add("(?iu)(?<!\\p{L})(?:(?:" + l.path("link").asText() + ")(?:\\s+\\p{L}+){0,3}?\\s+(?:" + where
          + ")(?!\\p{L})|"
          + l.path("click").asText() + "|" + l.path("original").asText() + ")(?!\\p{L})"
          // the pointer is not the sentence's source when someone is quoted saying it ("..., the lab said")
          + "(?!.*(?<!\\p{L})(?:" + SAID + ")(?!\\p{L}))(?<!(?<!\\p{L})(?:" + SAID + ")(?!\\p{L}).{0,200})");
      // "according to the source", unless something earlier introduced a source it refers back to
      out.add("(?iu)(?<!\\p{L})(?:" + l.path("according").asText() + ")(?!\\p{L})");
      List<String> antecedents = List.of(l.path("antecedents").asText().strip().split("\\s+"));
      for (int i = 0; i < out.size(); i++) {
        shapes.add(new Shape(new LazyRegex(out.get(i), 0), List.of(triggers),
            i == out.size() - 1 ? antecedents : List.of()));
      }
    }
    return shapes;
  }

  /** Share and social buttons: links, but not to a source. */
  private static final Pattern SHARE = Pattern.compile("(?i)^mailto:|^javascript:|^#|sharer|/share|intent/tweet|"
      + "shareArticle|whatsapp|t\\.me/share|pinterest\\.com/pin|reddit\\.com/submit|facebook\\.com|twitter\\.com|x\\.com/|"
      + "linkedin\\.com|instagram\\.com|tiktok\\.com|youtube\\.com");
  private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://\\S+|\\bwww\\.[a-z0-9-]+\\.\\S+");
  // publishing verbs, not "said": a person quoted in the sentence before is not the report the pointer means
  private static final Pattern REPORTING = Pattern.compile("(?iu)\\b(?:reported|published|revealed|broke\\s+the\\s+"
      + "(?:news|story)|first\\s+reported|wrote|informó|publicó|a\\s+révélé|berichtete|noticiou|ha\\s+riportato|"
      + "сообщил\\S*|bildirdi)\\b");
  /** A source named right after the phrase: "by Reuters", "of the BBC", or a capitalised name. */
  // After a comma a capitalised word is only the source when it is an apposition closed by another comma
  // ("the original report, Reuters, said"): ", the Hollis plant will close" starts the clause instead.
  private static final String PREP_AFTER = "(?:by|of|at|in|from|on|de|por|par|von|da|di|des|del|della|do|dos|der)";
  private static final String DET_AFTER = "(?:(?:the|la|le|el|los|las|les|der|die|das|dem|den|o|a|il|lo)\\s+|l['’])";
  private static final String NAME_AFTER = "\\p{Lu}[\\p{L}&.'-]+";
  /** Nouns of bodies that publish reports: a phrase that ends in one names who reported, if not by name. */
  private static final String BODY = "(?:watchdog|regulator|ministry|department|agency|authority|commission|council|"
      + "office|institute|court|tribunal|police|government|bank|university|observatory|committee|inspectorate|"
      + "ombudsman|auditor|board|union|association|federation|chamber|ministère|agence|autorité|commission|conseil|"
      + "institut|cour|gouvernement|banque|université|observatoire|comité|chambre|syndicat|ministerio|agencia|"
      + "autoridad|comisión|consejo|instituto|gobierno|banco|universidad|observatorio|sindicato|cámara|ministério|"
      + "agência|autoridade|comissão|conselho|governo|universidade|câmara|ministero|agenzia|autorità|commissione|"
      + "consiglio|istituto|corte|governo|banca|università|camera|Ministerium|Behörde|Amt|Kommission|Rat|Institut|"
      + "Gericht|Regierung|Bank|Universität|Kammer|Verband)";
  private static final Pattern NAMED_AFTER = Pattern.compile("^\\s*(?:" + PREP_AFTER + "\\s+)?" + DET_AFTER + "?"
      + NAME_AFTER
      + "|^\\s*,\\s*" + PREP_AFTER + "\\s+" + DET_AFTER + "?" + NAME_AFTER
      + "|^\\s*,\\s*" + DET_AFTER + "?" + NAME_AFTER + "(?:\\s+" + NAME_AFTER + "){0,3}\\s*,"
      + "|^\\s*,?\\s*(?:by|of|from|de|por|par|von|da|di|des|del|della|do|dos)\\s+(?:\\p{Ll}+\\s+){1,6}" + NAME_AFTER
      // "the original report published by Reuters", "publicado por EFE", "veröffentlicht von der dpa"
      + "|^\\s*,?\\s*(?:published|released|issued|filed|written|compiled|broadcast|posted|publicad[oa]|publi[ée]e?|"
      + "veröffentlicht|pubblicat[oa])\\s+(?:\\p{Ll}+\\s+){0,2}?(?:by|in|on|por|par|von|da|dal|dalla)\\s+" + DET_AFTER + "?"
      + NAME_AFTER
      // a body described rather than named: "by the regional health watchdog", "de la chambre régionale des comptes"
      + "|^\\s*,?\\s*" + PREP_AFTER + "\\s+" + DET_AFTER + "(?:\\p{Ll}+\\s+){0,4}?" + BODY + "(?!\\p{L})");

  /** The fixed phrases, then the grammar of every language. */
  private static final List<Shape> SHAPES = Stream.concat(
      PHRASES.stream().map(p -> new Shape(LazyRegex.of(p), RequiredLiteral.allOf(p.pattern()), List.<String>of())),
      grammar().stream()).toList();
  private static final LiteralPrefilter PREFILTER =
      LiteralPrefilter.ofClauses(SHAPES.stream().map(Shape::triggers).toList());

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    List<Block> blocks = article.blocks();
    for (Sentence s : ctx.analysis().sentences()) {
      BitSet candidates = PREFILTER.candidates(s.text());
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        Shape shape = SHAPES.get(i);
        Matcher m = shape.regex().pattern().matcher(s.text());
        if (!StartSet.search(shape.regex().starts(), m, s.text()).next()
            || DisclosureDetector.insideQuotes(s.text(), m.start())
            || NAMED_AFTER.matcher(s.text().substring(m.end())).lookingAt()
            || linkNearby(article, blocks, s) || sourceNamedBefore(s, ctx) || introducedBefore(article, s, shape)) {
          continue;
        }
        Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
        ctx.report(span)
            .message("dangling attribution: \"" + m.group().strip() + "\" points to a source, but no link or "
                + "named source is nearby; name the source or link it")
            .confidence(0.8)
            .evidence("phrase", m.group().strip())
            .emit();
        break;
      }
    }
  }

  /**
   * A link or a written-out web address in the sentence's block or the article blocks just before and after it
   * (page chrome such as share bars does not count).
   */
  private static boolean linkNearby(Article article, List<Block> blocks, Sentence s) {
    Block b = blocks.get(s.blockIndex());
    int prev = s.blockIndex() - 1;
    while (prev >= 0 && blocks.get(prev).isChrome()) {
      prev--;
    }
    int next = s.blockIndex() + 1;
    while (next < blocks.size() && blocks.get(next).isChrome()) {
      next++;
    }
    int from = prev >= 0 ? blocks.get(prev).span().start() : b.span().start();
    int to = next < blocks.size() ? blocks.get(next).span().end() : b.span().end();
    if (s.blockIndex() > 0) {
      from = Math.min(from, blocks.get(s.blockIndex() - 1).span().start());
    }
    if (s.blockIndex() + 1 < blocks.size()) {
      to = Math.max(to, blocks.get(s.blockIndex() + 1).span().end());
    }
    Span near = new Span(from, to);
    for (Link l : article.links()) {
      Block lb = article.blockAt(l.span().start());
      // a link block right next to the sentence counts even when the loader filed it as furniture (a paragraph
      // that is only a link); share bars further away do not
      boolean adjacent = lb != null && Math.abs(lb.index() - s.blockIndex()) <= 1 && !StartSet.found(SHARE, l.href());
      if (near.overlaps(l.span()) && lb != null && (!lb.isChrome() || adjacent)) {
        return true;
      }
    }
    return URL.matcher(article.text()).region(from, to).find();
  }

  /** For "according to the source": an earlier source or anonymous person is the one it refers back to. */
  private static boolean introducedBefore(Article article, Sentence s, Shape shape) {
    if (shape.antecedents().isEmpty()) {
      return false;
    }
    String before = RequiredLiteral.lower(article.text().substring(0, s.span().start()));
    return shape.antecedents().stream().anyMatch(before::contains);
  }

  /** The sentence before, in the same paragraph, names who reported it ("The Gazette first reported ..."). */
  private static boolean sourceNamedBefore(Sentence s, RuleContext ctx) {
    if (s.index() == 0) {
      return false;
    }
    Sentence prev = ctx.analysis().sentences().get(s.index() - 1);
    if (prev.blockIndex() != s.blockIndex() || !StartSet.found(REPORTING, prev.text())) {
      return false;
    }
    return ctx.analysis().names().stream().anyMatch(n -> prev.span().contains(n.span()));
  }
}
