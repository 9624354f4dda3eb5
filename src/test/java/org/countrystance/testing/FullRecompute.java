package org.countrystance.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.countrystance.CountryStanceJob;
import org.countrystance.RunOutcome;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.publish.OutputDiff;
import org.countrystance.tables.ArticlesTable;

/** The check that incremental runs published what one full run of the same input files publishes. */
public final class FullRecompute {
  private FullRecompute() {}

  /** The configuration of a nightly {@code --since-last} run from {@code in} into {@code out}, with settings overridden. */
  public static JobConfig nightly(Path in, Path out, String... overrides) {
    return ConfigLoader.load(null, List.of(overrides)).withPaths(in.toString(), out.toString()).withSinceLast(true);
  }

  /** Runs the job over {@code in} into the fresh {@code full}; every table equals {@code incremental}'s, run_id aside. */
  public static void assertEqual(SparkSession spark, Path in, Path full, Path incremental, String when) {
    RunOutcome r = CountryStanceJob.run(spark, ConfigLoader.load(null, List.of()).withPaths(in.toString(), full.toString()));
    assertEquals(RunOutcome.OK, r.exitCode(), String.valueOf(r.manifest().error));
    OutputDiff.Result diff = new OutputDiff(spark, Set.of(ArticlesTable.RUN_ID)).compare(full.toString(), incremental.toString());
    assertEquals(List.of(), diff.differences(), when);
    assertTrue(diff.compared().size() >= 7, diff.compared().toString());
  }
}
