package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.countrystance.testing.SharedData;
import org.countrystance.tone.ToneScorer;
import org.junit.jupiter.api.Test;

class NytSentimentEvaluationTest {
  @Test
  void beatsVaderOnTheNytEditorialDevelopmentHalf() {
    Path tsv = SharedData.require("eval/nyt_editorial_snippets.dev.tsv");
    NytSentimentEvaluation.Result r =
        NytSentimentEvaluation.evaluate(tsv, ToneScorer.loadDefault()::sentenceTone);
    System.out.println("NYT editorial dev: country-stance tone " + r);
    System.out.printf("NYT editorial dev: VADER published r=%.3f F1=%.2f; measured on dev r=%.3f"
            + " macro-F1=%.3f%n", NytSentimentEvaluation.VADER_PUBLISHED_R,
        NytSentimentEvaluation.VADER_PUBLISHED_F1, NytSentimentEvaluation.VADER_DEV_R,
        NytSentimentEvaluation.VADER_DEV_MACRO_F1);
    assertEquals(2622, r.sentences());
    assertTrue(r.pearson() > 0.525, "pearson r " + r.pearson());
    assertTrue(r.macroF1() > 0.48, "macro-F1 " + r.macroF1());
  }

  @Test
  void perfectlyLinearPredictionsHaveCorrelationOneAndFullF1() {
    double[] gold = {-2.0, -0.5, 0.0, 1.0, 3.0};
    double[] pred = {-0.5, -0.125, 0.0, 0.25, 0.75};
    NytSentimentEvaluation.Result r = NytSentimentEvaluation.compare(gold, pred);
    assertEquals(1.0, r.pearson(), 1e-12);
    assertEquals(1.0, r.macroF1(), 1e-12);
    assertEquals(1.0, r.accuracy(), 1e-12);
  }

  @Test
  void scoresWithinPointZeroFiveOfZeroCountAsNeutral() {
    double[] gold = {0.04, -0.04, 0.2};
    double[] pred = {0.06, 0.0, 0.05};
    NytSentimentEvaluation.Result r = NytSentimentEvaluation.compare(gold, pred);
    assertEquals(1.0 / 3, r.accuracy(), 1e-12);
  }
}
