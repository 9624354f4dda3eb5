package org.countrystance.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Connected components of an undirected graph given as edges (src, dst) of string vertices, by
 * min-label propagation in Spark: every vertex takes the smallest label among itself and its
 * neighbours, then the label of its label (pointer jumping, so a long chain of re-edited copies
 * settles in about log(length) rounds), until nothing changes. Copies of one story form stars and
 * cliques and settle in 2-3 rounds; lineage is cut each round with {@code cut}. A graph of at most
 * {@link #DRIVER_EDGES} edges (the usual case: edges are the near-copies, not the articles) is
 * collected and solved on the driver by {@link UnionFind} instead, in one Spark job, not ten or more.
 */
final class ConnectedComponents {
  /** Edges solved on the driver: both directions of 250,000 rank-key pairs are ~50 MB. */
  static final int DRIVER_EDGES = 250_000;
  private static final StructType LABELS = new StructType()
      .add("vertex", DataTypes.StringType, false)
      .add("label", DataTypes.StringType, false);

  private ConnectedComponents() {}

  /** (vertex, label) for every vertex of an edge, label = the smallest vertex of its component. */
  static Dataset<Row> labels(Dataset<Row> edges, int maxRounds, LineageCut cut) {
    return labels(edges, maxRounds, DRIVER_EDGES, cut);
  }

  /** As above, on the driver when there are at most {@code driverEdges} edges. */
  static Dataset<Row> labels(Dataset<Row> edges, int maxRounds, int driverEdges, LineageCut cut) {
    Dataset<Row> both = cut.apply(edges.select(col("src"), col("dst"))
        .union(edges.select(col("dst").as("src"), col("src").as("dst")))
        .distinct(), "edges");
    // Each edge is there in both directions; the limit bounds what reaches the driver either way.
    List<Row> few = both.limit(2 * driverEdges + 1).collectAsList();
    if (few.size() <= 2 * driverEdges) {
      UnionFind components = new UnionFind();
      for (Row r : few) components.union(r.getString(0), r.getString(1));
      List<Row> rows = new ArrayList<>();
      for (Map.Entry<String, String> e : components.labels().entrySet()) {
        rows.add(RowFactory.create(e.getKey(), e.getValue()));
      }
      return cut.apply(edges.sparkSession().createDataFrame(rows, LABELS), "labels");
    }
    Dataset<Row> labels = cut.apply(both.groupBy(col("src").as("vertex"))
        .agg(least(min(col("dst")), min(col("src"))).as("label")), "labels-0");
    for (int round = 0; round < maxRounds; round++) {
      Dataset<Row> offered = both.join(labels, both.col("src").equalTo(labels.col("vertex")))
          .select(col("dst").as("vertex"), col("label").as("offer"));
      Dataset<Row> propagated = labels.join(offered, "vertex")
          .groupBy("vertex").agg(least(min("label"), min("offer")).as("label"));
      Dataset<Row> target = propagated.select(col("vertex").as("t_vertex"), col("label").as("t_label"));
      Dataset<Row> next = cut.apply(propagated.join(target, propagated.col("label").equalTo(target.col("t_vertex")))
          .select(col("vertex"), least(col("label"), col("t_label")).as("label")), "labels-" + (round + 1));
      long changed = next.join(labels.withColumnRenamed("label", "previous"), "vertex")
          .where(col("label").notEqual(col("previous"))).count();
      labels = next;
      if (changed == 0) return labels;
    }
    throw new IllegalStateException("dedup: expected the components to settle within " + maxRounds
        + " rounds of label propagation, got changes after the last one (raise maxRounds)");
  }
}
