package org.countrystance.config;

/**
 * One quality check's level (off, warn, error) and its numeric parameters where it has any: runs and
 * min-fraction (row count), warn-above and error-above (shares, e.g. of processing errors; 1 = never),
 * max-share (the share of accepted articles left unannotated).
 */
public record QualityCheckSettings(Level level, int runs, double minFraction, double warnAbove, double errorAbove,
    double maxShare) {
  public QualityCheckSettings(Level level, int runs, double minFraction) {
    this(level, runs, minFraction, 1, 1, 0);
  }

  /** What a failed check does: nothing, a warning in the manifest, or refusing to publish. */
  public enum Level { OFF, WARN, ERROR }
}
