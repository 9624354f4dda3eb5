package org.countrystance.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** Which published articles a run is matched with, and which of them a late, earlier copy re-stories. */
class StoryWindowTest {
  private static final StructType PUBLISHED = new StructType()
      .add(ArticlesTable.ARTICLE_ID, DataTypes.StringType).add(ArticlesTable.TEXT, DataTypes.StringType)
      .add(ArticlesTable.PUBLISHED_AT, DataTypes.TimestampType).add(ArticlesTable.PUBLISHED_DATE, DataTypes.DateType)
      .add(ArticlesTable.STORY_ID, DataTypes.StringType).add(ArticlesTable.IS_CANONICAL, DataTypes.BooleanType);
  private static final StructType BATCH = new StructType()
      .add(ArticlesTable.ARTICLE_ID, DataTypes.StringType).add(ArticlesTable.TEXT, DataTypes.StringType)
      .add(ArticlesTable.PUBLISHED_AT, DataTypes.TimestampType).add(ArticlesTable.PUBLISHED_DATE, DataTypes.DateType);
  private static final String SUMMIT = "The leaders of the two countries met in the capital on Monday and agreed to"
      + " resume talks on trade, energy and the border after a year in which no minister had visited either side.";
  private static final String FLOODS = "Heavy rain flooded the river valley for a third day, and the army was sent to"
      + " move families from villages that the water had cut off from the main road and the railway line.";
  private static final String HARVEST = "Farmers said the wheat harvest was the largest in a decade, but prices fell"
      + " so far that many of them sold at a loss to traders who stored the grain for export next spring.";

  private final SparkSession spark = SparkTestSession.get();

  private static Row published(String id, String text, String at, String story, boolean canonical) {
    return RowFactory.create(id, text, Timestamp.valueOf(at), LocalDate.parse(at.substring(0, 10)), story, canonical);
  }

  private Dataset<Row> publishedArticles() {
    return spark.createDataFrame(List.of(
        published("a", SUMMIT, "2023-01-01 09:00:00", "a", true),
        published("b", SUMMIT + " Reuters", "2023-01-20 09:00:00", "a", false),
        published("f", FLOODS, "2023-01-01 10:00:00", "f", true),
        published("h", HARVEST, "2023-03-01 10:00:00", "h", true)), PUBLISHED);
  }

  private Dataset<Row> replaced(String... idAndStory) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < idAndStory.length; i += 2) {
      rows.add(RowFactory.create(idAndStory[i], LocalDate.parse("2023-01-01"), idAndStory[i + 1]));
    }
    return spark.createDataFrame(rows, new StructType().add(ArticlesTable.ARTICLE_ID, DataTypes.StringType)
        .add(ArticlesTable.PUBLISHED_DATE, DataTypes.DateType).add(ArticlesTable.STORY_ID, DataTypes.StringType));
  }

  @Test
  void anEarlierCopyArrivingLateBecomesItsStorysCanonicalCopyAndTheWholeStoryIsReStoried() {
    Dataset<Row> batch = DedupStage.sign(spark.createDataFrame(List.of(RowFactory.create("late", SUMMIT,
        Timestamp.valueOf("2022-12-31 08:00:00"), LocalDate.parse("2022-12-31"))), BATCH), DedupSettings.defaults());
    // Window of 2 days around 2022-12-31: a (2023-01-01) and f are near; b (2023-01-20) comes with a's story; h does not.
    StoryWindow window = StoryWindow.of(publishedArticles(), batch, replaced(), 2, DedupSettings.defaults());
    Dataset<Row> keys = window.withBatch(batch);
    assertEquals(List.of("a", "b", "f", "late"), ids(keys.select(ArticlesTable.ARTICLE_ID)));
    Dataset<Row> storyIds = DedupStage.storyIds(keys, DedupSettings.defaults(), LineageCut.inExecutors());
    assertEquals(List.of("a 2023-01-01 late false", "b 2023-01-20 late false"),
        ids(window.changed(storyIds).select(concat_ws(" ", col(ArticlesTable.ARTICLE_ID),
            col(ArticlesTable.PUBLISHED_DATE).cast("string"), col(ArticlesTable.STORY_ID),
            col(ArticlesTable.IS_CANONICAL).cast("string")))));
  }

  @Test
  void aReplacedArticleLeavesTheWindowButItsStoryIsFormedAgain() {
    Dataset<Row> batch = DedupStage.sign(spark.createDataFrame(List.of(RowFactory.create("a", HARVEST + " Updated.",
        Timestamp.valueOf("2023-06-01 08:00:00"), LocalDate.parse("2023-06-01"))), BATCH), DedupSettings.defaults());
    // 'a' is brought again with another text: its old copy is replaced, b (its story) is matched again.
    StoryWindow window = StoryWindow.of(publishedArticles(), batch, replaced("a", "a"), 0, DedupSettings.defaults());
    Dataset<Row> keys = window.withBatch(batch);
    assertEquals(List.of("a", "b"), ids(keys.select(ArticlesTable.ARTICLE_ID)));
    Dataset<Row> storyIds = DedupStage.storyIds(keys, DedupSettings.defaults(), LineageCut.inExecutors());
    assertEquals(List.of("b 2023-01-20 b true"), ids(window.changed(storyIds).select(concat_ws(" ",
        col(ArticlesTable.ARTICLE_ID), col(ArticlesTable.PUBLISHED_DATE).cast("string"), col(ArticlesTable.STORY_ID),
        col(ArticlesTable.IS_CANONICAL).cast("string")))));
  }

  private static List<String> ids(Dataset<Row> one) {
    return one.as(Encoders.STRING()).collectAsList().stream().sorted().toList();
  }
}
