package org.countrystance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's truth against a stance_daily written by hand, both as real Parquet folders. */
class SampleTruthEvaluationTest {
  @TempDir
  Path dir;

  @Test
  void theDominantPositionOfEachPairTheTruthStatesIsComparedWithTheJobsByStatements() {
    SparkSession spark = SparkTestSession.get();
    StructType corpus = new StructType().add("article_id", DataTypes.StringType)
        .add("truth_stances", DataTypes.createArrayType(DataTypes.StringType));
    spark.createDataFrame(List.of(
        RowFactory.create("a1", List.of("QAT|climate-action|opposes_climate_action", "CHN|ukraine-war|calls_for_peace")),
        RowFactory.create("a2", List.of("QAT|climate-action|opposes_climate_action", "QAT|climate-action|neutral_noncommittal")),
        RowFactory.create("a3", List.of("FRA|climate-action|supports_climate_action")),
        RowFactory.create("a4", List.of())), corpus)
        .write().parquet(dir.resolve("corpus").toString());
    StructType daily = new StructType().add("country", DataTypes.StringType).add("topic", DataTypes.StringType)
        .add("position", DataTypes.StringType).add("statements", DataTypes.LongType);
    spark.createDataFrame(List.of(
        RowFactory.create("QAT", "climate-action", "neutral_noncommittal", 2L),
        RowFactory.create("QAT", "climate-action", "opposes_climate_action", 1L),
        RowFactory.create("QAT", "climate-action", "opposes_climate_action", 2L),  // another day: 3 in all
        RowFactory.create("CHN", "ukraine-war", "calls_for_peace", 1L),
        RowFactory.create("CHN", "ukraine-war", "neutral_noncommittal", 4L),
        RowFactory.create("RUS", "ukraine-war", "supports_russia", 9L)), daily)  // a pair the truth does not state
        .write().parquet(dir.resolve("out").resolve("stance_daily").toString());

    List<SampleTruthEvaluation.Pair> pairs =
        SampleTruthEvaluation.compare(spark, dir.resolve("corpus").toString(), dir.resolve("out").toString());

    assertEquals(List.of(
        new SampleTruthEvaluation.Pair("CHN", "ukraine-war", "calls_for_peace", "neutral_noncommittal"),
        new SampleTruthEvaluation.Pair("FRA", "climate-action", "supports_climate_action", null),
        new SampleTruthEvaluation.Pair("QAT", "climate-action", "opposes_climate_action", "opposes_climate_action")),
        pairs);
    assertEquals(List.of(false, false, true), pairs.stream().map(SampleTruthEvaluation.Pair::agrees).toList());
  }
}
