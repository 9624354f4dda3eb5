package org.countrystance;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;

/** Keeps the job's own progress lines visible under a cluster's log configuration that does not mention them. */
final class JobLogging {
  static final String PACKAGE = "org.countrystance";

  private JobLogging() {}

  /**
   * Sets the job's package to INFO unless the active log4j2 configuration names it: Spark's default
   * and most platforms' configurations log WARN and above, which hides every stage line of a run.
   */
  static void showProgress() {
    if (!(LogManager.getContext(false) instanceof LoggerContext ctx)) return;
    if (PACKAGE.equals(ctx.getConfiguration().getLoggerConfig(PACKAGE).getName())) return;
    Configurator.setLevel(PACKAGE, Level.INFO);
  }
}
