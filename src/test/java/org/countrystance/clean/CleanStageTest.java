package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.Encoders;
import org.countrystance.publish.FaultInjection;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

class CleanStageTest {
  private static final CleaningRules RULES = CleaningRules.loadDefault();

  private static Row article(String id, String source, String title, String text, String declaredLanguage) {
    return RowFactory.create(id, "https://" + source + "/" + id, source, title, text,
        Timestamp.valueOf("2024-03-04 08:00:00"), Date.valueOf("2024-03-04"), declaredLanguage, null,
        "in.parquet", "run-1");
  }

  private static Dataset<Row> input(List<Row> rows) {
    return SparkTestSession.get().createDataFrame(rows, ArticlesTable.INGESTED);
  }

  @Test
  void cleansTextAndTitlesDetectsLanguageAndAddsTheCleaningColumns() {
    List<Row> rows = new ArrayList<>();
    rows.add(article("a1", "mali24.com", "Bamako speaks out once morest sanctions \u2013 MALI24",
        "Share:\nFacebook\n\nThe government spoke out once morest the sanctions on Tuesday, saying they "
            + "would hurt ordinary people and the economy of the whole region.\n\nLeave a Reply\n", "fr"));
    rows.add(article("a2", "mali24.com", "Le gouvernement r\u00e9agit",
        "Le gouvernement de transition a d\u00e9nonc\u00e9 mardi les nouvelles sanctions annonc\u00e9es par "
            + "l'organisation r\u00e9gionale, les qualifiant d'ill\u00e9gales.", null));
    for (int i = 0; i < 3; i++) {
      rows.add(article("p" + i, "planet.example", "Story number " + i + " :: The Daily Planet Wire",
          "A plain article about event " + i + " that the reporters of the newspaper covered at length.", "en"));
    }
    Dataset<Row> out = CleanStage.apply(input(rows), RULES);

    StructType expected = ArticlesTable.INGESTED;
    for (StructField f : ArticlesTable.CLEANING_COLUMNS.fields()) expected = expected.add(f);
    assertEquals(expected.add(CleanStage.PROCESSING_ERROR, org.apache.spark.sql.types.DataTypes.StringType, true),
        out.schema());
    assertEquals(rows.size(), CleanStage.valid(out).count());
    assertEquals(0, CleanStage.rejects(out).count());
    Map<String, Row> byId = new HashMap<>();
    for (Row r : out.collectAsList()) byId.put(r.getAs(ArticlesTable.ARTICLE_ID), r);
    assertEquals(rows.size(), byId.size());

    Row a1 = byId.get("a1");
    assertEquals("Bamako speaks out against sanctions", a1.getAs(ArticlesTable.TITLE));
    assertEquals("The government spoke out against the sanctions on Tuesday, saying they would hurt ordinary "
        + "people and the economy of the whole region.", a1.getAs(ArticlesTable.TEXT));
    assertEquals("en", a1.getAs(ArticlesTable.LANGUAGE), "detected, not the declared fr");
    assertEquals(2, (int) a1.getAs(ArticlesTable.SPIN_REPAIRS));
    assertTrue(a1.<Boolean>getAs(ArticlesTable.REPAIRED_SPIN));
    assertEquals(3, (int) a1.getAs(ArticlesTable.BOILERPLATE_LINES));
    assertTrue(a1.<Boolean>getAs(ArticlesTable.CLEANED_TITLE));
    assertEquals("fr", byId.get("a2").getAs(ArticlesTable.LANGUAGE));
    assertEquals("Story number 1", byId.get("p1").getAs(ArticlesTable.TITLE), "suffix learned from 3 titles");
    assertFalse(byId.get("p1").<Boolean>getAs(ArticlesTable.REMOVED_BOILERPLATE));
  }

  @Test
  void anArticleTheCleanerThrowsOnKeepsItsIngestedFieldsAndBecomesAReject() {
    System.setProperty(FaultInjection.FAIL_ARTICLE_PROPERTY, "clean:bad");
    Dataset<Row> out;
    try {
      out = CleanStage.apply(input(List.of(article("ok", "s.com", "Fine", "A plain text about nothing much.", "en"),
          article("bad", "s.com", "Broken \u2013 S", "Share:\nThe text as it came.", "en"))), RULES).cache();
    } finally {
      System.clearProperty(FaultInjection.FAIL_ARTICLE_PROPERTY);
    }

    assertEquals(List.of("ok"), CleanStage.valid(out).select(ArticlesTable.ARTICLE_ID).as(Encoders.STRING()).collectAsList());
    List<Row> rejects = CleanStage.rejects(out).collectAsList();
    assertEquals(1, rejects.size());
    Row r = rejects.get(0);
    // every rejects column but the input row's keys, which the job adds from ingest (ProcessingErrors.placed)
    List<String> expected = new java.util.ArrayList<>(List.of(RejectsTable.SCHEMA.fieldNames()));
    expected.removeAll(List.of(RejectsTable.ROW_INDEX, RejectsTable.INPUT_FILE_ID));
    assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(List.of(r.schema().fieldNames())));
    assertEquals(List.of("clean", "processing_error", "bad", "Broken \u2013 S", "Share:\nThe text as it came.",
        "2024-03-04T08:00:00Z", "in.parquet", "run-1"),
        List.of(r.getAs(RejectsTable.STAGE), r.getAs(RejectsTable.REASON), r.getAs(RejectsTable.ARTICLE_ID),
            r.getAs(RejectsTable.TITLE), r.getAs(RejectsTable.TEXT), r.getAs(RejectsTable.PUBLISHED_AT_RAW),
            r.getAs(RejectsTable.INPUT_FILE), r.getAs(RejectsTable.RUN_ID)));
    assertTrue(r.<String>getAs(RejectsTable.DETAIL).startsWith("java.lang.IllegalStateException: injected fault"),
        r.<String>getAs(RejectsTable.DETAIL));
  }

  @Test
  void refusesInputWhoseTextIsNotAString() {
    Dataset<Row> wrong = input(List.of(article("a", "s", "t", "x", null)))
        .withColumn(ArticlesTable.TEXT, functions.lit(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CleanStage.apply(wrong, RULES));
    assertTrue(e.getMessage().contains("expected column text string, got int"), e.getMessage());
  }

  @Test
  void fallsBackToTheDeclaredLanguageOnlyWhenDetectionIsUnsure() {
    assertEquals("pt", CleanStage.chooseLanguage("und", "pt-BR"));
    assertEquals("en", CleanStage.chooseLanguage("en", "fr"));
    assertEquals("und", CleanStage.chooseLanguage("und", null));
  }
}
