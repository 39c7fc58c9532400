package org.copydesk.rules.integrity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.article.Block;
import org.copydesk.article.BlockType;
import org.copydesk.internal.regex.StartSet;

/**
 * The features the line model reads for each block of an article: the block's shape (length, ending, case,
 * digits, separators, links), its words, its place (above, inside or below the story's prose) and its neighbours
 * (their shape, and whether the catalogue found them to be residue). Names are hashed into {@link #DIMENSION}
 * slots, so the model needs no vocabulary file. Language-neutral on purpose: the words of nine languages share
 * one space, and the shape and place features carry what the words do not.
 */
final class LineFeatures {
  /** Hashed feature slots; feature indices run from 1 to this. */
  static final int DIMENSION = 1 << 18;
  private static final int MAX_WORDS = 16;
  private static final int MAX_BIGRAMS = 6;
  /** Character n-grams are read in blocks up to this many words (furniture is short; prose would drown them). */
  private static final int NGRAM_WORDS = 8;
  private static final int NGRAM = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]{0,200})\\]\\([^()\\s]*\\)");
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.");
  private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:.h]\\d{2}(?!\\d)");
  private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+•▶►▸→]|\\d{1,2}[.)])\\s");
  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\d&])#\\p{L}");
  private static final Pattern DIGITS = Pattern.compile("[\\p{L}]{0,3}\\d[\\d.,:/h]*[\\p{L}]{0,3}");
  private static final Pattern DIGIT = Pattern.compile("\\d+");
  private static final int MAX_NUMBERS = 4;
  /** A line of a menu or a list of titles is short and no sentence. */
  private static final int SHORT_WORDS = 8;
  private static final String SEPARATORS = "|•·∙/»›>–—";

  private LineFeatures() {}

  /**
   * The sorted feature indices of every block.
   *
   * @param found which blocks the catalogue and grammar already call residue
   */
  static int[][] of(List<Block> blocks, boolean[] found) {
    boolean[] all = new boolean[blocks.size()];
    Arrays.fill(all, true);
    return of(blocks, found, all);
  }

  /**
   * The same for the blocks {@code wanted} only ({@code null} for the others): the model reads short blocks, and an
   * article is mostly long paragraphs.
   */
  static int[][] of(List<Block> blocks, boolean[] found, boolean[] wanted) {
    int n = blocks.size();
    String[] unlinked = new String[n]; // each block's text with Markdown links read as their words
    String[] shape = new String[n];
    boolean[] prose = new boolean[n];
    int firstProse = -1;
    int lastProse = -1;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      unlinked[i] = TemplateResidue.unlink(b.text().strip());
      shape[i] = shape(b, unlinked[i]);
      prose[i] = !found[i] && TemplateResidue.proseParagraph(b);
      if (prose[i]) {
        firstProse = firstProse < 0 ? i : firstProse;
        lastProse = i;
      }
    }
    // the nearest paragraph of prose before and after each block (-1: none), in two sweeps
    int[] proseBefore = new int[n];
    int[] proseAfter = new int[n];
    for (int i = 0, seen = -1; i < n; i++) {
      proseBefore[i] = seen;
      seen = prose[i] ? i : seen;
    }
    for (int i = n - 1, seen = -1; i >= 0; i--) {
      proseAfter[i] = seen;
      seen = prose[i] ? i : seen;
    }
    // runs of short lines that are not sentences (a menu, a list of titles): how far each run reaches up and down
    boolean[] shortLine = new boolean[n];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      shortLine[i] = b.wordCount() <= SHORT_WORDS && !TextShape.endsLikeSentence(b.text());
    }
    int[] runUp = new int[n];
    int[] runDown = new int[n];
    for (int i = 1; i < n; i++) {
      runUp[i] = shortLine[i - 1] ? runUp[i - 1] + 1 : 0;
    }
    for (int i = n - 2; i >= 0; i--) {
      runDown[i] = shortLine[i + 1] ? runDown[i + 1] + 1 : 0;
    }
    int[][] features = new int[n][];
    Sink sink = new Sink();
    for (int i = 0; i < n; i++) {
      if (!wanted[i]) {
        continue;
      }
      Block b = blocks.get(i);
      sink.clear();
      sink.add("bias");
      String text = b.text().strip();
      String plain = unlinked[i];
      // the block's own shape, alone and with its place
      String place = firstProse < 0 ? "noprose" : i < firstProse ? "above" : i > lastProse ? "below" : "inside";
      sink.add("place=" + place);
      sink.add("shape=" + shape[i]);
      sink.add("shape=" + shape[i] + "&" + place);
      sink.add("type=" + b.type());
      sink.add("type=" + b.type() + "&" + place);
      sink.add("words=" + bucket(b.wordCount()));
      sink.add("chars=" + bucket(plain.length() / 8));
      sink.add("end=" + endClass(text));
      sink.add("case=" + caseClass(plain));
      sink.add("digits=" + digitClass(plain));
      sink.add("seps=" + bucket(separators(plain)));
      sink.add("links=" + linkClass(text));
      if (StartSet.found(URL, text)) {
        sink.add("url");
      }
      if (StartSet.found(TIME, plain)) {
        sink.add("time");
      }
      if (StartSet.found(LIST_MARK, text)) {
        sink.add("listmark");
      }
      if (text.startsWith("#")) {
        sink.add("mdheading");
      }
      if (plain.indexOf('#') >= 0 && StartSet.found(HASHTAG, plain)) {
        sink.add("hashtag");
      }
      if (plain.indexOf('?') >= 0) {
        sink.add("question");
      }
      if (plain.endsWith("*")) {
        sink.add("asterisk");
      }
      if (plain.indexOf('%') >= 0) {
        sink.add("percent");
      }
      if (plain.indexOf('(') >= 0) {
        sink.add("paren");
      }
      int run = Math.min(runUp[i] + runDown[i], 9);
      sink.add("run=" + bucket(run) + "&short=" + shortLine[i]);
      sink.add("run=" + bucket(run) + "&" + place);
      if (b.wordCount() > 0) {
        int seps = separators(plain);
        sink.add("sepratio=" + (seps == 0 ? "0" : seps * 3 >= b.wordCount() ? "high" : "low"));
      }
      // numbers by their shape ("2h", "17:05", "1.284"), so counters and times of any value look alike
      Matcher number = DIGITS.matcher(plain);
      int numbers = 0;
      while (number.find() && numbers < MAX_NUMBERS) {
        sink.add("d=" + DIGIT.matcher(number.group().toLowerCase(Locale.ROOT)).replaceAll("0"));
        numbers++;
      }
      // its words
      String lower = TemplateResidue.lowerCase(plain); // "TEMİZLİK" as "temizlik", without the combining dot
      Matcher w = WORD.matcher(lower);
      String previous = null;
      int words = 0;
      String first = null;
      String last = null;
      while (w.find() && words < MAX_WORDS) {
        String word = w.group();
        sink.add("w=" + word);
        if (previous != null && words <= MAX_BIGRAMS) {
          sink.add("b=" + previous + " " + word);
        }
        if (b.wordCount() <= NGRAM_WORDS) {
          String padded = "<" + word + ">";
          for (int k = 0; k + NGRAM <= padded.length(); k++) {
            sink.add("g=" + padded.substring(k, k + NGRAM));
          }
        }
        first = first == null ? word : first;
        last = word;
        previous = word;
        words++;
      }
      if (first != null) {
        sink.add("first=" + first);
        sink.add("last=" + last);
      }
      // its neighbours
      for (int d : new int[] {-2, -1, 1, 2}) {
        String side = (d < 0 ? "p" : "n") + Math.abs(d) + ":";
        int j = i + d;
        if (j < 0 || j >= n) {
          sink.add(side + "none");
          continue;
        }
        sink.add(side + "found=" + found[j]);
        sink.add(side + "prose=" + prose[j]);
        if (Math.abs(d) == 1) {
          sink.add(side + "shape=" + shape[j]);
          sink.add(side + "found=" + found[j] + "&shape=" + shape[i]);
          sink.add(side + "type=" + blocks.get(j).type());
        }
      }
      int near = 0;
      for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
        near += j != i && found[j] ? 1 : 0;
      }
      sink.add("near=" + near);
      sink.add("near=" + Math.min(near, 2) + "&" + place);
      int distance = Math.min(proseBefore[i] < 0 ? Integer.MAX_VALUE : i - proseBefore[i],
          proseAfter[i] < 0 ? Integer.MAX_VALUE : proseAfter[i] - i);
      sink.add("toprose=" + (distance == Integer.MAX_VALUE ? "none" : bucket(distance)));
      sink.add("fromstart=" + Math.min(i, 4));
      sink.add("fromend=" + Math.min(n - 1 - i, 4));
      features[i] = sink.indices();
    }
    return features;
  }

  /** A coarse shape: length, ending and case, so neighbours can be compared. */
  private static String shape(Block b, String plain) {
    return bucket(b.wordCount()) + "/" + endClass(plain) + "/" + caseClass(plain);
  }

  private static String bucket(int n) {
    if (n <= 3) {
      return Integer.toString(n);
    }
    if (n <= 5) {
      return "4-5";
    }
    if (n <= 8) {
      return "6-8";
    }
    if (n <= 12) {
      return "9-12";
    }
    if (n <= 20) {
      return "13-20";
    }
    return n <= 40 ? "21-40" : "41+";
  }

  private static String endClass(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return "empty";
    }
    if (TextShape.endsLikeSentence(s)) {
      return s.endsWith("?") ? "question" : s.endsWith("!") ? "exclamation" : s.endsWith("…") ? "ellipsis" : "stop";
    }
    int c = s.codePointBefore(s.length());
    if (c == ':' || c == ')' || c == '*' || c == ']') {
      return String.valueOf((char) c);
    }
    if (Character.isDigit(c)) {
      return "digit";
    }
    return Character.isLetter(c) ? "letter" : "symbol";
  }

  private static String caseClass(String text) {
    int letters = 0;
    int upper = 0;
    int words = 0;
    int capitalised = 0;
    boolean start = true;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        upper += Character.isUpperCase(c) ? 1 : 0;
        if (start) {
          words++;
          capitalised += Character.isUpperCase(c) ? 1 : 0;
        }
        start = false;
      } else if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
        start = true;
      }
    }
    if (letters == 0) {
      return "noletters";
    }
    if (upper == letters && letters > 1) {
      return "allcaps";
    }
    if (words == 1) {
      return capitalised == 1 ? "one-cap" : "one-lower";
    }
    double share = (double) capitalised / words;
    return share >= 0.99 ? "title" : share >= 0.6 ? "mostly-cap" : share >= 0.3 ? "some-cap" : "lower";
  }

  private static String digitClass(String text) {
    int digits = 0;
    int letters = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      digits += Character.isDigit(c) ? 1 : 0;
      letters += Character.isLetter(c) ? 1 : 0;
    }
    if (digits == 0) {
      return "none";
    }
    if (letters == 0) {
      return "only";
    }
    return digits * 4 >= letters ? "many" : "some";
  }

  private static int separators(String text) {
    int count = 0;
    for (int k = 0; k < text.length(); k++) {
      count += SEPARATORS.indexOf(text.charAt(k)) >= 0 ? 1 : 0;
    }
    return count;
  }

  private static String linkClass(String text) {
    if (text.indexOf("](") < 0) {
      return "none";
    }
    Matcher m = MARKDOWN_LINK.matcher(text);
    int linked = 0;
    int links = 0;
    while (m.find()) {
      linked += m.end() - m.start();
      links++;
    }
    if (links == 0) {
      return "none";
    }
    return (linked * 10 >= text.length() * 9 ? "all" : "some") + (links > 1 ? "-many" : "-one");
  }

  /** Collects hashed feature names as sorted, distinct indices from 1 to {@link #DIMENSION}. */
  private static final class Sink {
    private int[] indices = new int[256];
    private int size;

    void clear() {
      size = 0;
    }

    void add(String feature) {
      if (size == indices.length) {
        indices = Arrays.copyOf(indices, size * 2);
      }
      indices[size++] = index(feature);
    }

    int[] indices() {
      return sortedDistinct(Arrays.copyOf(indices, size));
    }
  }

  /** Feature indices sorted, each once, as the model reads them; sorts {@code indices} in place. */
  static int[] sortedDistinct(int[] indices) {
    Arrays.sort(indices);
    int distinct = 0;
    for (int k = 0; k < indices.length; k++) {
      if (k == 0 || indices[k] != indices[k - 1]) {
        indices[distinct++] = indices[k];
      }
    }
    return Arrays.copyOf(indices, distinct);
  }

  /** A feature name's slot: String.hashCode (fixed by the language specification), mixed, 1-based. */
  static int index(String feature) {
    int h = feature.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return (h & (DIMENSION - 1)) + 1;
  }
}
