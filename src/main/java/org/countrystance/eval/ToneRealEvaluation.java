package org.countrystance.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.countrystance.annotate.ArticleAnnotator;
import org.countrystance.annotate.MentionFact;
import org.countrystance.tone.TargetToneModel;
import org.countrystance.tone.ToneScorer;
import org.countrystance.tone.WordTokenizer;

/**
 * Tone toward each country on the hand-labelled real sentences of {@code src/test/resources/eval/tone_real} (UN
 * General Debate 2023 and White House pages; the labelling guideline is in that folder's README). Each labelled
 * text is annotated whole, as the job reads it, and the named mentions of the labelled sentence are kept. A
 * country's class is the argmax of its tone probabilities as a country ({@code ToneScorer.Scored#towardsCountry},
 * whose P(positive) - P(negative) is {@code mention_tone}) averaged over its mentions in the sentence, beside
 * the sentence's own {@code tone} read as VADER's compound is (+-0.05). Only labelled countries the job finds
 * are scored; how many it finds is reported beside.
 */
public final class ToneRealEvaluation {
  static final List<String> CLASSES = List.of("negative", "neutral", "positive");

  /** One sentence: gold class by country, and the model's and the sentence tone's class by country found. */
  public record Item(String id, String split, String text, Map<String, Integer> gold, Map<String, Integer> model,
      Map<String, Integer> sentence) {}

  /** The scores of one split over the labelled countries the job found. */
  public record Score(String split, int sentences, int labelled, int found, TargetToneEvaluation.Score model,
      TargetToneEvaluation.Score sentence) {}

  private ToneRealEvaluation() {}

  /** The labels of the set: sentence id to country to class (0 negative, 1 neutral, 2 positive). */
  static Map<String, Map<String, Integer>> labels(Path setDir) throws IOException {
    Map<String, Map<String, Integer>> gold = new HashMap<>();
    for (String[] c : StanceRealEvaluation.rows(setDir.resolve("labels.tsv"))) {
      int k = CLASSES.indexOf(c[2]);
      if (k < 0) {
        throw new IllegalStateException("tone_real: " + c[0] + " has an unknown tone " + c[2]);
      }
      gold.computeIfAbsent(c[0], x -> new LinkedHashMap<>()).put(c[1], k);
    }
    return gold;
  }

  /**
   * Annotates every labelled sentence's text with {@code annotator}; {@code scorer} must be the annotator's own
   * tone scorer (checked: its P(positive) - P(negative) is each mention's {@code mention_tone}).
   */
  public static List<Item> run(Path setDir, Path shared, ArticleAnnotator annotator, ToneScorer scorer)
      throws IOException {
    Map<String, Map<String, Integer>> gold = labels(setDir);
    List<Item> items = new ArrayList<>();
    for (StanceRealEvaluation.Labelled l : StanceRealEvaluation.labelled(setDir, shared, annotator, "tone_real")) {
      String[] c = l.row();
      ToneScorer.Scored scored = scorer.score(WordTokenizer.tokenize(l.sentence()));
      Map<String, double[]> probabilities = new LinkedHashMap<>();
      Map<String, Integer> sentenceClass = new LinkedHashMap<>();
      for (MentionFact f : l.named()) {
        double[] p = scored.towardsCountry(f.start(), f.end());
        if (Math.abs(p[TargetToneModel.POSITIVE] - p[TargetToneModel.NEGATIVE] - f.mentionTone()) > 1e-9) {
          throw new IllegalStateException("tone_real: the scorer is not the annotator's (" + c[0] + ", "
              + f.country() + ")");
        }
        double[] sum = probabilities.computeIfAbsent(f.country(), k -> new double[3]);
        for (int k = 0; k < 3; k++) {
          sum[k] += p[k];
        }
        sentenceClass.put(f.country(), TargetToneEvaluation.label(f.tone()));
      }
      Map<String, Integer> model = new LinkedHashMap<>();
      probabilities.forEach((country, p) -> model.put(country, TargetToneEvaluation.argmax(p)));
      items.add(new Item(c[0], c[3], l.sentence(), gold.getOrDefault(c[0], Map.of()), model, sentenceClass));
    }
    return items;
  }

  /** Scores the items of {@code split} ("dev", "test" or "all"). */
  public static Score score(List<Item> items, String split) {
    int[][] model = new int[3][3];
    int[][] sentence = new int[3][3];
    int sentences = 0;
    int labelled = 0;
    int found = 0;
    for (Item it : items) {
      if (!split.equals("all") && !split.equals(it.split())) {
        continue;
      }
      sentences++;
      for (Map.Entry<String, Integer> g : it.gold().entrySet()) {
        labelled++;
        Integer m = it.model().get(g.getKey());
        if (m != null) {
          found++;
          model[g.getValue()][m]++;
          sentence[g.getValue()][it.sentence().get(g.getKey())]++;
        }
      }
    }
    return new Score(split, sentences, labelled, found, TargetToneEvaluation.score(model),
        TargetToneEvaluation.score(sentence));
  }

  /** Prints the scores of both halves and, with {@code -Derrors=true}, every country the model gets wrong. */
  public static void main(String[] args) throws IOException {
    ArticleAnnotator annotator = ArticleAnnotator.load((org.countrystance.config.RuleTables) null);
    List<Item> items = run(Path.of(args[0]), Path.of(args[1]), annotator, ToneScorer.loadDefault());
    for (String split : List.of("dev", "test", "all")) {
      Score s = score(items, split);
      System.out.printf("%s (%d sentences, %d of %d labelled countries found): model %s | sentence tone %s%n",
          split, s.sentences(), s.found(), s.labelled(), s.model(), s.sentence());
    }
    if (Boolean.getBoolean("errors")) {
      for (Item it : items) {
        for (Map.Entry<String, Integer> g : it.gold().entrySet()) {
          Integer m = it.model().get(g.getKey());
          if (m != null && !m.equals(g.getValue())) {
            System.out.printf("%s %s %s gold %s model %s | %s%n", it.id(), it.split(), g.getKey(),
                CLASSES.get(g.getValue()), CLASSES.get(m), it.text().replaceAll("\\s+", " "));
          }
        }
      }
    }
  }
}
