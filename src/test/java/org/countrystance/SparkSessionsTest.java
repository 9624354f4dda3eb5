package org.countrystance;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.io.TempDir;
import org.countrystance.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/**
 * The job's session settings and their precedence, checked without starting a session (a real
 * session under spark-submit's system properties: SessionSettingsIT; the UI binding: SafetyIT).
 */
class SparkSessionsTest {
  private static final Map<String, String> NOT_SUBMITTED = Map.of();
  private static final Map<String, String> SUBMITTED = Map.of(
      "spark.master", "spark://10.0.0.1:7077", "spark.app.name", "org.countrystance.Main",
      "spark.sql.shuffle.partitions", "400", "spark.ui.enabled", "true",
      "spark.serializer", "org.apache.spark.serializer.JavaSerializer",
      "spark.executor.extraJavaOptions", "-javaagent:/opt/agent.jar");

  private static Map<String, String> settings(List<String> sets, String master, Map<String, String> submitted) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    SparkSessions.settings(ConfigLoader.load(null, sets), master, submitted).forEach((k, s) -> values.put(k, s.value()));
    return values;
  }

  private static Map<String, String> settings(List<String> sets, String master) {
    return settings(sets, master, NOT_SUBMITTED);
  }

  @Test
  void byDefaultTheUiIsOffCorruptFilesFailAndDatesAreUtc() {
    Map<String, String> s = settings(List.of(), null);
    assertEquals("false", s.get("spark.ui.enabled"));
    assertEquals("false", s.get("spark.sql.files.ignoreCorruptFiles"));
    assertEquals("UTC", s.get("spark.sql.session.timeZone"));
    assertEquals("127.0.0.1", s.get("spark.driver.bindAddress"), "a local driver listens on loopback only");
    assertNull(s.get("spark.sql.shuffle.partitions"), "sized from the cluster once the session exists");
  }

  @Test
  void whatSparkSubmitSetIsKeptAndTheJobsSparkConfComesNext() {
    Map<String, SparkSessions.Setting> s = SparkSessions.settings(ConfigLoader.load(null, List.of(
        "spark.shuffle-partitions=16", "spark.ui-enabled=false",
        "spark.conf.\"spark.serializer\"=org.apache.spark.serializer.KryoSerializer",
        "spark.conf.\"spark.executor.memory\"=3g")), null, SUBMITTED);
    assertEquals("400", s.get("spark.sql.shuffle.partitions").value());
    assertEquals(SparkSessions.Origin.SUBMITTED, s.get("spark.sql.shuffle.partitions").origin());
    assertEquals("true", s.get("spark.ui.enabled").value());
    assertEquals("org.apache.spark.serializer.JavaSerializer", s.get("spark.serializer").value());
    assertEquals("spark://10.0.0.1:7077", s.get("spark.master").value());
    assertEquals("3g", s.get("spark.executor.memory").value());
    assertEquals(SparkSessions.Origin.JOB_CONF, s.get("spark.executor.memory").origin());
    assertEquals("-javaagent:/opt/agent.jar", s.get("spark.executor.extraJavaOptions").value());
    assertNull(s.get("spark.driver.extraJavaOptions"), "the job never sets JVM options");
    assertNull(s.get("spark.hadoop.fs.file.impl"), "a cluster's executors keep Hadoop's own local file system");
  }

  @Test
  void underSparkSubmitTheUiAndTheShufflePartitionsAreTheClustersUnlessConfigured() {
    Map<String, String> submitted = Map.of("spark.master", "yarn");
    Map<String, String> s = settings(List.of(), null, submitted);
    assertNull(s.get("spark.ui.enabled"), "Spark's default (on) or spark-defaults.conf decides");
    assertNull(s.get("spark.sql.shuffle.partitions"));
    assertEquals("12", settings(List.of("spark.shuffle-partitions=12"), null, submitted).get("spark.sql.shuffle.partitions"));
    assertEquals(8, SparkSessions.shufflePartitions(2));
    assertEquals(800, SparkSessions.shufflePartitions(200));
  }

  @Test
  void theSettingsTheTablesDependOnArePinnedEvenWhenSubmitted() {
    Map<String, String> s = settings(List.of("spark.conf.\"spark.sql.parquet.outputTimestampType\"=INT96"), null,
        Map.of("spark.master", "yarn", "spark.sql.session.timeZone", "America/New_York"));
    assertEquals("UTC", s.get("spark.sql.session.timeZone"));
    assertEquals("TIMESTAMP_MICROS", s.get("spark.sql.parquet.outputTimestampType"));
  }

  @Test
  void anEnabledUiSeesALoopbackLocalIpEvenAfterSparkClonesItsConf() {
    SparkConf conf = new SparkSessions.LoopbackUiConf(false).set("spark.app.name", "x");
    SparkConf copy = conf.clone();
    assertEquals("127.0.0.1", copy.getenv("SPARK_LOCAL_IP"));
    assertEquals("x", copy.get("spark.app.name"));
  }

  @Test
  void theJobsSparkConfWinsOverItsTypedDefaults() {
    Map<String, String> s = settings(List.of("spark.shuffle-partitions=5",
        "spark.conf.\"spark.sql.shuffle.partitions\"=3"), "local[1]");
    assertEquals("3", s.get("spark.sql.shuffle.partitions"));
    assertEquals("local[1]", s.get("spark.master"));
  }

  @Test
  void aStagedTableOfManyDaysIsListedWithoutASparkJob(@TempDir Path dir) {
    SparkSession spark = SparkTestSession.get();
    StructType schema = new StructType().add("n", DataTypes.IntegerType).add("published_date", DataTypes.DateType);
    List<Row> rows = IntStream.range(0, 120)
        .mapToObj(i -> RowFactory.create(i, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i)))).toList();
    String table = dir.resolve("mentions").toString();
    spark.createDataFrame(rows, schema).write().partitionBy("published_date").parquet(table);
    String setting = SparkSessions.PARTITION_LISTING_ON_DRIVER;
    String before = spark.conf().get(setting);
    try {
      spark.conf().set(setting, settings(List.of(), null).get(setting));
      spark.sparkContext().setJobGroup("listing", "listing", false);
      long days = spark.read().schema(schema).parquet(table).inputFiles().length;
      assertEquals(120, days);
      assertEquals(0, spark.sparkContext().statusTracker().getJobIdsForGroup("listing").length,
          "120 day folders are listed by the driver, not by a Spark job");
    } finally {
      spark.sparkContext().clearJobGroup();
      spark.conf().set(setting, before);
    }
  }

  @Test
  void theJobsSessionWritesLocalFilesWithoutForkingChmod() throws Exception {
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    settings(List.of(), null).forEach((k, v) -> {
      if (k.startsWith("spark.hadoop.")) conf.set(k.substring("spark.hadoop.".length()), v);
    });
    conf.setBoolean("fs.file.impl.disable.cache", true);
    assertInstanceOf(org.countrystance.publish.NioLocalFileSystem.class,
        org.apache.hadoop.fs.FileSystem.get(java.net.URI.create("file:///"), conf));
    assertNull(settings(List.of(), "spark://127.0.0.1:7077").get("spark.hadoop.fs.file.impl"),
        "a cluster's executors keep Hadoop's own local file system");
  }
}
