package org.countrystance.publish;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.countrystance.tables.ArticlesTable;

/**
 * Command line of {@link OutputDiff}: {@code OutputDiffMain LEFT RIGHT [--ignore col,col]} compares two
 * output roots with a local Spark session and exits 0 when equal, 1 when they differ, 2 on bad usage.
 * run_id is always ignored (it differs per run by design). Used by jobs/cluster-it.sh.
 */
public final class OutputDiffMain {
  private OutputDiffMain() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String[] args) {
    Set<String> ignored = new LinkedHashSet<>(Set.of(ArticlesTable.RUN_ID));
    if (args.length == 4 && args[2].equals("--ignore")) {
      ignored.addAll(Arrays.asList(args[3].split(",")));
    } else if (args.length != 2) {
      System.err.println("usage: OutputDiffMain LEFT_OUTPUT RIGHT_OUTPUT [--ignore column,column]");
      return 2;
    }
    SparkSession spark = SparkSession.builder()
        .master(System.getProperty("spark.master", "local[2]"))
        .appName("country-stance-output-diff")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      OutputDiff.Result result = new OutputDiff(spark, ignored).compare(args[0], args[1]);
      System.out.println("comparing " + args[0] + " with " + args[1] + " (ignoring columns " + ignored + ")");
      result.compared().forEach(line -> System.out.println("  " + line));
      result.differences().forEach(line -> System.out.println("  ! " + line));
      System.out.println(result.equal() ? "outputs are equal" : "outputs differ");
      return result.equal() ? 0 : 1;
    } catch (PublishError e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }
}
