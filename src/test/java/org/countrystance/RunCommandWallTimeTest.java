package org.countrystance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.countrystance.publish.RunManifest;
import org.junit.jupiter.api.Test;

/** The run summary's "session start to commit" line. */
class RunCommandWallTimeTest {
  private static final long S = 1_000_000_000L;

  @Test
  void sessionStartToCommitLeavesOutTheDimensionTablesWrittenAfterTheCommit() {
    RunManifest m = new RunManifest();
    m.stageMillis.put("ingest", 3_000L);
    m.stageMillis.put("commit", 400L);
    m.stageMillis.put("dimensions", 1_500L);

    // session built from 10 s to 12.5 s, run ended at 40 s: 30 s in all, 1.5 s of it after the commit
    String line = RunCommand.wallTime(m, 10 * S, 12 * S + S / 2, 40 * S);

    assertEquals("  session start to commit: 28.5 s (session 2.5 s, commit 0.4 s)", line);
  }

  @Test
  void aRunThatDidNotCommitHasNoSuchLine() {
    RunManifest m = new RunManifest();
    m.stageMillis.put("ingest", 3_000L);

    assertNull(RunCommand.wallTime(m, 0, S, 5 * S));
  }
}
