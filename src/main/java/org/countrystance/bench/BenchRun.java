package org.countrystance.bench;

import java.util.Map;

/**
 * One timed run of the bench: what ran ({@code floor}, {@code job} or {@code naive}) on which corpus,
 * its wall and process CPU seconds, peak heap (sampled, and live after collections), the load
 * average before and after (the machine may be shared), the job's stage_millis, and a note
 * (a failure, or an empty string).
 */
public record BenchRun(String corpus, long articles, String kind, double seconds, double cpuSeconds,
    long peakHeapBytes, long peakLiveHeapBytes, double loadBefore, double loadAfter,
    Map<String, Long> stageMillis, String note) {
  public static final String FLOOR = "floor";
  public static final String JOB = "job";
  public static final String NAIVE = "naive";
  /** The job's per-article code as plain Java on every core, no Spark ({@link PlainPipeline}). */
  public static final String PIPELINE = "pipeline";

  public double articlesPerSecond() {
    return seconds <= 0 ? 0 : articles / seconds;
  }

  public boolean failed() {
    return !note.isEmpty();
  }
}
