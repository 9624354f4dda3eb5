package org.countrystance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {
  private static String line(String sentence, String... targets) {
    StringBuilder t = new StringBuilder();
    for (String spec : targets) {
      String[] p = spec.split(":");
      int from = sentence.indexOf(p[0]);
      if (t.length() > 0) t.append(',');
      t.append("{\"from\":").append(from).append(",\"to\":").append(from + p[0].length())
          .append(",\"polarity\":").append(p[1]).append('}');
    }
    return "{\"sentence_normalized\":\"" + sentence + "\",\"targets\":[" + t + "]}";
  }

  @Test
  void heldOutScoresAreAlsoGivenForSentencesWithSeveralTargetsAsInDevtestMt(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("train.jsonl");
    // held out with --holdout-every 2: lines 2 (two targets), 4 (three targets) and 6 (one target)
    Files.write(data, List.of(
        line("Alpha praised Beta.", "Alpha:4", "Beta:6"),
        line("Gamma attacked Delta.", "Gamma:2", "Delta:4"),
        line("Epsilon met Zeta.", "Epsilon:4"),
        line("Eta, Theta and Iota condemned the attack.", "Eta:2", "Theta:2", "Iota:2"),
        line("Kappa thanked Lambda.", "Kappa:4", "Lambda:6"),
        line("Mu spoke on Monday.", "Mu:4")));
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new TrainCommand());
    cli.setOut(new PrintWriter(out));
    int code = cli.execute("--data", data.toString(), "--holdout-every", "2", "--fold", "0", "--min-count", "1");
    assertEquals(0, code, out.toString());
    assertTrue(out.toString().contains("held out 6 targets"), out.toString());
    assertTrue(out.toString().contains("held out in sentences with 2+ targets 5:"), out.toString());
  }
}
