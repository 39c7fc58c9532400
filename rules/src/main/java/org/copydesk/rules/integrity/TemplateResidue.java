package org.copydesk.rules.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.copydesk.rules.support.RuleDocs;
import org.copydesk.rules.support.Resources;

/**
 * Website furniture scraped into the article: short blocks that are, or begin with, a phrase from the
 * {@code template-residue.yaml} catalogue (comment forms, related-links headers, share bars, "Back to top").
 * Page chrome that the HTML loader already set apart (sidebars, footers, comment areas) is not reported.
 */
public final class TemplateResidue implements Rule {
  static final String ID = "integrity.template-residue";
  private static final RuleDescriptor DESCRIPTOR =
      RuleDocs.descriptor(ID, Category.INTEGRITY, Severity.WARNING);
  private static final int MAX_BLOCK_WORDS = 30;
  private static final int MAX_EXTRA_WORDS = 12;
  /** Thirty words of furniture fit in this; a longer "short" block is a run-on token, not a line of a page. */
  private static final int MAX_BLOCK_CHARS = 400;
  /** A phrase this long is furniture whatever follows it. */
  private static final int SPECIFIC_PHRASE_WORDS = 6;
  /** Prompts run on after their opening words: "Get unlimited digital access for $1 ...". */
  private static final int PROMPT_PHRASE_WORDS = 4;
  private static final java.util.Set<String> ASKING_KINDS = java.util.Set.of("paywall", "comment-form", "feedback");
  private static final java.util.Set<String> PROMPT_KINDS = java.util.Set.of("paywall", "newsletter", "cookie-consent");
  /** After a full stop a residue line may carry one more sentence of furniture ("... spam. Learn how ..."). */
  private static final int MAX_EXTRA_SENTENCE_WORDS = 24;
  // used by normalise(), so declared before the catalogue is read
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  // Stripped with a scan from each end, not a regular expression: "[...]+$" tries every start position of a
  // long run of dots or dashes and reads the run to its end each time, which is quadratic.
  private static final String TRAILING_FURNITURE = " \t\n\u000b\f\r.!?…*→»›>|·•-";
  private static final String LEADING_FURNITURE = " \t\n\u000b\f\r*→»›<«‹|·•-";
  private static final int MAX_PHRASE_WORDS;
  private static final Map<String, Entry> PHRASES = new HashMap<>();
  /**
   * Bare interface words ("Share", "Follow", "Zurück", "Details"): residue only outside the article's prose or
   * next to other residue, never on their own between two paragraphs of the story.
   */
  private static final Map<String, Entry> UI_WORDS = new HashMap<>();
  /** "Articolo precedente", "Önceki Haber": a pager label, with the title of the story it links to under it. */
  private static final java.util.Set<String> PAGER_PHRASES = new java.util.HashSet<>();
  private static final String PAGER_CONCEPT = "prev-next-post";
  /** The context of the line under a pager label. */
  private static final String PAGER_TITLE = "pager";
  /** Interface words that may also be a kicker or a subheading ("Weather", "Live"): residue only beside residue. */
  private static final java.util.Set<String> BESIDE_ONLY = new java.util.HashSet<>();
  /** A paragraph this long is the story's prose; furniture lies above the first and below the last. */
  private static final int BODY_PARAGRAPH_WORDS = 20;

  /**
   * A catalogue phrase, or a finding's description. {@code prefix}: whether a line may begin with the phrase and
   * go on for a few words ("Leave a Reply Cancel reply"); the concept table's two-word phrases must be the whole
   * line or nearly ("Home page redesign sparks backlash" is a headline).
   */
  record Entry(String kind, String lang, String phrase, boolean prefix) {
    /** Found by a line's shape or by the residue above it, not by a phrase of the catalogue. */
    boolean byShape() {
      return "und".equals(lang);
    }

    Entry(String kind, String lang, String phrase) {
      this(kind, lang, phrase, true);
    }
  }

  static {
    JsonNode root = Resources.yaml("/org/copydesk/rules/integrity/template-residue.yaml");
    int max = 1;
    for (JsonNode e : root.path("entries")) {
      for (JsonNode p : e.path("phrases")) {
        String phrase = normalise(p.asText());
        PHRASES.putIfAbsent(phrase, new Entry(e.path("kind").asText(), e.path("lang").asText(), phrase));
        max = Math.max(max, words(phrase));
      }
    }
    // The same furniture concepts in every catalogue language (furniture-concepts.yaml)
    JsonNode concepts = Resources.yaml("/org/copydesk/rules/integrity/furniture-concepts.yaml");
    for (JsonNode c : concepts.path("concepts")) {
      String kind = c.path("kind").asText();
      boolean beside = c.path("context").asText().equals("beside");
      boolean context = beside || c.path("context").asBoolean(false);
      for (java.util.Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> lang = it.next();
        if (!lang.getValue().isArray()) {
          continue; // id, kind, context
        }
        for (JsonNode p : lang.getValue()) {
          String phrase = normalise(p.asText());
          if (!phrase.isEmpty()) {
            // A bare word ("Comments", "Reacties") may be a subheading of the story; only "Advertisement" and
            // "Related" and their kin stand alone mid-story
            boolean bare = phrase.indexOf(' ') < 0 && !phrase.endsWith(":") && !kind.equals("advertising")
                && !kind.equals("related-links"); // "Related" heads a list; quietSubheadings spares a subheading
            Entry e = new Entry(kind, lang.getKey(), phrase, phrase.endsWith(":") || words(phrase) >= 3);
            Entry kept = (context || bare ? UI_WORDS : PHRASES).putIfAbsent(phrase, e);
            if (beside && kept == null) {
              BESIDE_ONLY.add(phrase);
            }
            if (c.path("id").asText().equals(PAGER_CONCEPT)) {
              PAGER_PHRASES.add(phrase);
            }
            max = Math.max(max, words(phrase));
          }
        }
      }
    }
    MAX_PHRASE_WORDS = max;
  }

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(Article article, RuleContext ctx) {
    IntegrityLines lines = IntegrityLines.of(ctx.analysis());
    List<Block> blocks = lines.blocks;
    Entry[] hits = lines.hits;
    double[] learned = lines.residue;
    for (int i = 0; i < blocks.size(); i++) {
      Entry hit = hits[i];
      if (hit == null && learned[i] == 0) {
        continue;
      }
      Block b = blocks.get(i);
      if (hit == null) {
        // the catalogue and the grammar found nothing; the line model, trained on labelled pages, is sure enough
        ctx.report(b.span())
            .message("template residue (by its shape and place): \"" + b.text()
                + "\" looks like site furniture, not part of the article")
            .confidence(Math.min(0.9, learned[i]))
            .suggest(Suggestion.delete("delete this line"))
            .evidence("kind", "line model")
            .evidence("probability", String.format(Locale.ROOT, "%.2f", learned[i]))
            .emit();
        continue;
      }
      ctx.report(b.span())
          .message("template residue (" + hit.kind().replace('-', ' ') + "): \"" + b.text()
              + "\" is site furniture, not part of the article")
          .confidence(normalise(unlink(b.text())).equals(hit.phrase()) ? 0.95 : 0.85)
          .suggest(Suggestion.delete("delete this line"))
          .evidence("kind", hit.kind())
          .evidence("phrase", hit.phrase())
          .evidence("language", hit.lang())
          .emit();
    }
  }

  /**
   * Whether a block is one the rule reads at all: furniture is short, never a quotation ("\"Subscribe to the
   * newsletter,\" the mayor urged") nor the newsroom's contact line ("Report an error: corrections@paper.example").
   */
  static boolean readable(Block b) {
    return b.wordCount() <= MAX_BLOCK_WORDS && b.text().length() <= MAX_BLOCK_CHARS
        && !QUOTATION.matcher(b.text()).lookingAt()
        && !(b.text().indexOf('@') >= 0 && StartSet.found(EMAIL_ADDRESS, b.text()));
  }

