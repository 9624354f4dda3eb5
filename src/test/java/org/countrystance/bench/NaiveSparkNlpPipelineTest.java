package org.countrystance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.country.Gazetteer;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NaiveSparkNlpPipelineTest {
  // 8 articles: 2 sentences, 1 country (Germany), the first positive (praised, great), the second neutral.
  private static final String PRAISE = "Germany praised the great plan. The ministers met on Tuesday.";
  // 7 articles: 1 sentence, 2 countries, negative (terrible, crisis).
  private static final String CRISIS = "Brazil and Chile faced a terrible crisis.";
  // 5 articles: 1 neutral sentence without a country.
  private static final String MEETING = "The ministers met on Tuesday.";

  @TempDir
  Path resources;

  @Test
  void findsEveryCountryPhraseAndSentenceSentimentOfTwentyTinyArticles() {
    SparkSession spark = SparkTestSession.get();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 8; i++) texts.add(PRAISE);
    for (int i = 0; i < 7; i++) texts.add(CRISIS);
    for (int i = 0; i < 5; i++) texts.add(MEETING);
    Dataset<Row> articles = spark.createDataset(texts, Encoders.STRING()).toDF(ArticlesTable.TEXT);

    PipelineModel pipeline = NaiveSparkNlpPipeline.build(spark, resources, null);
    NaiveSparkNlpPipeline.Result r = NaiveSparkNlpPipeline.run(pipeline, articles);

    assertEquals(8 * 2 + 7 + 5, r.sentences(), "sentences");
    assertEquals(8 + 7 * 2, r.entities(), "country phrases");
    assertEquals(8, r.positiveSentences(), "positive sentences");
    assertEquals(7, r.negativeSentences(), "negative sentences");
  }

  @Test
  void theDictionaryTagsLexiconWordsBySignAndFunctionWordsByTheirEffect() {
    Map<String, String> tags = NaiveResources.sentimentTags(null);
    assertEquals("positive", tags.get("great"));
    assertEquals("negative", tags.get("terrible"));
    assertEquals("revert", tags.get("not"));
    assertEquals("increment", tags.get("absolutely"));
    // news valence overrides VADER and is lower-cased like the tokens it is compared with
    assertEquals("negative", tags.get("invasion"));
  }

  @Test
  void thePhraseListHoldsNamesDemonymsAndLeadersButNoBlockingPhrases() {
    List<String> phrases = NaiveResources.entityPhrases(Gazetteer.loadDefault());
    assertTrue(phrases.contains("Germany"));
    assertTrue(phrases.contains("Gaza Strip"));
    assertTrue(phrases.contains("Barack Obama"));
    assertTrue(!phrases.contains("Washington Post"), "a BLOCK phrase is not a country");
  }
}
