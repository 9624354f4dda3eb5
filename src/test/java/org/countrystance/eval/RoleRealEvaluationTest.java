package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countrystance.annotate.ArticleAnnotator;
import org.countrystance.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleRealEvaluationTest {
  private static final Path SET = Path.of("src/test/resources/eval/roles_real");

  @TempDir
  Path dir;

  @Test
  void scoresCountriesFoundAndSpeakerAndTargetRolesAgainstTheLabels() {
    // rr1: A speaker right, B target missed (predicted mentioned), C mentioned right, D predicted but not named;
    // rr2: E labelled speaker|target predicted target (right), F target predicted speaker (one FP, one FN).
    List<RoleRealEvaluation.Item> items = List.of(
        new RoleRealEvaluation.Item("rr1", "dev", "s1",
            Map.of("AAA", Set.of("speaker"), "BBB", Set.of("target"), "CCC", Set.of("mentioned")),
            Map.of("AAA", "speaker", "BBB", "mentioned", "CCC", "mentioned", "DDD", "target")),
        new RoleRealEvaluation.Item("rr2", "test", "s2",
            Map.of("EEE", Set.of("speaker", "target"), "FFF", Set.of("target")),
            Map.of("EEE", "target", "FFF", "speaker")));

    RoleRealEvaluation.Score dev = RoleRealEvaluation.score(items, "dev");
    assertEquals(1, dev.sentences());
    assertEquals(new PrecisionRecall(3, 1, 0), dev.countries());
    // gold roles AAA speaker, BBB target; predicted AAA speaker (right), DDD target (not named: wrong)
    assertEquals(new PrecisionRecall(1, 1, 1), dev.roles());

    RoleRealEvaluation.Score test = RoleRealEvaluation.score(items, "test");
    assertEquals(new PrecisionRecall(2, 0, 0), test.countries());
    assertEquals(new PrecisionRecall(1, 1, 1), test.roles());

    RoleRealEvaluation.Score all = RoleRealEvaluation.score(items, "all");
    assertEquals(2, all.sentences());
    assertEquals(new PrecisionRecall(2, 2, 2), all.roles());
  }

  @Test
  void readsEveryLabelledSentenceFromTheSharedTexts() throws Exception {
    SharedData.require(EvalCommand.UNGD);
    SharedData.require("corpus/whitehouse_2022_2023.parquet");
    Path shared = SharedData.root();

    List<RoleRealEvaluation.Item> items = RoleRealEvaluation.run(SET, shared, ArticleAnnotator.load(
        (org.countrystance.config.RuleTables) null));

    assertEquals(93, items.size());
    assertEquals(47, items.stream().filter(i -> i.split().equals("dev")).count());
    assertTrue(items.stream().allMatch(i -> !i.gold().isEmpty()), "every sentence names a labelled country");
    RoleRealEvaluation.Item second = items.get(1);
    assertEquals("rr002", second.id());
    assertTrue(second.text().startsWith("The United States deprives its citizens"), second.text());
    assertEquals(Set.of("speaker"), second.gold().get("USA"));
    // Uruguay's speech: "I want ... to firmly condemn the Russian invasion of Ukraine": the first person is not named
    RoleRealEvaluation.Item third = items.get(2);
    assertEquals(Set.of("RUS", "UKR"), third.gold().keySet());
    assertFalse(third.predicted().containsKey("URY"), "only countries the sentence names are scored");
  }

  @Test
  void refusesASentenceWhoseTextChanged() throws Exception {
    SharedData.require(EvalCommand.UNGD);
    SharedData.require("corpus/whitehouse_2022_2023.parquet");
    Path shared = SharedData.root();
    List<String> rows = Files.readAllLines(SET.resolve("sentences.tsv"));
    String changed = rows.get(1).replaceFirst("\t[0-9a-f]{8}$", "\t00000000");
    Files.write(dir.resolve("sentences.tsv"), List.of(rows.get(0), changed));
    Files.copy(SET.resolve("labels.tsv"), dir.resolve("labels.tsv"));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> RoleRealEvaluation.run(dir, shared,
        ArticleAnnotator.load((org.countrystance.config.RuleTables) null)));
    assertTrue(e.getMessage().contains("rr001") && e.getMessage().contains("checksum"), e.getMessage());
  }
}
