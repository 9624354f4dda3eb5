package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

class TitleAffixLearnerTest {
  private static Map<String, Set<String>> learnedPlain(List<Row> sorted, int minTitles, double minShare) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Iterator<Row> it = TitleAffixLearner.recurring(sorted.iterator(), minTitles, minShare); it.hasNext(); ) {
      Row r = it.next();
      out.computeIfAbsent(r.getString(0), k -> new java.util.HashSet<>()).add(r.getString(1));
    }
    return out;
  }

  private static List<Row> rows(String source, String... titles) {
    List<Row> out = new ArrayList<>();
    for (String t : titles) out.add(RowFactory.create(source, t));
    return out;
  }

  private static List<Row> sorted(List<Row> rows) {
    List<Row> s = new ArrayList<>(rows);
    s.sort((a, b) -> a.getString(0).equals(b.getString(0))
        ? a.getString(1).compareTo(b.getString(1)) : a.getString(0).compareTo(b.getString(0)));
    return s;
  }

  @Test
  void learnsASuffixThatEndsEnoughDistinctTitlesOfOneSource() {
    List<Row> in = new ArrayList<>(rows("mali24.com", "Bamako votes \u2013 MALI24", "Sanctions lifted \u2013 MALI24",
        "Rain in Mopti \u2013 MALI24", "A title without a separator"));
    in.addAll(rows("other.com", "One \u2013 MALI24", "Two", "Three", "Four"));
    Map<String, Set<String>> learned = learnedPlain(sorted(in), 3, 0.5);
    assertEquals(Map.of("mali24.com", Set.of("mali24")), learned,
        "3 of 4 titles at mali24.com; 1 of 4 at other.com is neither 3 titles nor half");
  }

  @Test
  void countsARepeatedTitleOnceAndAPrefixLikeASuffix() {
    List<Row> in = rows("wire.example", "Story one | Wire", "Story one | Wire", "Story one | Wire", "Story two | Wire");
    assertEquals(Map.of(), learnedPlain(sorted(in), 3, 0.5), "two distinct titles, not four");
    List<Row> prefixed = rows("r.example", "Reuters | A", "Reuters | B", "Reuters | C");
    assertEquals(Map.of("r.example", Set.of("reuters")), learnedPlain(sorted(prefixed), 3, 0.5));
  }

  @Test
  void keepsASegmentUnderItsShareOut() {
    List<Row> in = new ArrayList<>(rows("big.example", "A :: Big Wire", "B :: Big Wire", "C :: Big Wire"));
    for (int i = 0; i < 10; i++) in.add(RowFactory.create("big.example", "Plain headline " + i));
    assertEquals(Map.of(), learnedPlain(sorted(in), 3, 0.5), "3 of 13 titles is under half");
    assertEquals(Map.of("big.example", Set.of("bigwire")), learnedPlain(sorted(in), 3, 0.2));
  }

  @Test
  void learnsTheSameThroughSparkFromUnsortedRowsOverManyPartitions() {
    List<Row> in = new ArrayList<>();
    for (int i = 0; i < 6; i++) in.add(RowFactory.create("a.example", "Headline " + i + " - Site A"));
    for (int i = 0; i < 4; i++) in.add(RowFactory.create("b.example", "Site B | Item " + i));
    in.add(RowFactory.create("b.example", "No affix here"));
    in.add(RowFactory.create(null, "Orphan - Site A"));
    in.add(RowFactory.create("c.example", null));
    Collections.shuffle(in, new java.util.Random(7));
    StructType schema = new StructType().add("source", DataTypes.StringType).add("title", DataTypes.StringType);
    var articles = SparkTestSession.get().createDataFrame(in, schema).repartition(3);

    Map<String, Set<String>> expected = learnedPlain(sorted(in.stream()
        .filter(r -> !r.isNullAt(0) && !r.isNullAt(1)).toList()), 3, 0.5);
    assertEquals(Map.of("a.example", Set.of("sitea"), "b.example", Set.of("siteb")), expected);
    assertEquals(expected, TitleAffixLearner.learn(articles, 3, 0.5));
  }
}
