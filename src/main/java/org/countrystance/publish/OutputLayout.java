package org.countrystance.publish;

import org.apache.hadoop.fs.Path;
import org.countrystance.config.OutputFormat;

/**
 * Where everything lives under the output root: the published tables, each run's staging area,
 * the trash of replaced partitions, and the run manifests. Names starting with '_' are invisible to
 * Spark, Hive and Trino table scans. {@code format} says how the tables under the root are stored.
 */
public record OutputLayout(Path root, OutputFormat format) {
  public OutputLayout(Path root) {
    this(root, OutputFormat.PARQUET);
  }

  public static OutputLayout of(String root) {
    return new OutputLayout(new Path(root));
  }

  public static OutputLayout of(String root, OutputFormat format) {
    return new OutputLayout(new Path(root), format);
  }

  public Path table(String name) {
    return new Path(root, name);
  }

  public Path stagingRoot() {
    return new Path(root, "_staging");
  }

  public Path staging(String runId) {
    return new Path(stagingRoot(), runId);
  }

  public Path stagedTable(String runId, String table) {
    return new Path(staging(runId), table);
  }

  /** Present only while (or if a crash interrupted) a run's commit: the list of moves to finish. */
  public Path commitJournal(String runId) {
    return new Path(staging(runId), "_COMMIT");
  }

  public Path trash(String runId) {
    return new Path(new Path(root, "_trash"), runId);
  }

  public Path runs() {
    return new Path(root, "_runs");
  }

  public Path manifest(String runId) {
    return new Path(runs(), runId + ".json");
  }
}
