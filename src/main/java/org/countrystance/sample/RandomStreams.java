package org.countrystance.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Independent random streams keyed by (seed, row index, purpose), so any row is generated alone, in any
 * order, on any executor, with the same result (the corpus is embarrassingly parallel).
 */
final class RandomStreams {
  static final int STORY_KIND = 1;
  static final int STORY_TEXT = 2;
  static final int SYNDICATION = 3;
  static final int ARTICLE = 4;
  static final int ARTICLE_ID = 5;
  static final int BAD_ROW = 6;

  private RandomStreams() {}

  static SplittableRandom of(long seed, long index, int purpose) {
    return new SplittableRandom(mix(mix(seed) ^ mix(index + 0x9E3779B97F4A7C15L * purpose)));
  }

  /** SplitMix64's finaliser: a bijective, well-spread 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static <T> T pick(SplittableRandom rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }
}
