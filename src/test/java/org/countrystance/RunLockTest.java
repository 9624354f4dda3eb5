package org.countrystance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output store's lock: one holder at a time, named to the one refused, free again once closed. */
class RunLockTest {
  @Test
  void aSecondRunIsRefusedAndToldWhoHoldsTheLockUntilTheFirstReleasesIt(@TempDir Path dir) throws Exception {
    Configuration conf = new Configuration();
    String output = dir.resolve("out").toUri().toString();
    StringBuilder holder = new StringBuilder();
    RunLock first = RunLock.tryAcquire(output, conf, holder);
    assertNotNull(first);
    assertNull(RunLock.tryAcquire(output, conf, holder), "held");
    assertTrue(holder.toString().contains("_lock held by host="), holder.toString());
    first.close();
    assertFalse(Files.exists(dir.resolve("out/_lock")));
    try (RunLock again = RunLock.tryAcquire(output, conf, new StringBuilder())) {
      assertNotNull(again, "free once released");
    }
  }
}
