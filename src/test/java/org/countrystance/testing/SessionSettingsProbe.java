package org.countrystance.testing;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.countrystance.SparkSessions;
import org.countrystance.config.ConfigLoader;

/**
 * Run in a child JVM by SessionSettingsIT with spark-submit's system properties: builds the job's
 * session with the job settings given as arguments and prints the values the session really has.
 */
public final class SessionSettingsProbe {
  private SessionSettingsProbe() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of(args)), null);
    for (String k : List.of("spark.sql.shuffle.partitions", "spark.ui.enabled", "spark.serializer",
        "spark.executor.memory", "spark.sql.session.timeZone", "spark.driver.extraJavaOptions")) {
      System.out.println("VALUE " + k + "=" + spark.conf().getOption(k).getOrElse(() -> "<unset>"));
    }
    System.out.println("UI " + spark.sparkContext().ui().isDefined());
    System.out.println("PARALLELISM " + spark.sparkContext().defaultParallelism());
    spark.stop();
    System.exit(0);
  }
}
