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
import org.countrystance.tables.ArticlesTable;
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
    assertEquals(expected, out.schema());
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
