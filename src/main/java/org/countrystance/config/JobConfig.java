package org.countrystance.config;

import java.util.List;
import java.util.Map;

/**
 * The whole, validated, immutable configuration of one run. Built only by {@link ConfigLoader};
 * passed explicitly to every stage that needs a setting.
 */
public record JobConfig(
    String inputPath,
    InputColumns columns,
    String outputPath,
    DateRange dates,
    Limits limits,
    SparkSettings spark,
    Cleaning cleaning,
    Dedup dedup,
    String pretrainedSentimentPath,
    Map<String, QualityCheckSettings> quality,
    List<String> secretKeyWords,
    String configHash,
    Map<String, Object> effective,
    boolean sinceLast,
    OutputFormat outputFormat) {

  /** Row-level limits of ingest and the run-level reject ratio. */
  public record Limits(long maxTextBytes, int minYear, int futureToleranceHours, double maxRejectRatio,
      double maxInvalidUtf8Share) {}

  /** Spark session settings used when the job builds its own session. */
  public record SparkSettings(
      String master, String appName, int shufflePartitions, long maxRowsPerFile, boolean uiEnabled,
      Map<String, String> conf) {}

  /**
   * Near-duplicate detection: estimated Jaccard {@code threshold} for one story, and the containment
   * rule for cut or extended copies (share of the smaller article inside the larger, lowest Jaccard, and
   * the smallest article, in distinct shingles, it applies to; containment 0 = off); {@code windowDays}:
   * how many days around a run's days the published articles are that its articles are matched with.
   */
  public record Dedup(double threshold, double containment, double containmentFloor, int containmentMinShingles,
      int windowDays) {}

  /** Where edited rule tables are ("" = inside the jar), and which languages are annotated. */
  public record Cleaning(String rulesConfDir, List<String> annotateLanguages) {}

  public JobConfig withPaths(String input, String output) {
    return new JobConfig(input, columns, output, dates, limits, spark, cleaning, dedup,
        pretrainedSentimentPath, quality, secretKeyWords, configHash, effective, sinceLast, outputFormat);
  }

  public JobConfig withDates(DateRange range) {
    return new JobConfig(inputPath, columns, outputPath, range, limits, spark, cleaning,
        dedup, pretrainedSentimentPath, quality, secretKeyWords, configHash, effective, sinceLast, outputFormat);
  }

  /** Only the input files that no successful run has processed yet (nightly incremental runs). */
  public JobConfig withSinceLast(boolean value) {
    return new JobConfig(inputPath, columns, outputPath, dates, limits, spark, cleaning,
        dedup, pretrainedSentimentPath, quality, secretKeyWords, configHash, effective, value, outputFormat);
  }

  /** The same run publishing its tables in another format (output.format, or --format). */
  public JobConfig withOutputFormat(OutputFormat format) {
    return new JobConfig(inputPath, columns, outputPath, dates, limits, spark, cleaning,
        dedup, pretrainedSentimentPath, quality, secretKeyWords, configHash, effective, sinceLast, format);
  }
}
