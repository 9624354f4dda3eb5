package org.countrystance;

import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times named stages into the run manifest and logs each as it ends. */
final class StageTimer {
  private static final Logger LOG = LoggerFactory.getLogger(StageTimer.class);
  private final Map<String, Long> millis;

  StageTimer(Map<String, Long> millis) {
    this.millis = millis;
  }

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      long ms = (System.nanoTime() - start) / 1_000_000;
      millis.merge(stage, ms, Long::sum);
      LOG.info("stage {} took {} ms", stage, ms);
    }
  }

  void run(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }
}
