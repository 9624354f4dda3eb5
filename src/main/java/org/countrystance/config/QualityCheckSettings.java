package org.countrystance.config;

/** One quality check's level (off, warn, error) and its numeric parameters where it has any. */
public record QualityCheckSettings(Level level, int runs, double minFraction) {
  /** What a failed check does: nothing, a warning in the manifest, or refusing to publish. */
  public enum Level { OFF, WARN, ERROR }
}
