package org.countrystance.publish;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a table's rows for this run into the run's staging area, partitioned by one column, a few
 * files per partition (rows are shuffled by the partition value first), and reads published rows back.
 */
public final class TableStager {
  private final SparkSession spark;
  private final OutputLayout layout;
  private final String runId;
  private final long maxRowsPerFile;

  public TableStager(SparkSession spark, OutputLayout layout, String runId, long maxRowsPerFile) {
    this.spark = spark;
    this.layout = layout;
    this.runId = runId;
    this.maxRowsPerFile = maxRowsPerFile;
  }

  /** Stages rows with exactly the table's schema, column order included. */
  public Path stage(Dataset<Row> rows, String table, StructType schema, String partitionColumn) {
    Path target = layout.stagedTable(runId, table);
    FaultInjection.beforeWrite(rows.select(columns(schema)).repartition(col(partitionColumn)))
        .write()
        .mode(SaveMode.Overwrite)
        .option("maxRecordsPerFile", maxRowsPerFile)
        .partitionBy(partitionColumn)
        .parquet(target.toString());
    return target;
  }

  /** The output root's layout and its Hadoop settings. */
  OutputLayout layout() {
    return layout;
  }

  Configuration hadoop() {
    return conf();
  }

  /** A run-private intermediate (not a table): written once, read back by the later steps. */
  public Dataset<Row> checkpoint(Dataset<Row> rows, String name, StructType schema) {
    Path target = work(name);
    FaultInjection.beforeWrite(rows.select(columns(schema))).write().mode(SaveMode.Overwrite).parquet(target.toString());
    return spark.read().schema(schema).parquet(target.toString());
  }

  /**
   * Rows of a {@link #checkpoint} by its files' Parquet footers: what counting the checkpoint gives,
   * without a Spark job reading it again.
   */
  public long checkpointRows(String name) {
    Path folder = work(name);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    long rows = 0;
    try {
      FileSystem fs = folder.getFileSystem(conf);
      for (FileStatus f : fs.listStatus(folder)) {
        String file = f.getPath().getName();
        if (!f.isFile() || file.startsWith("_") || file.startsWith(".")) continue;
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(f, conf))) {
          rows += reader.getRecordCount();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the footers of " + folder, e);
    }
    return rows;
  }

  /** The folder of a run-private intermediate: removed with the run's staging, published or not. */
  public Path work(String name) {
    return new Path(layout.staging(runId), "_work/" + name);
  }

  /** Staged rows read back (an explicit schema; partition pruning by the caller's filters). */
  public Dataset<Row> readStaged(String table, StructType schema) {
    return spark.read().schema(schema).parquet(layout.stagedTable(runId, table).toString());
  }

  /** Published rows of a table (Parquet or Delta), or null when the table has never been published. */
  public Dataset<Row> readPublished(String table, StructType schema) {
    return PublishedReads.read(spark, layout.table(table), schema);
  }

  /**
   * Makes sure each touched partition value (a day, an input file) has a staged directory, empty if
   * no rows: publishing it then replaces the partition with nothing instead of leaving stale rows.
   */
  public void ensurePartitions(String table, String partitionColumn, Collection<?> days) {
    try {
      Path staged = layout.stagedTable(runId, table);
      FileSystem fs = staged.getFileSystem(conf());
      for (Object day : days) {
        fs.mkdirs(new Path(staged, partitionColumn + "=" + day));
      }
    } catch (IOException e) {
      throw new PublishError("cannot prepare staged partitions of " + table, e);
    }
  }

  /**
   * Stages the removal of partitions (input files' identities that no longer exist): the commit moves
   * the live partition away and puts nothing in its place ({@link StagedPublisher#RETIRED}).
   */
  public void retirePartitions(String table, String partitionColumn, Collection<?> values) {
    try {
      Path staged = layout.stagedTable(runId, table);
      FileSystem fs = staged.getFileSystem(conf());
      for (Object value : values) {
        fs.create(new Path(new Path(staged, partitionColumn + "=" + value), StagedPublisher.RETIRED), true).close();
      }
    } catch (IOException e) {
      throw new PublishError("cannot stage the removal of partitions of " + table, e);
    }
  }

  private Configuration conf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  private static org.apache.spark.sql.Column[] columns(StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames()).map(n -> col(n)).toArray(org.apache.spark.sql.Column[]::new);
  }
}
