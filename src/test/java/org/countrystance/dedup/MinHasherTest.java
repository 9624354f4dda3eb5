package org.countrystance.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private final MinHasher hasher = new MinHasher(DedupSettings.defaults());

  private static String words(Random r, int n) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < n; i++) w.add("w" + r.nextInt(5000));
    return String.join(" ", w);
  }

  private static double trueJaccard(String a, String b) {
    Set<Long> x = new HashSet<>();
    for (long h : MinHasher.shingles(a)) x.add(h);
    Set<Long> y = new HashSet<>();
    for (long h : MinHasher.shingles(b)) y.add(h);
    Set<Long> inter = new HashSet<>(x);
    inter.retainAll(y);
    Set<Long> union = new HashSet<>(x);
    union.addAll(y);
    return inter.size() / (double) union.size();
  }

  @Test
  void estimatesTheJaccardSimilarityOfWordShinglesWithinAFewPoints() {
    Random r = new Random(7);
    String base = words(r, 400);
    String edited = base.replaceFirst("w\\d+ w\\d+ w\\d+", "x y z") + " " + words(r, 40);
    double truth = trueJaccard(base, edited);
    double estimate = MinHasher.similarity(hasher.signature(base), hasher.signature(edited));
    assertTrue(truth > 0.7 && truth < 0.95, "fixture should be a near copy, was " + truth);
    assertEquals(truth, estimate, 0.12);
    assertTrue(MinHasher.similarity(hasher.signature(base), hasher.signature(words(r, 400))) < 0.1);
  }

  /**
   * Over 1,000 edited copies (1% to 60% of the words replaced), the estimate is unbiased and its squared
   * error is what MinHash promises, J (1 - J) / k: functions that ordered the shingles alike (a family
   * that is not min-wise independent) would give the same answer k times and a far larger error.
   */
  @Test
  void estimatesWithoutBiasAndWithTheVarianceOfIndependentHashFunctions() {
    Random r = new Random(11);
    int k = DedupSettings.defaults().numHashes();
    double bias = 0;
    double squared = 0;
    double promised = 0;
    int pairs = 1000;
    for (int p = 0; p < pairs; p++) {
      String[] base = words(r, 400).split(" ");
      String[] copy = base.clone();
      double replaced = 0.01 + 0.59 * p / pairs;
      for (int i = 0; i < copy.length; i++) if (r.nextDouble() < replaced) copy[i] = "x" + r.nextInt(5000);
      String a = String.join(" ", base);
      String b = String.join(" ", copy);
      double truth = trueJaccard(a, b);
      double error = MinHasher.similarity(hasher.signature(a), hasher.signature(b)) - truth;
      bias += error / pairs;
      squared += error * error;
      promised += truth * (1 - truth) / k;
    }
    assertTrue(Math.abs(bias) < 0.01, "mean error " + bias);
    assertTrue(squared / promised > 0.8 && squared / promised < 1.2,
        "squared error " + squared + " against the promised " + promised);
  }

  @Test
  void givesTheSameExactKeyToTextsDifferingOnlyInCaseSpacingAndPunctuation() {
    assertEquals(MinHasher.exactKey("The  ministers met, on Monday."), MinHasher.exactKey("the ministers met on monday"));
    assertNotEquals(MinHasher.exactKey("the ministers met on monday"), MinHasher.exactKey("the ministers met on tuesday"));
  }

  @Test
  void readsAnAmpersandAsTheWordAnd() {
    String and = "Union leaders called a strike over pay and working hours, and the talks of wages and prices stalled.";
    String amp = "Union leaders called a strike over pay & working hours, & the talks of wages &amp; prices stalled.";
    String dropped = "Union leaders called a strike over pay working hours, the talks of wages prices stalled.";
    assertEquals(trueJaccard(and, and), trueJaccard(and, amp.replace("&amp;", "&")));
    assertEquals(1.0, MinHasher.similarity(hasher.signature(and), hasher.signature(amp.replace("&amp;", "&"))));
    assertEquals(MinHasher.exactKey(and), MinHasher.exactKey(amp.replace("&amp;", "&")));
    assertNotEquals(MinHasher.exactKey(and), MinHasher.exactKey(dropped));
    assertTrue(trueJaccard(and, dropped) < 0.2, "a text without the word shares few shingles: " + trueJaccard(and, dropped));
  }

  @Test
  void estimatesContainmentFromJaccardAndTheSetSizes() {
    Random r = new Random(9);
    String full = words(r, 500);
    String head = full.substring(0, full.indexOf(' ', full.length() * 7 / 10));  // the first ~70%
    long[] a = MinHasher.shingles(full);
    long[] b = MinHasher.shingles(head);
    double j = MinHasher.similarity(hasher.signature(a), hasher.signature(b));
    double c = MinHasher.containment(j, MinHasher.distinctShingles(a), MinHasher.distinctShingles(b));
    assertTrue(j < 0.8 && c > 0.9, "a cut copy: Jaccard " + j + " under the threshold, containment " + c);
    assertEquals(3, MinHasher.distinctShingles(new long[] {5, 7, 5, 9, 7}));
    assertEquals(1.0, MinHasher.containment(1.0, 100, 100));
    assertEquals(0.0, MinHasher.containment(0.5, 0, 100), "an empty text is contained in nothing");
  }

  @Test
  void putsIdenticalSignaturesInTheSameBucketOfEveryBand() {
    int[] sig = hasher.signature("a short text of a few words only");
    long[] keys = hasher.bandKeys(sig);
    assertEquals(24, keys.length);
    long[] again = hasher.bandKeys(hasher.signature("A short text, of a few words only!"));
    for (int b = 0; b < keys.length; b++) assertEquals(keys[b], again[b]);
  }
}
