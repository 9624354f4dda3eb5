package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

class StoryPairAgreementTest {
  private final SparkSession spark = SparkTestSession.get();

  private Dataset<Row> table(String second, String... idAndGroup) {
    StructType schema = new StructType().add("article_id", DataTypes.StringType).add(second, DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < idAndGroup.length; i += 2) rows.add(RowFactory.create(idAndGroup[i], idAndGroup[i + 1]));
    return spark.createDataFrame(rows, schema);
  }

  @Test
  void countsPairsSharingATrueStoryAPredictedStoryOrBoth() {
    // truth: {a, b, c} {d} {e, f}; predicted: {a, b} {c} {d, e} {f}; g was rejected by the job.
    Dataset<Row> corpus = table("truth_story", "a", "T1", "b", "T1", "c", "T1", "d", "T2", "e", "T3", "f", "T3",
        "g", "T1", "a", "T1");
    Dataset<Row> articles = table("story_id", "a", "S1", "b", "S1", "c", "S2", "d", "S3", "e", "S3", "f", "S4");

    StoryPairAgreement a = StoryPairAgreement.of(articles, corpus);

    assertEquals(6, a.articles(), "g is not in articles; a's repeated corpus row counts once");
    assertEquals(4, a.truePairs(), "ab ac bc ef");
    assertEquals(2, a.predictedPairs(), "ab de");
    assertEquals(1, a.bothPairs(), "ab");
    assertEquals(0.5, a.precision());
    assertEquals(0.25, a.recall());
    assertEquals(new PrecisionRecall(1, 1, 3), a.pairs(), "ab found; de merged wrongly; ac, bc, ef missed");
  }

  @Test
  void countsMorePairsThanAnIntHolds() {
    // a badly merged corpus: 100,000 articles in one story already make 4,999,950,000 pairs
    StoryPairAgreement a = new StoryPairAgreement(100_000, 3_000_000_000L, 4_999_950_000L, 2_999_970_000L);
    assertEquals(0.6, a.precision(), 1e-6);
    assertEquals(0.99999, a.recall(), 1e-6);
  }

  @Test
  void isPerfectWhenEveryStoryIsItsTrueGroupAndVacuousWithoutPairs() {
    Dataset<Row> corpus = table("truth_story", "a", "T1", "b", "T1", "c", "T2");
    StoryPairAgreement same = StoryPairAgreement.of(table("story_id", "a", "a", "b", "a", "c", "c"), corpus);
    assertEquals(1.0, same.precision());
    assertEquals(1.0, same.recall());
    StoryPairAgreement none = StoryPairAgreement.of(table("story_id", "c", "c"), corpus);
    assertEquals(0, none.truePairs());
    assertEquals(1.0, none.recall(), "no pairs to find");
  }
}
