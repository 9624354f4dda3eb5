package org.countrystance.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sda.vivekn.ViveknSentimentApproach;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PretrainedSentimentTest {
  private static final String[][] TRAINING = {
      {"The summit was a great success and everyone was happy", "positive"},
      {"A wonderful agreement brought peace and hope", "positive"},
      {"Leaders praised the excellent progress of the talks", "positive"},
      {"The people celebrated a happy and peaceful day", "positive"},
      {"It was a good deal and a great achievement", "positive"},
      {"The ministers welcomed the wonderful news with joy", "positive"},
      {"Relations improved and trade partners were happy", "positive"},
      {"The excellent harvest brought hope and joy", "positive"},
      {"A great victory for peace and good cooperation", "positive"},
      {"Everyone praised the good and wonderful plan", "positive"},
      {"The attack was a terrible disaster and many died", "negative"},
      {"A horrible war brought death and misery", "negative"},
      {"Officials condemned the awful violence and killing", "negative"},
      {"The crisis was a terrible failure for everyone", "negative"},
      {"Bombing destroyed homes in a horrible massacre", "negative"},
      {"The people feared more awful attacks and death", "negative"},
      {"A disastrous collapse brought misery and anger", "negative"},
      {"The terrible drought caused hunger and death", "negative"},
      {"Violence and killing spread in a horrible war", "negative"},
      {"The awful failure was a disaster for the economy", "negative"}};

  private static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static Dataset<Row> training() {
    List<Row> rows = new ArrayList<>();
    for (String[] t : TRAINING) {
      rows.add(RowFactory.create(t[0], t[1]));
    }
    return spark.createDataFrame(rows, new StructType().add("text", DataTypes.StringType)
        .add("label", DataTypes.StringType));
  }

  /** Trains DocumentAssembler -> Tokenizer -> ViveknSentimentApproach on the sentences above. */
  private static PipelineModel trainedPipeline() {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    Tokenizer token = new Tokenizer();
    token.setInputCols(new String[] {"document"});
    token.setOutputCol("token");
    ViveknSentimentApproach vivekn = new ViveknSentimentApproach();
    vivekn.setInputCols(new String[] {"document", "token"});
    vivekn.setOutputCol("sentiment");
    vivekn.setSentimentCol("label");
    vivekn.setPruneCorpus(0);
    return new Pipeline().setStages(new PipelineStage[] {document, token, vivekn})
        .fit(training());
  }

  private static Dataset<Row> sentences(String... texts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      rows.add(RowFactory.create(i, texts[i]));
    }
    return spark.createDataFrame(rows, new StructType().add("id", DataTypes.IntegerType)
        .add(PretrainedSentiment.SENTENCE, DataTypes.StringType));
  }

  private static Map<Integer, Double> tones(Dataset<Row> withTone) {
    Map<Integer, Double> out = new HashMap<>();
    for (Row r : withTone.collectAsList()) {
      out.put(r.getInt(0), r.isNullAt(2) ? null : r.getDouble(2));
    }
    return out;
  }

  private static final String[] PROBES = {
      "A wonderful and happy success for peace", "A horrible and terrible war of death"};

  @Test
  void aSavedViveknModelLoadedFromItsPathGivesPositiveAndNegativeTone(@TempDir Path dir)
      throws Exception {
    String path = dir.resolve("vivekn").toString();
    ((MLWritable) trainedPipeline().stages()[2]).write().overwrite().save(path);
    Dataset<Row> out = PretrainedSentiment.withModelTone(sentences(PROBES),
        PretrainedSentiment.Settings.vivekn(path));
    assertEquals(List.of("id", "sentence", "model_tone"), List.of(out.columns()));
    Map<Integer, Double> tone = tones(out);
    assertTrue(tone.get(0) > 0, "positive sentence: " + tone.get(0));
    assertTrue(tone.get(1) < 0, "negative sentence: " + tone.get(1));
  }

  @Test
  void aSavedPipelineModelIsLoadedAndItsConfiguredOutputColumnRead(@TempDir Path dir)
      throws Exception {
    String path = dir.resolve("pipeline").toString();
    trainedPipeline().write().overwrite().save(path);
    Map<Integer, Double> tone = tones(PretrainedSentiment.withModelTone(sentences(PROBES),
        PretrainedSentiment.Settings.pipeline(path, "text", "sentiment")));
    assertTrue(tone.get(0) > 0 && tone.get(0) <= 1.0, "positive sentence: " + tone.get(0));
    assertTrue(tone.get(1) < 0 && tone.get(1) >= -1.0, "negative sentence: " + tone.get(1));
  }

  @Test
  void withoutAConfiguredModelTheColumnIsNullableAndNull() {
    Dataset<Row> out = PretrainedSentiment.withModelTone(sentences(PROBES), null);
    assertEquals(DataTypes.DoubleType, out.schema().apply("model_tone").dataType());
    assertTrue(out.schema().apply("model_tone").nullable());
    assertNull(tones(out).get(0));
  }

  @Test
  void refusesInputWithoutASentenceColumn() {
    Dataset<Row> wrong = sentences(PROBES).withColumnRenamed("sentence", "text");
    assertThrows(IllegalArgumentException.class,
        () -> PretrainedSentiment.withModelTone(wrong, null));
  }
}
