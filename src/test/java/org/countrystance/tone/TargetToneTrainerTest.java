package org.countrystance.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetToneTrainerTest {
  private static final List<String> NAMES = List.of("Alpha", "Beta", "Omega", "Sigma", "Kappa", "Theta");

  /** Made-up verbs the lexicon does not rate, so only training can give them a tone. */
  static List<NewsMtsc.Target> madeUpVerbs() {
    List<NewsMtsc.Target> out = new ArrayList<>();
    int line = 0;
    for (String name : NAMES) {
      for (String[] verb : new String[][] {{"zorbed", "2"}, {"quibbed", "0"}, {"visited", "1"}}) {
        String s = name + " " + verb[0] + " the talks on Monday.";
        out.add(new NewsMtsc.Target(++line, s, 0, name.length(), Integer.parseInt(verb[1])));
      }
    }
    return out;
  }

  static TargetToneModel trainedOnMadeUpVerbs() {
    return new TargetToneTrainer(new ToneScorer(ToneLexicon.loadDefault()))
        .train(madeUpVerbs(), new TargetToneTrainer.Settings(20, 1e-4, 0.1, 1, 7L));
  }

  private static int predicted(TargetToneModel model, String sentence, String target) {
    double[] p = new ToneScorer(ToneLexicon.loadDefault(), model).score(WordTokenizer.tokenize(sentence))
        .probabilities(sentence.indexOf(target), sentence.indexOf(target) + target.length());
    int best = 0;
    for (int k = 1; k < 3; k++) if (p[k] > p[best]) best = k;
    return best;
  }

  @Test
  void learnsTheToneOfUnratedWordsBesideTheTargetAndAppliesItToNewTargets() {
    TargetToneModel model = trainedOnMadeUpVerbs();
    assertEquals(TargetToneModel.POSITIVE, predicted(model, "Gamma zorbed the deal.", "Gamma"));
    assertEquals(TargetToneModel.NEGATIVE, predicted(model, "Gamma quibbed the deal.", "Gamma"));
    assertEquals(TargetToneModel.NEUTRAL, predicted(model, "Gamma visited the deal.", "Gamma"));
  }

  @Test
  void theSameDataAndSettingsGiveTheSameWeights() throws Exception {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    trainedOnMadeUpVerbs().write(a, List.of());
    trainedOnMadeUpVerbs().write(b, List.of());
    assertEquals(a.toString(), b.toString());
    assertTrue(a.toString().contains("left\t") || a.toString().contains("right\tzorbed"), a.toString());
  }
}
