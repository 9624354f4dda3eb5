package org.countrystance.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pairs to verify inside one LSH bucket: all pairs of a small bucket; in a bucket larger than
 * {@code maxBucket} (templated or boilerplate-only pages) each member is paired with the bucket's first
 * member and its next {@code window} neighbours, so a bucket of n costs O(n * window), not O(n^2).
 * Copies of one story still connect, because the components are taken over all pairs afterwards.
 */
final class CandidatePairs {
  private CandidatePairs() {}

  /** Pairs (smaller key, larger key) of the members; members are rank keys. */
  static List<String[]> of(List<String> members, int maxBucket, int window) {
    List<String> sorted = new ArrayList<>(members);
    Collections.sort(sorted);
    int n = sorted.size();
    List<String[]> pairs = new ArrayList<>();
    if (n <= maxBucket) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) pairs.add(new String[] {sorted.get(i), sorted.get(j)});
      }
      return pairs;
    }
    for (int i = 0; i < n; i++) {
      if (i > window) pairs.add(new String[] {sorted.get(0), sorted.get(i)});
      for (int j = i + 1; j < n && j <= i + window; j++) pairs.add(new String[] {sorted.get(i), sorted.get(j)});
    }
    return pairs;
  }
}
