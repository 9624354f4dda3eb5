package org.countrystance.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.countrystance.stance.MentionStance;
import org.countrystance.stance.SpeakerMention;
import org.countrystance.stance.StanceClassifier;
import org.countrystance.stance.StanceStatement;

/**
 * Accuracy of the stance classifier on the hand-written development set (classpath
 * /eval/stance_dev.tsv): per split (dev, heldout, all), accuracy and per-position precision and
 * recall, where "none" means no statement of the speaker on the topic.
 */
public final class StanceDevEvaluation {
  public static final String RESOURCE = "/eval/stance_dev.tsv";

  /** One labelled sentence and what the classifier said. */
  public record Item(int id, String split, String iso3, String topic, String gold, String predicted,
      String sentence) {}

  /** Precision and recall of one position within a split. */
  public record PositionScore(String position, int gold, int predicted, int correct) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }
  }

  /** Scores of one split. */
  public record SplitScore(String split, int n, double accuracy, List<PositionScore> positions) {}

  private StanceDevEvaluation() {}

  /** Classifies every row of the development set. */
  public static List<Item> run(StanceClassifier classifier) {
    List<Item> items = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        StanceDevEvaluation.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] c = line.split("\t", -1);
        String iso3 = c[2];
        String surface = c[3];
        String author = c[4].equals("-") ? null : c[4];
        List<SpeakerMention> mentions = new ArrayList<>();
        if (!surface.equals("-")) {
          int at = c[7].indexOf(surface);
          mentions.add(new SpeakerMention(iso3, at, at + surface.length(), true, List.of()));
        }
        items.add(new Item(Integer.parseInt(c[0]), c[1], iso3, c[5], c[6],
            predicted(classifier.classify(c[7], mentions, author), iso3, c[5]), c[7]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return items;
  }

  private static String predicted(List<MentionStance> result, String iso3, String topic) {
    for (MentionStance m : result) {
      StanceStatement s = m.on(topic);
      if (m.mention().iso3().equals(iso3) && s != null) {
        return s.position();
      }
    }
    return "none";
  }

  /** Accuracy and per-position precision/recall of the items of one split ("all" for every item). */
  public static SplitScore score(List<Item> items, String split) {
    Map<String, int[]> counts = new TreeMap<>();
    int n = 0;
    int correct = 0;
    for (Item it : items) {
      if (!split.equals("all") && !split.equals(it.split())) {
        continue;
      }
      n++;
      counts.computeIfAbsent(it.gold(), k -> new int[3])[0]++;
      counts.computeIfAbsent(it.predicted(), k -> new int[3])[1]++;
      if (it.gold().equals(it.predicted())) {
        correct++;
        counts.get(it.gold())[2]++;
      }
    }
    List<PositionScore> positions = new ArrayList<>();
    counts.forEach((p, c) -> positions.add(new PositionScore(p, c[0], c[1], c[2])));
    return new SplitScore(split, n, n == 0 ? 0 : (double) correct / n, positions);
  }

  /** A printable table of one split's scores. */
  public static String format(SplitScore s) {
    StringBuilder b = new StringBuilder(String.format("%s: n=%d accuracy=%.3f%n", s.split(), s.n(),
        s.accuracy()));
    b.append(String.format("  %-26s %5s %5s %9s %7s%n", "position", "gold", "pred", "precision",
        "recall"));
    for (PositionScore p : s.positions()) {
      b.append(String.format("  %-26s %5d %5d %9.3f %7.3f%n", p.position(), p.gold(), p.predicted(),
          p.precision(), p.recall()));
    }
    return b.toString();
  }

  /** Prints the scores of the shipped rules on the dev part, the held-out part and all; -v: errors. */
  public static void main(String[] args) {
    List<Item> items = run(StanceClassifier.loadDefault());
    for (String split : List.of("dev", "heldout", "all")) {
      System.out.print(format(score(items, split)));
    }
    if (args.length > 0 && args[0].equals("-v")) {
      items.stream().filter(i -> !i.gold().equals(i.predicted()) && i.split().equals("dev"))
          .forEach(i -> System.out.println("  MISS " + i.id() + " gold=" + i.gold() + " pred="
              + i.predicted() + " | " + i.sentence()));
    }
  }
}
