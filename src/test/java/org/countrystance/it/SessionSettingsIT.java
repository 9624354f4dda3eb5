package org.countrystance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.countrystance.testing.ChildJvm;
import org.countrystance.testing.ItRuns;
import org.junit.jupiter.api.Test;

/**
 * A real session built the way spark-submit starts a client-mode driver (its --conf values and
 * spark-defaults.conf as system properties): the submitted values are the session's values.
 */
class SessionSettingsIT {
  private static String run(String name, List<String> jvmArgs, String... jobSets) throws Exception {
    Path log = ItRuns.work(name + ".log");
    ChildJvm probe = ChildJvm.start(log, jvmArgs, "org.countrystance.testing.SessionSettingsProbe", jobSets);
    assertEquals(0, probe.waitFor(), "see " + log);
    return probe.log();
  }

  @Test
  void submittedSettingsWinOverTheJobsAndTheJobsSparkConfOverItsDefaults() throws Exception {
    String log = run("session-submitted", List.of("-Xmx512m", "-Dspark.master=local[2]",
        "-Dspark.sql.shuffle.partitions=400", "-Dspark.ui.enabled=true", "-Dspark.ui.port=0",
        "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
        "-Dspark.serializer=org.apache.spark.serializer.JavaSerializer"),
        "spark.shuffle-partitions=16", "spark.conf.\"spark.executor.memory\"=3g",
        "spark.conf.\"spark.serializer\"=org.apache.spark.serializer.KryoSerializer");
    assertTrue(log.contains("VALUE spark.sql.shuffle.partitions=400"), log);
    assertTrue(log.contains("VALUE spark.ui.enabled=true"), log);
    assertTrue(log.contains("UI true"), log);
    assertTrue(log.contains("VALUE spark.serializer=org.apache.spark.serializer.JavaSerializer"), log);
    assertTrue(log.contains("VALUE spark.executor.memory=3g"), log);
    assertTrue(log.contains("VALUE spark.sql.session.timeZone=UTC"), log);
    assertTrue(log.contains("spark.sql.shuffle.partitions=400 (submitted)"), "the effective values are logged: " + log);
  }

  @Test
  void withoutASettingTheSmallShufflesAreSizedFromTheCluster() throws Exception {
    String log = run("session-cluster-sized", List.of("-Xmx512m", "-Dspark.master=local[3]",
        "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1"));
    assertTrue(log.contains("PARALLELISM 3"), log);
    assertTrue(log.contains("VALUE spark.sql.shuffle.partitions=12"), "4 per core of local[3]: " + log);
    assertTrue(log.contains("UI true"), "under spark-submit Spark's default UI setting applies: " + log);
  }
}
