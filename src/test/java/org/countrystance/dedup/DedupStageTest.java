package org.countrystance.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupStageTest {
  private static final String STORY = "The foreign ministers of the regional bloc met in Abuja on Monday to discuss "
      + "the crisis in the Sahel, where three military governments have announced their withdrawal from the "
      + "organisation. The ministers called for dialogue and warned that sanctions would remain in place until "
      + "a timetable for elections is agreed. Diplomats said the talks had been tense but constructive, and that "
      + "a further meeting would be held in Accra next month to prepare a summit of heads of state. The bloc's "
      + "chairman told reporters that the door remained open to the three governments, and that humanitarian "
      + "exemptions to the sanctions would be widened so that food and medicine could cross the borders. Several "
      + "delegations urged a faster timetable, while others warned that elections held too soon would not be "
      + "credible and could deepen the divisions that led to the coups. Officials from the three capitals did "
      + "not attend, but a spokesman for one of them said his government was ready to listen to proposals.";
  private static final String OTHER = "Heavy rains have flooded large parts of the capital, forcing thousands of "
      + "residents from their homes. The emergency services said at least twelve people had died and that the "
      + "water level of the river was still rising on Tuesday evening, with more rain forecast for the week.";
  private static final String FRENCH = "Les ministres des affaires étrangères du bloc régional se sont réunis "
      + "lundi à Abuja pour discuter de la crise au Sahel, où trois gouvernements militaires ont annoncé leur "
      + "retrait de l'organisation. Les ministres ont appelé au dialogue et averti que les sanctions resteraient "
      + "en place jusqu'à ce qu'un calendrier électoral soit convenu.";

  private static Row article(String id, String text, String publishedAt) {
    Timestamp ts = Timestamp.valueOf(publishedAt);
    return RowFactory.create(id, "https://example.org/" + id, "example.org", "t", text, ts,
        Date.valueOf(publishedAt.substring(0, 10)), null, null, "in.parquet", "run-1");
  }

  private static Dataset<Row> input(List<Row> rows) {
    SparkSession spark = SparkTestSession.get();
    return spark.createDataFrame(rows, ArticlesTable.INGESTED);
  }

  @Test
  void groupsExactAndNearCopiesUnderTheEarliestCopyAndKeepsEveryArticleOnce() {
    List<Row> rows = new ArrayList<>();
    rows.add(article("b-copy", STORY.toUpperCase().replace(",", ""), "2024-03-04 09:00:00"));
    rows.add(article("a-orig", STORY, "2024-03-04 08:00:00"));
    rows.add(article("c-near", "By Staff Writer. " + STORY.replace("tense but constructive", "tense yet constructive")
        + " Read more on our website.", "2024-03-05 10:00:00"));
    rows.add(article("d-other", OTHER, "2024-03-04 07:00:00"));
    rows.add(article("f-fr2", FRENCH, "2024-03-04 12:00:00"));
    rows.add(article("e-fr1", FRENCH.replace("lundi", "Lundi"), "2024-03-04 12:00:00"));
    rows.add(article("g-empty", "", "2024-03-04 12:00:00"));
    Dataset<Row> out = DedupStage.apply(input(rows), DedupSettings.defaults());

    StructType expected = ArticlesTable.INGESTED;
    for (StructField f : ArticlesTable.DEDUP_COLUMNS.fields()) expected = expected.add(f);
    assertEquals(expected.fieldNames().length, out.schema().fieldNames().length);
    assertEquals(List.of(expected.fieldNames()), List.of(out.schema().fieldNames()));

    Map<String, Row> byId = new HashMap<>();
    for (Row r : out.collectAsList()) {
      assertTrue(byId.put(r.getString(0), r) == null, "article " + r.getString(0) + " came out twice");
    }
    assertEquals(rows.size(), byId.size());
    assertStory(byId, "a-orig", "a-orig", true);
    assertStory(byId, "b-copy", "a-orig", false);
    assertStory(byId, "c-near", "a-orig", false);
    assertStory(byId, "d-other", "d-other", true);
    assertStory(byId, "e-fr1", "e-fr1", true);
    assertStory(byId, "f-fr2", "e-fr1", false);
    assertStory(byId, "g-empty", "g-empty", true);
  }

  @Test
  void cuttingLineageWithFilesGivesTheSameStoriesAsLocalCheckpointsAndLeavesThemInItsFolder(@TempDir Path work) {
    List<Row> rows = new ArrayList<>();
    rows.add(article("b-copy", STORY.toUpperCase().replace(",", ""), "2024-03-04 09:00:00"));
    rows.add(article("a-orig", STORY, "2024-03-04 08:00:00"));
    rows.add(article("c-near", "By Staff Writer. " + STORY.replace("tense but constructive", "tense yet constructive"),
        "2024-03-05 10:00:00"));
    rows.add(article("d-other", OTHER, "2024-03-04 07:00:00"));
    Dataset<Row> local = DedupStage.apply(input(rows), DedupSettings.defaults());
    Dataset<Row> files = DedupStage.apply(input(rows), DedupSettings.defaults(), LineageCut.toFiles(work.toString()));

    assertEquals(Set.copyOf(local.collectAsList()), Set.copyOf(files.collectAsList()));
    assertEquals(rows.size(), files.count());
    assertTrue(work.toFile().list().length == 1, "one folder per LineageCut under " + work);
  }

  private static String paragraph(java.util.Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) b.append(i == 0 ? "" : " ").append("w").append(r.nextInt(100_000));
    return b.append('.').toString();
  }

  /** An original of five 60-word paragraphs, a copy cut to about 225 words, an article sharing the lede. */
  private static List<Row> cutCopyRows() {
    java.util.Random r = new java.util.Random(5);
    List<String> p = new ArrayList<>();
    for (int i = 0; i < 5; i++) p.add(paragraph(r, 60));
    String original = String.join("\n\n", p);
    // the last paragraph cut and ten words of the third reworded: Jaccard ~0.73, ~94% of it in the original
    String shortened = String.join("\n\n", p.get(0), p.get(1), p.get(2).substring(0, p.get(2).length() / 2)
        + " " + paragraph(r, 10), p.get(3));
    String sharesLede = String.join("\n\n", p.get(0), paragraph(r, 60), paragraph(r, 60), paragraph(r, 60));
    return List.of(article("a-orig", original, "2024-03-04 08:00:00"),
        article("b-short", shortened, "2024-03-04 09:00:00"),
        article("c-lede", sharesLede, "2024-03-04 10:00:00"));
  }

  @Test
  void mergesACopyWithItsLastParagraphCutByContainmentButNotAnArticleSharingItsLede() {
    List<Row> rows = cutCopyRows();
    Map<String, Row> on = byId(DedupStage.apply(input(rows), DedupSettings.defaults()));
    assertStory(on, "b-short", "a-orig", false);
    assertStory(on, "c-lede", "c-lede", true);

    Map<String, Row> off = byId(DedupStage.apply(input(rows), DedupSettings.defaults().withContainment(0, 0.6)));
    assertStory(off, "b-short", "b-short", true);
  }

  @Test
  void leavesACutCopySmallerThanTheContainmentMinimumToTheThreshold() {
    List<Row> rows = cutCopyRows();
    int size = MinHasher.distinctShingles(MinHasher.shingles(rows.get(1).getString(4)));
    assertTrue(size >= DedupSettings.defaults().containmentMinShingles(), "the cut copy is above the default minimum: " + size);
    Map<String, Row> at = byId(DedupStage.apply(input(rows), DedupSettings.defaults().withContainment(0.9, 0.6, size)));
    assertStory(at, "b-short", "a-orig", false);
    Map<String, Row> above = byId(DedupStage.apply(input(rows), DedupSettings.defaults().withContainment(0.9, 0.6, size + 1)));
    assertStory(above, "b-short", "b-short", true);
    assertThrows(IllegalArgumentException.class, () -> DedupSettings.defaults().withContainment(0.9, 0.6, -1));
  }

  @Test
  void refusesAContainmentFloorAboveTheThreshold() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DedupSettings.defaults().withContainment(0.9, 0.85));
    assertTrue(e.getMessage().contains("a floor in (0, threshold 0.8], got 0.9 and 0.85"), e.getMessage());
  }

  private static Map<String, Row> byId(Dataset<Row> out) {
    Map<String, Row> byId = new HashMap<>();
    for (Row row : out.collectAsList()) byId.put(row.getString(0), row);
    return byId;
  }

  private static void assertStory(Map<String, Row> byId, String id, String story, boolean canonical) {
    Row r = byId.get(id);
    assertEquals(story, r.getAs(ArticlesTable.STORY_ID), "story of " + id);
    assertEquals(canonical, r.getAs(ArticlesTable.IS_CANONICAL), "is_canonical of " + id);
  }

  @Test
  void refusesInputWithoutAPublicationTimestamp() {
    Dataset<Row> wrong = input(List.of(article("a", STORY, "2024-03-04 08:00:00")))
        .withColumn(ArticlesTable.PUBLISHED_AT, org.apache.spark.sql.functions.col(ArticlesTable.PUBLISHED_AT).cast("string"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DedupStage.apply(wrong, DedupSettings.defaults()));
    assertTrue(e.getMessage().contains("expected column published_at timestamp, got string"), e.getMessage());
  }
}
