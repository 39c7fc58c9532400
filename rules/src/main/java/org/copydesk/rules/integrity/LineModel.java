package org.copydesk.rules.integrity;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.internal.regex.StartSet;
import org.copydesk.rules.language.CommonWords;

/**
 * A logistic-regression line model: the probability that a block is what its {@link Kind} names, site furniture the
 * catalogue left alone (a menu item, a related-story title, a counter, a widget's label) or an off-topic brand line,
 * from {@link LineFeatures} (and, for brands, {@link BrandFeatures}). Trained at build time on the labelled sets in
 * {@code fixtures/integrity/} by {@link LineModelTrainer}, which writes one resource per kind; immutable and shared
 * once loaded. Read only for plain text and Markdown, the formats it was trained on: in a web page the extractor has
 * already set the page's chrome apart.
 */
final class LineModel {
  /** What a model recognises, where its weights are, and the probability at which a block is flagged. */
  enum Kind {
    /** Site furniture the catalogue missed; threshold chosen on cross-validation by set (docs/integrity.md). */
    RESIDUE("/org/copydesk/rules/integrity/line-model.bin", 0.7),
    /** A business's name and slogan that the story has no use for; threshold chosen the same way. */
    BRANDING("/org/copydesk/rules/integrity/brand-model.bin", 0.55);

    final String resource;
    final double threshold;

    Kind(String resource, double threshold) {
      this.resource = resource;
      this.threshold = threshold;
    }

    /** The file name of the weights, beside the rules' classes. */
    String fileName() {
      return resource.substring(resource.lastIndexOf('/') + 1);
    }
  }

  private static final int MAGIC = 0x43444c4d; // "CDLM"
  private static final int VERSION = 2;

  private final float[] weights;

  LineModel(float[] weights) {
    this(weights, true);
  }

  private LineModel(float[] weights, boolean copy) {
    if (weights.length != LineFeatures.DIMENSION + 1) {
      throw new IllegalArgumentException("a line model has " + (LineFeatures.DIMENSION + 1) + " weights");
    }
    this.weights = copy ? weights.clone() : weights;
  }

  /** The built models, loaded together on first use. */
  private static final class Holder {
    static final java.util.Map<Kind, java.util.Optional<LineModel>> BUILT = load();

    private static java.util.Map<Kind, java.util.Optional<LineModel>> load() {
      java.util.Map<Kind, java.util.Optional<LineModel>> built = new java.util.EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        built.put(kind, java.util.Optional.ofNullable(load(kind)));
      }
      return built;
    }

