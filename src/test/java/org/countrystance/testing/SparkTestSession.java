package org.countrystance.testing;

import java.util.TimeZone;
import org.apache.spark.sql.SparkSession;

/** One local SparkSession per test JVM: local[2], two shuffle partitions, UI off, UTC session time. */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("country-stance-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
          .config("spark.sql.datetime.java8API.enabled", "true")
          .config("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED")
          .config("spark.sql.parquet.datetimeRebaseModeInRead", "CORRECTED")
          .config("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED")
          .config("spark.sql.parquet.int96RebaseModeInRead", "CORRECTED")
          // Delta Lake (provided, on the test classpath) for output.format = delta
          .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
          .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /** The JVM default zone, for tests that run code under a different one. */
  public static TimeZone jvmZone() {
    return TimeZone.getDefault();
  }
}
