package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.countrystance.stance.StanceClassifier;
import org.junit.jupiter.api.Test;

class StanceDevEvaluationTest {
  private static final List<StanceDevEvaluation.Item> ITEMS =
      StanceDevEvaluation.run(StanceClassifier.loadDefault());

  @Test
  void theDevelopmentSetCoversEveryPositionOfEveryTopicWithAHeldOutThird() {
    assertTrue(ITEMS.size() >= 150, "size " + ITEMS.size());
    Set<String> golds = ITEMS.stream().map(i -> i.topic() + "/" + i.gold())
        .collect(Collectors.toSet());
    for (String p : List.of("ukraine-war/supports_russia", "ukraine-war/supports_ukraine",
        "ukraine-war/calls_for_peace", "ukraine-war/neutral_noncommittal",
        "israel-gaza/supports_israel", "israel-gaza/supports_palestinians",
        "israel-gaza/calls_for_ceasefire", "israel-gaza/neutral_noncommittal",
        "climate-action/supports_climate_action", "climate-action/opposes_climate_action",
        "climate-action/neutral_noncommittal")) {
      assertTrue(golds.contains(p), "no gold sentence for " + p);
    }
    long heldout = ITEMS.stream().filter(i -> i.split().equals("heldout")).count();
    assertTrue(heldout >= ITEMS.size() / 4, "held-out rows " + heldout);
  }

  @Test
  void classifiesTheDevelopmentAndHeldOutSentencesAboveTheFloor() {
    StanceDevEvaluation.SplitScore dev = StanceDevEvaluation.score(ITEMS, "dev");
    StanceDevEvaluation.SplitScore heldout = StanceDevEvaluation.score(ITEMS, "heldout");
    System.out.print(StanceDevEvaluation.format(dev));
    System.out.print(StanceDevEvaluation.format(heldout));
    System.out.print(StanceDevEvaluation.format(StanceDevEvaluation.score(ITEMS, "all")));
    assertTrue(dev.accuracy() >= 0.88, "dev accuracy " + dev.accuracy());
    assertTrue(heldout.accuracy() >= 0.84, "held-out accuracy " + heldout.accuracy());
  }

  @Test
  void scoresPrecisionAndRecallPerPosition() {
    List<StanceDevEvaluation.Item> items = List.of(
        new StanceDevEvaluation.Item(1, "dev", "X", "t", "a", "a", "s"),
        new StanceDevEvaluation.Item(2, "dev", "X", "t", "a", "b", "s"),
        new StanceDevEvaluation.Item(3, "dev", "X", "t", "b", "b", "s"));
    StanceDevEvaluation.SplitScore s = StanceDevEvaluation.score(items, "all");
    assertEquals(2.0 / 3, s.accuracy(), 1e-12);
    StanceDevEvaluation.PositionScore b = s.positions().get(1);
    assertEquals("b", b.position());
    assertEquals(0.5, b.precision(), 1e-12);
    assertEquals(1.0, b.recall(), 1e-12);
  }
}
