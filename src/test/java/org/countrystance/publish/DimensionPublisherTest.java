package org.countrystance.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.countrystance.aggregate.Dimensions;
import org.countrystance.tables.DimensionTables;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dimension tables are rewritten whole by every run, leaving no staging or trash behind. */
class DimensionPublisherTest {
  @Test
  void aSecondRunReplacesTheTablesAndLeavesNoStagingOrTrash(@TempDir Path root) throws Exception {
    SparkSession spark = SparkTestSession.get();
    DimensionPublisher publisher = new DimensionPublisher(spark, OutputLayout.of(root.toString()));
    Dimensions dimensions = Dimensions.load(null);
    publisher.publish("run-1", dimensions);
    publisher.publish("run-2", dimensions);
    assertEquals(250, spark.read().parquet(root.resolve(DimensionTables.COUNTRIES).toString()).count());
    assertEquals(3, spark.read().parquet(root.resolve(DimensionTables.TOPICS).toString()).count());
    assertEquals(11, spark.read().parquet(root.resolve(DimensionTables.POSITIONS).toString())
        .where("label IS NOT NULL AND polarity IN ('favor', 'against', 'neutral')").count());
    assertEquals(List.of("countries", "positions", "topics"),
        Files.list(root).map(p -> p.getFileName().toString()).sorted().toList());
    assertFalse(Files.exists(root.resolve("_staging")));
  }
}
