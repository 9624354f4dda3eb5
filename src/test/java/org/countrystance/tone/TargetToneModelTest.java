package org.countrystance.tone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetToneModelTest {
  private static final ToneScorer SHIPPED = ToneScorer.loadDefault();

  private static double towards(String sentence, String target) {
    int at = sentence.indexOf(target);
    return SHIPPED.score(WordTokenizer.tokenize(sentence)).towards(at, at + target.length());
  }

  @Test
  void theShippedModelGivesTwoCountriesOfOneSentenceTheirOwnTone() {
    String s = "Leaders condemned Russia and praised Ukraine for its courage.";
    assertTrue(towards(s, "Ukraine") > 0.3, "praised");
    assertTrue(towards(s, "Russia") < towards(s, "Ukraine") - 0.5, "condemned vs praised");
    String invasion = "The brutal Russian invasion was condemned by the heroic Ukrainian defenders.";
    assertTrue(towards(invasion, "Russian") < -0.5, "brutal Russian invasion");
    assertTrue(towards(invasion, "Ukrainian") > towards(invasion, "Russian") + 0.3, "heroic defenders");
  }

  @Test
  void theShippedModelKeepsAPlainReportNearNeutral() {
    String s = "France and Germany signed a trade agreement on Tuesday.";
    assertTrue(Math.abs(towards(s, "France")) < 0.2, "France " + towards(s, "France"));
  }

  @Test
  void aTargetCoveringNoWordGetsNoTone() {
    String s = "The brutal invasion was condemned.";
    assertEquals(0.0, SHIPPED.score(WordTokenizer.tokenize(s)).towards(3, 4), 1e-12);
  }

  @Test
  void writtenWeightsReadBackScoreTheSame() throws Exception {
    TargetToneModel model = TargetToneTrainerTest.trainedOnMadeUpVerbs();
    StringWriter table = new StringWriter();
    model.write(table, List.of("test"));
    TargetToneModel copy = TargetToneModel.read(new BufferedReader(new StringReader(table.toString())), "t");
    String s = "Gamma zorbed the plan, said Delta.";
    double[] p = new ToneScorer(ToneLexicon.loadDefault(), model).score(WordTokenizer.tokenize(s))
        .probabilities(0, 5);
    double[] q = new ToneScorer(ToneLexicon.loadDefault(), copy).score(WordTokenizer.tokenize(s))
        .probabilities(0, 5);
    assertArrayEquals(p, q, 1e-3, "weights are written with four decimals");
  }

  @Test
  void aMalformedWeightsRowFailsNamingItsLine() {
    String table = "kind\tfeature\tnegative\tneutral\tpositive\nleft\tby\t0.1\t0.2\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TargetToneModel.read(new BufferedReader(new StringReader(table)), "w.tsv"));
    assertTrue(e.getMessage().contains("w.tsv line 2"), e.getMessage());
  }

  @Test
  void aTableMissingADenseFeatureIsRejected() {
    String table = "kind\tfeature\tnegative\tneutral\tpositive\ndense\tbias\t0\t0\t0\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TargetToneModel.read(new BufferedReader(new StringReader(table)), "w.tsv"));
    assertTrue(e.getMessage().contains("no weights for dense feature sentence:pos"), e.getMessage());
  }
}
