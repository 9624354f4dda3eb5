package org.countrystance.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * Multinomial logistic regression over {@link TargetFeatures}: negative, neutral and positive tone
 * toward a target, from the dense features plus weights of the words right beside the target (by
 * side) and of every other word of the sentence. Weights are a TSV table, one row per feature.
 */
public final class TargetToneModel implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int NEGATIVE = 0;
  public static final int NEUTRAL = 1;
  public static final int POSITIVE = 2;
  public static final List<String> LABELS = List.of("negative", "neutral", "positive");
  /** The model shipped in the jar, written by the {@code train} command. */
  public static final String RESOURCE = "/tone/target_tone.tsv";
  static final String LEFT = "left";
  static final String RIGHT = "right";
  static final String SENTENCE = "sentence";
  static final String DENSE = "dense";

  private final double[][] dense;
  private final Map<String, double[]> left;
  private final Map<String, double[]> right;
  private final Map<String, double[]> sentence;

  TargetToneModel(double[][] dense, Map<String, double[]> left, Map<String, double[]> right,
      Map<String, double[]> sentence) {
    if (dense.length != TargetFeatures.DENSE.size()) {
      throw new IllegalArgumentException("expected " + TargetFeatures.DENSE.size()
          + " dense weights, got " + dense.length);
    }
    this.dense = dense;
    this.left = left;
    this.right = right;
    this.sentence = sentence;
  }

  /** The model shipped in the jar ({@value #RESOURCE}). */
  public static TargetToneModel loadDefault() {
    InputStream in = TargetToneModel.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("target-tone model " + RESOURCE + " is not on the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads the table {@link #write} writes: kind, feature, negative, neutral, positive weight. */
  static TargetToneModel read(BufferedReader r, String name) throws IOException {
    double[][] dense = new double[TargetFeatures.DENSE.size()][];
    Map<String, Map<String, double[]>> words = Map.of(LEFT, new HashMap<>(), RIGHT,
        new HashMap<>(), SENTENCE, new HashMap<>());
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("kind\t")) continue;
      String[] cells = line.split("\t", -1);
      if (cells.length != 5) {
        throw new IllegalArgumentException(name + " line " + no
            + ": expected kind<TAB>feature<TAB>negative<TAB>neutral<TAB>positive, got " + line);
      }
      double[] w = {Double.parseDouble(cells[2]), Double.parseDouble(cells[3]),
          Double.parseDouble(cells[4])};
      if (cells[0].equals(DENSE)) {
        int i = TargetFeatures.DENSE.indexOf(cells[1]);
        if (i < 0) throw new IllegalArgumentException(name + " line " + no + ": unknown dense feature " + cells[1]);
        dense[i] = w;
      } else if (words.containsKey(cells[0])) {
        words.get(cells[0]).put(cells[1], w);
      } else {
        throw new IllegalArgumentException(name + " line " + no + ": unknown kind " + cells[0]
            + ", expected one of dense, left, right, sentence");
      }
    }
    for (int i = 0; i < dense.length; i++) {
      if (dense[i] == null) {
        throw new IllegalArgumentException(name + ": no weights for dense feature "
            + TargetFeatures.DENSE.get(i));
      }
    }
    // hash maps, not Map.copyOf: most words have no weight, and a miss is cheaper in a hash map (see ToneLexicon)
    return new TargetToneModel(dense, Collections.unmodifiableMap(words.get(LEFT)),
        Collections.unmodifiableMap(words.get(RIGHT)), Collections.unmodifiableMap(words.get(SENTENCE)));
  }

  /** Writes the weights as the TSV table {@link #read} reads, after the given comment lines. */
  public void write(Writer w, List<String> comments) throws IOException {
    for (String c : comments) w.write("# " + c + "\n");
    w.write("kind\tfeature\tnegative\tneutral\tpositive\n");
    for (int i = 0; i < dense.length; i++) row(w, DENSE, TargetFeatures.DENSE.get(i), dense[i]);
    for (var e : new java.util.TreeMap<>(left).entrySet()) row(w, LEFT, e.getKey(), e.getValue());
    for (var e : new java.util.TreeMap<>(right).entrySet()) row(w, RIGHT, e.getKey(), e.getValue());
    for (var e : new java.util.TreeMap<>(sentence).entrySet()) row(w, SENTENCE, e.getKey(), e.getValue());
  }

  private static void row(Writer w, String kind, String name, double[] v) throws IOException {
    w.write(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%.4f%n", kind, name, v[0], v[1], v[2]));
  }

  /** Scale of each sentence word, so that long sentences do not shout. */
  static double sentenceScale(WordTokenizer.Tokens t) {
    return 1.0 / Math.sqrt(Math.max(1, t.size()));
  }

  /** The summed weights of every word of the sentence; computed once per sentence. */
  double[] sentenceLogits(WordTokenizer.Tokens t) {
    double[] z = new double[3];
    double s = sentenceScale(t);
    for (int i = 0; i < t.size(); i++) add(z, sentence.get(t.lower(i)), s);
    return z;
  }

  /** Logits of the target at tokens [first, last]: its sentence's minus its own words, plus the rest. */
  double[] logits(WordTokenizer.Tokens t, double[] x, double[] sentenceLogits, int first, int last) {
    double[] z = sentenceLogits.clone();
    double s = sentenceScale(t);
    for (int i = first; i <= last; i++) add(z, sentence.get(t.lower(i)), -s);
    for (int j = 0; j < x.length; j++) {
      if (x[j] != 0) add(z, dense[j], x[j]);
    }
    windowWords(t, first, last, (key, i) -> add(z, (i < first ? left : right).get(key), 1));
    return z;
  }

  /** The words beside the target within {@link TargetFeatures#WINDOW} tokens, with their index. */
  static void windowWords(WordTokenizer.Tokens t, int first, int last, ObjIntConsumer<String> out) {
    for (int i = Math.max(0, first - TargetFeatures.WINDOW); i < first; i++) out.accept(t.lower(i), i);
    for (int i = last + 1; i <= Math.min(t.size() - 1, last + TargetFeatures.WINDOW); i++) {
      out.accept(t.lower(i), i);
    }
  }

  private static void add(double[] z, double[] w, double scale) {
    if (w == null) return;
    z[0] += scale * w[0];
    z[1] += scale * w[1];
    z[2] += scale * w[2];
  }

  /** Softmax of three logits. */
  double[] probabilities(double[] z) {
    double m = Math.max(z[0], Math.max(z[1], z[2]));
    double a = Math.exp(z[0] - m);
    double b = Math.exp(z[1] - m);
    double c = Math.exp(z[2] - m);
    double sum = a + b + c;
    return new double[] {a / sum, b / sum, c / sum};
  }

  /** Number of word weights, for the training report. */
  public int words() {
    return left.size() + right.size() + sentence.size();
  }
}
