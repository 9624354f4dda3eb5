package org.countrystance.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {
  private static final StructType EDGES = new StructType()
      .add("src", DataTypes.StringType, false)
      .add("dst", DataTypes.StringType, false);

  @Test
  void unionFindLabelsEachVertexWithTheSmallestOfItsComponent() {
    UnionFind uf = new UnionFind();
    // a chain e-d-c-b-a given from its far end, a star around m, and a lone pair
    uf.union("e", "d");
    uf.union("d", "c");
    uf.union("c", "b");
    uf.union("b", "a");
    uf.union("m", "z");
    uf.union("y", "m");
    uf.union("q", "p");
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "e", "a", "m", "m", "y", "m", "z", "m",
        "p", "p", "q", "p"), uf.labels());
    assertEquals("k", uf.find("k"), "a vertex without edges is its own component");
  }

  @Test
  void theDriverAndTheDistributedPathsGiveTheSameLabels() {
    Random random = new Random(11);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int a = random.nextInt(400);
      int b = random.nextBoolean() ? a + 1 + random.nextInt(3) : random.nextInt(400);
      if (a != b) rows.add(RowFactory.create(String.format("v%03d", a), String.format("v%03d", b)));
    }
    Dataset<Row> edges = SparkTestSession.get().createDataFrame(rows, EDGES);

    Map<String, String> onDriver = asMap(ConnectedComponents.labels(edges, 30, 1_000, LineageCut.inExecutors()));
    Map<String, String> inSpark = asMap(ConnectedComponents.labels(edges, 30, 0, LineageCut.inExecutors()));

    assertEquals(byBreadthFirstSearch(rows), onDriver);
    assertEquals(onDriver, inSpark);
  }

  /** The expected labels, by a search from every vertex: slow, obviously right. */
  private static Map<String, String> byBreadthFirstSearch(List<Row> rows) {
    Map<String, List<String>> next = new HashMap<>();
    for (Row r : rows) {
      next.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(1));
      next.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(0));
    }
    Map<String, String> out = new HashMap<>();
    for (String start : next.keySet()) {
      java.util.Set<String> seen = new java.util.HashSet<>(List.of(start));
      java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(seen);
      while (!queue.isEmpty()) {
        for (String n : next.get(queue.poll())) if (seen.add(n)) queue.add(n);
      }
      out.put(start, java.util.Collections.min(seen));
    }
    return out;
  }

  private static Map<String, String> asMap(Dataset<Row> labels) {
    Map<String, String> out = new HashMap<>();
    for (Row r : labels.collectAsList()) {
      assertEquals(null, out.put(r.getString(0), r.getString(1)), "vertex " + r.getString(0) + " twice");
    }
    return out;
  }
}
