package org.countrystance.tone;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sda.vivekn.ViveknSentimentModel;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Sentence tone from a pretrained Spark NLP model that a user configured by local path: the model
 * is loaded with {@code load(path)} into a Spark ML {@link PipelineModel} whose last stage turns its
 * first annotation into {@value #MODEL_TONE} (+score for the positive label, -score for the
 * negative one, 0 for any other label, null without a model or annotation).
 */
public final class PretrainedSentiment {
  public static final String MODEL_TONE = "model_tone";
  public static final String SENTENCE = "sentence";
  private static final String PREFIX = "_pretrained_";

  /** What was saved at the path: a lone ViveknSentimentModel, or a whole PipelineModel. */
  public enum Kind { VIVEKN, PIPELINE }

  /**
   * Where the model is and how to read it: a PipelineModel reads {@code inputColumn} (the sentence
   * is copied there) and writes sentiment annotations to {@code outputColumn}.
   */
  public record Settings(String modelPath, Kind kind, String inputColumn, String outputColumn,
      String positiveLabel, String negativeLabel) implements Serializable {

    /** A saved ViveknSentimentModel (labels "positive" / "negative"). */
    public static Settings vivekn(String modelPath) {
      return new Settings(modelPath, Kind.VIVEKN, SENTENCE, PREFIX + "sentiment", "positive",
          "negative");
    }

    /** A saved PipelineModel reading {@code inputColumn} and annotating {@code outputColumn}. */
    public static Settings pipeline(String modelPath, String inputColumn, String outputColumn) {
      return new Settings(modelPath, Kind.PIPELINE, inputColumn, outputColumn, "positive",
          "negative");
    }
  }

  private PretrainedSentiment() {}

  /**
   * The fitted pipeline that adds {@value #MODEL_TONE} to a Dataset with a {@value #SENTENCE}
   * column (fitting only builds the stateless tokenizer; the sentiment model is loaded, not trained).
   */
  public static PipelineModel model(Dataset<Row> sentences, Settings s) {
    PipelineStage[] stages = switch (s.kind()) {
      case VIVEKN -> new PipelineStage[] {
          documents(), tokenizer(), vivekn(s), toneFromAnnotations(s)};
      case PIPELINE -> new PipelineStage[] {PipelineModel.load(s.modelPath()), toneFromAnnotations(s)};
    };
    return new Pipeline().setStages(stages).fit(sentences);
  }

  private static DocumentAssembler documents() {
    DocumentAssembler d = new DocumentAssembler();
    d.setInputCol(SENTENCE);
    d.setOutputCol(PREFIX + "document");
    return d;
  }

  private static Tokenizer tokenizer() {
    Tokenizer t = new Tokenizer();
    t.setInputCols(new String[] {PREFIX + "document"});
    t.setOutputCol(PREFIX + "token");
    return t;
  }

  private static ViveknSentimentModel vivekn(Settings s) {
    ViveknSentimentModel m = (ViveknSentimentModel) ViveknSentimentModel.load(s.modelPath());
    m.setInputCols(new String[] {PREFIX + "document", PREFIX + "token"});
    m.setOutputCol(s.outputColumn());
    return m;
  }

  /**
   * The input with {@value #MODEL_TONE} appended (a nullable double); all null when no model is
   * configured ({@code settings == null}).
   */
  public static Dataset<Row> withModelTone(Dataset<Row> sentences, Settings settings) {
    if (!Arrays.asList(sentences.columns()).contains(SENTENCE)) {
      throw new IllegalArgumentException("expected a '" + SENTENCE + "' string column, got "
          + Arrays.toString(sentences.columns()));
    }
    if (settings == null) {
      return sentences.withColumn(MODEL_TONE, functions.lit(null).cast(DataTypes.DoubleType));
    }
    Dataset<Row> input = settings.inputColumn().equals(SENTENCE) ? sentences
        : sentences.withColumn(settings.inputColumn(), functions.col(SENTENCE));
    Column[] keep = Arrays.stream(sentences.columns()).map(functions::col).toArray(Column[]::new);
    Column[] out = Arrays.copyOf(keep, keep.length + 1);
    out[keep.length] = functions.col(MODEL_TONE);
    return model(input, settings).transform(input).select(out);
  }

  /** The last stage: SQL over the first annotation's label and its score in the metadata. */
  static Transformer toneFromAnnotations(Settings s) {
    String out = "`" + s.outputColumn().replace("`", "") + "`";
    String label = "lower(element_at(" + out + ".result, 1))";
    String meta = "element_at(" + out + ".metadata, 1)";
    String score = "coalesce(cast(element_at(" + meta + ", element_at(" + out + ".result, 1))"
        + " as double), cast(element_at(" + meta + ", 'confidence') as double), 1.0D)";
    return new SQLTransformer().setStatement("SELECT *, CASE"
        + " WHEN " + out + " IS NULL OR size(" + out + ") = 0 THEN CAST(NULL AS DOUBLE)"
        + " WHEN " + label + " = " + quoted(s.positiveLabel()) + " THEN " + score
        + " WHEN " + label + " = " + quoted(s.negativeLabel()) + " THEN -" + score
        + " ELSE 0.0D END AS " + MODEL_TONE + " FROM __THIS__");
  }

  private static String quoted(String label) {
    return "'" + label.toLowerCase(Locale.ROOT).replace("'", "''") + "'";
  }
}
