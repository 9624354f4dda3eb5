package org.countrystance.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The command line's usage errors (exit 2), decided before any Spark session starts. */
class OutputDiffMainTest {
  @Test
  void needsALeftRootAndAtLeastOneRightRoot() {
    assertEquals(2, OutputDiffMain.execute(new String[] {}));
    assertEquals(2, OutputDiffMain.execute(new String[] {"left"}));
    assertEquals(2, OutputDiffMain.execute(new String[] {"left", "--ignore", "run_id"}));
  }

  @Test
  void refusesAnUnknownOptionOrAnIgnoreWithoutColumns() {
    assertEquals(2, OutputDiffMain.execute(new String[] {"left", "right", "--ignroe", "x"}));
    assertEquals(2, OutputDiffMain.execute(new String[] {"left", "right", "--ignore"}));
  }
}
