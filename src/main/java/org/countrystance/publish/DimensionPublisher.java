package org.countrystance.publish;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.countrystance.aggregate.Dimensions;
import org.countrystance.config.OutputFormat;
import org.countrystance.tables.DimensionTables;

/**
 * Rewrites the dimension tables after a run's commit: each is written whole (one small Parquet file)
 * into the staging area, then swapped in with two renames like a day partition. They depend only on
 * conf/, so a crash between the renames is repaired by the next run (it writes them again).
 */
public final class DimensionPublisher {
  private final SparkSession spark;
  private final OutputLayout layout;

  public DimensionPublisher(SparkSession spark, OutputLayout layout) {
    this.spark = spark;
    this.layout = layout;
  }

  /** Writes and swaps in every dimension table; returns nothing but fails with the table's name. */
  public void publish(String runId, Dimensions dimensions) {
    // Its own staging folder: the run's staging is gone once the day partitions are committed, and
    // recovery discards a folder without a commit journal, like any interrupted run's.
    Path staging = layout.staging(runId + "-dimensions");
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (String table : DimensionTables.ALL) {
      if (layout.format() == OutputFormat.DELTA) {
        // one commit replacing the whole table: readers see the old labels or the new ones
        dimensions.dataset(spark, table).coalesce(1).write().format("delta").mode(SaveMode.Overwrite)
            .option("userMetadata", runId).save(layout.table(table).toString());
        continue;
      }
      Path staged = new Path(staging, table);
      dimensions.dataset(spark, table).coalesce(1).write().mode(SaveMode.Overwrite).parquet(staged.toString());
      try {
        FileSystem fs = staged.getFileSystem(conf);
        Path live = layout.table(table);
        Path old = new Path(new Path(layout.trash(runId), "dimensions"), table);
        if (fs.exists(live)) {
          fs.mkdirs(old.getParent());
          if (fs.exists(old)) fs.delete(old, true);
          rename(fs, live, old);
        }
        rename(fs, staged, live);
        fs.delete(old, true);
      } catch (IOException e) {
        throw new PublishError("cannot publish dimension table " + table, e);
      }
    }
    try {
      FileSystem fs = staging.getFileSystem(conf);
      fs.delete(staging, true);
      fs.delete(layout.trash(runId), true);
      for (Path p : new Path[] {layout.stagingRoot(), layout.trash(runId).getParent()}) {
        if (fs.exists(p) && fs.listStatus(p).length == 0) fs.delete(p, false);
      }
    } catch (IOException e) {
      throw new PublishError("cannot remove the staging of the dimension tables", e);
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) throw new IOException("rename " + from + " -> " + to + " failed");
  }
}