  /** The residue the catalogue, the shapes and the context find, block by block ({@code null}: none). */
  static Entry[] catalogueHits(Article article, List<Block> blocks, boolean[] quieted) {
    Entry[] hits = new Entry[blocks.size()];
    // In a web page the loader has set menus apart already; a row of links left in the body is the page's own
    // (a wiki's infobox), so link rows are read only in Markdown, where a scraper pastes menus as links.
    boolean markdown = article.format() == org.copydesk.article.Format.MARKDOWN;
    // the last paragraph of prose: below it, a related list may hold short titles ("Raspberry Bakewell Bars")
    int lastProse = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (proseParagraph(blocks.get(i))) {
        lastProse = i;
      }
    }
    String context = null; // the kind of the residue just above, for the lines that belong to it
    int follow = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!readable(b)) {
        context = null;
        continue;
      }
      String text = unlink(b.text());
      Entry hit;
      if (b.type() == BlockType.TITLE) {
        // a first line taken for the title may be furniture above the story ("Home » Science » Space", "Sie sind
        // hier: Startseite / Aktuelles"), but a headline may open with catalogue words, so only labels count
        hit = PHRASES.get(normalise(text));
        if (hit == null) {
          hit = match(text);
          // a label ("Sie sind hier:"), or any catalogue line with the real headline right under it ("Publicado en
          // Fiestas, Local", then "Almenar presenta el programa de sus fiestas")
          hit = hit != null && (hit.phrase().endsWith(":") || headlineBelow(blocks, i)) ? hit : null;
        }
        if (hit == null) {
          hit = shape(text);
        }
        if (hit == null) {
          context = null;
          continue;
        }
      } else {
        hit = match(text);
        if (hit != null && hit.kind().equals("post-meta") && hit.phrase().endsWith(":") && text.indexOf('(') >= 0) {
          hit = null; // "Marcadores: Quintela (12'), Cunha (34')" lists goal scorers, not tags
        }
        if (hit != null && hit.kind().equals("post-meta") && PHRASES.containsKey(hit.phrase())
            && StartSet.found(FurnitureShapes.ABSOLUTE_DATE, text) && !StartSet.found(META_ROW, text)) {
          hit = null; // "Publicado em 22/09/2025 às 07h00" is a dateline, "Publicado em Economia" a category
        }
        if (hit != null && hit.kind().equals("related-links") && PHRASES.containsKey(hit.phrase())
            && runsOnInLowerCase(text, hit)) {
          hit = null; // "Leggi anche le firme", "Leia mais, ligue mais": the words read on, no title follows
        }
        if (hit == null) {
          hit = shape(text);
        }
        if (hit != null && QUOTABLE_KINDS.contains(hit.kind()) && StartSet.found(SHARE_OF_VOTES, text)) {
          hit = null; // "Accept all: 91%", a figure of the story's survey
        }
      }
      if (hit == null && (linkRow(b.text()) || markdown && linkBlock(article, b))) {
        hit = new Entry("navigation", "und", "a row of links"); // "[News](/news) / [Transport](/transport) / …"
      }
      if (hit == null && markdown) {
        hit = linkedControls(article, b);
      }
      if (hit == null && context != null && follow < MAX_FOLLOWERS
          && follows(context, text, follow, b.type() == BlockType.LIST_ITEM, i > lastProse)) {
        String kind = context.equals(PAGER_TITLE) ? "navigation" : context;
        hit = new Entry(kind, "und", FOLLOWER + kind.replace('-', ' ') + " above");
        follow++;
      } else if (hit != null) {
        follow = 0;
      }
      context = hit == null ? null : hit.kind();
      if (hit != null && follow == 0 && PAGER_PHRASES.contains(hit.phrase()) && wholePhrase(b.text(), hit)) {
        context = PAGER_TITLE; // "Articolo precedente", then the title it links to
      }
      if (hit != null && hit.kind().equals("post-meta") && follow == 0 && !PHRASES.containsKey(hit.phrase())) {
        context = null; // "7 min read" has no list under it; only a header such as "Filed under" does
      }
      if (hit != null && (hit.kind().equals("related-links") || hit.kind().equals("post-meta")) && follow == 0
          && !wholePhrase(b.text(), hit) && PHRASES.containsKey(hit.phrase())
          && (hit.kind().equals("post-meta") || carriesTitle(text, hit))) {
        // "Lire aussi : <title>" carries its own title and "Tags: a, b" its tags; only a bare header has a list
        // under it, and "More from Business" names a section, not a story
        context = null;
      }
      hits[i] = hit;
    }
    Entry[] matched = hits.clone();
    quietSubheadings(blocks, hits);
    quietTables(blocks, hits);
    quietContactBlocks(blocks, hits);
    quietVideoPosts(blocks, hits);
    quietQuotedInterface(blocks, hits);
    markInterfaceWords(blocks, hits);
    Entry[] marked = hits.clone();
    quietQuotedInterface(blocks, hits); // and the interface words just marked ("Comments" above the story's quotes)
    for (int i = 0; i < hits.length; i++) {
      quieted[i] = (matched[i] != null || marked[i] != null) && hits[i] == null;
    }
    return hits;
  }

  /**
   * A bare "More information" between two paragraphs of prose, with no titles under it, is the story's subheading,
   * not a related-links header.
   */
  private static void quietSubheadings(List<Block> blocks, Entry[] hits) {
    for (int i = 1; i + 1 < blocks.size(); i++) {
      Entry hit = hits[i];
      if (hit != null && hit.kind().equals("related-links") && hits[i + 1] == null && hits[i - 1] == null
          && wholePhrase(blocks.get(i).text(), hit)
          && prose(blocks.get(i - 1)) && prose(blocks.get(i + 1))) {
        hits[i] = null;
      }
    }
  }

  /**
   * A table the story keeps in plain text ("Mesa | Pareja | Puntos", then "1 | Fernández – Outeiral | 12"): two rows
   * or more in a row with the same number of cells, three or more, where most rows pair a figure with a name, or the
   * cells run to two words and a half on average; a menu's items are one or two words. A run with a row the
   * catalogue matched by a phrase, or with a pager's row (figures that count up by one: "Previous | 1 | 2 | 3 |
   * Next"), is no table. Its rows are not menus by their shape.
   */
  static void quietTables(List<Block> blocks, Entry[] hits) {
    int i = 0;
    while (i < blocks.size()) {
      int cells = cells(blocks.get(i));
      int end = i + 1;
      while (cells >= TABLE_CELLS && end < blocks.size() && cells(blocks.get(end)) == cells) {
        end++;
      }
      if (end - i >= 2 && tabular(blocks, hits, i, end)) {
        for (int k = i; k < end; k++) {
          if (hits[k] != null && hits[k].byShape() && hits[k].kind().equals("navigation")) {
            hits[k] = null;
          }
        }
      }
      i = end;
    }
  }

  private static final int TABLE_CELLS = 3;
  private static final double TABLE_WORDS_PER_CELL = 2.5;
  private static final Pattern CELL = Pattern.compile("\\s*\\|\\s*");
  private static final Pattern CELL_FIGURE = Pattern.compile("[+-]?\\d+(?:[.,:]\\d+)*\\s*%?");

  /** The number of pipe-separated cells of a line, or 0 for a line of another kind. */
  private static int cells(Block b) {
    String text = b.text().strip();
    return text.indexOf('|') < 0 || text.indexOf('\n') >= 0 ? 0 : CELL.split(text, -1).length;
  }

  private static boolean tabular(List<Block> blocks, Entry[] hits, int from, int to) {
    int paired = 0;
    int words = 0;
    int cellCount = 0;
    for (int k = from; k < to; k++) {
      if (hits[k] != null && !hits[k].byShape()) {
        return false;
      }
      boolean figure = false;
      boolean name = false;
      int last = Integer.MIN_VALUE;
      int run = 0;
      for (String cell : CELL.split(blocks.get(k).text().strip())) {
        String c = cell.strip();
        boolean isFigure = CELL_FIGURE.matcher(c).matches();
        figure |= isFigure;
        name |= !isFigure && c.codePoints().anyMatch(Character::isLetter);
        words += c.isEmpty() ? 0 : c.split("\\s+").length;
        cellCount++;
        int value = isFigure && c.matches("\\d{1,3}") ? Integer.parseInt(c) : Integer.MIN_VALUE;
        run = value != Integer.MIN_VALUE && value == last + 1 ? run + 1 : 0;
        last = value;
        if (run >= 2) {
          return false; // "1 | 2 | 3": a pager
        }
      }
      paired += figure && name ? 1 : 0;
    }
    return paired * 2 > to - from || words >= TABLE_WORDS_PER_CELL * cellCount;
  }

  /**
   * "Más información:" above a press office's name and telephone is the release's contact block, not a list of
   * stories: a related header whose lines under it give a telephone number or an e-mail address.
   */
  private static void quietContactBlocks(List<Block> blocks, Entry[] hits) {
    for (int i = 0; i < blocks.size(); i++) {
      if (hits[i] == null || !hits[i].kind().equals("related-links") || hits[i].phrase().startsWith(FOLLOWER)) {
        continue;
      }
      int end = i + 1;
      boolean contact = false;
      while (end < blocks.size() && hits[end] != null && hits[end].phrase().startsWith(FOLLOWER)) {
        contact |= StartSet.found(CONTACT, blocks.get(end).text());
        end++;
      }
      if (contact) {
        for (int k = i; k < end; k++) {
          hits[k] = null;
        }
      }
      i = end - 1;
    }
  }

  /** A label followed by a share: "Accept all: 91%", "Reject all - 4 %". */
  private static final Pattern SHARE_OF_VOTES = Pattern.compile("(?::|\\s[–-])\\s*\\d{1,3}(?:[.,]\\d+)?\\s*%\\s*$");
  /** A telephone or fax number, labelled. */
  private static final Pattern CONTACT = Pattern.compile("(?iu)(?<![\\p{L}])(?:tel|tél|teléfono|telefone|téléphone|"
      + "telefon|telefono|telefoon|телефон|phone|fax)\\.?\\s*:?\\s*\\+?\\(?\\d");

  /**
   * "Watch: Drone footage shows…" under a live blog's time stamp is one of its posts; anywhere else it is the site's
   * video insert or rail.
   */
  private static void quietVideoPosts(List<Block> blocks, Entry[] hits) {
    boolean post = false; // the line above was a live blog's video post
    for (int i = 1; i < blocks.size(); i++) {
      boolean video = hits[i] != null && hits[i].kind().equals(VIDEO);
      if (video && (post || LIVE_POST_TIME.matcher(blocks.get(i - 1).text()).matches())) {
        hits[i] = null; // the post, and the player's caption under it
        post = true;
      } else {
        post = false;
      }
    }
  }

  /** "15:58", "09.12 Uhr", "3:05 pm": the time stamp a live blog puts above each post. */
  private static final Pattern LIVE_POST_TIME = Pattern.compile("(?iu)^\\W*\\d{1,2}[:.h]\\d{2}(?:\\s*(?:uhr|h|am|pm|"
      + "gmt|bst|cet|cest))?\\W*$");

  private static final String VIDEO = "video";

  /**
   * A story about cookie banners, comment sections or paywalls may set their labels on lines of its own ("Accept
   * all", "Reject all", then the regulator's ruling). Such labels inside the story, followed by its prose, are the
   * story's; furniture of these kinds sits at the edges or breaks the story off.
   */
  private static void quietQuotedInterface(List<Block> blocks, Entry[] hits) {
    boolean proseBefore = false;
    int i = 0;
    while (i < blocks.size()) {
      if (hits[i] == null) {
        proseBefore |= prose(blocks.get(i));
        i++;
        continue;
      }
      int end = i;
      boolean labels = true;
      while (end < blocks.size() && hits[end] != null) {
        Entry h = hits[end];
        labels &= QUOTABLE_KINDS.contains(h.kind())
            && (wholePhrase(blocks.get(end).text(), h)
                || end > i && h.phrase().startsWith(FOLLOWER)); // and the sentence taken for the prompt's
        end++;
      }
      boolean buttons = true; // "Subscribe now", "Share this post" quoted between two paragraphs of the story
      for (int k = i; k < end; k++) {
        Entry h = hits[k];
        buttons &= BUTTON_KINDS.contains(h.kind())
            && wholePhrase(blocks.get(k).text(), h);
      }
      boolean between = i > 0 && prose(blocks.get(i - 1)) && end < blocks.size() && prose(blocks.get(end));
      // a paywall box is scraped into the middle of a story, with the story going on under it; a story that quotes a
      // paywall's labels speaks of subscriptions in the prose around them
      boolean paywall = false;
      boolean navigation = false;
      for (int k = i; k < end; k++) {
        paywall |= hits[k].kind().equals("paywall");
        navigation |= hits[k].kind().equals("navigation");
      }
      labels &= !navigation || end - i == 1; // one button the story names ("Denunciar anúncio"), not a pager block
      boolean aboutIt = !paywall || end < blocks.size() && (StartSet.found(TOPIC, blocks.get(end).text())
          || i > 0 && StartSet.found(TOPIC, blocks.get(i - 1).text()));
      if (labels && aboutIt && proseBefore && end < blocks.size() && prose(blocks.get(end)) || buttons && between) {
        for (int k = i; k < end; k++) {
          hits[k] = null;
        }
      }
      i = end;
    }
  }

  /** Words a story about cookie banners, comment sections or paywalls uses for them. */
  private static final Pattern TOPIC = Pattern.compile("(?iu)cookie|banner|consent|consentimiento|consentement|"
      + "einwilligung|consenso|toestemming|согласи|onay|paywall|muro\\s+de\\s+pago|mur\\s+payant|bezahlschranke|"
      + "paywall|subscri|suscri|abonn|assinat|assinant|abbonament|abbonat|abonnee|подписк|abonelik|comment|"
      + "kommentar|comentario|comentário|commenti|reactie|комментари|yorum|button|botón|bouton|schaltfläche|"
      + "botão|pulsante|knop|кнопк|buton|pop-?up|fenêtre|ventana|fenster|janela|finestra|venster|окн|pencere");

  private static final java.util.Set<String> BUTTON_KINDS = java.util.Set.of("newsletter", "share-bar");
  private static final java.util.Set<String> QUOTABLE_KINDS = java.util.Set.of("comment-form", "cookie-consent",
      "paywall", "navigation");

  /** A sentence of the story: a few words that end in a full stop, or in a colon that leads into what follows. */
  private static boolean prose(Block b) {
    String t = b.text().strip();
    return b.wordCount() >= PROSE_WORDS && (TextShape.endsLikeSentence(t) || t.endsWith(":"));
  }

  private static final int PROSE_WORDS = 6;

  /**
   * Bare interface words become residue where furniture is: above the first or below the last paragraph of
   * prose, or next to a line already found to be residue (a stack of buttons: "Follow", "Listen", "Share").
   */
  /** A paragraph of the story's prose: twenty words or more, not the headline. */
  /**
   * Whether the block under a title line reads as the headline itself: five words or more, no sentence's end, not
   * prose, and not matched by the catalogue.
   */
  private static boolean headlineBelow(List<Block> blocks, int i) {
    if (i + 1 >= blocks.size()) {
      return false;
    }
    Block next = blocks.get(i + 1);
    String text = unlink(next.text());
    return next.wordCount() >= HEADLINE_BELOW_WORDS && next.wordCount() < BODY_PARAGRAPH_WORDS
        && !TextShape.endsLikeSentence(text) && match(text) == null && shape(text) == null;
  }

  private static final int HEADLINE_BELOW_WORDS = 5;

  static boolean proseParagraph(Block b) {
    return b.wordCount() >= BODY_PARAGRAPH_WORDS && b.type() != BlockType.TITLE;
  }

  private static void markInterfaceWords(List<Block> blocks, Entry[] hits) {
    int firstBody = -1;
    int lastBody = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (hits[i] == null && proseParagraph(blocks.get(i))) {
        firstBody = firstBody < 0 ? i : firstBody;
        lastBody = i;
      }
    }
    Entry[] words = new Entry[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      if (hits[i] == null && (i < firstBody || i > lastBody) && unknownMenuRow(unlink(blocks.get(i).text()))) {
        hits[i] = new Entry("navigation", "und", "a row of menu items");
        continue;
      }
      if (hits[i] == null && blocks.get(i).wordCount() <= UI_WORDS_MAX_WORDS) {
        String text = unlink(blocks.get(i).text());
        words[i] = UI_WORDS.get(normalise(text));
        if (words[i] == null && FurnitureShapes.hashtag(text)) {
          words[i] = new Entry("post-meta", "und", "a hashtag");
        }
      }
    }
    // a run of interface words spreads from any residue beside it, downwards in the first sweep and upwards in the
    // second: two passes in all, however long the run
    for (int i = 0; i < blocks.size(); i++) {
      if (words[i] != null && hits[i] == null) {
        boolean outside = (firstBody < 0 || i < firstBody || i > lastBody) && !BESIDE_ONLY.contains(words[i].phrase());
        if (outside || i > 0 && hits[i - 1] != null) {
          hits[i] = words[i];
        }
      }
    }
    for (int i = blocks.size() - 2; i >= 0; i--) {
      if (words[i] != null && hits[i] == null && hits[i + 1] != null) {
        hits[i] = words[i];
      }
    }
  }

  private static final int UI_WORDS_MAX_WORDS = 3;
  private static final Pattern META_ROW = Pattern.compile("[|·•]");
  /** A line that opens with a quotation: "…", “…”, „…“, '…', ‘…’, or «…» with the story going on after it. */
  private static final Pattern QUOTATION = Pattern.compile("\\s*(?:[\"“„‘]|'(?=\\p{L})|«[^»]{1,200}»[\\s,;:.—–-]*\\p{L})");
  private static final Pattern EMAIL_ADDRESS = Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)+");
  /** A Markdown link left as text by a scraper: "[Leave a comment](https://…/comments)". */
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]{1,120})\\]\\([^()\\s]*\\)");

  private static final int LINK_ROW_LINKS = 2;
  /**
   * Real links (Markdown or HTML) make a menu only three at a time and between menu separators: a wiki's "24
   * November, 1994" or "Foraging - Spring" is two links in the story's own table.
   */
  private static final int LINK_BLOCK_LINKS = 3;
  private static final Pattern LINK_BLOCK_GAPS = Pattern.compile("[\\s/|·•»›>]*");
  private static final Pattern LINK_ROW_GAPS = Pattern.compile("[\\s/|·•»›>,-]*");

  /** A line of two or more raw Markdown links with nothing but separators between them. */
  private static boolean linkRow(String text) {
    if (text.indexOf("](") < 0) {
      return false;
    }
    java.util.regex.Matcher m = MARKDOWN_LINK.matcher(text);
    int links = 0;
    int last = 0;
    while (m.find()) {
      if (!LINK_ROW_GAPS.matcher(text.substring(last, m.start())).matches()) {
        return false;
      }
      links++;
      last = m.end();
    }
    return links >= LINK_ROW_LINKS && LINK_ROW_GAPS.matcher(text.substring(last)).matches();
  }

  /** A block of a Markdown article made of three or more links and separators only. */
  private static boolean linkBlock(Article article, Block b) {
    List<org.copydesk.article.Link> links = onlyLinks(article, b);
    return links != null && links.size() >= LINK_BLOCK_LINKS;
  }

  /**
   * A block of a Markdown article made only of links (and separators) that act on the page rather than lead to a
   * story ("[Seite drucken](javascript:print()) · [Seite teilen](#share)", "[Rebloguer](…/reblog/7712)",
   * "[Afmelden](…/unsubscribe)"), or that lead to tag and category pages ("[Commuting](…/tag/commuting)").
   */
  private static Entry linkedControls(Article article, Block b) {
    List<org.copydesk.article.Link> links = onlyLinks(article, b);
    if (links == null || links.isEmpty()) {
      return null;
    }
    boolean anchors = true;
    for (org.copydesk.article.Link l : links) {
      anchors &= l.href().startsWith("#") && l.href().length() > 1;
    }
    if (anchors && b.wordCount() <= RELATED_TITLE_MAX_WORDS && !b.text().strip().endsWith(".")) {
      return new Entry("navigation", "und", "a table of contents"); // "- [Who is most at risk?](#risk)"
    }
    boolean actions = true;
    boolean tags = true;
    for (org.copydesk.article.Link l : links) {
      actions &= StartSet.found(ACTION_HREF, l.href());
      tags &= StartSet.found(TAG_HREF, l.href());
    }
    if (b.wordCount() > links.size() * LINKED_CONTROL_WORDS) {
      return null;
    }
    return actions ? new Entry("share-bar", "und", "a row of page buttons")
        : tags ? new Entry("post-meta", "und", "a row of tag links") : null;
  }

  private static final int LINKED_CONTROL_WORDS = 3;
  /** A link that acts on the page: a script, an anchor, an empty mail, a share, like, print or mailing-list URL. */
  private static final Pattern ACTION_HREF = Pattern.compile("(?i)^(?:javascript:|#|mailto:(?:\\?|$)|sms:|whatsapp:)|"
      + "^https?://(?:wa\\.me|t\\.me/share)|[/.?&](?:sharer(?:\\.php)?|share|intent/tweet|pin/create|reblog|like|"
      + "unsubscribe|subscribe|subscriptions?|print|login|log-in|signin|sign-in|signup|sign-up|register|prefs|"
      + "preferences|manage-preferences|newsletters?|assinaturas?|abo|abonnement|abonnements|suscripcion|"
      + "suscripciones|abbonamenti|abbonati|account|mein-konto|mon-compte|mi-cuenta|regions?|edition)(?:[/?#.&=]|$)|"
      + "pinterest\\.[a-z.]+/pin(?:[/?#]|$)");
  /** A link to a tag, topic or category page ("/tag/commuting", "/kategorie/brot/"). */
  private static final Pattern TAG_HREF = Pattern.compile("(?i)/(?:tag|tags|topic|topics|category|categories|"
      + "categoria|categorias|categorie|kategorie|kategorien|kategori|etiqueta|etiquetas|rubrique|rubriek|tema|"
      + "temas|schlagwort|schlagworte|label|labels|etiket|тег|теги|метки)/[^/?#]");

  /** The links of a block with nothing but separators around them, in order, or null. */
  private static List<org.copydesk.article.Link> onlyLinks(Article article, Block b) {
    String all = article.text();
    List<org.copydesk.article.Link> list = article.links();
    // the links are in text order: find the first one at or after the block by bisection, not by a scan
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).span().start() < b.span().start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int from = b.span().start();
    List<org.copydesk.article.Link> links = new java.util.ArrayList<>();
    for (int k = lo; k < list.size() && list.get(k).span().start() < b.span().end(); k++) {
      org.copydesk.article.Link l = list.get(k);
      if (l.span().end() > b.span().end() || l.span().start() < from) {
        return null;
      }
      if (!LINK_BLOCK_GAPS.matcher(all.substring(from, l.span().start())).matches()) {
        return null;
      }
      links.add(l);
      from = l.span().end();
    }
    return LINK_BLOCK_GAPS.matcher(all.substring(from, b.span().end())).matches() ? links : null;
  }

  /**
   * Whether the words after a related-links phrase go on in lower case, with no colon and no name ("Leggi anche le
   * firme"): a link's title, or a section's name, has a capital or a number.
   */
  private static boolean runsOnInLowerCase(String line, Entry hit) {
    String t = line.strip();
    int start = 0;
    while (start < t.length() && !Character.isLetterOrDigit(t.charAt(start))) {
      start++;
    }
    String rest = t.substring(start);
    if (hit.phrase().endsWith(":") || rest.length() <= hit.phrase().length()
        || !normalise(rest.substring(0, hit.phrase().length())).equals(hit.phrase())) {
      return false;
    }
    String after = rest.substring(hit.phrase().length());
    int k = 0;
    while (k < after.length() && (Character.isWhitespace(after.charAt(k)) || after.charAt(k) == ',')) {
      k++;
    }
    if (k >= after.length() || !Character.isLowerCase(after.charAt(k))) {
      return false;
    }
    // "More News from Sci-Tech" names a section after its preposition; "le firme" names nothing
    for (int i = k; i < after.length(); i++) {
      if (Character.isUpperCase(after.charAt(i)) || Character.isDigit(after.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Words after a related-links phrase that make a story title ("Read more Hauliers threaten blockade"). */
  private static final int CARRIED_TITLE_WORDS = 3;

  /** Whether a line goes on after its related-links phrase with a title of its own, after a colon or at length. */
  private static boolean carriesTitle(String line, Entry hit) {
    String norm = normalise(line);
    if (!norm.startsWith(hit.phrase())) {
      return true;
    }
    String rest = norm.substring(hit.phrase().length()).strip();
    return rest.startsWith(":") || hit.phrase().endsWith(":")
        || !rest.isEmpty() && WHITESPACE.split(rest).length >= CARRIED_TITLE_WORDS;
  }

  /** Whether a line is the hit's phrase and nothing more, a colon aside ("Related", "Vous aimerez aussi :"). */
  private static boolean wholePhrase(String line, Entry hit) {
    return withoutColon(normalise(unlink(line))).equals(withoutColon(hit.phrase()));
  }

  private static String withoutColon(String s) {
    return s.endsWith(":") ? s.substring(0, s.length() - 1).strip() : s;
  }

  /** The line with raw Markdown links ("[News](/news) / [Transport](/transport)") read as their text. */
  static String unlink(String text) {
    String t = text.indexOf("](") < 0 ? text : MARKDOWN_LINK.matcher(text).replaceAll("$1");
    // a plain-text e-mail or feed writes a link as its words, then the address in brackets
    return t.indexOf("(http") < 0 ? t : BRACKETED_ADDRESS.matcher(t).replaceAll("");
  }

  private static final Pattern BRACKETED_ADDRESS = Pattern.compile("\\s*\\(https?://[^()\\s]{1,300}\\)");

  private static final Pattern SHARE_LABEL = Pattern.compile("(?iu)^(?:share|compartir|partager|teilen|condividi|"
      + "compartilhe|поделиться|paylaş|delen|udostępnij|dela|del|sdílet|distribuie|jaa|comparteix)"
      + "(?:\\s+\\p{L}+){0,2}\\s*:\\s*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SHARE_VERB_WORD = Pattern.compile("(?iu)share|teilen|versenden|senden|compartir|enviar|"
      + "partager|envoyer|condividi|invia|compartilhe|compartilhar|partilhar|delen|verzenden|поделиться|отправить|"
      + "paylaş|gönder");
  private static final Pattern PIPE = Pattern.compile("\\s*\\|\\s*");
  private static final Pattern BAR = Pattern.compile("\\s*[|•·]\\s*");
  private static final String TRAILING_MARKS = ".!?…,;*|";

  /** Social networks and sharing actions that make up a share row. */
  private static final Pattern NETWORK = Pattern.compile("(?iu)^(?:facebook|twitter|x|whatsapp|linkedin|telegram|"
      + "e-?mail|email|pinterest|reddit|messenger|print|imprimir|imprimer|drucken|stampa|copy\\s+link|"
      + "copiar\\s+enlace|copier\\s+le\\s+lien|link\\s+kopieren|flipboard|threads|bluesky|mastodon|tumblr|"
      + "vk|ok|viber|line|xing|sms|youtube|instagram|tiktok|вконтакте|одноклассники|телеграм|дзен)$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*[|•·/,]\\s*|\\s{2,}");
  private static final int NAV_SEGMENTS = 3;
  /** "By Priya Raman | Denholm Herald | Aug. 22, 2024": a byline row, not a menu. */
  private static final Pattern BYLINE_ROW = Pattern.compile("(?iu)^\\W*(?:by|por|par|von|di|door|av|af)\\s|"
      + "\\b(?:1[89]|20)\\d{2}\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
  private static final int NAV_SEGMENT_WORDS = 3;
  private static final int HOME_MENU_SEGMENT_WORDS = 5;
  private static final int PROMPT_SHORT_WORDS = 10;

  /**
   * A line that is furniture by its shape, whatever its words: a share row ("Facebook | X | WhatsApp", "Share:
   * Facebook Twitter Email"), or a navigation row of three or more short items between separators ("Home |
   * News | Sport | Contact").
   */
  static Entry shape(String text) {
    String t = SHARE_LABEL.matcher(text.strip()).replaceFirst("");
    String[] parts = SEPARATORS.split(t);
    int networks = 0;
    for (String p : parts) {
      if (NETWORK.matcher(p.strip()).matches()) {
        networks++;
      }
    }
    if (networks >= 2 && networks >= parts.length - 1) {
      return new Entry("share-bar", "und", "a row of sharing buttons");
    }
    String[] tokens = WHITESPACE.split(t.strip());
    if (tokens.length >= 3 && SHARE_VERB_WORD.matcher(tokens[0]).matches()
        && allNetworks(java.util.Arrays.copyOfRange(tokens, 1, tokens.length))) {
      return new Entry("share-bar", "und", "a row of sharing buttons"); // "Versenden Facebook X WhatsApp E-Mail"
    }
    if (tokens.length >= 2 && allNetworks(tokens)) {
      return new Entry("share-bar", "und", "a row of sharing buttons"); // "Facebook Twitter Instagram YouTube"
    }
    if (parts.length == 1 && networks == 1 && WHITESPACE.split(text.strip()).length <= 2) {
      return new Entry("share-bar", "und", "a sharing button"); // a share row the scraper split into lines
    }
    String line = text.strip();
    // the word counts below are tested before the patterns: a paragraph of prose is too long for most shapes
    int lineWords = WHITESPACE.split(line).length;
    String grammar = FurnitureShapes.kind(line, lineWords);
    if (grammar != null) {
      return new Entry(grammar, "und", "a " + grammar.replace('-', ' ') + " line by its grammar");
    }
    if (StartSet.found(OPENS_NEW_WINDOW, line) || OPENS_NEW_TAB_LINE.matcher(line).matches()) {
      return new Entry("share-bar", "und", "a sharing button");
    }
    if (lineWords <= RELATED_TITLE_MAX_WORDS && StartSet.found(PAGER, line)) {
      return new Entry("navigation", "und", "a link to the previous or next post");
    }
    if (lineWords <= NEWSLETTER_LINE_MAX_WORDS && StartSet.found(PRICE_OFFER, line)) {
      return new Entry("paywall", "und", "a subscription offer");
    }
    if (lineWords <= MAX_BLOCK_WORDS && !line.endsWith("?") && StartSet.found(PROMPT, line)
        && (lineWords <= PROMPT_SHORT_WORDS || !TextShape.endsLikeSentence(line)
            || StartSet.found(FurnitureShapes.CHANNEL, line))) {
      // "Suivez-nous : le président de la fédération a remercié…" is the story's sentence after a label
      return new Entry("newsletter", "und", "a newsletter or app prompt");
    }
    if (line.contains("|")) {
      // "Posted in Outdoors, Travel Tips | Leave a comment": a row whose parts are furniture
      String[] cells = PIPE.split(line);
      for (String part : cells) {
        Entry e = part.isBlank() ? null : match(part);
        if (e != null) {
          return e;
        }
      }
      // "Subscribe | Sign in": every part an interface word
      Entry first = null;
      for (String part : cells) {
        Entry e = part.isBlank() ? null : UI_WORDS.get(normalise(part));
        if (e == null || BESIDE_ONLY.contains(e.phrase())) {
          first = null;
          break;
        }
        first = first == null ? e : first;
      }
      if (first != null && cells.length >= 2) {
        return first;
      }
    }
    if (FORM_FIELD.matcher(line).matches()) {
      return new Entry("comment-form", "und", "a form field label");
    }
    if (VIEW_COUNT.matcher(line).matches()) {
      return new Entry("post-meta", "und", "a view counter");
    }
    if (lineWords <= MAX_BLOCK_WORDS && StartSet.found(COOKIE_WORD, line)
        && (StartSet.found(COOKIES, line) || StartSet.found(COOKIES_OTHER_SCRIPTS, line))
        && (lineWords <= COOKIE_BUTTON_WORDS || StartSet.found(READER, line) || StartSet.found(THIS_SITE, line))
        && !StartSet.found(FurnitureShapes.QUOTES, line)) {
      return new Entry("cookie-consent", "und", "a cookie prompt");
    }
    String[] crumbs = CRUMBS.split(line);
    if (crumbs.length >= 3 || crumbs.length == 2 && (HOME.matcher(crumbs[0].strip()).matches()
        || StartSet.found(CRUMB_ARROW, line) && line.indexOf('«') < 0)) {
      boolean shortSegments = true;
      boolean home = HOME.matcher(crumbs[0].strip()).matches();
      for (int k = 0; k < crumbs.length; k++) {
        String c = crumbs[k];
        int w = c.isBlank() ? 0 : WHITESPACE.split(c.strip()).length;
        // from "Home", the last crumb may be the page's own title ("Home » Cronaca » Acireale, riapre il teatro")
        int most = home && k == crumbs.length - 1 && k >= 2 ? RELATED_TITLE_MAX_WORDS : NAV_SEGMENT_WORDS;
        shortSegments &= w >= 1 && w <= most && !TextShape.endsLikeSentence(c);
      }
      if (shortSegments && (HOME.matcher(crumbs[0].strip()).matches() || line.contains("»") || line.contains("›"))) {
        return new Entry("navigation", "und", "a breadcrumb trail");
      }
    }
    if (menuRow(line)) {
      return new Entry("navigation", "und", "a row of section names");
    }
    String[] bars = BAR.split(text.strip());
    if (bars.length >= NAV_SEGMENTS && !StartSet.found(BYLINE_ROW, line) && !tableRow(bars)) {
      // a menu that starts at "Inicio" may hold a longer item ("Televisión a la carta")
      int segmentWords = HOME.matcher(bars[0].strip()).matches() ? HOME_MENU_SEGMENT_WORDS : NAV_SEGMENT_WORDS;
      for (String bar : bars) {
        String[] words = bar.isBlank() ? new String[0] : WHITESPACE.split(bar.strip());
        if (words.length == 0 || words.length > segmentWords || TextShape.endsLikeSentence(bar)) {
          return null;
        }
        for (String w : words) {
          if (OffTopicBranding.tradeWord(w)) {
            return null; // "Hôtel Les Mimosas • Sainte-Maxenne • Vue mer" is a business and its slogan
          }
        }
      }
      return new Entry("navigation", "und", "a row of menu items");
    }
    return null;
  }

  /**
   * A row of section names, in items set apart by wide spaces or separators ("UK  World  Business  Money",
   * "Mentions légales - Politique de confidentialité - Contact") or one capitalised word after another with no
   * function word between ("Politik Meinung Wirtschaft Sport", "NEWS SHOWBIZ SPORT TV MONEY"), of which enough are
   * known interface or section words. A Title Case headline has function words or too few section names.
   */
  static boolean menuRow(String line) {
    return menuRow(line, MENU_ROW_ITEMS, MENU_ROW_KNOWN, MENU_ROW_KNOWN_PERCENT);
  }

  /**
   * A row of capitalised items with no function word, whose words need not be known: "Nutrition | Fitness | Sleep |
   * Mind | Recipes", "Питание Фитнес Красота Психология Рецепты". Only above or below the story's prose.
   */
  private static boolean unknownMenuRow(String line) {
    String t = line.strip();
    // one capitalised word after another may be a Title Case headline ("Slow-Cooker Honey Garlic Chicken Thighs");
    // only items set apart by separators, or run together, are a menu whatever their words
    boolean joined = t.indexOf(' ') < 0 && StartSet.found(CAMEL_JOIN, t);
    return (joined || StartSet.found(MENU_ITEM_GAP, t)) && menuRow(t, MENU_ROW_ITEMS + 1, 0, 0);
  }

  static boolean menuRow(String line, int minItems, int minKnown, int minKnownPercent) {
    String t = line.strip();
    if (t.length() > MENU_ROW_CHARS || TextShape.endsLikeSentence(t) || t.indexOf(':') >= 0
        || FurnitureShapes.hasDigit(t)) {
      return false;
    }
    if (t.indexOf(' ') < 0 || CAMEL_JOIN.matcher(t).results().count() >= MENU_ROW_ITEMS - 1) {
      t = CAMEL_JOIN.matcher(t).replaceAll("  "); // "HomeNewsSportBusinessOpinion": items run together
    }
    boolean items = StartSet.found(MENU_ITEM_GAP, t);
    String[] parts = (items ? MENU_ITEM_GAP : WHITESPACE).split(t.strip());
    if (parts.length < minItems) {
      return false;
    }
    int known = 0;
    for (String part : parts) {
      String p = part.strip();
      if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))
          || WHITESPACE.split(p).length > (items ? NAV_SEGMENT_WORDS : 1)
          || !items && FUNCTION_WORDS.contains(p.toLowerCase(Locale.ROOT))) {
        return false;
      }
      String k = normalise(p);
      if (UI_WORDS.containsKey(k) || PHRASES.containsKey(k) || HOME.matcher(k).matches()) {
        known++;
      }
    }
    return known >= minKnown && known * 100 >= parts.length * minKnownPercent;
  }

  private static final int MENU_ROW_CHARS = 160;
  /** A lower-case letter, then a capital: where two menu items ran together ("NewsSport"), not "McDonald". */
  private static final Pattern CAMEL_JOIN = Pattern.compile("(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll})");
  private static final int MENU_ROW_ITEMS = 4;
  private static final int MENU_ROW_KNOWN = 3;
  private static final int MENU_ROW_KNOWN_PERCENT = 35;
  /** Two spaces or more, or a separator between spaces: where a menu's items part. */
  private static final Pattern MENU_ITEM_GAP = Pattern.compile("\\s{2,}|\\s*[|•·∙]\\s*|\\s+[-–]\\s+");
  /** Words a headline has and a menu has not. */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.copyOf(java.util.List.of("and", "or", "of", "the", "a", "an",
      "in", "on", "for", "to", "at", "as", "by", "with", "is", "are", "y", "o", "de", "del", "la", "el", "los", "las",
      "en", "un", "una", "et", "ou", "le", "les", "des", "du", "au", "aux", "und", "oder", "der", "die", "das", "im",
      "mit", "von", "zu", "e", "os", "da", "do", "dos", "no", "na", "il", "lo", "gli", "di", "per", "con",
      "het", "een", "van", "op", "met", "и", "в", "на", "с", "по", "ve", "ile", "bir", "için", "por", "par", "von",
      "door", "от"));

  /** "Corvey Gazette | 8,412 | 9,106 | +8.3%": two figures or more between the bars make a row of a table. */
  private static boolean tableRow(String[] cells) {
    int figures = 0;
    for (String c : cells) {
      if (FIGURE_CELL.matcher(c.strip()).matches()) {
        figures++;
      }
    }
    return figures >= 2;
  }

  /** A figure of a table, not a page number: "8,412", "+8.3%", "1998" ("« Previous | 1 | 2 | 3 | Next »"). */
  private static final Pattern FIGURE_CELL = Pattern.compile("[+\\-−–]?(?:\\d{1,3}(?:[.,]\\d+)+|\\d{3,}|\\d+(?:[.,]\\d+)?"
      + "\\s*%)\\s*%?");

  private static boolean allNetworks(String[] tokens) {
    for (String token : tokens) {
      if (!NETWORK.matcher(token).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a line continues the residue above it: the story titles under "Related Articles" (questions allowed),
   * the field labels of a comment form ("Website", "Comentario"), the sentence and button of a newsletter prompt.
   */
  private static boolean follows(String kind, String text, int followed, boolean listItem, boolean belowStory) {
    String t = text.strip();
    int words = t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    switch (kind) {
      case "related-links":
        // a name and slogan between separators is a brand line, not a story title ("Rijschool X | Rijles in Y")
        return words >= (listItem ? RELATED_ITEM_MIN_WORDS : belowStory ? RELATED_BELOW_MIN_WORDS
            : RELATED_TITLE_MIN_WORDS)
            && words <= RELATED_TITLE_MAX_WORDS && !t.endsWith(".")
            && !StartSet.found(BRAND_SEPARATOR, t) && !StartSet.found(CREDIT_LINE, t);
      case PAGER_TITLE:
        // one story title under "Articolo precedente" / "Önceki Haber"
        return followed == 0 && words >= RELATED_ITEM_MIN_WORDS && words <= RELATED_TITLE_MAX_WORDS
            && !TextShape.endsLikeSentence(t) && !StartSet.found(BRAND_SEPARATOR, t) && !StartSet.found(CREDIT_LINE, t);
      case "comment-form":
        return words <= FORM_FIELD_MAX_WORDS && !TextShape.endsLikeSentence(t) && !StartSet.found(CREDIT_LINE, t);
      case "paywall":
        return BUTTON.matcher(t).matches(); // the story may go on under a paywall notice
      case "post-meta":
        // the tags or categories stacked under "Archivado bajo" / "Tags"
        return words >= 1 && words <= TAG_MAX_WORDS && !TextShape.endsLikeSentence(t) && t.indexOf(':') < 0;
      case "cookie-consent":
      case "newsletter":
        // the prompt's buttons ("Accept", "Personnaliser", "S'inscrire"), or one more sentence of the prompt
        // (a sentence of the prompt speaks to the reader or names the channel; the story's next sentence does not)
        return BUTTON.matcher(t).matches()
            || followed < NEWSLETTER_LINES && words <= NEWSLETTER_LINE_MAX_WORDS && t.endsWith(".")
            && !StartSet.found(CREDIT_LINE, t) && (StartSet.found(READER, t) || FurnitureShapes.promptLike(t));
      default:
        return false;
    }
  }

  private static final int MAX_FOLLOWERS = 8;
  private static final String FOLLOWER = "a line that belongs to the ";
  private static final int TAG_MAX_WORDS = 3;
  private static final Pattern BRAND_SEPARATOR = Pattern.compile("\\s[|•·—–~-]\\s");
  /** Credits that close a story are never part of the furniture above them. */
  private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^\\(|reporting\\s+by|editing\\s+by|writing\\s+by|"
      + "©|^\\W*(?:by|por|par|von|photo|foto)\\b|copyright|all\\s+rights\\s+reserved|derechos\\s+reservados|"
      + "droits\\s+réservés|rechte\\s+vorbehalten|direitos\\s+reservados|diritti\\s+riservati|"
      + "rechten\\s+voorbehouden|права\\s+защищены|hakları\\s+saklıdır|"
      // the story's origin ("Originally published by …", "Fuente: …"): a credit to the source, not a listed title
      + "(?:originally|first)\\s+(?:published|appeared)|republished|reprinted|publicad[oa]\\s+originalmente|"
      + "publié\\s+(?:initialement|à\\s+l'origine)|ursprünglich\\s+(?:veröffentlicht|erschienen)|"
      + "(?:originariamente|originalmente)\\s+pubblicat[oa]|oorspronkelijk\\s+(?:gepubliceerd|verschenen)|"
      + "впервые\\s+опубликован|ilk\\s+olarak|^\\W*(?:source|fuente|fonte|quelle|bron|источник|kaynak)\\s*:");

  /** A credit: wire credits, bylines, photo credits, copyright, the story's origin ("Originally published by …"). */
  static boolean credit(String text) {
    return StartSet.found(CREDIT_LINE, text);
  }

  private static final int RELATED_TITLE_MIN_WORDS = 4;
  /** Below the story, a title may be short ("Raspberry Bakewell Bars"), though not a product name ("Apple AirPods"). */
  private static final int RELATED_BELOW_MIN_WORDS = 3;
  /** Under a related header, a bulleted title may be short ("Caponata di melanzane"). */
  private static final int RELATED_ITEM_MIN_WORDS = 2;
  private static final int RELATED_TITLE_MAX_WORDS = 16;
  private static final int FORM_FIELD_MAX_WORDS = 4;
  private static final Pattern BUTTON = Pattern.compile("(?iu)\\W*(?:accept(?:\\s+all)?|reject(?:\\s+all)?|settings|"
      + "customi[sz]e|manage\\s+(?:cookies|preferences)|agree|i\\s+agree|ok|got\\s+it|subscribe|sign\\s+up|join|"
      + "register|submit|personnaliser|accepter|tout\\s+accepter|refuser|paramètres|s'inscrire|s'abonner|aceptar|"
      + "rechazar|configurar|suscribirse|suscríbete|akzeptieren|alle\\s+akzeptieren|ablehnen|einstellungen|"
      + "abonnieren|anmelden|aceitar|rejeitar|inscrever|assinar|subscrever|accetta|rifiuta|accetto|iscriviti|"
      + "accepteren|weigeren|instellingen|aanmelden|inschrijven)\\W*");
  private static final int NEWSLETTER_LINES = 2;
  private static final int NEWSLETTER_LINE_MAX_WORDS = 20;
  /** Jetpack and WordPress share buttons keep their screen-reader hint. */
  private static final Pattern OPENS_NEW_WINDOW = Pattern.compile("(?iu)\\([^()]{0,30}(?:new\\s+window|"
      + "neuem\\s+fenster|ventana\\s+nueva|nueva\\s+ventana|nouvelle\\s+fenêtre|nova\\s+janela|nuova\\s+finestra|"
      + "nieuw\\s+venster|новом\\s+окне|yeni\\s+pencere)[^()]{0,20}\\)");
  /** "Opens new tab", "(opens in a new window)" left on a line of its own by a screen-reader hint. */
  private static final Pattern OPENS_NEW_TAB_LINE = Pattern.compile("(?iu)\\W*opens?\\s+(?:in\\s+)?(?:a\\s+)?new\\s+"
      + "(?:tab|window)\\W*");

  /**
   * Previous/next post links ("« Fall Foliage Drives", "Nächster Beitrag →", "Siguiente >", "Page 1 of 2"). The
   * words before a forward arrow start after the last character that cannot be one of them, so a long line that is
   * not a link fails in one pass instead of one pass per character.
   */
  static final Pattern PAGER = Pattern.compile("(?iu)^\\W{0,3}[«‹←](?![^»›]*[»›])\\s*\\p{L}|"
      + "^(?:[^«‹]*[^«‹\\p{L}\\s'’?!])?[\\s'’?!]*\\p{L}[\\p{L}\\s'’?!]*\\s[»›→>]\\s*$|"
      + "^(?:page|página|pagina|seite|strona|sivu|страница|sayfa)\\s+\\d+\\s+(?:of|de|di|von|van|z|/|из)\\s+\\d+$");
  /** A subscription offer: a small price and a trial or subscription word ("Jetzt 4 Wochen für 0,99 € testen"). */
  private static final String OFFER_WORDS = "(?<!\\p{L})(?:test(?:en)?|trial|probe(?:abo)?|abo|abonnement|"
      + "offre\\s+spéciale|oferta\\s+especial|sonderangebot|offerta\\s+speciale|special\\s+offer|"
      + "(?:first|premier|primer|primeiro|primo|erste[nr]?|eerste)\\s+(?:month|mois|mes|mês|mese|monat|maand)|"
      + "subscribe|subscription|abonnieren|abonnez|assine|assinatura|suscríbete|suscripción|abbonati|abbonamento|"
      + "abonneer)(?!\\p{L})";
  /** A small price: a subscription, not a figure in the news ("$53 million a week"). */
  private static final String PRICE = "(?:[€$£]\\s?\\d{1,2}(?:[.,]\\d{2})?|\\d{1,2}(?:[.,]\\d{2})?\\s?[€$£¢])(?![\\d.,]*\\s*"
      + "(?:million|billion|bn|m\\b|mio|mrd|millones|milliards?|millions?))";
  private static final Pattern PRICE_OFFER = Pattern.compile("(?iu)" + PRICE + "[^.!?]{0,40}" + OFFER_WORDS + "|"
      + OFFER_WORDS + "[^.!?]{0,40}" + PRICE);
  /** Newsletter, follow and app prompts by their words, in any of the catalogue languages. */
  private static final Pattern PROMPT = Pattern.compile("(?iu)(?:in\\s+your\\s+inbox|unsubscribe\\s+any\\s?time|no\\s+spam|"
      + "^\\W*subscribe\\s+to\\s+(?:the|our)\\b|^\\W*get\\s+the\\s+[\\p{L} ]{1,30}\\s+app\\b|"
      + "^\\W*(?:follow\\s+us|síguenos|suivez-nous|folgen\\s+sie\\s+uns|siga-nos|seguici|volg\\s+ons)\\b|"
      + "dans\\s+votre\\s+boîte|en\\s+tu\\s+(?:correo|bandeja)|no\\s+seu\\s+e-?mail|in\\s+ihr\\s+postfach|"
      + "nella\\s+tua\\s+casella|in\\s+je\\s+inbox)");
  private static final Pattern FORM_FIELD = Pattern.compile("^[\\p{L}'’ -]{1,30}\\s?\\*$");
  private static final String VIEWS = "(?:views|vistas|visto|visitas|vues|aufrufe|gelesen|visualizações|visualizacoes|"
      + "visualizzazioni|просмотр\\p{L}*|görüntülenme|weergaven|wyświetle\\p{L}*|visningar|visninger|zobrazení)";
  private static final Pattern VIEW_COUNT = Pattern.compile("(?iu)^(?:[\\d.,\\s]+\\s" + VIEWS + "|" + VIEWS
      + "\\s*:\\s*[\\d.,\\s]+)$");
  /** "International › Afrique": an arrow between two words, not a closing guillemet ("«Вести», 2025"). */
  private static final Pattern CRUMB_ARROW = Pattern.compile("\\s[»›]\\s");
  private static final Pattern CRUMBS = Pattern.compile("\\s*[»›>/]\\s*");
  private static final Pattern HOME = Pattern.compile("(?iu)^(?:home|homepage|inicio|início|portada|página inicial|"
      + "accueil|startseite|home page|главная|главная страница|anasayfa|strona główna|hem|forside|forsiden|úvod|"
      + "etusivu|inici|voorpagina|startpagina|pagina iniziale|ana sayfa|anasayfa)$");
  private static final int COOKIE_BUTTON_WORDS = 8;
  /** "Bu web sitesi çerezleri kullanmaktadır. Kabul Et", "Мы используем файлы cookie… Принять". */
  private static final Pattern COOKIES_OTHER_SCRIPTS = Pattern.compile("(?iu)^(?:(?!çerez).)*çerez.*(?<![\\p{L}])(?:kabul|"
      + "reddet|ayarlar)(?![\\p{L}])|^(?:(?!куки|cookie).)*(?:куки|cookie).*(?<![\\p{L}])(?:принять|отклонить|"
      + "настройки)(?![\\p{L}])");
  /**
   * What both cookie patterns need, in their flags: a line without it is not read by them, each of which scans the
   * whole line from its start.
   */
  private static final Pattern COOKIE_WORD = Pattern.compile("(?iu)cookie|çerez|куки");
  /** A cookie prompt speaks to the reader; a sentence about cookie banners in the news does not. */
  private static final Pattern READER = Pattern.compile("(?iu)(?<![\\p{L}])(?:we|you|your|our|nous|vous|votre|vos|"
      + "wir|sie|ihre|unsere|usamos|utilizamos|tu|tus|você|seu|sua|nós|noi|vi|wij|u|je|uw|мы|вы|biz|siz)"
      + "(?![\\p{L}])");
  /** "Esta web utiliza cookies…", "Bu web sitesi çerezleri kullanmaktadır": the site speaks of itself. */
  private static final Pattern THIS_SITE = Pattern.compile("(?iu)(?:esta\\s+(?:web|página)|este\\s+sitio|"
      + "este\\s+site|ce\\s+site|cette\\s+page|diese\\s+(?:web)?seite|questo\\s+sito|deze\\s+(?:web)?site|"
      + "этот\\s+сайт|bu\\s+(?:web\\s+)?site)");
  /** Cookie prompts; anchored at the first "cookie" so that a line of many costs one scan, not one per mention. */
  static final Pattern COOKIES = Pattern.compile("(?iu)^(?:(?!cookie).)*cookie.*(?<![\\p{L}-])(?:accept(?:ing|ed|s)?|"
      + "reject(?:ing|ed|s)?|agree|settings|aceptar|rechazar|accepter|refuser|akzeptieren|ablehnen|aceitar|rejeitar|"
      + "accetta|rifiuta|принять|kabul)(?![\\p{L}-])|"
      + "^\\W*(?:we\\s+use|nous\\s+utilisons|utilizamos|usamos|wir\\s+verwenden|wir\\s+nutzen|utilizziamo|"
      + "wij\\s+gebruiken|este\\s+site\\s+(?:usa|utiliza)|ce\\s+site\\s+utilise|this\\s+(?:site|website)\\s+uses)"
      + "\\s+(?:des\\s+)?cookies");

  /**
   * The catalogue entry a block is or starts with. Single-word phrases must be the whole block; longer ones
   * may be followed by a few words ("Back to top button", "Leave a Reply Cancel reply").
   */
  static Entry match(String blockText) {
    String norm = normalise(blockText);
    if (norm.isEmpty()) {
      return null;
    }
    boolean asks = blockText.strip().endsWith("?");
    Entry whole = PHRASES.get(norm);
    if (whole == null && norm.endsWith(":")) {
      whole = PHRASES.get(withoutColon(norm)); // "**Te puede interesar:**"
    }
    if (whole != null && (!asks || ASKING_KINDS.contains(whole.kind()))) {
      return whole; // "Siga-nos nas redes sociais?" asks; "Already a subscriber?" is a paywall's own question
    }
    String[] raw = norm.split(" ");
    String[] words = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      String w = raw[i].substring(0, endWithout(raw[i], TRAILING_MARKS));
      words[i] = w.isEmpty() ? raw[i] : w;
    }
    StringBuilder prefix = new StringBuilder();
    Entry best = null;
    for (int i = 0; i < Math.min(words.length - 1, MAX_PHRASE_WORDS); i++) {
      // the words so far as written ("nom, mon e-mail"), the last one without its trailing punctuation
      String candidate = (i == 0 ? "" : prefix + " ") + words[i];
      prefix.append(i == 0 ? "" : " ").append(raw[i]);
      Entry e = PHRASES.get(candidate);
      if (e == null) {
        e = PHRASES.get(prefix.toString());
      }
      if (e == null) {
        e = PHRASES.get(candidate + ":");
      }
      if (e == null && candidate.endsWith(":")) {
        e = PHRASES.get(candidate.substring(0, candidate.length() - 1)); // "Veröffentlicht in: Lokales"
      }
      boolean multiword = i >= 1 || raw[i].endsWith(":");
      int rest = words.length - (i + 1);
      // After the phrase: a few more words ("Back to top button") or a break ("... published. Required ..."),
      // never running prose ("Related articles in the journal reached the same conclusion").
      boolean boundary = rest <= 3 || !raw[i].equals(words[i]) || raw[i].endsWith(":")
          || i + 1 >= SPECIFIC_PHRASE_WORDS // "Enregistrer mon nom, mon e-mail ... dans le navigateur pour ..."
          || e != null && i + 1 >= PROMPT_PHRASE_WORDS && PROMPT_KINDS.contains(e.kind())
          || e != null && e.kind().equals("related-links") && raw[i].endsWith(":");
      if (e != null && asks && !raw[i].endsWith(":")) {
        continue; // furniture never asks ("Share this information, please?"), but "Lee también: ¿...?" is a link
      }
      if (e != null && !e.prefix() && rest > 1) {
        continue;
      }
      boolean sentenceBreak = raw[i].endsWith(".") && !raw[i].equals(words[i]);
      if (e != null && multiword && (rest <= MAX_EXTRA_WORDS || sentenceBreak && rest <= MAX_EXTRA_SENTENCE_WORDS)
          && boundary) {
        best = e;
      }
    }
    return best;
  }

  /** Where {@code s} ends once the characters in {@code chars} are taken off its end (one pass, not a regex). */
  private static int endWithout(String s, String chars) {
    int end = s.length();
    while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static final String COMBINING_DOT_ABOVE = "\u0307";

  /** Lower case without the combining dot above that a Turkish capital "İ" leaves ("İçeriğe" is "içeriğe"). */
  static String lowerCase(String s) {
    return s.toLowerCase(Locale.ROOT).replace(COMBINING_DOT_ABOVE, "");
  }

  /** Runs of {@link #SPACES} as one space; most text has none but single spaces, and is returned as it is. */
  private static String singleSpaced(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0'
          || c == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ' ') {
        return SPACES.matcher(t).replaceAll(" ");
      }
    }
    return t;
  }

  /** The words of a normalised phrase (single spaces, none at either end). */
  private static int words(String phrase) {
    int n = 1;
    for (int i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1)) {
      n++;
    }
    return n;
  }

  /** Lower case, single spaces, without trailing punctuation, asterisks or arrows. */
  static String normalise(String s) {
    String t = singleSpaced(lowerCase(s).replace('’', '\'')).strip();
    int end = endWithout(t, TRAILING_FURNITURE);
    int start = 0;
    while (start < end && (LEADING_FURNITURE.indexOf(t.charAt(start)) >= 0
        || Character.getType(t.codePointAt(start)) == Character.OTHER_SYMBOL || t.charAt(start) == '\ufe0f')) {
      start += Character.charCount(t.codePointAt(start)); // "📌 Veja também:", "👉 Lee también"
    }
    return t.substring(start, end).strip();
  }
}
