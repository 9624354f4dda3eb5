package org.countrystance;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
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
}
