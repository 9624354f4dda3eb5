package org.countrystance;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.JobConfig;
import org.countrystance.config.OutputFormat;
import org.countrystance.publish.DeltaCommit;
import org.countrystance.publish.NioLocalFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the job's SparkSession as a guest on the cluster: a tuning default of the job applies only
 * where neither spark-submit (its flags and spark-defaults.conf) nor the job's spark.conf { } set the
 * setting; only the settings the job's tables depend on (UTC days, INT64 timestamps) are pinned.
 */
public final class SparkSessions {
  private static final Logger LOG = LoggerFactory.getLogger(SparkSessions.class);
  /** Spark's setting: how many folders the driver lists itself before it lists them with a job. */
  static final String PARTITION_LISTING_ON_DRIVER = "spark.sql.sources.parallelPartitionDiscovery.threshold";
  /** Spark's setting: how many generated classes a JVM keeps for queries that generate the same code. */
  static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";
  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  /** Small shuffles start at this many partitions per core of the cluster; adaptive execution coalesces them. */
  static final int PARTITIONS_PER_CORE = 4;

  /** Settings the job's output depends on: pinned whatever was submitted (a differing value is logged). */
  static final Map<String, String> PINNED = Map.of(
      "spark.sql.session.timeZone", "UTC",
      "spark.sql.datetime.java8API.enabled", "true",
      "spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS",
      "spark.sql.files.ignoreCorruptFiles", "false",
      "spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED",
      "spark.sql.parquet.datetimeRebaseModeInRead", "CORRECTED",
      "spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED",
      "spark.sql.parquet.int96RebaseModeInRead", "CORRECTED",
      "spark.sql.parquet.mergeSchema", "false");

  private SparkSessions() {}

  /** Where an effective setting came from (logged at start-up). */
  enum Origin { SUBMITTED, JOB_CONF, JOB_DEFAULT, PINNED }

  /** An effective setting and its origin. */
  record Setting(String value, Origin origin) {}

  public static SparkSession create(JobConfig config, String masterOverride) {
    Map<String, String> submitted = submitted();
    boolean underSubmit = submitted.containsKey("spark.master");
    Map<String, Setting> settings = settings(config, masterOverride, submitted);
    if ("true".equals(value(settings, "spark.ui.enabled")) && !underSubmit && System.getenv("SPARK_LOCAL_IP") == null) {
      // Spark binds its UI to $SPARK_LOCAL_IP or else to every interface (0.0.0.0); this
      // context answers 127.0.0.1 for that variable, so an enabled local UI is reachable from this host only.
      LoopbackUiConf conf = new LoopbackUiConf(true);
      settings.forEach((k, s) -> conf.set(k, s.value()));
      SparkContext.getOrCreate(conf);
    }
    SparkSession.Builder b = SparkSession.builder();
    settings.forEach((k, s) -> b.config(k, s.value()));
    SparkSession spark = b.getOrCreate();
    if (!settings.containsKey(SHUFFLE_PARTITIONS)) {
      // Known only once the executors' cores are: the cluster's size, not a number in the job.
      int n = shufflePartitions(spark.sparkContext().defaultParallelism());
      spark.conf().set(SHUFFLE_PARTITIONS, Integer.toString(n));
      settings.put(SHUFFLE_PARTITIONS, new Setting(Integer.toString(n), Origin.JOB_DEFAULT));
    }
    // Under spark-submit the cluster's log configuration decides; only the job's own lines are
    // raised to INFO where that configuration says nothing about them (JobLogging).
    if (!underSubmit) spark.sparkContext().setLogLevel("WARN");
    JobLogging.showProgress();
    logEffective(settings, spark, config);
    return spark;
  }

  /**
   * Partitions for the per-article work: two per core, at least spark.shuffle-partitions (8 when it is
   * 0, as before it sized from the cluster: PipelineTest's incremental-equals-full check failed with 4).
   */
  static int articlePartitions(SparkSession spark, int configured) {
    return Math.max(2 * spark.sparkContext().defaultParallelism(), configured > 0 ? configured : 8);
  }

  /** Small shuffles: PARTITIONS_PER_CORE per core of the cluster, at least 8 (adaptive execution coalesces). */
  static int shufflePartitions(int defaultParallelism) {
    return Math.max(8, PARTITIONS_PER_CORE * defaultParallelism);
  }

  /** What spark-submit passed to this JVM: its --conf flags and spark-defaults.conf, as system properties. */
  static Map<String, String> submitted() {
    Map<String, String> m = new LinkedHashMap<>();
    for (scala.Tuple2<String, String> kv : new SparkConf(true).getAll()) m.put(kv._1(), kv._2());
    return m;
  }

