package org.countrystance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.JobConfig;
import org.countrystance.publish.NioLocalFileSystem;

/**
 * Builds the job's SparkSession. Under spark-submit the master comes from spark-submit; otherwise
 * from --master or spark.master in the configuration (local[*] by default). Dates are UTC whatever
 * the JVM zone, timestamps are written as INT64 micros (no INT96), and the UI is off or on loopback.
 */
public final class SparkSessions {
  /** Spark's setting: how many folders the driver lists itself before it lists them with a job. */
  static final String PARTITION_LISTING_ON_DRIVER = "spark.sql.sources.parallelPartitionDiscovery.threshold";
  /** Spark's setting: how many generated classes a JVM keeps for queries that generate the same code. */
  static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";

  private SparkSessions() {}

  public static SparkSession create(JobConfig config, String masterOverride) {
    Map<String, String> settings = settings(config, masterOverride);
    if (config.spark().uiEnabled() && System.getenv("SPARK_LOCAL_IP") == null) {
      // Spark binds its UI to $SPARK_LOCAL_IP or else to every interface (0.0.0.0); this
      // context answers 127.0.0.1 for that variable, so an enabled UI is reachable from this host only.
      LoopbackUiConf conf = new LoopbackUiConf(true);
      settings.forEach(conf::set);
      SparkContext.getOrCreate(conf);
    }
    SparkSession.Builder b = SparkSession.builder();
    settings.forEach(b::config);
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /** The Spark settings the job's session gets, in order: the job's fixed ones, then spark.conf. */
  static Map<String, String> settings(JobConfig config, String masterOverride) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("spark.app.name", config.spark().appName());
    boolean underSubmit = System.getProperty("spark.master") != null;
    String master = masterOverride != null ? masterOverride : underSubmit ? null : config.spark().master();
    if (master != null) s.put("spark.master", master);
    boolean local = (master != null ? master : System.getProperty("spark.master", "")).startsWith("local");
    if (local) {
      s.put("spark.driver.bindAddress", "127.0.0.1");
      s.put("spark.driver.host", "127.0.0.1");
      // file:// paths set permissions through java.nio, not a forked chmod per file and folder
      // (local only: cluster executors keep Hadoop's own class, whatever their class path).
      s.put("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
    }
    s.put("spark.ui.enabled", Boolean.toString(config.spark().uiEnabled()));
    s.put("spark.sql.session.timeZone", "UTC");
    s.put("spark.sql.datetime.java8API.enabled", "true");
    s.put("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    s.put("spark.sql.shuffle.partitions", Integer.toString(config.spark().shufflePartitions()));
    s.put("spark.sql.files.ignoreCorruptFiles", "false");
    s.put("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    s.put("spark.sql.parquet.datetimeRebaseModeInRead", "CORRECTED");
    s.put("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED");
    s.put("spark.sql.parquet.int96RebaseModeInRead", "CORRECTED");
    s.put("spark.sql.parquet.mergeSchema", "false");
    // Each staged table has one folder per touched day; Spark lists more than 32 folders with a
    // Spark job of one task per folder (about a second each time a run reads a staged table back).
    // The driver lists up to this many itself; a published table with more days still gets the job.
    s.put(PARTITION_LISTING_ON_DRIVER, "1024");
    s.put("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    // A run generates about 270 classes; with Spark's 100 a second run in the same JVM (the bench, a
    // notebook, tests) compiled them all again, and the JIT compiled them again: 25% of a warm
    // 20,000-article run. A single spark-submit run gains little. Static: read once per JVM.
    s.put(CODEGEN_CACHE, "1000");
    s.putAll(config.spark().conf());
    return s;
  }

  /** A SparkConf whose SPARK_LOCAL_IP is loopback (Spark's UI reads it through the conf); clones keep it. */
  static final class LoopbackUiConf extends SparkConf {
    private static final long serialVersionUID = 1L;

    LoopbackUiConf(boolean loadDefaults) {
      super(loadDefaults);
    }

    @Override
    public String getenv(String name) {
      return "SPARK_LOCAL_IP".equals(name) ? "127.0.0.1" : super.getenv(name);
    }

    @Override
    public SparkConf clone() {
      LoopbackUiConf copy = new LoopbackUiConf(false);
      for (scala.Tuple2<String, String> kv : getAll()) copy.set(kv._1(), kv._2());
      return copy;
    }
  }
}
