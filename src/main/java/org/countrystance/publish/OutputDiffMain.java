package org.countrystance.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.countrystance.tables.ArticlesTable;

/**
 * Command line of {@link OutputDiff}: {@code OutputDiffMain LEFT RIGHT [RIGHT...] [--ignore col,col]}
 * compares each RIGHT output root with LEFT in one local Spark session, printing "equal: RIGHT" or
 * "differ: RIGHT" per pair; exits 0 when all are equal, 1 when one differs, 2 on bad usage or a folder
 * that cannot be compared (missing, or no tables in either).
 * run_id is always ignored (it differs per run by design). Used by jobs/cluster-it.sh.
 */
public final class OutputDiffMain {
  private OutputDiffMain() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static int execute(String[] args) {
    Set<String> ignored = new LinkedHashSet<>(Set.of(ArticlesTable.RUN_ID));
    List<String> roots = new ArrayList<>(Arrays.asList(args));
    int flag = roots.indexOf("--ignore");
    if (flag >= 0 && flag == roots.size() - 2) {
      ignored.addAll(Arrays.asList(roots.get(flag + 1).split(",")));
      roots = roots.subList(0, flag);
    }
    if (roots.size() < 2 || roots.stream().anyMatch(r -> r.startsWith("--"))) {
      System.err.println("usage: OutputDiffMain LEFT_OUTPUT RIGHT_OUTPUT [RIGHT_OUTPUT...] [--ignore column,column]");
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
      OutputDiff diff = new OutputDiff(spark, ignored);
      boolean allEqual = true;
      for (String right : roots.subList(1, roots.size())) {
        OutputDiff.Result result = diff.compare(roots.get(0), right);
        System.out.println("comparing " + roots.get(0) + " with " + right + " (ignoring columns " + ignored + ")");
        result.compared().forEach(line -> System.out.println("  " + line));
        result.differences().forEach(line -> System.out.println("  ! " + line));
        System.out.println((result.equal() ? "equal: " : "differ: ") + right);
        allEqual &= result.equal();
      }
      return allEqual ? 0 : 1;
    } catch (PublishError e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    } finally {
      spark.stop();
    }
  }
}