    /**
     * A built model, or null, with a warning, when the resource is missing or damaged: the catalogue and the
     * branding grammar still work without it, and an audit must not fail for it (the rules' tests fail the build
     * instead).
     */
    private static LineModel load(Kind kind) {
      try (InputStream in = LineModel.class.getResourceAsStream(kind.resource)) {
        if (in == null) {
          System.getLogger(LineModel.class.getName()).log(System.Logger.Level.WARNING,
              "no line model at " + kind.resource + "; the integrity rules use their catalogues alone");
          return null;
        }
        return read(in);
      } catch (IOException | RuntimeException e) {
        System.getLogger(LineModel.class.getName()).log(System.Logger.Level.WARNING,
            "cannot read the line model " + kind.resource + " (" + e.getMessage() + "); the integrity rules use "
                + "their catalogues alone");
        return null;
      }
    }
  }

  /** A model built with the rules, or {@code null} when its resource is missing or damaged (warned once). */
  static LineModel built(Kind kind) {
    return Holder.BUILT.get(kind).orElse(null);
  }

  /**
   * Which blocks the model may call residue: those the rule reads and the catalogue left alone, but never the
   * headline nor a kicker alone above it ("Weather"), which are the story's even where they look like menu items,
   * nor a subheading between two paragraphs of prose, a credit, a person's name, text in a script without spaces,
   * a line shaped like a brand name (the branding rule's to judge), a telephone number, a sentence of ten words or
   * more, or a line the catalogue matched and then kept as the story's by its context.
   */
  static boolean[] eligible(List<Block> blocks, boolean[] found, boolean[] quieted,
      OffTopicBranding.Candidate[] brandLines) {
    boolean[] eligible = new boolean[blocks.size()];
    int headline = headline(blocks, found);
    for (int i = 0; i < eligible.length; i++) {
      boolean kicker = headline == 1 && i == 0;
      Block b = blocks.get(i);
      eligible[i] = !found[i] && !quieted[i] && i != headline && !kicker && b.type() != BlockType.TITLE
          && TemplateResidue.readable(b) && !TemplateResidue.credit(TemplateResidue.unlink(b.text()))
          && !personName(b.text()) && !unspaced(b.text())
          && !between(blocks, found, i) && brandLines[i] == null
          && !PHONE.matcher(b.text()).matches() && !masthead(b)
          && !(b.wordCount() >= SENTENCE_WORDS && TextShape.endsLikeSentence(b.text()));
    }
    return eligible;
  }

  /** A paper's or a news site's own name on a line of its own grows no longer than this. */
  private static final int MASTHEAD_WORDS = 5;
  /**
   * The words papers name themselves with, in the rules' nine languages; not the words that also name furniture
   * ("Post Comment", "Aktuelle Nachrichten", "Portal do Cliente", "Echo Dot").
   */
  private static final java.util.regex.Pattern MASTHEAD_WORD = java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?:"
      + "times|herald|gazette|courier|journal|tribune|chronicle|mercury|observer|telegraph|argus|advertiser|examiner|"
      + "sentinel|zeitung|kurier|anzeiger|rundschau|bote|diario|diário|jornal|gazeta|gazzetta|corriere|giornale|"
      + "progrès|républicain|dépêche|courrier|dagblad|courant|krant|вестник|газета|gazete)(?!\\p{L})");
  /** The small words a paper's name may hold in lower case ("Jornal da Serra", "Le Progrès de l'Ain"). */
  private static final java.util.Set<String> NAME_CONNECTORS = java.util.Set.of("of", "the", "and", "de", "da", "do",
      "das", "dos", "di", "del", "della", "du", "des", "la", "le", "les", "l", "van", "der", "den", "het", "für", "von",
      "y", "e", "et", "&");

  /**
   * The publisher's own name alone on a line ("Highdale Mercury", "Jornal da Serra", "Le Progrès de l'Ain-Sud"):
   * two to five words, each capitalised but for small connectors, one of them a word papers name themselves with,
   * no digits, no colon, no sentence. Never residue.
   */
  static boolean masthead(Block b) {
    String text = TemplateResidue.unlink(b.text()).replaceAll("[*_#]", "").strip();
    String[] words = text.split("[\\s|•·–—]+");
    if (words.length < 2 || words.length > MASTHEAD_WORDS || text.indexOf(':') >= 0
        || text.chars().anyMatch(Character::isDigit) || TextShape.endsLikeSentence(text)
        || !StartSet.found(MASTHEAD_WORD, text)) {
      return false;
    }
    for (String w : words) {
      String k = w.replaceAll("^\\W+|\\W+$", "");
      if (!k.isEmpty() && !Character.isUpperCase(k.codePointAt(0)) && !NAME_CONNECTORS.contains(k.toLowerCase(Locale.ROOT)
          .replaceAll("'.*", ""))) {
        return false; // "Sign up to The Times" speaks; a name does not
      }
    }
    return true;
  }

  /**
   * A person's name alone on a line, a byline or signature ("NORA CHALFONT", "Maria Luísa Prado"): two to four
   * capitalised words, the first a given name.
   */
  static boolean personName(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || words.length > MAX_NAME_WORDS) {
      return false;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return CommonWords.isGivenName(words[0]);
  }

  private static final int MAX_NAME_WORDS = 4;
  /**
   * A sentence this long is the story's voice, or another rule's to judge ("As an AI language model, I cannot verify
   * these figures."); the catalogue still knows the furniture that speaks in sentences ("We use cookies …").
   */
  private static final int SENTENCE_WORDS = 10;
  /** A telephone number alone on a line: a contact the story gives, never a site's furniture. */
  private static final java.util.regex.Pattern PHONE =
      java.util.regex.Pattern.compile("\\W{0,3}\\+?\\(?\\d[\\d ().\\-/]{5,18}\\d\\W{0,3}");

  /** A line between two paragraphs of the story's prose: a subheading, unless the catalogue says otherwise. */
  private static boolean between(List<Block> blocks, boolean[] found, int i) {
    return i > 0 && i + 1 < blocks.size() && !found[i - 1] && !found[i + 1]
        && TemplateResidue.proseParagraph(blocks.get(i - 1)) && TemplateResidue.proseParagraph(blocks.get(i + 1));
  }

  /**
   * Text in a script written without spaces between words (Chinese, Japanese, Thai…): its word counts mean nothing to
   * the model, which learned from languages that space their words.
   */
  static boolean unspaced(String text) {
    return text.codePoints().anyMatch(c -> {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
          || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
          || script == Character.UnicodeScript.MYANMAR;
    });
  }

  private static final java.util.regex.Pattern NAME_WORD =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*");

  /**
   * The index of the headline: the title block, or else the first block of three words or more that the catalogue
   * left alone, above the first paragraph of prose; -1 if there is none. A line split by a separator gives way to a
   * plain title right under it: the line above was an advertiser's ("Bouwbedrijf Van den Heuvel B.V. | Nieuwbouw ·
   * Verbouw"); a kicker with a colon ("Brexit: what comes next") is a headline's own.
   */
  static int headline(List<Block> blocks, boolean[] found) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (found[i]) {
        continue;
      }
      if (b.type() == BlockType.TITLE || b.wordCount() >= HEADLINE_WORDS) {
        if (TemplateResidue.proseParagraph(b)) {
          return -1;
        }
        int next = i + 1;
        while (next < blocks.size() && found[next]) {
          next++;
        }
        return next < blocks.size() && split(b) && plainTitle(blocks.get(next)) ? next : i;
      }
    }
    return -1;
  }

  private static final java.util.regex.Pattern SPLIT = java.util.regex.Pattern.compile("\\s[|•·—–]\\s|\\|");

  private static boolean split(Block b) {
    return StartSet.found(SPLIT, b.text());
  }

  /** A title of three words or more, with no separator, that is no sentence and no credit. */
  private static boolean plainTitle(Block b) {
    String plain = TemplateResidue.unlink(b.text().strip());
    return b.wordCount() >= HEADLINE_WORDS && !split(b) && !TemplateResidue.proseParagraph(b)
        && !TextShape.endsLikeSentence(plain) && !TemplateResidue.credit(plain) && !OffTopicBranding.credit(plain);
  }

  private static final int HEADLINE_WORDS = 3;

  /** The probability of residue for one block's feature indices. */
  double probability(int[] features) {
    double z = 0;
    for (int f : features) {
      z += weights[f];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Writes the nonzero weights: magic, version, dimension, count, then the indices and then the weights, so that
   * both read back in bulk.
   */
  void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    int count = 0;
    for (float w : weights) {
      count += w != 0 ? 1 : 0;
    }
    data.writeInt(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(LineFeatures.DIMENSION);
    data.writeInt(count);
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] != 0) {
        data.writeInt(i);
      }
    }
    for (float w : weights) {
      if (w != 0) {
        data.writeFloat(w);
      }
    }
    data.flush();
  }

  static LineModel read(InputStream in) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()); // big-endian, as DataOutputStream wrote it
    if (bytes.remaining() < HEADER_BYTES || bytes.getInt() != MAGIC || bytes.getInt() != VERSION
        || bytes.getInt() != LineFeatures.DIMENSION) {
      throw new IOException("not a line model of this version");
    }
    int count = bytes.getInt();
    if (count < 0 || count > LineFeatures.DIMENSION + 1 || bytes.remaining() != count * 8L) {
      throw new IOException("truncated line model");
    }
    int[] indices = new int[count];
    float[] values = new float[count];
    bytes.asIntBuffer().get(indices);
    bytes.position(bytes.position() + count * 4);
    bytes.asFloatBuffer().get(values);
    float[] weights = new float[LineFeatures.DIMENSION + 1];
    for (int k = 0; k < count; k++) {
      if (indices[k] < 0 || indices[k] >= weights.length) {
        throw new IOException("weight index out of range");
      }
      weights[indices[k]] = values[k];
    }
    return new LineModel(weights, false);
  }

  private static final int HEADER_BYTES = 16;
}
