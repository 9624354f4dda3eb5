package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.countrystance.annotate.ArticleAnnotator;
import org.countrystance.testing.SharedData;
import org.countrystance.tone.ToneScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToneRealEvaluationTest {
  private static final Path SET = Path.of("src/test/resources/eval/tone_real");
  private static final int NEG = 0;
  private static final int NEU = 1;
  private static final int POS = 2;

  @TempDir
  Path dir;

  @Test
  void scoresTheLabelledCountriesTheJobFoundByMacroF1AndAccuracy() {
    // tr1: AAA right (negative), BBB wrong (neutral read as negative), CCC not found; tr2: DDD right (positive)
    List<ToneRealEvaluation.Item> items = List.of(
        new ToneRealEvaluation.Item("tr1", "dev", "s1", Map.of("AAA", NEG, "BBB", NEU, "CCC", POS),
            Map.of("AAA", NEG, "BBB", NEG, "ZZZ", POS), Map.of("AAA", NEG, "BBB", NEG, "ZZZ", NEG)),
        new ToneRealEvaluation.Item("tr2", "test", "s2", Map.of("DDD", POS), Map.of("DDD", POS),
            Map.of("DDD", NEU)));

    ToneRealEvaluation.Score dev = ToneRealEvaluation.score(items, "dev");
    assertEquals(3, dev.labelled());
    assertEquals(2, dev.found());
    assertEquals(0.5, dev.model().accuracy(), 1e-9);
    // negative: F1 2*1/(1+2) = 2/3; neutral: 0; positive: no gold, no prediction = 0
    assertEquals(2.0 / 9, dev.model().macroF1(), 1e-9);
    assertEquals(0.5, dev.sentence().accuracy(), 1e-9);

    ToneRealEvaluation.Score all = ToneRealEvaluation.score(items, "all");
    assertEquals(2, all.sentences());
    assertEquals(3, all.found());
    assertEquals(2.0 / 3, all.model().accuracy(), 1e-9);
    assertEquals(1.0 / 3, all.sentence().accuracy(), 1e-9);
  }

  @Test
  void readsEveryLabelledSentenceFromTheSharedTexts() throws Exception {
    SharedData.require(EvalCommand.UNGD);
    SharedData.require("corpus/whitehouse_2022_2023.parquet");

    List<ToneRealEvaluation.Item> items = ToneRealEvaluation.run(SET, SharedData.root(),
        ArticleAnnotator.load((org.countrystance.config.RuleTables) null), ToneScorer.loadDefault());

    assertEquals(80, items.size());
    assertEquals(40, items.stream().filter(i -> i.split().equals("dev")).count());
    assertEquals(197, items.stream().mapToInt(i -> i.gold().size()).sum());
    ToneRealEvaluation.Item second = items.get(1);
    assertEquals("tr002", second.id());
    assertTrue(second.text().startsWith("Russia’s illegal invasion of Ukraine"), second.text());
    assertEquals(Map.of("RUS", NEG, "UKR", NEU), second.gold());
    // the victim of the invasion is not spoken ill of; its agent is
    assertEquals(NEU, second.model().get("UKR"));
    assertEquals(NEG, second.model().get("RUS"));
  }

  @Test
  void refusesASentenceWhoseTextChangedAndAnUnknownTone() throws Exception {
    SharedData.require(EvalCommand.UNGD);
    SharedData.require("corpus/whitehouse_2022_2023.parquet");
    List<String> rows = Files.readAllLines(SET.resolve("sentences.tsv"));
    Files.write(dir.resolve("sentences.tsv"), List.of(rows.get(0), rows.get(1).replaceFirst("\t[0-9a-f]{8}$",
        "\t00000000")));
    Files.copy(SET.resolve("labels.tsv"), dir.resolve("labels.tsv"));
    ArticleAnnotator annotator = ArticleAnnotator.load((org.countrystance.config.RuleTables) null);

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ToneRealEvaluation.run(dir,
        SharedData.root(), annotator, ToneScorer.loadDefault()));
    assertTrue(e.getMessage().contains("tr001") && e.getMessage().contains("checksum"), e.getMessage());

    Files.writeString(dir.resolve("labels.tsv"), "sentence_id\tcountry\ttone\ntr001\tSYR\tsad\n");
    e = assertThrows(IllegalStateException.class, () -> ToneRealEvaluation.labels(dir));
    assertTrue(e.getMessage().contains("unknown tone sad"), e.getMessage());
  }
}
