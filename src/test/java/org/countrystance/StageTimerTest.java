package org.countrystance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.codahale.metrics.Gauge;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkEnv;
import org.apache.spark.metrics.source.Source;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.countrystance.publish.RunManifest;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Stages name their Spark jobs, and the manifest's numbers reach Spark's metrics system. */
class StageTimerTest {
  @Test
  void everySparkJobOfAStageCarriesItsNameAndTheDescriptionIsRestoredAfterIt() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Map<Integer, String> descriptions = new ConcurrentHashMap<>();
    SparkListener listener = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart start) {
        String d = start.properties() == null ? null : start.properties().getProperty(StageTimer.JOB_DESCRIPTION);
        descriptions.put(start.jobId(), d == null ? "<none>" : d);
      }
    };
    spark.sparkContext().addSparkListener(listener);
    try {
      RunManifest manifest = new RunManifest();
      manifest.runId = "r1";
      StageTimer timer = new StageTimer(manifest, spark.sparkContext());
      long n = timer.time("dedup", () -> spark.range(100).repartition(3).count());
      assertEquals(100, n);
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertTrue(!descriptions.isEmpty() && descriptions.values().stream()
          .allMatch(d -> d.equals("country-stance: dedup (run r1)")), descriptions.toString());
      assertNull(spark.sparkContext().getLocalProperty(StageTimer.JOB_DESCRIPTION));
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
  }

  @Test
  void theManifestsCountsTimingsAndStatusAreGaugesOfARegisteredSource() {
    SparkSession spark = SparkTestSession.get();
    RunManifest manifest = new RunManifest();
    manifest.runId = "r2";
    StageTimer timer = new StageTimer(manifest, spark.sparkContext());
    timer.run("count", () -> {
      manifest.counts.put("read", 120L);
      manifest.counts.put("accepted", 117L);
    });
    manifest.written.put("mentions", 300L);
    manifest.status = "refused";
    timer.finish();
    List<Source> sources = scala.collection.JavaConverters.seqAsJavaList(
        SparkEnv.get().metricsSystem().getSourcesByName(RunMetricsSource.NAME));
    assertEquals(1, sources.size(), "one source per JVM, the latest run's");
    var gauges = sources.get(0).metricRegistry().getGauges();
    assertEquals(120L, value(gauges.get("rows.read")));
    assertEquals(117L, value(gauges.get("rows.accepted")));
    assertEquals(300L, value(gauges.get("written.mentions")));
    assertEquals(-1L, value(gauges.get("run.status")));
    assertTrue(gauges.containsKey("stage_ms.count"), gauges.keySet().toString());
  }

  @SuppressWarnings("rawtypes")
  private static Object value(Gauge g) {
    return g == null ? null : g.getValue();
  }
}
