package org.copydesk.lexicons.build;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.copydesk.lexicons.WordForms;

/**
 * Build-time generator of the lexicons (run by the module's build, never at run time). It writes, under the
 * directory given as its argument, the files {@code README.md} of the module lists: the multiword automata
 * ({@code LANG/multiwords.fsa}), WordNet's gloss bags ({@code en/wordnet-bags.bin.gz}) and LanguageTool's
 * Morfologik dictionaries ({@code LANG/words.dict}, and the British English speller {@code en/words-gb.dict},
 * copied unchanged).
 */
public final class BuildLexicons {
  private static final Pattern LETTERS = Pattern.compile("[a-z]{3,}");
  private static final Pattern GLOSS_WORD = Pattern.compile("[A-Za-z]{3,}");
  /** Senses of a lemma read for its bag, in WordNet's order (most frequent first). */
  private static final int SENSES = 4;
  private static final Set<String> STOP = Set.of("the", "and", "for", "that", "which", "with", "from", "into",
      "who", "whom", "whose", "its", "his", "her", "their", "this", "these", "those", "are", "was", "were", "been",
      "being", "has", "have", "had", "not", "but", "any", "all", "one", "some", "something", "someone",
      "somebody", "especially", "usually", "often", "used", "using", "use", "etc", "such", "other", "more", "most",
      "very", "than", "then", "also", "can", "may", "will", "would", "should", "make", "made", "having",
      "person", "thing", "way", "part", "act", "state", "quality", "characteristic", "relating", "pertaining",
      "concerning", "consisting", "capable", "form", "kind", "type", "group", "of", "out", "off", "over", "under",
      "about", "like", "well", "without", "within", "when", "where", "what", "there", "they", "them", "you",
      "your", "our", "she", "him");

  /** Keys of WordNet's single-word nouns and adjectives: the only gloss words kept. */
  private static final Set<String> CONTENT = new java.util.HashSet<>();

  private BuildLexicons() {}

