package org.countrystance.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsMtscTest {
  @TempDir
  Path dir;

  private Path file(String... lines) throws Exception {
    return Files.write(dir.resolve("t.jsonl"), List.of(lines));
  }

  @Test
  void readsEveryTargetWithItsOffsetsAndClass() throws Exception {
    Path f = file("{\"sentence_normalized\": \"Ann praised Bob.\", \"targets\": ["
        + "{\"from\": 0, \"to\": 3, \"polarity\": 4.0}, {\"from\": 11, \"to\": 14, \"polarity\": 6.0}]}",
        "",
        "{\"sentence_normalized\": \"Cy lied.\", \"targets\": [{\"from\": 0, \"to\": 2, \"polarity\": 2.0}]}");
    List<NewsMtsc.Target> t = NewsMtsc.read(f);
    assertEquals(List.of(new NewsMtsc.Target(1, "Ann praised Bob.", 0, 3, TargetToneModel.NEUTRAL),
        new NewsMtsc.Target(1, "Ann praised Bob.", 11, 14, TargetToneModel.POSITIVE),
        new NewsMtsc.Target(3, "Cy lied.", 0, 2, TargetToneModel.NEGATIVE)), t);
  }

  @Test
  void anUnknownPolarityFailsNamingTheLine() throws Exception {
    Path f = file("{\"sentence_normalized\": \"Cy lied.\", \"targets\": [{\"from\": 0, \"to\": 2, \"polarity\": 5.0}]}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsMtsc.read(f));
    assertTrue(e.getMessage().contains("line 1: polarity 5.0"), e.getMessage());
  }

  @Test
  void offsetsOutsideTheSentenceFailNamingTheLine() throws Exception {
    Path f = file("{\"sentence_normalized\": \"Cy lied.\", \"targets\": [{\"from\": 4, \"to\": 40, \"polarity\": 2.0}]}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsMtsc.read(f));
    assertTrue(e.getMessage().contains("line 1: target offsets [4, 40)"), e.getMessage());
  }
}
