package org.countrystance.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of word 5-shingles of an article's normalised text (lower case, letters and
 * digits, "&" read as "and"), their LSH band keys, a 4-bit sketch of the signature for a first check
 * inside a bucket, and an exact-duplicate key. Pure Java; immutable and Serializable.
 */
public final class MinHasher implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int SHINGLE_WORDS = 5;

  /** Hash function i of the signature is x -> multipliers[i] * x + offsets[i] (mod 2^64) of a shingle hash x. */
  private final long[] multipliers;
  private final long[] offsets;
  private final int bands;
  private final int rows;

  public MinHasher(DedupSettings s) {
    SplittableRandom random = new SplittableRandom(s.seed());
    this.multipliers = new long[s.numHashes()];
    this.offsets = new long[s.numHashes()];
    for (int i = 0; i < multipliers.length; i++) {
      multipliers[i] = random.nextLong() | 1;  // odd: a permutation of the 64-bit values
      offsets[i] = random.nextLong();
    }
    this.bands = s.bands();
    this.rows = s.rows();
  }

  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  /** "&" counts as the word "and": copies differ in it ("pay &amp; working hours" on one site, "and" on another). */
  private static final long AND = wordHashes("and")[0];

  /** Hashes of the lower-cased words, in order; an ampersand is the word "and". */
  static long[] wordHashes(String text) {
    long[] out = new long[64];
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0, len = text.length(); i <= len; i++) {
      char c = i < len ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
        inWord = true;
        continue;
      }
      if (inWord) {
        if (n == out.length) out = Arrays.copyOf(out, n * 2);
        out[n++] = mix(h);
        h = FNV_OFFSET;
        inWord = false;
      }
      if (c == '&') {
        if (n == out.length) out = Arrays.copyOf(out, n * 2);
        out[n++] = AND;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The shingle hashes in text order (a repeated shingle repeats); a text shorter than one shingle is one
   * shingle of all its words.
   */
  static long[] shingles(String text) {
    return shingles(wordHashes(text));
  }

  /** The shingle hashes of {@link #wordHashes word hashes}. */
  static long[] shingles(long[] words) {
    if (words.length == 0) return new long[0];
    int k = Math.min(SHINGLE_WORDS, words.length);
    long[] out = new long[words.length - k + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0;
      for (int j = 0; j < k; j++) h = Long.rotateLeft(h, 17) ^ words[i + j];
      out[i] = mix(h);
    }
    return out;
  }

  /** What the de-duplication stage keeps of one article's text: its exact key, MinHash signature and distinct shingles. */
  public record Signed(String exactKey, int[] signature, int shingles) {}

  /** The text (null: none) hashed once into its exact key, signature and distinct shingle count. */
  public Signed sign(String text) {
    long[] words = wordHashes(text == null ? "" : text);
    long[] sh = shingles(words);
    return new Signed(exactKey(words), signature(sh), distinctShingles(sh));
  }

  /** The MinHash signature; empty when the text has no words. */
  public int[] signature(String text) {
    return signature(shingles(text));
  }

  /** The number of distinct values among {@code shingles}: with two signatures' similarity it estimates containment. */
  public static int distinctShingles(long[] shingles) {
    long[] sorted = shingles.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) n++;
    return n;
  }

  /**
   * The estimated share of the smaller shingle set found in the larger, from the estimated Jaccard
   * similarity {@code j} and the set sizes: |A n B| = j (|A| + |B|) / (1 + j).
   */
  public static double containment(double j, int sizeA, int sizeB) {
    int smaller = Math.min(sizeA, sizeB);
    if (smaller <= 0) return 0;
    return Math.min(1.0, j * (sizeA + sizeB) / (1 + j) / smaller);
  }

  /**
   * The MinHash signature of given shingles; empty when there are none. The shingle hashes are already
   * mixed, so a random odd multiplier and offset per function orders them as well as a full mix of
   * each would, at a third of the cost (MinHasherTest measures the estimate's bias).
   */
  public int[] signature(long[] sh) {
    if (sh.length == 0) return new int[0];
    int[] sig = new int[multipliers.length];
    for (int i = 0; i < multipliers.length; i++) {
      long a = multipliers[i];
      long b = offsets[i];
      long min = Long.MAX_VALUE;
      for (long x : sh) {
        long v = a * x + b;
        if (v < min) min = v;
      }
      sig[i] = (int) (min >>> 32);
    }
    return sig;
  }

  /** One key per band: the band's rows hashed with the band index, so equal keys mean equal rows. */
  public long[] bandKeys(int[] signature) {
    if (signature.length == 0) return new long[0];
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = 0x9E3779B97F4A7C15L * (b + 1);
      for (int r = 0; r < rows; r++) h = mix(h ^ (signature[b * rows + r] & 0xFFFFFFFFL));
      keys[b] = h;
    }
    return keys;
  }

  /** The share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
  public static double similarity(int[] a, int[] b) {
    if (a.length == 0 || a.length != b.length) return 0;
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
    return same / (double) a.length;
  }

  /**
   * The low 4 bits of each signature value, two to a byte (value i in byte i / 2, the high half when i
   * is odd): a quarter of the signature's size, carried in the LSH band rows.
   */
  public static byte[] sketch(int[] signature) {
    byte[] out = new byte[(signature.length + 1) / 2];
    for (int i = 0; i < signature.length; i++) out[i / 2] |= (byte) ((signature[i] & 0xF) << (4 * (i % 2)));
    return out;
  }

  /**
   * The share of equal 4-bit values of two sketches of {@code length}-value signatures. Equal values
   * have equal low bits, so this is never below {@link #similarity} of the signatures themselves: a
   * pair the sketch puts below a threshold is below it in the full signatures too. Unequal values agree
   * by chance one time in 16, so the sketch overestimates unrelated texts by about 1/16 of the rest.
   */
  public static double sketchSimilarity(byte[] a, byte[] b, int length) {
    if (length == 0 || a.length != (length + 1) / 2 || b.length != a.length) return 0;
    int same = 0;
    for (int i = 0; i < length; i++) {
      int shift = 4 * (i % 2);
      if (((a[i / 2] >> shift) & 0xF) == ((b[i / 2] >> shift) & 0xF)) same++;
    }
    return same / (double) length;
  }

  /** A 128-bit key of the normalised word sequence: equal for texts that differ only in case, spacing, punctuation. */
  public static String exactKey(String text) {
    return exactKey(wordHashes(text));
  }

  /** {@link #exactKey(String)} of the text's {@link #wordHashes word hashes}. */
  static String exactKey(long[] words) {
    long h1 = 0x243F6A8885A308D3L;
    long h2 = 0x13198A2E03707344L;
    for (long w : words) {
      h1 = mix(h1 ^ w) * 31;
      h2 = mix(h2 + Long.rotateLeft(w, 29)) ^ (h2 >>> 7);
    }
    return String.format("%016x%016x%08x", h1, h2, words.length);
  }

  /** SplitMix64's finaliser: a fast, well-mixed 64-bit permutation. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
