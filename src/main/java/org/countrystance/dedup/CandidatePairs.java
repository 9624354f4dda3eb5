package org.countrystance.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs to verify inside one LSH bucket: all pairs of a small bucket; in a bucket larger than
 * {@code maxBucket} (templated or boilerplate-only pages) each member is paired with the bucket's first
 * member and its next {@code window} neighbours, so a bucket of n costs O(n * window), not O(n^2).
 * Copies of one story still connect, because the components are taken over all pairs afterwards.
 */
final class CandidatePairs {
  private CandidatePairs() {}

  /** Pairs {i, j}, i < j, of positions in a bucket of {@code n} members sorted by rank key. */
  static List<int[]> of(int n, int maxBucket, int window) {
    List<int[]> pairs = new ArrayList<>();
    if (n <= maxBucket) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) pairs.add(new int[] {i, j});
      }
      return pairs;
    }
    for (int i = 0; i < n; i++) {
      if (i > window) pairs.add(new int[] {0, i});
      for (int j = i + 1; j < n && j <= i + window; j++) pairs.add(new int[] {i, j});
    }
    return pairs;
  }
}
