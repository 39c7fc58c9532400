package org.copydesk.analysis;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Stop words of the supported languages and a stop-word vote to guess an article's language. */
final class Languages {
  private static final Map<String, Set<String>> STOP = new LinkedHashMap<>();

  static {
    STOP.put("en", Set.of("the", "and", "of", "to", "in", "is", "was", "for", "that", "with", "on", "as", "by",
        "at", "from", "its", "his", "her", "their", "has", "have", "had", "are", "were", "be", "been", "this",
        "which", "or", "an", "it", "said", "not", "but", "will", "would", "also", "more", "than", "after"));
    STOP.put("es", Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "con",
        "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "este", "esta"));
    STOP.put("fr", Set.of("le", "la", "les", "des", "du", "de", "et", "un", "une", "est", "que", "qui", "dans",
        "pour", "pas", "sur", "au", "aux", "avec", "il", "elle", "ce", "cette", "sont", "été", "par"));
    STOP.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit",
        "von", "sich", "des", "auf", "für", "im", "auch", "wurde", "werden", "dass", "nach", "bei"));
    STOP.put("pt", Set.of("o", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "em", "um", "uma",
        "para", "com", "não", "por", "mais", "foi", "pelo", "pela", "ao", "seu", "sua", "está"));
    STOP.put("it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "che", "e", "è", "un", "una",
        "per", "con", "non", "sono", "nel", "nella", "anche", "dei", "delle", "ha", "stato"));
    STOP.put("ru", Set.of("и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "за", "от", "для", "его",
        "к", "о", "также", "был", "была", "были", "он", "она", "они", "до"));
    STOP.put("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "olan", "çok", "daha", "gibi",
        "ancak", "sonra", "kadar", "ise", "değil", "ama", "her", "en", "şu", "o"));
    // Function words of further languages, so their articles are not taken for English; words shared with an
    // earlier language ("de", "a", "la") are left out where they would tip a close vote the wrong way
    STOP.put("nl", Set.of("de", "het", "een", "van", "en", "is", "niet", "op", "voor", "met", "zijn", "dat",
        "die", "ook", "naar", "bij", "wordt", "werd", "nog", "maar", "heeft", "uit"));
    STOP.put("sv", Set.of("och", "att", "det", "som", "är", "av", "för", "på", "med", "inte", "till", "har",
        "ett", "den", "om", "var", "från", "också", "efter", "kommer"));
    STOP.put("da", Set.of("og", "at", "det", "som", "er", "af", "for", "på", "med", "ikke", "til", "har",
        "et", "den", "de", "var", "fra", "også", "efter", "blev", "vil", "kan"));
    STOP.put("no", Set.of("og", "at", "det", "som", "er", "av", "for", "på", "med", "ikke", "til", "har",
        "et", "den", "de", "var", "fra", "også", "etter", "ble", "vil", "kan"));
    STOP.put("pl", Set.of("i", "w", "na", "z", "się", "nie", "do", "że", "jest", "o", "to", "od", "po", "jak",
        "przez", "oraz", "dla", "już", "był", "była", "został", "także"));
    STOP.put("uk", Set.of("і", "й", "в", "у", "на", "що", "з", "не", "до", "за", "від", "як", "це", "для",
        "та", "також", "був", "була", "було", "його", "її"));
    STOP.put("cs", Set.of("v", "je", "s", "z", "že", "pro", "jako", "ve", "za", "také", "který", "která",
        "které", "bylo", "byl", "byla", "podle", "jsou", "nebo", "jeho", "při"));
    STOP.put("ro", Set.of("și", "şi", "în", "cu", "pe", "că", "este", "din", "care", "fost", "pentru", "mai",
        "nu", "ale", "sau", "după", "acest", "această", "lui", "fi", "sunt"));
    STOP.put("fi", Set.of("ja", "on", "ei", "se", "että", "oli", "kun", "myös", "mukaan", "tai", "ovat",
        "joka", "hän", "sen", "niin", "mutta", "jo", "nyt", "vuonna"));
    STOP.put("ca", Set.of("els", "dels", "i", "amb", "per", "és", "va", "seva", "seu", "aquest", "aquesta",
        "també", "però", "més", "pel", "als", "han", "ha", "molt", "seus"));
  }

  private static final Set<String> ALL = new HashSet<>();
  /** The languages in vote order, and for each stop word the indexes of the languages that list it. */
  private static final List<String> LANGS = List.copyOf(STOP.keySet());
  private static final Map<String, int[]> LANGS_OF = new java.util.HashMap<>();
  private static final int LONGEST;

  static {
    STOP.values().forEach(ALL::addAll);
    int longest = 0;
    for (String w : ALL) {
      LANGS_OF.put(w, java.util.stream.IntStream.range(0, LANGS.size())
          .filter(i -> STOP.get(LANGS.get(i)).contains(w)).toArray());
      longest = Math.max(longest, w.length());
    }
    LONGEST = longest;
  }

  private Languages() {}

  static boolean isStopWord(String lowerWord) {
    return ALL.contains(lowerWord);
  }

  static String detect(Analysis a) {
    String declared = a.article().metadata().language();
    if (declared != null) {
      String primary = declared.toLowerCase(Locale.ROOT).split("[-_]")[0];
      if (primary.matches("[a-z]{2,3}")) {
        return primary;
      }
    }
    // a vote per stop word; ties go to the language voted for first
    int[] votes = new int[LANGS.size()];
    int[] firstVote = new int[LANGS.size()];
    int order = 0;
    for (Token t : a.tokens()) {
      if (t.kind() != Token.Kind.WORD || t.text().length() > LONGEST) {
        continue;
      }
      int[] langs = LANGS_OF.get(t.text().toLowerCase(Locale.ROOT));
      if (langs == null) {
        continue;
      }
      for (int l : langs) {
        if (votes[l]++ == 0) {
          firstVote[l] = ++order;
        }
      }
    }
    String best = "und";
    int bestCount = 2;
    int bestOrder = Integer.MAX_VALUE;
    for (int l = 0; l < votes.length; l++) {
      if (votes[l] > bestCount || votes[l] == bestCount && votes[l] > 2 && firstVote[l] < bestOrder) {
        best = LANGS.get(l);
        bestCount = votes[l];
        bestOrder = firstVote[l];
      }
    }
    return best;
  }
}