  /**
   * Writes every lexicon.
   *
   * @param args the output directory
   * @throws Exception when an input cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path stamp = out.resolve("built.stamp");
    Path self = Path.of(BuildLexicons.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(BuildLexicons.class.getName().replace('.', '/') + ".class");
    String fingerprint = (args.length > 1 ? args[1] : "") + " " + Files.size(self) + " "
        + Files.getLastModifiedTime(self).toMillis();
    if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint) && OUTPUTS.stream()
        .allMatch(o -> Files.isRegularFile(out.resolve(o)))) {
      System.out.println("lexicons: up to date");
      return; // same generator, same input versions, every output present
    }
    long t0 = System.nanoTime();
    Dictionary wordnet = Dictionary.getDefaultResourceInstance();
    readContentWords(wordnet);
    Set<String> wordnetEntries = wordNetMultiwords(wordnet);
    Set<String> verbs = writeBags(wordnet, out.resolve("en/wordnet-bags.bin.gz"));
    copy("/org/languagetool/resource/en/hunspell/en_US", out.resolve("en/words"));
    copy("/org/languagetool/resource/en/hunspell/en_GB", out.resolve("en/words-gb"));
    copy("/org/languagetool/resource/es/es-ES", out.resolve("es/words"));
    copy("/org/languagetool/resource/pt/spelling/pt-BR", out.resolve("pt/words"));
    copy("/org/languagetool/resource/fr/french", out.resolve("fr/words"));
    copy("/org/languagetool/resource/de/german", out.resolve("de/words"));
    for (String lang : List.of("es", "pt", "fr")) {
      writeAutomaton(multiwords(List.of("/org/languagetool/resource/" + lang + "/multiwords.txt")), false,
          Set.of(), out.resolve(lang + "/multiwords.fsa"));
    }
    // specific_case.txt: the names LanguageTool's case rule knows the capitals of ("Hubble Space Telescope")
    List<String> english = new ArrayList<>(List.of("/org/languagetool/resource/en/multiwords.txt",
        "/org/languagetool/resource/en/specific_case.txt"));
    for (String list : ANNIE_LISTS) {
      english.add("/resources/gazetteer/" + list);
    }
    Set<String> englishEntries = multiwords(english);
    englishEntries.addAll(wordnetEntries);
    Set<String> extra = new TreeSet<>();
    for (String v : verbs) {
      extra.add(WordForms.VERB + v);
    }
    for (String g : GIVEN_NAMES) {
      String lower = g.toLowerCase(Locale.ROOT);
      if (COMMON_USES.getOrDefault(lower, 0) < 2) { // "Iron", "Great", "Rose" are words first
        extra.add(WordForms.GIVEN + lower);
      }
    }
    for (String w : properWords(wordnet)) {
      extra.add(WordForms.PROPER + w);
    }
    for (String w : personNouns(wordnet)) {
      extra.add(WordForms.PERSON + w);
    }
    for (String w : organisationKinds(wordnet)) {
      extra.add(WordForms.ORGANISATION + w);
    }
    for (String place : placeNames()) {
      extra.add(WordForms.PLACE + place);
    }
    for (String pair : irregularForms()) {
      extra.add(WordForms.IRREGULAR + pair.replace(' ', WordForms.FILLER));
    }
    writeAutomaton(englishEntries, true, extra, out.resolve("en/multiwords.fsa"));
    writeAutomaton(multiwords(List.of("/org/languagetool/resource/de/multitoken-suggest.txt")), false,
        Set.of(), out.resolve("de/multiwords.fsa"));
    Files.writeString(stamp, fingerprint);
    System.out.printf(Locale.ROOT, "lexicons: built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /**
   * WordNet's multiword entries, without the names of people ("Paul Grice" would make every "Paul Grieve" a typo):
   * capitalised entries of the noun.person file are left out.
   */
  private static Set<String> wordNetMultiwords(Dictionary wordnet) throws JWNLException, IOException {
    Set<String> entries = new TreeSet<>();
    Map<String, Integer> firstWords = new java.util.HashMap<>();
    for (POS pos : POS.getAllPOS()) {
      Iterator<Synset> it = wordnet.getSynsetIterator(pos);
      while (it.hasNext()) {
        Synset s = it.next();
        boolean person = "noun.person".equals(s.getLexFileName())
            && !s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty(); // a named person, not "Surgeon General"
        for (Word w : s.getWords()) {
          String lemma = w.getLemma().replace('_', ' ').strip();
          if (lemma.indexOf(' ') <= 0 || lemma.chars().anyMatch(Character::isDigit)) {
            continue;
          }
          if (person && Character.isUpperCase(lemma.charAt(0))) {
            firstWords.merge(lemma.substring(0, lemma.indexOf(' ')), 1, Integer::sum);
          } else {
            entries.add(lemma);
          }
        }
      }
    }
    GIVEN_NAMES.clear();
    firstWords.forEach((w, n) -> {
      if (n >= 3 && w.length() > 2 && !w.endsWith(".")) {
        GIVEN_NAMES.add(w);
      }
    });
    for (String list : List.of("person_male.lst", "person_female.lst")) {
      for (String line : readLines("/resources/gazetteer/" + list)) {
        String name = line.split("&", 2)[0].strip();
        if (name.length() > 2 && Character.isUpperCase(name.charAt(0))) {
          GIVEN_NAMES.add(name);
        }
      }
    }
    entries.removeIf(BuildLexicons::personName);
    return entries;
  }