  /**
   * The settings the job gives its session, each with its origin: the submitted ones are never
   * replaced (except the pinned ones), then the job's spark.conf { }, then the job's own defaults.
   * Settings absent from the map are left to Spark (and the shuffle partitions to the cluster's size).
   */
  static Map<String, Setting> settings(JobConfig config, String masterOverride, Map<String, String> submitted) {
    boolean underSubmit = submitted.containsKey("spark.master");
    Map<String, Setting> s = new LinkedHashMap<>();
    submitted.forEach((k, v) -> s.put(k, new Setting(v, Origin.SUBMITTED)));
    config.spark().conf().forEach((k, v) -> s.putIfAbsent(k, new Setting(v, Origin.JOB_CONF)));
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("spark.app.name", config.spark().appName());
    if (masterOverride != null) s.put("spark.master", new Setting(masterOverride, Origin.JOB_CONF));
    else if (!underSubmit) defaults.put("spark.master", config.spark().master());
    String master = masterOverride != null ? masterOverride
        : s.containsKey("spark.master") ? s.get("spark.master").value() : config.spark().master();
    if (master.startsWith("local")) {
      defaults.put("spark.driver.bindAddress", "127.0.0.1");
      defaults.put("spark.driver.host", "127.0.0.1");
      // file:// paths set permissions through java.nio, not a forked chmod per file and folder
      // (local only: cluster executors keep Hadoop's own class, whatever their class path).
      defaults.put("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
    }
    // The UI: local runs follow spark.ui-enabled (off by default); on a cluster Spark's own default (on).
    if (!underSubmit) defaults.put("spark.ui.enabled", Boolean.toString(config.spark().uiEnabled()));
    if (config.spark().shufflePartitions() > 0) {
      defaults.put(SHUFFLE_PARTITIONS, Integer.toString(config.spark().shufflePartitions()));
    }
    // Each staged table has one folder per touched day; Spark lists more than 32 folders with a
    // Spark job of one task per folder (about a second each time a run reads a staged table back).
    // The driver lists up to this many itself; a published table with more days still gets the job.
    defaults.put(PARTITION_LISTING_ON_DRIVER, "1024");
    defaults.put("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    // A run generates about 270 classes; with Spark's 100 a second run in the same JVM (the bench, a
    // notebook, tests) compiled them all again, and the JIT compiled them again: 25% of a warm
    // 20,000-article run. A single spark-submit run gains little. Static: read once per JVM.
    defaults.put(CODEGEN_CACHE, "1000");
    if (config.outputFormat() == OutputFormat.DELTA) defaults.putAll(DeltaCommit.SESSION_SETTINGS);
    defaults.forEach((k, v) -> s.putIfAbsent(k, new Setting(v, Origin.JOB_DEFAULT)));
    PINNED.forEach((k, v) -> {
      Setting given = s.get(k);
      if (given != null && !given.value().equalsIgnoreCase(v)) {
        LOG.warn("{}={} ({}) replaced by {}: the job's tables are defined with it", k, given.value(),
            given.origin().name().toLowerCase(Locale.ROOT), v);
      }
      if (given == null || !given.value().equalsIgnoreCase(v)) s.put(k, new Setting(v, Origin.PINNED));
    });
    return s;
  }

  private static String value(Map<String, Setting> settings, String key) {
    Setting s = settings.get(key);
    return s == null ? null : s.value();
  }

  /** Logs the values that shape the run (never secrets): what a platform team checks first. */
  private static void logEffective(Map<String, Setting> settings, SparkSession spark, JobConfig config) {
    String[] keys = {"spark.master", "spark.submit.deployMode", "spark.app.name", "spark.ui.enabled",
        SHUFFLE_PARTITIONS, "spark.sql.adaptive.enabled", "spark.sql.adaptive.coalescePartitions.enabled",
        "spark.executor.instances", "spark.executor.cores", "spark.executor.memory", "spark.driver.memory",
        "spark.serializer", "spark.sql.session.timeZone"};
    StringBuilder line = new StringBuilder();
    for (String k : keys) {
      String v = spark.conf().getOption(k).getOrElse(() -> null);
      if (v == null) continue;
      Setting s = settings.get(k);
      line.append(line.length() == 0 ? "" : ", ").append(k).append('=').append(v)
          .append(" (").append(s == null ? "spark default" : s.origin().name().toLowerCase(Locale.ROOT)).append(')');
    }
    for (String k : config.spark().conf().keySet()) {
      boolean secret = config.secretKeyWords().stream().anyMatch(w -> k.toLowerCase(Locale.ROOT).contains(w));
      Setting s = settings.get(k);
      line.append(", ").append(k).append('=').append(secret ? "***" : s.value())
          .append(" (").append(s.origin().name().toLowerCase(Locale.ROOT)).append(')');
    }
    LOG.info("effective Spark settings: {}; default parallelism {}", line,
        spark.sparkContext().defaultParallelism());
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
