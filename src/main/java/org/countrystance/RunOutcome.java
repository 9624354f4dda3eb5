package org.countrystance;

import org.countrystance.publish.RunManifest;

/** How a run ended: its exit code for schedulers, and its manifest (also written to _runs/). */
public record RunOutcome(int exitCode, RunManifest manifest) {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;
  public static final int REFUSED = 4;
  public static final int LOCKED = 75;
}
