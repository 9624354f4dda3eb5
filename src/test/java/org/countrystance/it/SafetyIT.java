package org.countrystance.it;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.countrystance.testing.ChildJvm;
import org.countrystance.testing.ItRuns;
import org.junit.jupiter.api.Test;

/** Issue 7.2 and 7.9 from the outside: the whole log and output of a real run, and the UI's socket. */
class SafetyIT {
  /** A log line that starts like a log record of its own and carries the corpus's forged text. */
  private static final Pattern FORGED = Pattern.compile("(?m)^\\s*(ERROR|WARN)\\b.*forged");

  @Test
  void forgedLogLinesInTitlesNeverBecomeLogLines() throws Exception {
    ItRuns.cleanOutput();
    String log = Files.readString(ItRuns.work("clean.log"));
    assertTrue(log.contains("stage annotate finished in"), "the log is the job's");
    assertFalse(FORGED.matcher(log).find(), "a title's forged line reached the log as a line of its own");
  }

  @Test
  void aSecretPassedThroughSparkConfAppearsInNoLogLineAndNoOutputFile() throws Exception {
    Path out = ItRuns.cleanOutput();
    assertFalse(Files.readString(ItRuns.work("clean.log")).contains(ItRuns.SECRET), "secret in the log");
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains(ItRuns.SECRET), f.toString());
      }
    }
  }

  @Test
  void theUiIsOffByDefaultAndWhenEnabledAnswersOnLoopbackOnly() throws Exception {
    Path log = ItRuns.work("ui-probe.log");
    ChildJvm probe = ChildJvm.start(log, List.of("-Xmx512m"), "org.countrystance.testing.UiProbe");
    assertEquals(0, probe.waitFor(), "see " + log);
    String text = probe.log();
    assertTrue(text.contains("DEFAULT_UI=false"), text);
    assertTrue(text.contains("LOOPBACK=true"), text);
    assumeFalse(text.contains("EXTERNAL=none"), "no non-loopback interface to test from");
    assertTrue(Pattern.compile("EXTERNAL=\\S+:false").matcher(text).find(), text);
  }
}
