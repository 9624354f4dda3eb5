package org.countrystance.testing;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.publish.OutputDiff;
import org.countrystance.publish.OutputLayout;
import org.countrystance.publish.RunManifest;
import org.countrystance.tables.ArticlesTable;

/**
 * jobs/cluster-it.sh's check of a Delta output written by several runs: {@code DeltaVersionsProbe
 * REFERENCE_ROOT DELTA_ROOT} compares DELTA_ROOT's current tables with REFERENCE_ROOT's (OutputDiff,
 * run_id and input_file ignored), then reads every table at the version each succeeded run's manifest
 * names ({@code VERSION AS OF}): that version's commit carries the run's id, the first run's version
 * holds exactly the rows it wrote and only its touched days, and the last run's version is the current
 * one. Prints what it compared and "probe: equal and readable by version" or "probe: FAILED: ..."
 * lines; exits 0 when everything holds, 1 otherwise. S3A settings come as -Dspark.hadoop.* properties,
 * credentials from the environment.
 */
public final class DeltaVersionsProbe {
  private DeltaVersionsProbe() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: DeltaVersionsProbe REFERENCE_ROOT DELTA_ROOT");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().master("local[2]").appName("country-stance-delta-versions")
        .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1").config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    List<String> failures = new ArrayList<>();
    try {
      OutputDiff.Result diff = new OutputDiff(spark, Set.of(ArticlesTable.RUN_ID, ArticlesTable.INPUT_FILE))
          .compare(args[0], args[1]);
      System.out.println("comparing " + args[0] + " with " + args[1] + " (run_id, input_file ignored)");
      diff.compared().forEach(line -> System.out.println("  " + line));
      diff.differences().forEach(line -> failures.add("differs from the reference: " + line));
      failures.addAll(versions(spark, args[1]));
    } finally {
      spark.stop();
    }
    failures.forEach(f -> System.out.println("probe: FAILED: " + f));
    if (failures.isEmpty()) System.out.println("probe: equal and readable by version");
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  private static List<String> versions(SparkSession spark, String root) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<RunManifest> runs = RunManifest.all(OutputLayout.of(root), conf).stream()
        .filter(m -> "succeeded".equals(m.status)).toList();
    List<String> failures = new ArrayList<>();
    if (runs.size() < 2) failures.add(runs.size() + " succeeded run(s) under " + root + ", expected at least 2");
    for (int i = 0; i < runs.size(); i++) {
      RunManifest run = runs.get(i);
      if (run.tableVersions.isEmpty()) failures.add("run " + run.runId + ": no table_versions in its manifest");
      for (Map.Entry<String, Long> e : run.tableVersions.entrySet()) {
        String table = root + "/" + e.getKey();
        long version = e.getValue();
        List<Row> history = spark.sql("DESCRIBE HISTORY delta.`" + table + "`")
            .select("version", "userMetadata").collectAsList();
        String committedBy = history.stream().filter(r -> r.getLong(0) == version).map(r -> r.getString(1))
            .findFirst().orElse("no such version");
        long latest = history.stream().mapToLong(r -> r.getLong(0)).max().orElse(-1);
        var rows = spark.read().format("delta").option("versionAsOf", version).load(table);
        long count = rows.count();
        System.out.printf("  %s version %d (run %s): %d rows, committed by %s%n", e.getKey(), version, run.runId,
            count, committedBy);
        if (!run.runId.equals(committedBy)) failures.add(e.getKey() + " version " + version + " was committed by "
            + committedBy + ", its manifest says run " + run.runId);
        if (i == runs.size() - 1 && version != latest) failures.add(e.getKey() + ": the last run made version "
            + version + " but the current one is " + latest);
        if (i > 0) continue;
        Long written = run.written.get(e.getKey());
        if (written == null || written != count) failures.add(e.getKey() + " version " + version + " holds " + count
            + " rows, the first run wrote " + written);
        if (List.of(rows.columns()).contains(ArticlesTable.PUBLISHED_DATE)) {
          long outside = rows.where(col(ArticlesTable.PUBLISHED_DATE).cast("string").isin(run.touchedDays.toArray())
              .unary_$bang()).count();
          if (outside > 0) failures.add(e.getKey() + " version " + version + " has " + outside
              + " rows outside the first run's days " + run.touchedDays);
        }
      }
    }
    return failures;
  }
}
