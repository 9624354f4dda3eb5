package org.countrystance;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkEnv;
import org.apache.spark.metrics.source.Source;
import org.countrystance.publish.RunManifest;

/**
 * The run manifest's counts, rows written and stage timings as gauges of Spark's metrics system
 * (source "country_stance"), so whatever sink the platform configured (Prometheus, Graphite, JMX,
 * CSV) reports them with the driver's other metrics. Values are copied from the manifest after each
 * stage: a sink thread never reads the manifest while the job writes it.
 */
final class RunMetricsSource implements Source {
  static final String NAME = "country_stance";
  private final MetricRegistry registry = new MetricRegistry();
  private final Map<String, Long> values = new ConcurrentHashMap<>();

  @Override
  public String sourceName() {
    return NAME;
  }

  @Override
  public MetricRegistry metricRegistry() {
    return registry;
  }

  /**
   * Registers a source with the driver's metrics system (none when Spark runs without one), in place
   * of an earlier run's in the same JVM: Spark keeps only the first source of a name.
   */
  static RunMetricsSource register() {
    RunMetricsSource source = new RunMetricsSource();
    SparkEnv env = SparkEnv.get();
    if (env != null) {
      synchronized (RunMetricsSource.class) {
        for (Source earlier : scala.collection.JavaConverters.seqAsJavaList(env.metricsSystem().getSourcesByName(NAME))) {
          env.metricsSystem().removeSource(earlier);
        }
        env.metricsSystem().registerSource(source);
      }
    }
    return source;
  }

  /** Copies the manifest's numbers; a name seen for the first time becomes a gauge. */
  void update(RunManifest manifest) {
    manifest.counts.forEach((k, v) -> set("rows." + k, v));
    manifest.rejectedByReason.forEach((k, v) -> set("rejected." + k, v));
    manifest.written.forEach((k, v) -> set("written." + k, v));
    manifest.stageMillis.forEach((k, v) -> set("stage_ms." + k, v));
    set("run.status", statusCode(manifest.status));
  }

  /** The manifest status as a number a dashboard can alert on: 0 running, 1 succeeded, 2 nothing new, -1 refused, -2 failed. */
  static long statusCode(String status) {
    return switch (status == null ? "running" : status) {
      case "succeeded" -> 1;
      case "nothing_new" -> 2;
      case "refused" -> -1;
      case "failed" -> -2;
      default -> 0;
    };
  }

  Long value(String name) {
    return values.get(name);
  }

  private void set(String name, Long value) {
    if (value == null) return;
    if (values.put(name, value) == null) {
      registry.register(name, (Gauge<Long>) () -> values.get(name));
    }
  }
}
