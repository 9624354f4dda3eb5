package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.countrystance.testing.SharedData;
import org.countrystance.tone.NewsMtsc;
import org.countrystance.tone.ToneScorer;
import org.junit.jupiter.api.Test;

class TargetToneEvaluationTest {
  @Test
  void macroF1AveragesTheF1OfEachClassAndAccuracyCountsHits() {
    // gold negative, negative, neutral, positive; predicted negative, neutral, neutral, positive
    List<NewsMtsc.Target> gold = List.of(new NewsMtsc.Target(1, "a", 0, 1, 0),
        new NewsMtsc.Target(2, "b", 0, 1, 0), new NewsMtsc.Target(3, "c", 0, 1, 1),
        new NewsMtsc.Target(4, "d", 0, 1, 2));
    Map<String, Integer> predicted = Map.of("a", 0, "b", 1, "c", 1, "d", 2);
    TargetToneEvaluation.Score s = TargetToneEvaluation.score(gold, t -> predicted.get(t.sentence()));
    // F1: negative 2/3, neutral 2/3, positive 1
    assertEquals((2.0 / 3 + 2.0 / 3 + 1) / 3, s.macroF1(), 1e-9);
    assertEquals(0.75, s.accuracy(), 1e-9);
  }

  @Test
  void theShippedModelBeatsTheSentenceToneOnNewsMtscDevtest() {
    List<NewsMtsc.Target> devtest = NewsMtsc.read(SharedData.require("eval/newsmtsc/devtest_mt.jsonl"));
    TargetToneEvaluation.Result r = TargetToneEvaluation.evaluate(devtest, ToneScorer.loadDefault());
    assertEquals(1476, r.model().n());
    assertTrue(r.model().macroF1() >= 0.63, "F1m " + r.model().macroF1());
    assertTrue(r.model().macroF1() > r.sentence().macroF1() + 0.1, r.toString());
    assertTrue(r.model().macroF1() > TargetToneEvaluation.VADER_DEVTEST_MT_F1M + 0.1, r.toString());
  }
}
