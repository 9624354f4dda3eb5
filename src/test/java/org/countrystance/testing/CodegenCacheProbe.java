package org.countrystance.testing;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.sql.SparkSession;
import org.countrystance.SparkSessions;
import org.countrystance.config.ConfigLoader;

/**
 * Child-JVM main for CodegenCacheIT: starts the job's own session (settings overridable as
 * {@code --set} arguments), runs {@code n} queries that each generate different code, runs them
 * again, and prints how many classes the second pass compiled ("recompiled=K").
 */
public final class CodegenCacheProbe {
  private CodegenCacheProbe() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    List<String> overrides = new ArrayList<>(List.of(args).subList(1, args.length));
    SparkSession spark = SparkSessions.create(ConfigLoader.load(null, overrides), "local[1]");
    for (int i = 0; i < n; i++) query(spark, i);
    long before = CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
    for (int i = 0; i < n; i++) query(spark, i);
    System.out.println("recompiled=" + (CodegenMetrics.METRIC_COMPILATION_TIME().getCount() - before));
    spark.stop();
  }

  /** The literal is part of the generated code, so every i is a class of its own. */
  private static void query(SparkSession spark, int i) {
    spark.range(3).selectExpr("id * " + (i + 2) + " + " + i + " AS x").where("x > " + i).collectAsList();
  }
}
