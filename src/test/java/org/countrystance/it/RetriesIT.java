package org.countrystance.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.countrystance.publish.FaultInjection;
import org.countrystance.testing.ChildJvm;
import org.countrystance.testing.ItRuns;
import org.countrystance.testing.OutputSnapshot;
import org.junit.jupiter.api.Test;

/** Issue 7.4: under local[2,3], failing the first attempt of every annotate and write task changes nothing. */
class RetriesIT {
  @Test
  void firstAttemptFailuresInAnnotateAndWriteAreRetriedIntoExactlyTheCleanOutput() throws Exception {
    Path clean = ItRuns.cleanOutput();
    Path out = ItRuns.work("retried");
    Path log = ItRuns.work("retried.log");
    List<String> jvm = List.of("-Xmx1500m", "-D" + FaultInjection.FAIL_PROPERTY + "=annotate,write");
    String[] args = ItRuns.runArgs(out);
    args[args.length - 1] = "local[2,3]";

    assertEquals(0, ChildJvm.runCli(log, jvm, args), "see " + log);

    String text = java.nio.file.Files.readString(log);
    assertTrue(text.contains("injected fault: first attempt of a annotate task"), "annotate tasks failed once");
    assertTrue(text.contains("injected fault: first attempt of a write task"), "write tasks failed once");
    assertEquals(OutputSnapshot.byDay(clean), OutputSnapshot.byDay(out));
    assertEquals(OutputSnapshot.rejects(clean),
        OutputSnapshot.rejects(out));
    assertEquals(List.of(), OutputSnapshot.leftovers(out));
  }
}
