package org.countrystance.eval;

import java.util.List;
import java.util.function.ToIntFunction;
import org.countrystance.tone.NewsMtsc;
import org.countrystance.tone.TargetToneModel;
import org.countrystance.tone.ToneScorer;
import org.countrystance.tone.WordTokenizer;

/**
 * Tone toward targets against NewsMTSC's labels: macro-F1 over negative / neutral / positive and
 * accuracy, for the target-tone model, the sentence tone and the distance-weighted tone around the
 * target (the last two as classes by thresholds of +-0.05, as VADER's compound is read).
 */
public final class TargetToneEvaluation {
  /** VADER (current release) sentence compound, +-0.05, on devtest_mt's 1,476 targets. */
  public static final double VADER_DEVTEST_MT_F1M = 0.496;
  public static final double VADER_DEVTEST_MT_ACCURACY = 0.503;
  static final double THRESHOLD = 0.05;

  /** One predictor's scores over n targets. */
  public record Score(int n, double macroF1, double accuracy) {}

  /** The three predictors' scores on the same targets. */
  public record Result(Score model, Score sentence, Score nearby) {}

  private TargetToneEvaluation() {}

  /** Scores every target with the scorer's model, its sentence tone and its nearby tone. */
  public static Result evaluate(List<NewsMtsc.Target> targets, ToneScorer scorer) {
    return new Result(
        score(targets, t -> argmax(scored(scorer, t).probabilities(t.from(), t.to()))),
        score(targets, t -> label(scored(scorer, t).sentenceTone())),
        score(targets, t -> label(scored(scorer, t).mentionTone(t.from(), t.to()))));
  }

  private static ToneScorer.Scored scored(ToneScorer scorer, NewsMtsc.Target t) {
    return scorer.score(WordTokenizer.tokenize(t.sentence()));
  }

  /** Macro-F1 and accuracy of predicted classes against the targets' labels. */
  public static Score score(List<NewsMtsc.Target> targets, ToIntFunction<NewsMtsc.Target> predict) {
    int[][] confusion = new int[3][3];
    for (NewsMtsc.Target t : targets) {
      confusion[t.label()][predict.applyAsInt(t)]++;
    }
    return score(confusion);
  }

  /** Macro-F1 and accuracy of a confusion matrix, {@code confusion[gold][predicted]}. */
  static Score score(int[][] confusion) {
    int n = 0;
    double f1 = 0;
    int correct = 0;
    for (int c = 0; c < 3; c++) {
      int gold = 0;
      int predicted = 0;
      for (int k = 0; k < 3; k++) {
        gold += confusion[c][k];
        predicted += confusion[k][c];
      }
      int tp = confusion[c][c];
      f1 += gold + predicted == 0 ? 0 : 2.0 * tp / (gold + predicted);
      correct += tp;
      n += gold;
    }
    return new Score(n, f1 / 3, n == 0 ? 0 : (double) correct / n);
  }

  /** The class of a tone in [-1, 1] by thresholds of +-{@value #THRESHOLD}. */
  static int label(double tone) {
    return tone > THRESHOLD ? TargetToneModel.POSITIVE : tone < -THRESHOLD ? TargetToneModel.NEGATIVE
        : TargetToneModel.NEUTRAL;
  }

  static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) best = k;
    }
    return best;
  }
}
