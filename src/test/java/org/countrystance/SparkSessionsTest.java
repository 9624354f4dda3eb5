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

/** The job's session settings, checked without starting a session (the UI binding itself: SafetyIT). */
class SparkSessionsTest {
  @Test
  void byDefaultTheUiIsOffCorruptFilesFailAndDatesAreUtc() {
    Map<String, String> s = SparkSessions.settings(ConfigLoader.load(null, List.of()), null);
    assertEquals("false", s.get("spark.ui.enabled"));
    assertEquals("false", s.get("spark.sql.files.ignoreCorruptFiles"));
    assertEquals("UTC", s.get("spark.sql.session.timeZone"));
    assertEquals("127.0.0.1", s.get("spark.driver.bindAddress"), "a local driver listens on loopback only");
  }

  @Test
  void anEnabledUiSeesALoopbackLocalIpEvenAfterSparkClonesItsConf() {
    SparkConf conf = new SparkSessions.LoopbackUiConf(false).set("spark.app.name", "x");
    SparkConf copy = conf.clone();
    assertEquals("127.0.0.1", copy.getenv("SPARK_LOCAL_IP"));
    assertEquals("x", copy.get("spark.app.name"));
  }

  @Test
  void sparkSettingsFromConfigurationComeLastAndWin() {
    Map<String, String> s = SparkSessions.settings(ConfigLoader.load(null,
        List.of("spark.conf.\"spark.sql.shuffle.partitions\"=3")), "local[1]");
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
      spark.conf().set(setting, SparkSessions.settings(ConfigLoader.load(null, List.of()), null).get(setting));
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
    SparkSessions.settings(ConfigLoader.load(null, List.of()), null).forEach((k, v) -> {
      if (k.startsWith("spark.hadoop.")) conf.set(k.substring("spark.hadoop.".length()), v);
    });
    conf.setBoolean("fs.file.impl.disable.cache", true);
    assertInstanceOf(org.countrystance.publish.NioLocalFileSystem.class,
        org.apache.hadoop.fs.FileSystem.get(java.net.URI.create("file:///"), conf));
    assertNull(SparkSessions.settings(ConfigLoader.load(null, List.of()), "spark://127.0.0.1:7077")
        .get("spark.hadoop.fs.file.impl"), "a cluster's executors keep Hadoop's own local file system");
  }
}