  /**
   * Compiles multiword entries into one finite-state automaton (Morfologik's CFSA2: a few hundred KB, read in
   * milliseconds) holding, for every entry of two content words or more and each of its words long enough to be
   * a typo, the entry with that word left open and the word that fills it
   * ({@code N}/{@code T} + pattern + tab + word; N for names, entries with a capital, T for lower-case terms),
   * plus the {@code extra} sequences as they are.
   */
  private static void writeAutomaton(Set<String> entries, boolean english, Set<String> extra, Path file)
      throws IOException {
    Set<String> sequences = new TreeSet<>(extra);
    for (String entry : entries) {
      String[] parts = entry.split(" ");
      if (parts.length < 2 || parts.length > WordForms.MAX_WORDS) {
        continue;
      }
      boolean name = !entry.equals(entry.toLowerCase(Locale.ROOT));
      String[] lower = new String[parts.length];
      String[] forms = new String[parts.length];
      for (int i = 0; i < parts.length; i++) {
        lower[i] = parts[i].toLowerCase(Locale.ROOT);
        forms[i] = english ? WordForms.key(lower[i]) : lower[i];
      }
      if (WordForms.contentWords(lower) < 2) {
        continue; // "later on", "La Palma": one word and its particles
      }
      for (int i = 0; i < parts.length; i++) {
        if (lower[i].length() >= WordForms.MIN_WORD && lower[i].chars().allMatch(Character::isLetter)) {
          sequences.add((name ? WordForms.NAME : WordForms.TERM) + WordForms.holePattern(forms, i)
              + WordForms.FILLER + lower[i]);
        }
      }
    }
    List<byte[]> bytes = new ArrayList<>();
    for (String seq : sequences) {
      bytes.add(seq.getBytes(StandardCharsets.UTF_8));
    }
    bytes.sort(morfologik.fsa.builders.FSABuilder.LEXICAL_ORDERING);
    morfologik.fsa.FSA fsa = morfologik.fsa.builders.FSABuilder.build(bytes);
    Files.createDirectories(file.getParent());
    try (OutputStream o = Files.newOutputStream(file)) {
      new morfologik.fsa.builders.CFSA2Serializer().serialize(fsa, o);
    }
  }

  /** Every file the generator writes, relative to the output directory. */
  private static final List<String> OUTPUTS = List.of("en/multiwords.fsa", "es/multiwords.fsa", "pt/multiwords.fsa",
      "fr/multiwords.fsa", "de/multiwords.fsa", "en/wordnet-bags.bin.gz", "en/words.dict", "en/words.info",
      "en/words-gb.dict", "en/words-gb.info", "es/words.dict", "es/words.info", "pt/words.dict", "pt/words.info",
      "fr/words.dict", "fr/words.info", "de/words.dict", "de/words.info");

  /** ANNIE's lists of names of organisations, bodies, places and events (never of people). */
  private static final List<String> ANNIE_LISTS = List.of("organization.lst", "government.lst", "facility.lst",
      "political_party.lst", "charities.lst", "agency.lst", "department.lst", "ministry.lst", "newspapers.lst",
      "company.lst", "more_company.lst", "company_cap.lst", "university_uk.lst", "water.lst", "rivers.lst",
      "mountain.lst", "region.lst", "airports.lst", "team.lst", "racecourse.lst", "tvcompany.lst",
      "government/executive-agencies.lst", "government/govt-departments-ministerial.lst",
      "government/govt-departments-non-ministerial.lst", "government/public-bodies-non-departmental.lst",
      "government/org-law.lst", "government/org-military.lst", "government/org-other.lst",
      "government/org-political.lst", "government/laws.lst", "government/wars.lst",
      "government/cabinet-positions.lst");

  /** First words of at least three people's names in WordNet ("Paul", "John", "Maria"): given names. */
  private static final Set<String> GIVEN_NAMES = new java.util.HashSet<>();

  /**
   * An entry of at most three words that starts with a given name and ends in a word that is no common noun or
   * adjective: a person's name ("Whoopi Goldberg"), not "Ivy League".
   */
  private static boolean personName(String entry) {
    String[] words = entry.split(" ");
    return words.length <= 3 && GIVEN_NAMES.contains(words[0])
        && !CONTENT.contains(WordForms.key(words[words.length - 1]));
  }

