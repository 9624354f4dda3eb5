package org.countrystance.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.countrystance.tone.ToneScorer;

/**
 * Agreement of a sentence-tone scorer with the mean human rating of NYT editorial sentences
 * (Hutto & Gilbert 2014): Pearson r, and 3-class accuracy and macro-F1 where a score above 0.05 is
 * positive, below -0.05 negative, else neutral (for the human mean and the prediction alike).
 */
public final class NytSentimentEvaluation {
  /** Published VADER results on the full NYT set (Hutto & Gilbert 2014, Table 4). */
  public static final double VADER_PUBLISHED_R = 0.492;
  public static final double VADER_PUBLISHED_F1 = 0.55;
  /** VADER (current release) measured on this development half: r and macro-F1. */
  public static final double VADER_DEV_R = 0.509;
  public static final double VADER_DEV_MACRO_F1 = 0.474;
  static final double THRESHOLD = 0.05;

  /** Result over n sentences. */
  public record Result(int sentences, double pearson, double macroF1, double accuracy) {
    @Override
    public String toString() {
      return String.format("n=%d  pearson_r=%.3f  macro_f1=%.3f  accuracy=%.3f",
          sentences, pearson, macroF1, accuracy);
    }
  }

  private NytSentimentEvaluation() {}

  /** Scores every sentence of the TSV ({@code id mean_rating text}, with header) and compares. */
  public static Result evaluate(Path tsv, ToDoubleFunction<String> scorer) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tsv, e);
    }
    int n = lines.size() - 1;
    double[] gold = new double[n];
    double[] pred = new double[n];
    for (int i = 0; i < n; i++) {
      String[] cells = lines.get(i + 1).split("\t", 3);
      if (cells.length < 3) {
        throw new IllegalArgumentException(tsv + " line " + (i + 2)
            + ": expected id<TAB>mean_rating<TAB>text");
      }
      gold[i] = Double.parseDouble(cells[1]);
      pred[i] = scorer.applyAsDouble(cells[2]);
    }
    return compare(gold, pred);
  }

  /** The same measures for given gold ratings and predictions. */
  public static Result compare(double[] gold, double[] pred) {
    int n = gold.length;
    int[][] confusion = new int[3][3];
    for (int i = 0; i < n; i++) {
      confusion[label(gold[i])][label(pred[i])]++;
    }
    double f1Sum = 0;
    int correct = 0;
    for (int c = 0; c < 3; c++) {
      int tp = confusion[c][c];
      int goldC = 0;
      int predC = 0;
      for (int k = 0; k < 3; k++) {
        goldC += confusion[c][k];
        predC += confusion[k][c];
      }
      double p = predC == 0 ? 0 : (double) tp / predC;
      double r = goldC == 0 ? 0 : (double) tp / goldC;
      f1Sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
      correct += tp;
    }
    return new Result(n, pearson(gold, pred), f1Sum / 3, n == 0 ? 0 : (double) correct / n);
  }

  /** 0 negative, 1 neutral, 2 positive. */
  static int label(double score) {
    return score > THRESHOLD ? 2 : score < -THRESHOLD ? 0 : 1;
  }

  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  /** Prints the result of the default tone scorer on the given file beside VADER's numbers. */
  public static void main(String[] args) {
    Path tsv = Path.of(args.length > 0 ? args[0]
        : "../shared/data/eval/nyt_editorial_snippets.dev.tsv");
    Result r = evaluate(tsv, ToneScorer.loadDefault()::sentenceTone);
    System.out.println("country-stance tone: " + r);
    System.out.printf("VADER published (full set): pearson_r=%.3f  f1=%.2f%n",
        VADER_PUBLISHED_R, VADER_PUBLISHED_F1);
    System.out.printf("VADER measured on this dev half: pearson_r=%.3f  macro_f1=%.3f%n",
        VADER_DEV_R, VADER_DEV_MACRO_F1);
  }
}
