package org.countrystance;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.JobConfig;

/**
 * Builds the job's SparkSession. Under spark-submit the master comes from spark-submit; otherwise
 * from --master or spark.master in the configuration (local[*] by default). Dates are UTC whatever
 * the JVM zone, timestamps are written as INT64 micros (no INT96), and the UI is off or on loopback.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(JobConfig config, String masterOverride) {
    SparkSession.Builder b = SparkSession.builder().appName(config.spark().appName());
    boolean underSubmit = System.getProperty("spark.master") != null;
    String master = masterOverride != null ? masterOverride : underSubmit ? null : config.spark().master();
    if (master != null) b.master(master);
    boolean local = (master != null ? master : System.getProperty("spark.master", "")).startsWith("local");
    if (local) {
      b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
    }
    b.config("spark.ui.enabled", Boolean.toString(config.spark().uiEnabled()));
    b.config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.shuffle.partitions", Integer.toString(config.spark().shufflePartitions()))
        .config("spark.sql.files.ignoreCorruptFiles", "false")
        .config("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED")
        .config("spark.sql.parquet.datetimeRebaseModeInRead", "CORRECTED")
        .config("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED")
        .config("spark.sql.parquet.int96RebaseModeInRead", "CORRECTED")
        .config("spark.sql.parquet.mergeSchema", "false")
        .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    for (Map.Entry<String, String> e : config.spark().conf().entrySet()) {
      b.config(e.getKey(), e.getValue());
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