  /** Single words WordNet writes with a capital and never in lower case ("Greece", "German", "Byzantium"). */
  private static Set<String> properWords(Dictionary wordnet) throws JWNLException {
    Set<String> capital = new TreeSet<>();
    Set<String> lower = new java.util.HashSet<>();
    for (POS pos : POS.getAllPOS()) {
      Iterator<Synset> it = wordnet.getSynsetIterator(pos);
      while (it.hasNext()) {
        for (Word w : it.next().getWords()) {
          String lemma = w.getLemma();
          if (lemma.indexOf(' ') >= 0 || lemma.indexOf('_') >= 0) {
            continue;
          }
          if (Character.isUpperCase(lemma.charAt(0))) {
            capital.add(lemma.toLowerCase(Locale.ROOT));
          } else {
            lower.add(lemma);
          }
        }
      }
    }
    capital.removeAll(lower);
    return capital;
  }

  /**
   * Common nouns whose first (most used) sense is a kind of firm, financial or other institution, foundation,
   * association or working unit ("insurer", "charity", "firm", "school", "crew"), as {@link WordForms#key} forms: the
   * words a crowd of organisations or teams is named by. Units of government, polities, forces and assemblies ("council", "agency", "police", "parliament")
   * are left out: they speak as institutions.
   */
  private static Set<String> organisationKinds(Dictionary wordnet) throws JWNLException {
    Set<String> out = new TreeSet<>();
    Iterator<IndexWord> it = wordnet.getIndexWordIterator(POS.NOUN);
    while (it.hasNext()) {
      IndexWord iw = it.next();
      String lemma = iw.getLemma();
      if (!LETTERS.matcher(lemma).matches() || iw.getSenses().isEmpty()) {
        continue;
      }
      Synset s = iw.getSenses().get(0);
      if (!"noun.group".equals(s.getLexFileName())) {
        continue;
      }
      boolean kind = false;
      for (int depth = 0; depth < 12; depth++) {
        List<Pointer> up = s.getPointers(PointerType.HYPERNYM);
        if (up.isEmpty()) {
          break; // an instance ("Red Cross") or the top
        }
        s = up.get(0).getTargetSynset();
        String head = s.getWords().get(0).getLemma();
        if (ORGANISATION_EXCLUDED.contains(head)) {
          kind = false;
          break;
        }
        kind |= ORGANISATION_ROOTS.contains(head);
      }
      if (kind) {
        out.add(WordForms.key(lemma));
      }
    }
    return out;
  }

  private static final Set<String> ORGANISATION_ROOTS = Set.of("enterprise", "institution", "financial institution",
      "foundation", "unit", "association");
  private static final Set<String> ORGANISATION_EXCLUDED = Set.of("administrative unit", "polity", "force",
      "assembly", "legislature", "gathering");

  /** Place names of GATE ANNIE's gazetteer, as {@link WordForms#placeKey} forms. */
  private static Set<String> placeNames() throws IOException {
    Set<String> out = new TreeSet<>();
    for (String list : PLACE_LISTS) {
      for (String line : readLines("/resources/gazetteer/" + list)) {
        String name = line.split(":", 2)[0].strip(); // "Zimbabwe:ISO2=ZW:..."
        if (name.length() > 2 && Character.isUpperCase(name.charAt(0))) {
          out.add(WordForms.placeKey(name));
        }
      }
    }
    return out;
  }

  private static final List<String> PLACE_LISTS = List.of("city.lst", "city_uk.lst", "country.lst", "province.lst",
      "region.lst", "region_uk.lst");

  /**
   * Common nouns whose first (most used) sense, or most of whose senses, WordNet files under noun.person
   * ("dentist", "grower", "operator"), as
   * {@link WordForms#key} forms, with the "-men" plural of a "-man" noun ("fishermen"): the words a crowd of people
   * is named by.
   */
  private static Set<String> personNouns(Dictionary wordnet) throws JWNLException {
    Set<String> out = new TreeSet<>();
    Iterator<IndexWord> it = wordnet.getIndexWordIterator(POS.NOUN);
    while (it.hasNext()) {
      IndexWord iw = it.next();
      String lemma = iw.getLemma();
      List<Synset> senses = iw.getSenses();
      if (!LETTERS.matcher(lemma).matches()) {
        continue;
      }
      // the senses in which the word is a common noun: "Fuentes" the writer is a name, not a kind of person
      List<Synset> common = senses.stream().filter(x -> x.getWords().stream()
          .anyMatch(w -> w.getLemma().equals(lemma))).toList();
      if (common.isEmpty()) {
        continue;
      }
      long people = common.stream().filter(x -> "noun.person".equals(x.getLexFileName())).count();
      if (!"noun.person".equals(common.get(0).getLexFileName()) && 2 * people <= common.size()) {
        continue; // "source": a person in two senses of nine; "operator" is one in four of five, "fan" in two of three
      }
      out.add(WordForms.key(lemma));
      if (lemma.endsWith("man")) {
        out.add(lemma.substring(0, lemma.length() - 3) + "men");
      }
    }
    return out;
  }

