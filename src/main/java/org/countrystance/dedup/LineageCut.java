package org.countrystance.dedup;

import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * How the de-duplication cuts the lineage of its intermediate rows (signatures, graph edges, the
 * labels of each propagation round) so that plans stay small over the rounds.
 * {@link #inExecutors()}: local checkpoints, held by the executors' block managers: fast, but rows of an
 * executor that is lost (a killed or pre-empted cluster node) cannot be recomputed and the job fails
 * ("Checkpoint block ... not found"), so only for local mode and tests. {@link #toFiles}: written as
 * Parquet under a folder of the job's file system and read back: the rows survive a lost executor.
 */
public final class LineageCut {
  private final String folder;
  private int cuts;

  private LineageCut(String folder) {
    this.folder = folder;
  }

  /** Local checkpoints: for local mode, where no executor can be lost without the driver. */
  public static LineageCut inExecutors() {
    return new LineageCut(null);
  }

  /** Parquet under {@code folder}/<random id>/ (the caller removes the folder when the run ends). */
  public static LineageCut toFiles(String folder) {
    return new LineageCut(folder + "/" + UUID.randomUUID());
  }

  /** The same rows with no lineage before them, computed now. */
  Dataset<Row> apply(Dataset<Row> rows, String name) {
    if (folder == null) return rows.localCheckpoint();
    String path = folder + "/" + (++cuts) + "-" + name;
    rows.write().mode(SaveMode.ErrorIfExists).parquet(path);
    return rows.sparkSession().read().schema(rows.schema()).parquet(path);
  }
}
