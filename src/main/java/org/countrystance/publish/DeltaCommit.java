package org.countrystance.publish;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.types.StructType;
import org.countrystance.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a run's staged partitions into Delta tables: per table one Delta commit that replaces
 * exactly the staged partition values (replaceWhere), touched days with no rows left become empty.
 * Each commit carries the run id twice: as its user metadata, which readers see in the table
 * history, and as an idempotent transaction id, so recovery can redo a whole interrupted commit and
 * Delta skips the tables that it had already committed.
 */
public final class DeltaCommit {
  private static final Logger LOG = LoggerFactory.getLogger(DeltaCommit.class);
  /** The data source class of io.delta:delta-spark, present when Delta is on the classpath. */
  static final String DATA_SOURCE = "org.apache.spark.sql.delta.sources.DeltaDataSource";
  /** What Delta's writes need in the session (static settings: given when the session is built). */
  public static final Map<String, String> SESSION_SETTINGS = Map.of(
      "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension",
      "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
  /** Transactions are named after the run: a run commits each table at most once. */
  static final String APP_ID_PREFIX = "country-stance-";

  private final SparkSession spark;
  private final OutputLayout layout;
  private final long maxRowsPerFile;

  public DeltaCommit(SparkSession spark, OutputLayout layout, long maxRowsPerFile) {
    checkAvailable();
    SESSION_SETTINGS.forEach((key, value) -> {
      String set = spark.conf().get(key, "");
      if (!java.util.Arrays.asList(set.split(",")).contains(value)) {
        throw new ConfigException("output.format = delta needs the session setting " + key + "=" + value
            + " (the job sets it when it builds the session; a given " + key + " must include it), got '" + set + "'");
      }
    });
    this.spark = spark;
    this.layout = layout;
    this.maxRowsPerFile = maxRowsPerFile;
  }

  /** Fails with what to do when Delta Lake is not on the classpath (it is provided, like Spark). */
  public static void checkAvailable() {
    try {
      Class.forName(DATA_SOURCE, false, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ConfigException("output.format = delta needs Delta Lake on the classpath: add "
          + "io.delta:delta-spark_2.12:3.2.1 (and its io.delta:delta-storage) with spark-submit --jars or "
          + "--packages, see storage-formats.md");
    }
  }

  /**
   * Commits the moves table by table in the order given; returns each table's new Delta version.
   * Safe to call again for the same run after a crash: a table already committed is left as it is.
   */
  public Map<String, Long> commit(String runId, List<StagedPublisher.Move> moves) {
    Map<String, List<String>> byTable = new LinkedHashMap<>();
    for (StagedPublisher.Move m : moves) byTable.computeIfAbsent(m.table(), t -> new ArrayList<>()).add(m.partition());
    Map<String, Long> versions = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : byTable.entrySet()) {
      String table = e.getKey();
      commitTable(runId, table, e.getValue());
      versions.put(table, latestVersion(table));
      FaultInjection.pause(FaultInjection.COMMIT);
    }
    return versions;
  }

  private void commitTable(String runId, String table, List<String> partitions) {
    StructType schema = StagedTables.schemaOf(table);
    String column = partitions.get(0).substring(0, partitions.get(0).indexOf('='));
    Column[] cols = Arrays.stream(schema.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
    Dataset<Row> rows = spark.read().schema(schema).parquet(layout.stagedTable(runId, table).toString()).select(cols);
    rows.repartition(col(column)).write().format("delta")
        .mode(SaveMode.Overwrite)
        .partitionBy(column)
        .option("replaceWhere", replaceWhere(column, partitions))
        .option("txnAppId", APP_ID_PREFIX + runId)
        .option("txnVersion", 0L)
        .option("userMetadata", runId)
        .option("maxRecordsPerFile", maxRowsPerFile)
        .save(layout.table(table).toString());
    LOG.info("committed {} partitions of {} as a Delta commit of run {}", partitions.size(), table, runId);
  }

  /** {@code column IN ('v1', 'v2', ...)} for partition directory names {@code column=value}. */
  static String replaceWhere(String column, List<String> partitions) {
    List<String> values = new ArrayList<>();
    for (String p : partitions) {
      int eq = p.indexOf('=');
      if (eq <= 0 || !p.substring(0, eq).equals(column)) {
        throw new IllegalArgumentException("partition " + p + " is not a value of " + column);
      }
      String value = ExternalCatalogUtils.unescapePathName(p.substring(eq + 1));
      values.add("'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'");
    }
    return "`" + column + "` IN (" + String.join(", ", values) + ")";
  }

  /** The table's latest version: the highest numbered commit file in its log. */
  private long latestVersion(String table) {
    Path log = new Path(layout.table(table), "_delta_log");
    long latest = -1;
    try {
      FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (var s : fs.listStatus(log)) {
        String name = s.getPath().getName();
        if (name.matches("\\d{20}\\.json")) latest = Math.max(latest, Long.parseLong(name.substring(0, 20)));
      }
    } catch (IOException e) {
      throw new PublishError("cannot list the Delta log of " + table, e);
    }
    return latest;
  }
}
