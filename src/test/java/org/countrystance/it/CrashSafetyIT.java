package org.countrystance.it;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.countrystance.publish.FaultInjection;
import org.countrystance.testing.ChildJvm;
import org.countrystance.testing.ItRuns;
import org.countrystance.testing.OutputSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Issue 7.5: SIGKILL the job's JVM inside annotate, inside a staged write and inside the commit,
 * each time on the output the previous killed run left. Readers never see part of a day; the next
 * run recovers; the last rerun reproduces the clean output and leaves no staging, trash or _temporary.
 */
class CrashSafetyIT {
  private static boolean exists(Path out, String glob) {
    try (Stream<Path> runs = Files.list(out.resolve("_staging"))) {
      return runs.anyMatch(run -> Files.exists(run.resolve(glob)));
    } catch (IOException e) {
      return false;
    }
  }

  private static ChildJvm start(Path out, String name, String slowDown) throws IOException {
    return ChildJvm.start(ItRuns.work(name + ".log"),
        List.of("-Xmx1500m", "-D" + FaultInjection.SLOW_PROPERTY + "=" + slowDown),
        "org.countrystance.Main", ItRuns.runArgs(out));
  }

  /** Every published day of every table equals that day of the clean run (a day may be absent). */
  private static void assertNoPartialDay(Path out, Map<String, Map<String, List<String>>> clean) throws IOException {
    var now = OutputSnapshot.byDay(out);
    for (var table : now.entrySet()) {
      for (var day : table.getValue().entrySet()) {
        assertEquals(clean.get(table.getKey()).get(day.getKey()), day.getValue(), table.getKey() + "/" + day.getKey());
      }
    }
  }

  @Test
  void killsInAnnotateInAWriteAndInTheCommitLeaveNoPartialDayAndTheRerunIsClean() throws Exception {
    var clean = OutputSnapshot.byDay(ItRuns.cleanOutput());
    Path out = ItRuns.work("crashed");

    ChildJvm annotate = start(out, "kill-annotate", "annotate=5000");
    assertTrue(annotate.killWhen(() -> exists(out, "mentions")), "killed while mentions were being annotated");
    assertFalse(exists(out, "country_daily"), "the kill came before the aggregates");
    assertNoPartialDay(out, clean);

    ChildJvm write = start(out, "kill-write", "write=3000");
    assertTrue(write.killWhen(() -> exists(out, "articles/_temporary")), "killed while articles were being written");
    assertTrue(write.log().contains("discarded the uncommitted staging"), "the annotate kill's staging was discarded");
    assertNoPartialDay(out, clean);

    ChildJvm commit = start(out, "kill-commit", "commit=400");
    assertTrue(commit.killWhen(() -> exists(out, "_COMMIT") && Files.exists(out.resolve("articles"))),
        "killed after the commit journal was written and the first day was published");
    assertTrue(exists(out, "_COMMIT"), "the commit was interrupted");
    assertNoPartialDay(out, clean);

    Path log = ItRuns.work("rerun-after-kills.log");
    assertEquals(0, ChildJvm.runCli(log, ItRuns.HEAP, ItRuns.runArgs(out)), "see " + log);
    assertTrue(Files.readString(log).contains("finished the interrupted commit"), "the rerun finished the killed commit");
    assertEquals(clean, OutputSnapshot.byDay(out));
    assertEquals(OutputSnapshot.rejects(ItRuns.cleanOutput()), OutputSnapshot.rejects(out),
        "one reject per rejected input row: the killed runs' rejects were replaced, not added");
    assertEquals(List.of(), OutputSnapshot.leftovers(out));
  }
}
