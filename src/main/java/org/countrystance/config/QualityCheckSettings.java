package org.countrystance.config;

/** One quality check's level (off, warn, error) and its numeric parameters where it has any. */
public record QualityCheckSettings(Level level, int runs, double minFraction, double maxShare) {
  public QualityCheckSettings(Level level, int runs, double minFraction) {
    this(level, runs, minFraction, 0);
  }

  /** What a failed check does: nothing, a warning in the manifest, or refusing to publish. */
  public enum Level { OFF, WARN, ERROR }
}
