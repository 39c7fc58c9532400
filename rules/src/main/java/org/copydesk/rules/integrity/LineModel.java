package org.copydesk.rules.integrity;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.copydesk.article.Article;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.article.Format;
import org.copydesk.rules.language.CommonWords;

/**
 * A logistic-regression line model: the probability that a block the catalogue left alone is still site furniture
 * (a menu item, a related-story title, a counter, a widget's label), from {@link LineFeatures}. Trained at build time
 * on the labelled sets in {@code fixtures/integrity/} by {@link LineModelTrainer}, which writes
 * {@value #RESOURCE}; immutable and shared once loaded. Read only for plain text and Markdown, the formats it was
 * trained on: in a web page the extractor has already set the page's chrome apart.
 */
final class LineModel {
  static final String RESOURCE = "/org/copydesk/rules/integrity/line-model.bin";
  /** Flag a block at this probability or above; chosen on cross-validation by set (docs/integrity.md). */
  static final double THRESHOLD = 0.7;
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

  private static final class Holder {
    static final LineModel BUILT = load();

    /**
     * The built model, or null, with a warning, when the resource is missing or damaged: the catalogue still
     * works without it, and an audit must not fail for it (the rules' tests fail the build instead).
     */
    private static LineModel load() {
      try (InputStream in = LineModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          System.getLogger(LineModel.class.getName()).log(System.Logger.Level.WARNING,
              "no line model at " + RESOURCE + "; template residue uses its catalogue alone");
          return null;
        }
        return read(in);
      } catch (IOException | RuntimeException e) {
        System.getLogger(LineModel.class.getName()).log(System.Logger.Level.WARNING,
            "cannot read the line model " + RESOURCE + " (" + e.getMessage() + "); template residue uses its "
                + "catalogue alone");
        return null;
      }
    }
  }

  /** The model built with the rules, or {@code null} when the resource is missing or damaged (warned once). */
  static LineModel built() {
    return Holder.BUILT;
  }

  /**
   * The probability that each block is residue the catalogue missed; 0 for blocks the model may not judge
   * ({@link #eligible}) and for formats it was not trained on.
   */
  static double[] residue(Article article, List<Block> blocks, boolean[] found, boolean[] quieted) {
    double[] p = new double[blocks.size()];
    if (article.format() != Format.TEXT && article.format() != Format.MARKDOWN) {
      return p;
    }
    LineModel model = built();
    if (model == null) {
      return p;
    }
    boolean[] eligible = eligible(blocks, found, quieted);
    int[][] features = LineFeatures.of(blocks, found, eligible);
    for (int i = 0; i < p.length; i++) {
      if (eligible[i]) {
        p[i] = model.probability(features[i]);
      }
    }
    return p;
  }

  /**
   * Which blocks the model may call residue: those the rule reads and the catalogue left alone, but never the
   * headline nor a kicker alone above it ("Weather"), which are the story's even where they look like menu items,
   * nor a subheading between two paragraphs of prose, a credit, a person's name, text in a script without spaces,
   * a line shaped like a brand name (the branding rule's to judge), a telephone number, a sentence of ten words or
   * more, or a line the catalogue matched and then kept as the story's by its context.
   */
  static boolean[] eligible(List<Block> blocks, boolean[] found, boolean[] quieted) {
    boolean[] eligible = new boolean[blocks.size()];
    int headline = headline(blocks, found);
    for (int i = 0; i < eligible.length; i++) {
      boolean kicker = headline == 1 && i == 0;
      Block b = blocks.get(i);
      eligible[i] = !found[i] && !quieted[i] && i != headline && !kicker && b.type() != BlockType.TITLE
          && TemplateResidue.readable(b) && !TemplateResidue.credit(TemplateResidue.unlink(b.text()))
          && !personName(b.text()) && !unspaced(b.text())
          && !between(blocks, found, i) && !OffTopicBranding.brandShaped(blocks, i)
          && !PHONE.matcher(b.text()).matches()
          && !(b.wordCount() >= SENTENCE_WORDS && TextShape.endsLikeSentence(b.text()));
    }
    return eligible;
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
   * left alone, above the first paragraph of prose; -1 if there is none.
   */
  static int headline(List<Block> blocks, boolean[] found) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (found[i]) {
        continue;
      }
      if (b.type() == BlockType.TITLE || b.wordCount() >= HEADLINE_WORDS) {
        return TemplateResidue.proseParagraph(b) ? -1 : i;
      }
    }
    return -1;
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
      throw new IOException("not a line model of this version: " + RESOURCE);
    }
    int count = bytes.getInt();
    if (count < 0 || count > LineFeatures.DIMENSION + 1 || bytes.remaining() != count * 8L) {
      throw new IOException("truncated line model: " + RESOURCE);
    }
    int[] indices = new int[count];
    float[] values = new float[count];
    bytes.asIntBuffer().get(indices);
    bytes.position(bytes.position() + count * 4);
    bytes.asFloatBuffer().get(values);
    float[] weights = new float[LineFeatures.DIMENSION + 1];
    for (int k = 0; k < count; k++) {
      if (indices[k] < 0 || indices[k] >= weights.length) {
        throw new IOException("weight index out of range in " + RESOURCE);
      }
      weights[indices[k]] = values[k];
    }
    return new LineModel(weights, false);
  }

  private static final int HEADER_BYTES = 16;
}
