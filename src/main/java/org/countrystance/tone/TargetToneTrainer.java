package org.countrystance.tone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fits a {@link TargetToneModel} to labelled targets: softmax regression with an L2 penalty by
 * AdaGrad over shuffled examples (seeded, so the same data and settings give the same weights).
 * Words seen in fewer than {@code minCount} training targets get no weight.
 */
public final class TargetToneTrainer {
  /** Passes over the data, L2 penalty per example, AdaGrad step, minimum word count, seed. */
  public record Settings(int epochs, double l2, double rate, int minCount, long seed) {
    public static final Settings DEFAULT = new Settings(3, 1e-4, 0.1, 3, 24L);
  }

  private record Example(int[] index, double[] value, int label) {}

  private final ToneScorer lexicalScorer;

  /** {@code lexicalScorer} gives the lexicon features; its own target model, if any, is not used. */
  public TargetToneTrainer(ToneScorer lexicalScorer) {
    this.lexicalScorer = lexicalScorer;
  }

  public TargetToneModel train(List<NewsMtsc.Target> targets, Settings s) {
    int dense = TargetFeatures.DENSE.size();
    List<Map<String, Double>> words = new ArrayList<>();
    List<double[]> denses = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (NewsMtsc.Target t : targets) {
      ToneScorer.Scored scored = lexicalScorer.score(WordTokenizer.tokenize(t.sentence()));
      double[] x = scored.features(t.from(), t.to());
      Map<String, Double> w = x == null ? Map.of() : words(scored.tokens(), t.from(), t.to());
      denses.add(x == null ? new double[dense] : x);
      words.add(w);
      w.keySet().forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    counts.entrySet().stream().filter(e -> e.getValue() >= s.minCount()).map(Map.Entry::getKey)
        .sorted().forEach(k -> index.put(k, dense + index.size()));
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      examples.add(example(denses.get(i), words.get(i), index, targets.get(i).label()));
    }
    double[][] w = fit(examples, dense + index.size(), s);
    return model(w, index);
  }

  /** The target's word features: "left\tword", "right\tword" and "sentence\tword" with values. */
  private static Map<String, Double> words(WordTokenizer.Tokens t, int start, int end) {
    int[] span = TargetFeatures.span(t, start, end);
    Map<String, Double> w = new HashMap<>();
    double s = TargetToneModel.sentenceScale(t);
    for (int i = 0; i < t.size(); i++) {
      if (i < span[0] || i > span[1]) w.merge(TargetToneModel.SENTENCE + "\t" + t.lower(i), s, Double::sum);
    }
    TargetToneModel.windowWords(t, span[0], span[1], (word, i) -> w.merge(
        (i < span[0] ? TargetToneModel.LEFT : TargetToneModel.RIGHT) + "\t" + word, 1.0, Double::sum));
    return w;
  }

  private static Example example(double[] x, Map<String, Double> words, Map<String, Integer> index,
      int label) {
    List<int[]> at = new ArrayList<>();
    int n = 0;
    int[] idx = new int[x.length + words.size()];
    double[] val = new double[idx.length];
    for (int j = 0; j < x.length; j++) {
      if (x[j] != 0) {
        idx[n] = j;
        val[n++] = x[j];
      }
    }
    for (Map.Entry<String, Double> e : words.entrySet()) {
      Integer j = index.get(e.getKey());
      if (j != null) {
        idx[n] = j;
        val[n++] = e.getValue();
      }
    }
    return new Example(java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n), label);
  }

  private static double[][] fit(List<Example> examples, int features, Settings s) {
    double[][] w = new double[features][3];
    double[][] g2 = new double[features][3];
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(s.seed());
    double[] z = new double[3];
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      java.util.Collections.shuffle(order, random);
      for (Example e : order) {
        z[0] = z[1] = z[2] = 0;
        for (int n = 0; n < e.index().length; n++) {
          double[] wj = w[e.index()[n]];
          for (int k = 0; k < 3; k++) z[k] += wj[k] * e.value()[n];
        }
        double m = Math.max(z[0], Math.max(z[1], z[2]));
        double sum = 0;
        for (int k = 0; k < 3; k++) sum += z[k] = Math.exp(z[k] - m);
        for (int n = 0; n < e.index().length; n++) {
          int j = e.index()[n];
          for (int k = 0; k < 3; k++) {
            // the bias (feature 0) is not penalised
            double grad = (z[k] / sum - (k == e.label() ? 1 : 0)) * e.value()[n]
                + (j == 0 ? 0 : s.l2() * w[j][k]);
            g2[j][k] += grad * grad;
            w[j][k] -= s.rate() * grad / Math.sqrt(g2[j][k] + 1e-8);
          }
        }
      }
    }
    return w;
  }

  private static TargetToneModel model(double[][] w, Map<String, Integer> index) {
    int dense = TargetFeatures.DENSE.size();
    Map<String, Map<String, double[]>> words = Map.of(TargetToneModel.LEFT, new HashMap<>(),
        TargetToneModel.RIGHT, new HashMap<>(), TargetToneModel.SENTENCE, new HashMap<>());
    index.forEach((key, j) -> {
      String[] kindWord = key.split("\t", 2);
      words.get(kindWord[0]).put(kindWord[1], w[j]);
    });
    return new TargetToneModel(java.util.Arrays.copyOf(w, dense), words.get(TargetToneModel.LEFT),
        words.get(TargetToneModel.RIGHT), words.get(TargetToneModel.SENTENCE));
  }
}
