package org.countrystance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.countrystance.publish.RunManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times named stages into the run manifest, logs each stage's start and end (duration, the counts it
 * produced), names the Spark jobs it runs after it (Spark UI, History Server), and publishes the
 * manifest's numbers through Spark's metrics system.
 */
final class StageTimer {
  private static final Logger LOG = LoggerFactory.getLogger(StageTimer.class);
  static final String DESCRIPTION_PREFIX = "country-stance: ";
  /** Spark's local property the UI shows as a job's description (SparkContext.setJobDescription). */
  static final String JOB_DESCRIPTION = "spark.job.description";
  private final RunManifest manifest;
  private final SparkContext sc;
  private final RunMetricsSource metrics;

  StageTimer(RunManifest manifest, SparkContext sc) {
    this.manifest = manifest;
    this.sc = sc;
    this.metrics = RunMetricsSource.register();
  }

  <T> T time(String stage, Supplier<T> work) {
    Map<String, Long> before = new LinkedHashMap<>(manifest.counts);
    String previous = sc.getLocalProperty(StageTimer.JOB_DESCRIPTION);
    // a thread-local property: threads the stage starts (side-by-side writes) inherit it
    sc.setJobDescription(DESCRIPTION_PREFIX + stage + " (run " + manifest.runId + ")");
    LOG.info("stage {} started", stage);
    long start = System.nanoTime();
    boolean done = false;
    try {
      T result = work.get();
      done = true;
      return result;
    } finally {
      long ms = (System.nanoTime() - start) / 1_000_000;
      manifest.stageMillis.merge(stage, ms, Long::sum);
      sc.setJobDescription(previous);
      Map<String, Long> produced = new LinkedHashMap<>(manifest.counts);
      produced.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
      LOG.info("stage {} {} in {} ms{}", stage, done ? "finished" : "failed", ms,
          produced.isEmpty() ? "" : ": " + produced);
      metrics.update(manifest);
    }
  }

  void run(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  /** The final numbers and status, for the sinks' last report (Spark reports once more when it stops). */
  void finish() {
    metrics.update(manifest);
  }

  RunMetricsSource metrics() {
    return metrics;
  }
}