  /** WordNet's irregular inflections ("fell fall", "drove drive", "geese goose"), one pair per line. */
  private static Set<String> irregularForms() throws IOException {
    Set<String> pairs = new TreeSet<>();
    for (String pos : List.of("noun", "verb", "adj", "adv")) {
      for (String line : readLines("/net/sf/extjwnl/data/wordnet/wn31/" + pos + ".exc")) {
        String[] parts = line.strip().split(" ");
        for (int i = 1; i < parts.length; i++) {
          if (parts[0].matches("[a-z]+") && parts[i].matches("[a-z]+")) {
            pairs.add(parts[0] + " " + parts[i]);
          }
        }
      }
    }
    return pairs;
  }

  private static void readContentWords(Dictionary wordnet) throws JWNLException {
    CONTENT.clear();
    COMMON_USES.clear();
    for (POS pos : POS.getAllPOS()) {
      Iterator<IndexWord> it = wordnet.getIndexWordIterator(pos);
      while (it.hasNext()) {
        IndexWord iw = it.next();
        String lemma = iw.getLemma();
        if (!LETTERS.matcher(lemma).matches()) {
          continue;
        }
        if (pos == POS.NOUN || pos == POS.ADJECTIVE) {
          CONTENT.add(WordForms.key(lemma));
        }
        for (Synset s : iw.getSenses()) {
          for (Word w : s.getWords()) {
            if (w.getLemma().equals(lemma)) { // written in lower case there: a common word
              COMMON_USES.merge(lemma, w.getUseCount(), Integer::sum);
            }
          }
        }
      }
    }
  }

  /** How often WordNet's tagged corpus uses each lower-case lemma as a common word. */
  private static final Map<String, Integer> COMMON_USES = new java.util.HashMap<>();

