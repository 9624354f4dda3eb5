package org.countrystance.dedup;

import java.io.Serializable;

/**
 * Settings of near-duplicate detection. {@code threshold}: estimated Jaccard similarity of word
 * 5-shingles from which two articles are copies of one story (default 0.8). {@code numHashes} MinHash
 * functions (default 120) split into {@code bands} LSH bands (default 24, so 5 rows a band: pairs at
 * Jaccard 0.8 become candidates with probability 0.9999, at 0.5 with 0.53, at 0.2 with 0.008).
 * {@code maxBucket}: buckets larger than this (templated pages) are compared in a sliding window of
 * {@code window} neighbours instead of all pairs (defaults 100 and 20), which keeps the cost linear.
 * {@code maxRounds}: rounds of label propagation for the connected components (default 30).
 */
public record DedupSettings(double threshold, int numHashes, int bands, int maxBucket, int window,
    int maxRounds, long seed) implements Serializable {

  public DedupSettings {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("dedup threshold: expected (0, 1], got " + threshold);
    }
    if (bands <= 0 || numHashes % bands != 0) {
      throw new IllegalArgumentException("dedup bands: expected a divisor of numHashes " + numHashes
          + ", got " + bands);
    }
    if (maxBucket < 2 || window < 1 || maxRounds < 1) {
      throw new IllegalArgumentException("dedup: expected maxBucket >= 2, window >= 1, maxRounds >= 1, got "
          + maxBucket + ", " + window + ", " + maxRounds);
    }
  }

  public static DedupSettings defaults() {
    return new DedupSettings(0.8, 120, 24, 100, 20, 30, 20240601L);
  }

  public DedupSettings withThreshold(double t) {
    return new DedupSettings(t, numHashes, bands, maxBucket, window, maxRounds, seed);
  }

  public DedupSettings withBands(int numHashes, int bands) {
    return new DedupSettings(threshold, numHashes, bands, maxBucket, window, maxRounds, seed);
  }

  public int rows() {
    return numHashes / bands;
  }
}
