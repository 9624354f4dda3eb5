package org.countrystance;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a run's outcome reaches the scheduler: an exception for YARN cluster mode, the exit code elsewhere. */
class MainTest {
  @Test
  void aRefusedRunFailsAYarnClusterApplicationWithAClearMessage() {
    String m = Main.yarnClusterFailure(RunOutcome.REFUSED, "yarn", "cluster");
    assertTrue(m.contains("refused to publish") && m.contains("exit code 4") && m.contains("_runs/"), m);
  }

  @Test
  void clientModeKubernetesStandaloneAndSuccessKeepTheExitCode() {
    assertNull(Main.yarnClusterFailure(RunOutcome.OK, "yarn", "cluster"));
    assertNull(Main.yarnClusterFailure(RunOutcome.REFUSED, "yarn", "client"));
    assertNull(Main.yarnClusterFailure(RunOutcome.BAD_INPUT, "k8s://https://api:6443", "cluster"));
    assertNull(Main.yarnClusterFailure(RunOutcome.FAILED, null, null));
  }
}
