package org.copydesk.rules.language;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * WordNet's description of each English word: the words of its first senses' synonyms, glosses, hypernyms and
 * topic domains (built by {@code copydesk-lexicons}). Two words are related when their descriptions share rare
 * words, or one's description names the other: the gloss-overlap measure of Lesk and Banerjee–Pedersen, each
 * shared word weighted by its inverse document frequency over all descriptions. This is what tells "spiritual …
 * shrines" (both described with "sacred") from "spiritual … shrinks".
 */
final class GlossBags {
  private final String[] vocabulary; // sorted: an id is a binary-search position
  private final int[] offsets; // per id: where its bag starts in data, or -1
  private final byte[] data;
  private final float[] idf;

  private GlossBags(String[] vocabulary, int[] offsets, byte[] data, float[] idf) {
    this.vocabulary = vocabulary;
    this.offsets = offsets;
    this.data = data;
    this.idf = idf;
  }

  static GlossBags read(DataInputStream in) throws IOException {
    if (in.readInt() != 0x43444c58 || in.readInt() != 3) {
      throw new IOException("not a gloss-bag file of version 3");
    }
    String[] vocabulary = new String[in.readInt()];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = in.readUTF();
    }
    int bags = in.readInt();
    byte[] data = in.readAllBytes();
    int[] offsets = new int[vocabulary.length];
    Arrays.fill(offsets, -1);
    int[] df = new int[vocabulary.length];
    int[] pos = {0};
    for (int b = 0; b < bags; b++) {
      int id = varint(data, pos);
      offsets[id] = pos[0];
      int n = varint(data, pos);
      int last = 0;
      for (int k = 0; k < n; k++) {
        last += varint(data, pos);
        df[last]++;
      }
    }
    float[] idf = new float[vocabulary.length];
    for (int i = 0; i < idf.length; i++) {
      idf[i] = (float) Math.log((bags + 1.0) / (df[i] + 1.0));
    }
    return new GlossBags(vocabulary, offsets, data, idf);
  }

  private static int varint(byte[] data, int[] pos) {
    int value = 0;
    int shift = 0;
    while (true) {
      byte b = data[pos[0]++];
      value |= (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
      shift += 7;
    }
  }

  /** Whether WordNet describes this word ({@code key} as {@link org.copydesk.lexicons.WordForms#key} gives it). */
  boolean describes(String key) {
    int id = Arrays.binarySearch(vocabulary, key);
    return id >= 0 && offsets[id] >= 0;
  }

  /**
   * How strongly two words are related: the summed rarity of the words their descriptions share, plus the rarity of
   * each word when the other's description names it. 0 when they share nothing or one is not described.
   */
  double relatedness(String keyA, String keyB) {
    return relatedness(keyA, keyB, 0);
  }

  /**
   * As {@link #relatedness(String, String)}, counting only shared words at least this rare: words like "set",
   * "work" or "sound" describe half the dictionary and tie anything to anything.
   *
   * @param minIdf the least inverse document frequency of a shared word that counts
   */
  double relatedness(String keyA, String keyB, double minIdf) {
    int a = Arrays.binarySearch(vocabulary, keyA);
    int b = Arrays.binarySearch(vocabulary, keyB);
    if (a < 0 || b < 0 || offsets[a] < 0 || offsets[b] < 0) {
      return 0;
    }
    int[] bagA = bag(a);
    int[] bagB = bag(b);
    double score = 0;
    int i = 0;
    int j = 0;
    while (i < bagA.length && j < bagB.length) {
      if (bagA[i] == bagB[j]) {
        score += idf[bagA[i]] >= minIdf ? idf[bagA[i]] : 0;
        i++;
        j++;
      } else if (bagA[i] < bagB[j]) {
        i++;
      } else {
        j++;
      }
    }
    if (Arrays.binarySearch(bagA, b) >= 0) {
      score += idf[b];
    }
    if (Arrays.binarySearch(bagB, a) >= 0) {
      score += idf[a];
    }
    return score;
  }

  private int[] bag(int id) {
    int[] pos = {offsets[id]};
    int[] out = new int[varint(data, pos)];
    int last = 0;
    for (int k = 0; k < out.length; k++) {
      last += varint(data, pos);
      out[k] = last;
    }
    return out;
  }
}
