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

  /** What an exit code means, in the words the README's exit status table uses. */
  public static String describe(int code) {
    return switch (code) {
      case OK -> "succeeded";
      case FAILED -> "failed";
      case USAGE -> "refused its configuration";
      case BAD_INPUT -> "stopped on bad input";
      case REFUSED -> "refused to publish (quality gate or reject ratio)";
      case LOCKED -> "did not start: another run holds the lock";
      default -> "ended with an unknown status";
    };
  }

  /** The innermost cause's message: what went wrong, without Spark's wrapping layers. */
  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }
}
