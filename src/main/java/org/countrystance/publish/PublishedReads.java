package org.countrystance.publish;

import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.countrystance.config.OutputFormat;

/**
 * Reads a published table in the format it is stored in: a Delta table (a folder with a
 * {@code _delta_log}) through its log, since its folder also holds files that later commits removed;
 * otherwise its Parquet files. Also refuses an output root whose tables are in the other format.
 */
public final class PublishedReads {
  private static final String DELTA_LOG = "_delta_log";

  private PublishedReads() {}

  /** Whether the folder is a Delta table. */
  public static boolean isDelta(FileSystem fs, Path table) throws IOException {
    return fs.exists(new Path(table, DELTA_LOG));
  }

  /** The table's rows with exactly {@code schema}'s columns, or null when the folder does not exist. */
  public static Dataset<Row> read(SparkSession spark, Path table, StructType schema) {
    try {
      FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(table)) return null;
      if (!isDelta(fs, table)) return spark.read().schema(schema).parquet(table.toString());
    } catch (IOException e) {
      throw new PublishError("cannot read published table " + table, e);
    }
    Column[] cols = Arrays.stream(schema.fieldNames()).map(functions::col).toArray(Column[]::new);
    return spark.read().format("delta").load(table.toString()).select(cols);
  }

  /** The table's rows with the schema it was written with, in either format. */
  public static Dataset<Row> read(SparkSession spark, Path table) throws IOException {
    FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
    return isDelta(fs, table) ? spark.read().format("delta").load(table.toString())
        : spark.read().parquet(table.toString());
  }

  /**
   * Fails when a published table under the root is stored in another format than the run's: a Delta
   * commit into plain Parquet folders would hide the rows already there, a rename into a Delta
   * table's folder would bypass its log.
   */
  public static void checkFormat(OutputLayout layout, Iterable<String> tables, Configuration conf) {
    try {
      FileSystem fs = layout.root().getFileSystem(conf);
      for (String table : tables) {
        Path dir = layout.table(table);
        if (!fs.exists(dir)) continue;
        boolean delta = isDelta(fs, dir);
        if (delta != (layout.format() == OutputFormat.DELTA)) {
          throw new PublishError("output.format is " + layout.format().setting() + " but " + dir + " is a "
              + (delta ? "Delta table" : "plain Parquet table") + ": publish into another output root, or convert "
              + "the tables first (see storage-formats.md)");
        }
      }
    } catch (IOException e) {
      throw new PublishError("cannot check the tables under " + layout.root(), e);
    }
  }
}
