package org.countrystance.tone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NewsMTSC (Hamborg and Donnay 2021, MIT licence): JSON lines of news sentences, each with
 * targets given by character offsets and the tone toward them (2 negative, 4 neutral, 6 positive).
 */
public final class NewsMtsc {
  /** One labelled target: characters [from, to) of sentence number {@code line} (1-based). */
  public record Target(int line, String sentence, int from, int to, int label) {}

  private NewsMtsc() {}

  /** Every target of the file, in order; fails naming the line for a malformed one. */
  public static List<Target> read(Path jsonl) {
    List<String> lines;
    try {
      lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
    ObjectMapper json = new ObjectMapper();
    List<Target> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      String where = jsonl + " line " + (i + 1);
      JsonNode row;
      try {
        row = json.readTree(lines.get(i));
      } catch (IOException e) {
        throw new IllegalArgumentException(where + ": not JSON (" + e.getMessage() + ")");
      }
      String sentence = row.path("sentence_normalized").asText(null);
      JsonNode targets = row.path("targets");
      if (sentence == null || !targets.isArray()) {
        throw new IllegalArgumentException(where + ": expected sentence_normalized and targets");
      }
      for (JsonNode t : targets) {
        int from = t.path("from").asInt(-1);
        int to = t.path("to").asInt(-1);
        if (from < 0 || to <= from || to > sentence.length()) {
          throw new IllegalArgumentException(where + ": target offsets [" + from + ", " + to
              + ") outside the sentence of " + sentence.length() + " characters");
        }
        out.add(new Target(i + 1, sentence, from, to, label(t.path("polarity").asDouble(), where)));
      }
    }
    return out;
  }

  /** NewsMTSC's polarity 2 / 4 / 6 as {@link TargetToneModel#NEGATIVE} / NEUTRAL / POSITIVE. */
  static int label(double polarity, String where) {
    if (polarity == 2.0) return TargetToneModel.NEGATIVE;
    if (polarity == 4.0) return TargetToneModel.NEUTRAL;
    if (polarity == 6.0) return TargetToneModel.POSITIVE;
    throw new IllegalArgumentException(where + ": polarity " + polarity + ", expected 2, 4 or 6");
  }
}
