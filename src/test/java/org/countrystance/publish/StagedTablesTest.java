package org.countrystance.publish;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.DyadDailyTable;
import org.countrystance.tables.StanceDailyTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Independent Spark actions of a run go side by side; the daily tables are staged together, each in full. */
class StagedTablesTest {
  private static final LocalDate D1 = LocalDate.of(2023, 3, 1);
  private static final LocalDate D2 = LocalDate.of(2023, 3, 2);

  @Test
  void actionsRunAtTheSameTimeAndResultsKeepTheGivenOrder() {
    // Each action waits for the other to have started: run one after the other, neither would finish.
    CountDownLatch started = new CountDownLatch(2);
    Map<String, Callable<String>> actions = new LinkedHashMap<>();
    for (String name : List.of("zeta", "alpha")) {
      actions.put(name, () -> {
        started.countDown();
        if (!started.await(30, TimeUnit.SECONDS)) throw new IllegalStateException(name + " ran alone");
        return name.toUpperCase();
      });
    }
    Map<String, String> results = StagedTables.sideBySide(actions, "testing");
    assertEquals(List.of("zeta", "alpha"), new ArrayList<>(results.keySet()));
    assertEquals(List.of("ZETA", "ALPHA"), new ArrayList<>(results.values()));
  }

  @Test
  void aFailureIsRethrownAsItselfOnlyOnceEveryOtherActionHasFinished() {
    AtomicBoolean slowFinished = new AtomicBoolean();
    Map<String, Callable<String>> actions = new LinkedHashMap<>();
    actions.put("broken", () -> {
      throw new IllegalArgumentException("bad table");
    });
    actions.put("slow", () -> {
      Thread.sleep(500);
      slowFinished.set(true);
      return "ok";
    });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StagedTables.sideBySide(actions, "testing"));
    assertEquals("bad table", e.getMessage());
    assertTrue(slowFinished.get(), "the caller would clean up while the slow action still ran");
  }

  @Test
  void aCheckpointsRowsAreCountedFromItsFootersAsSparkCountsThem(@TempDir Path out) {
    SparkSession spark = SparkTestSession.get();
    TableStager stager = new TableStager(spark, OutputLayout.of(out.toString()), "run-1", 1_000);
    StructType schema = new StructType().add("n", DataTypes.LongType);
    // 1,234 rows in 3 files, one of them empty after the filter
    Dataset<Row> rows = spark.range(0, 1_234, 1, 3).toDF("n").where("n < 400 or n >= 823");

    Dataset<Row> checkpoint = stager.checkpoint(rows, "counted", schema);

    assertEquals(811, checkpoint.count());
    assertEquals(811, stager.checkpointRows("counted"));
  }

  @Test
  void dailyTablesStagedTogetherHoldTheirRowsAndAPartitionPerTouchedDay(@TempDir Path out) throws Exception {
    SparkSession spark = SparkTestSession.get();
    OutputLayout layout = OutputLayout.of(out.toString());
    StagedTables tables = new StagedTables(new TableStager(spark, layout, "run-1", 1_000));
    List<Row> dyads = List.of(
        RowFactory.create("CHN", "USA", 3L, 0.25, D1),
        RowFactory.create("RUS", "UKR", 1L, -0.5, D1));
    Map<String, Dataset<Row>> daily = new LinkedHashMap<>();
    daily.put(DyadDailyTable.NAME, spark.createDataFrame(dyads, DyadDailyTable.SCHEMA));
    daily.put(StanceDailyTable.NAME, spark.createDataFrame(List.of(), StanceDailyTable.SCHEMA));

    tables.stageDaily(daily, Set.of(D1, D2));

    List<String> staged = tables.staged(DyadDailyTable.NAME).orderBy(DyadDailyTable.SOURCE_COUNTRY).collectAsList()
        .stream().map(r -> r.getString(0) + ">" + r.getString(1) + " " + r.getLong(2) + " " + r.get(4)).toList();
    assertEquals(List.of("CHN>USA 3 2023-03-01", "RUS>UKR 1 2023-03-01"), staged);
    assertEquals(0, tables.staged(StanceDailyTable.NAME).count());
    for (String table : daily.keySet()) {
      for (LocalDate day : List.of(D1, D2)) {
        Path partition = Path.of(layout.stagedTable("run-1", table).toUri().getPath()).resolve("published_date=" + day);
        assertTrue(Files.isDirectory(partition), table + " has no staged partition for " + day);
      }
    }
  }
}
