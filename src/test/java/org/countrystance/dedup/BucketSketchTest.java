package org.countrystance.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** The 4-bit sketch check inside an LSH bucket, before pairs are verified on their full signatures. */
class BucketSketchTest {
  private static final DedupSettings SETTINGS = DedupSettings.defaults();
  private static final StructType SIGNED = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("rank_key", DataTypes.StringType, false)
      .add("exact_key", DataTypes.StringType, false)
      .add("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("shingles", DataTypes.IntegerType, false);

  @Test
  void theSketchNeverEstimatesBelowTheFullSignature() {
    Random r = new Random(11);
    for (int trial = 0; trial < 2_000; trial++) {
      int[] a = random(r);
      int[] b = a.clone();
      int changed = r.nextInt(a.length + 1);
      for (int i = 0; i < changed; i++) {
        int at = r.nextInt(a.length);
        // half of the edits keep the low four bits, which only the full signature tells apart
        b[at] = r.nextBoolean() ? r.nextInt() : a[at] ^ (1 << (4 + r.nextInt(28)));
      }
      double full = MinHasher.similarity(a, b);
      double sketch = MinHasher.sketchSimilarity(MinHasher.sketch(a), MinHasher.sketch(b), a.length);
      assertTrue(sketch >= full, "sketch " + sketch + " below full " + full + " in trial " + trial);
    }
    int[] a = random(r);
    assertEquals(1.0, MinHasher.sketchSimilarity(MinHasher.sketch(a), MinHasher.sketch(a), a.length));
    double unrelated = MinHasher.sketchSimilarity(MinHasher.sketch(a), MinHasher.sketch(random(r)), a.length);
    assertTrue(unrelated < 0.2, "unrelated signatures agree by chance on about 1/16, got " + unrelated);
  }

  @Test
  void aBucketKeepsOnlyPairsWhoseSketchesReachTheThresholdAndTheFullCheckStillDecides() {
    Random r = new Random(5);
    int[] a = random(r);
    // b shares only band 0 (values 0-4) with a: same bucket once, otherwise another story
    int[] b = random(r);
    System.arraycopy(a, 0, b, 0, 5);
    // c differs from a in 20 of 120 values: estimated Jaccard 0.83, a copy
    int[] c = a.clone();
    for (int i = 5; i < 25; i++) c[i] = r.nextInt();
    // d differs from a in 30 values but only in their high bits: the sketch sees a copy, the signature 0.75
    int[] d = a.clone();
    for (int i = 5; i < 35; i++) d[i] = a[i] ^ 0x4000_0000;
    Dataset<Row> signed = SparkTestSession.get().createDataFrame(List.of(
        signed("a", a), signed("b", b), signed("c", c), signed("d", d)), SIGNED);

    Set<List<String>> pairs = new HashSet<>();
    for (Row p : DedupStage.candidates(signed.select("rank_key", "signature"), SETTINGS).collectAsList()) {
      pairs.add(List.of(p.getString(0), p.getString(1)));
    }
    assertEquals(Set.of(List.of("1|a", "3|c"), List.of("1|a", "4|d"), List.of("3|c", "4|d")), pairs,
        "b shares a bucket with a, c and d but its sketch is far from theirs");

    Map<String, String> story = new HashMap<>();
    for (Row row : DedupStage.storyIds(signed, SETTINGS, LineageCut.inExecutors()).collectAsList()) {
      story.put(row.getString(0), row.getString(1));
    }
    assertEquals(Map.of("a", "a", "b", "b", "c", "a", "d", "d"), story,
        "c is a copy of a; d passed the sketch but not the full signature");
  }

  private static Row signed(String id, int[] signature) {
    Integer[] boxed = new Integer[signature.length];
    for (int i = 0; i < signature.length; i++) boxed[i] = signature[i];
    int order = id.charAt(0) - 'a' + 1;
    // equal sizes: containment adds nothing to Jaccard here (d at 0.75 is 86% contained, under 0.9)
    return RowFactory.create(id, order + "|" + id, "exact-" + id, boxed, 100);
  }

  private static int[] random(Random r) {
    int[] sig = new int[SETTINGS.numHashes()];
    for (int i = 0; i < sig.length; i++) sig[i] = r.nextInt();
    return sig;
  }
}