  /** Writes the bags; returns the keys WordNet's tagged corpus uses more as verbs than as nouns or adjectives. */
  private static Set<String> writeBags(Dictionary wordnet, Path file) throws JWNLException, IOException {
    Map<String, Set<String>> bags = new TreeMap<>();
    Map<String, int[]> uses = new java.util.HashMap<>(); // key -> {verb uses, noun and adjective uses}
    for (POS pos : POS.getAllPOS()) {
      Iterator<IndexWord> it = wordnet.getIndexWordIterator(pos);
      while (it.hasNext()) {
        IndexWord iw = it.next();
        String lemma = iw.getLemma();
        if (!LETTERS.matcher(lemma).matches()) {
          continue;
        }
        Set<String> bag = bags.computeIfAbsent(WordForms.key(lemma), k -> new TreeSet<>());
        List<Synset> senses = iw.getSenses();
        int[] use = uses.computeIfAbsent(WordForms.key(lemma), k -> new int[2]);
        for (Synset s : senses) {
          for (Word w : s.getWords()) {
            if (w.getLemma().equalsIgnoreCase(lemma)) {
              use[pos == POS.VERB ? 0 : 1] += pos == POS.ADVERB ? 0 : w.getUseCount();
            }
          }
        }
        for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
          Synset s = senses.get(i);
          describe(s, bag, true);
          for (Pointer p : s.getPointers()) {
            PointerType type = p.getType();
            if (type == PointerType.HYPERNYM || type == PointerType.INSTANCE_HYPERNYM
                || type == PointerType.CATEGORY || type == PointerType.PERTAINYM
                || type == PointerType.DERIVATION || type == PointerType.SIMILAR_TO
                || type == PointerType.ATTRIBUTE) {
              describe(p.getTargetSynset(), bag, false);
            }
          }
        }
        bag.remove(WordForms.key(lemma));
      }
    }
    Map<String, Integer> ids = new LinkedHashMap<>();
    Set<String> vocab = new TreeSet<>(bags.keySet());
    bags.values().forEach(vocab::addAll);
    for (String w : vocab) {
      ids.put(w, ids.size());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(body)) {
      data.writeInt(0x43444c58); // "CDLX"
      data.writeInt(3);
      data.writeInt(ids.size());
      for (String w : ids.keySet()) {
        data.writeUTF(w);
      }
      data.writeInt(bags.size());
      for (Map.Entry<String, Set<String>> e : bags.entrySet()) {
        writeVarint(data, ids.get(e.getKey()));
        writeVarint(data, e.getValue().size());
        int last = 0;
        for (String w : e.getValue()) {
          int id = ids.get(w); // the bag is sorted, and so are the ids
          writeVarint(data, id - last);
          last = id;
        }
      }
    }
    Files.createDirectories(file.getParent());
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
      body.writeTo(o);
    }
    Set<String> verbs = new TreeSet<>();
    uses.forEach((k, u) -> {
      if (u[0] > u[1]) {
        verbs.add(k);
      }
    });
    return verbs;
  }

  /** Adds a synset's words and, for a sense of the lemma itself or its hypernym, its gloss's content words. */
  private static void describe(Synset s, Set<String> bag, boolean withGloss) {
    for (Word w : s.getWords()) {
      for (String part : w.getLemma().toLowerCase(Locale.ROOT).split("[ _-]")) {
        addWord(part, bag);
      }
    }
    if (withGloss) {
      String definition = s.getGloss().split("; \"|\"", 2)[0]; // the definition without its quoted examples
      var m = GLOSS_WORD.matcher(definition);
      while (m.find()) {
        addWord(m.group().toLowerCase(Locale.ROOT), bag);
      }
    }
  }

  private static void addWord(String w, Set<String> bag) {
    if (w.length() >= 3 && !STOP.contains(w) && LETTERS.matcher(w).matches()) {
      String key = WordForms.key(w);
      if (CONTENT.contains(key)) { // nouns and adjectives: "between", "resembling" say nothing of a topic
        bag.add(key);
      }
    }
  }

  private static void writeVarint(DataOutputStream out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7f) != 0) {
      out.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  /** LanguageTool's multiword lists ("entry;TAG" or "entry<TAB>TAG" lines, # comments) and ANNIE's lists. */
  private static Set<String> multiwords(List<String> resources) throws IOException {
    Set<String> entries = new TreeSet<>();
    for (String resource : resources) {
      for (String line : readLines(resource)) {
        String[] fields = line.replaceFirst("#.*$", "").replaceFirst("&.*$", "").split("[;\t]", 2);
        String entry = fields[0].strip();
        if (fields.length > 1 && fields[1].contains("SP0")) {
          continue; // EAGLES tags NP..SP0: the name of a person
        }
        int slash = entry.indexOf('/'); // multitoken-suggest.txt: "Human-centered Design/S" suffix marks
        if (slash > 0) {
          entry = entry.substring(0, slash);
        }
        if (entry.indexOf(' ') > 0 && entry.chars().noneMatch(Character::isDigit) && !personName(entry)) {
          entries.add(entry.replaceAll("\\s+", " "));
        }
      }
    }
    return entries;
  }

  private static List<String> readLines(String resource) throws IOException {
    try (InputStream in = BuildLexicons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing build input " + resource);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    }
  }

  private static void writeLines(Path file, Set<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (String line : lines) {
        o.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Copies a Morfologik dictionary and its metadata file. */
  private static void copy(String base, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    for (String ext : List.of(".dict", ".info")) {
      try (InputStream in = BuildLexicons.class.getResourceAsStream(base + ext)) {
        if (in == null) {
          throw new IOException("missing build input " + base + ext);
        }
        Files.copy(in, Path.of(target + ext), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
