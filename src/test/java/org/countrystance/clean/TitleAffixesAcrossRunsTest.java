package org.countrystance.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The title-affix decision across runs: a run learns a source's affixes from its own titles together
 * with that source's published ones (as the input holds them), so it decides what one run over all of
 * them decides, and returns the published articles whose title that decision changes, cleaned again.
 */
class TitleAffixesAcrossRunsTest {
  private static final CleaningRules RULES = CleaningRules.loadDefault();
  private static final String SOURCE = "ledger.example";
  private static final String SUFFIX = " | Morning Ledger";

  @TempDir Path dir;

  @Test
  void aSuffixTooRareInEachRunAloneIsCutOnceTheRunsTogetherHoldEnoughTitlesAndEarlierTitlesAreCleanedAgain() {
    List<Row> monday = List.of(article("m1", "Ports reopen after the storm" + SUFFIX),
        article("m2", "Council votes on the budget" + SUFFIX), article("m3", "Weather: a dry week ahead"));
    assertEquals(List.of("m1 false Ports reopen after the storm | Morning Ledger",
        "m2 false Council votes on the budget | Morning Ledger", "m3 false Weather: a dry week ahead"),
        titles(CleanStage.apply(parquet("monday", monday), RULES)), "two titles are below the 3 a suffix needs");

    Dataset<Row> tuesday = parquet("tuesday", List.of(article("t1", "Schools open again" + SUFFIX)));
    Dataset<Row> published = published(monday, CleanStage.apply(parquet("monday", monday), RULES));
    assertEquals(List.of("m1 true Ports reopen after the storm", "m2 true Council votes on the budget",
        "t1 true Schools open again"), titles(CleanStage.apply(tuesday, RULES, published)),
        "three titles of the source hold the suffix: Tuesday's is cut, Monday's two come back cleaned again");
  }

  @Test
  void aSuffixThatFallsBelowTheShareOfTheSourcesTitlesIsGivenBackToTheTitlesItWasCutFrom() {
    List<Row> monday = List.of(article("m1", "Ports reopen after the storm" + SUFFIX),
        article("m2", "Council votes on the budget" + SUFFIX), article("m3", "Schools open again" + SUFFIX));
    Dataset<Row> mondayCleaned = CleanStage.apply(parquet("monday", monday), RULES);
    assertEquals(List.of("m1 true Ports reopen after the storm", "m2 true Council votes on the budget",
        "m3 true Schools open again"), titles(mondayCleaned));

    List<Row> later = new ArrayList<>();
    for (int i = 0; i < 13; i++) later.add(article("w" + i, "Local market report number " + i));
    List<String> out = titles(CleanStage.apply(parquet("wednesday", later), RULES, published(monday, mondayCleaned)));
    // 3 of 16 titles (19 %) is below the 20 % a suffix needs: a full run over the 16 keeps it.
    assertEquals(List.of("m1 false Ports reopen after the storm | Morning Ledger",
        "m2 false Council votes on the budget | Morning Ledger", "m3 false Schools open again | Morning Ledger"),
        out.subList(0, 3));
    assertEquals(3 + 13, out.size(), "the 13 new articles, unchanged titles, and the three given their suffix back");
    assertEquals("w0 false Local market report number 0", out.get(3));
  }

  @Test
  void aPublishedTitleTheRunDecidesAsBeforeIsNotReturned() {
    List<Row> monday = List.of(article("m1", "Ports reopen after the storm" + SUFFIX),
        article("m2", "Council votes on the budget" + SUFFIX), article("m3", "Schools open again" + SUFFIX));
    Dataset<Row> published = published(monday, CleanStage.apply(parquet("monday", monday), RULES));
    Dataset<Row> tuesday = parquet("tuesday", List.of(article("t1", "Bridge works start" + SUFFIX)));
    assertEquals(List.of("t1 true Bridge works start"), titles(CleanStage.apply(tuesday, RULES, published)));
  }

  private static Row article(String id, String title) {
    return RowFactory.create(id, "https://" + SOURCE + "/" + id, SOURCE, title,
        "The city council met on Monday and the mayor spoke about the plans for the year.",
        Timestamp.valueOf("2024-03-04 08:00:00"), Date.valueOf("2024-03-04"), "en", null, "in.parquet", "run-1");
  }

  /** The rows written as Parquet and read back with the ingested schema. */
  private Dataset<Row> parquet(String name, List<Row> rows) {
    SparkSession spark = SparkTestSession.get();
    String path = dir.resolve(name).toString();
    spark.createDataFrame(rows, ArticlesTable.INGESTED).write().mode("overwrite").parquet(path);
    return spark.read().schema(ArticlesTable.INGESTED).parquet(path);
  }

  /** Published articles as a later run sees them: raw fields from the input, the title as published. */
  private Dataset<Row> published(List<Row> raw, Dataset<Row> cleaned) {
    Dataset<Row> titles = cleaned.select(functions.col(ArticlesTable.ARTICLE_ID).as("_id"),
        functions.col(ArticlesTable.TITLE).as(CleanStage.PUBLISHED_TITLE));
    Dataset<Row> in = parquet("published-raw", raw);
    return in.join(titles, in.col(ArticlesTable.ARTICLE_ID).equalTo(titles.col("_id"))).drop("_id");
  }

  /** "id cleaned_title title" of every returned article, by id. */
  private static List<String> titles(Dataset<Row> out) {
    TreeMap<String, String> byId = new TreeMap<>();
    for (Row r : CleanStage.valid(out).collectAsList()) {
      byId.put(r.getAs(ArticlesTable.ARTICLE_ID), r.getAs(ArticlesTable.ARTICLE_ID) + " "
          + r.getAs(ArticlesTable.CLEANED_TITLE) + " " + r.getAs(ArticlesTable.TITLE));
    }
    return new ArrayList<>(byId.values());
  }
}
