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
 * {@code containment}: two articles whose estimated Jaccard is under the threshold but at least
 * {@code containmentFloor} are still one story when the smaller one's shingles are at least this share
 * contained in the larger's: a syndicated copy with its last paragraph cut or a paragraph added
 * (defaults 0.9 and 0.6; containment 0 = off). At Jaccard 0.6 a pair becomes a candidate with
 * probability 0.86. {@code containmentMinShingles}: containment applies only when the smaller article
 * has at least this many distinct shingles (default 200, about 200 words; 0 = any size): two short
 * texts built from the same stock sentences or template can be mostly contained in each other without
 * being one story.
 */
public record DedupSettings(double threshold, int numHashes, int bands, int maxBucket, int window,
    int maxRounds, long seed, double containment, double containmentFloor, int containmentMinShingles)
    implements Serializable {

  public DedupSettings {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("dedup threshold: expected (0, 1], got " + threshold);
    }
    if (bands <= 0 || numHashes % bands != 0) {
      throw new IllegalArgumentException("dedup bands: expected a divisor of numHashes " + numHashes
          + ", got " + bands);
    }
    if (containment < 0 || containment > 1 || containmentFloor <= 0 || containmentFloor > threshold) {
      throw new IllegalArgumentException("dedup containment: expected 0 (off) to 1 and a floor in (0, threshold "
          + threshold + "], got " + containment + " and " + containmentFloor);
    }
    if (containmentMinShingles < 0) {
      throw new IllegalArgumentException("dedup containment minimum shingles: expected >= 0, got "
          + containmentMinShingles);
    }
    if (maxBucket < 2 || window < 1 || maxRounds < 1) {
      throw new IllegalArgumentException("dedup: expected maxBucket >= 2, window >= 1, maxRounds >= 1, got "
          + maxBucket + ", " + window + ", " + maxRounds);
    }
  }

  public static DedupSettings defaults() {
    return new DedupSettings(0.8, 120, 24, 100, 20, 30, 20240601L, 0.9, 0.6, 200);
  }

  /** The defaults with the configured threshold and containment rule. */
  public static DedupSettings of(org.countrystance.config.JobConfig.Dedup d) {
    return defaults().withThreshold(d.threshold()).withContainment(d.containment(), d.containmentFloor(),
        d.containmentMinShingles());
  }

  /** The threshold {@code t}; the containment floor is lowered to {@code t} if it was above it. */
  public DedupSettings withThreshold(double t) {
    return new DedupSettings(t, numHashes, bands, maxBucket, window, maxRounds, seed, containment,
        Math.min(containmentFloor, t), containmentMinShingles);
  }

  public DedupSettings withBands(int numHashes, int bands) {
    return new DedupSettings(threshold, numHashes, bands, maxBucket, window, maxRounds, seed, containment,
        containmentFloor, containmentMinShingles);
  }

  public DedupSettings withContainment(double c, double floor) {
    return withContainment(c, floor, containmentMinShingles);
  }

  public DedupSettings withContainment(double c, double floor, int minShingles) {
    return new DedupSettings(threshold, numHashes, bands, maxBucket, window, maxRounds, seed, c, floor,
        minShingles);
  }

  /** The lowest estimated Jaccard similarity at which a pair may be one story. */
  public double lowestSimilarity() {
    return containment > 0 ? containmentFloor : threshold;
  }

  /**
   * One story: estimated Jaccard {@code j} at or above the threshold, or at or above the floor when the
   * smaller article, of at least {@code containmentMinShingles} shingles, is at least {@code containment}
   * contained in the larger (a copy with a paragraph cut or added).
   */
  public boolean sameStory(double j, int shinglesA, int shinglesB) {
    if (j >= threshold) return true;
    return containment > 0 && j >= containmentFloor && Math.min(shinglesA, shinglesB) >= containmentMinShingles
        && MinHasher.containment(j, shinglesA, shinglesB) >= containment;
  }

  public int rows() {
    return numHashes / bands;
  }
}
