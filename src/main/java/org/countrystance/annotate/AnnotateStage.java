package org.countrystance.annotate;

import static org.apache.spark.sql.functions.col;

import com.johnsnowlabs.nlp.DocumentAssembler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tone.PretrainedSentiment;

/**
 * The annotate stage as one Spark ML {@link PipelineModel}: Spark NLP's DocumentAssembler, the
 * project's {@link CountryStanceAnnotator} (sentences, countries, roles, tone, topics, stance), and,
 * when the user configured one, a pretrained Spark NLP sentiment model loaded from a local path
 * whose output fills {@code model_tone}. Articles in, mentions rows out.
 */
public final class AnnotateStage {
  static final String DOCUMENT = "_document";

  /** Where the rule tables are ("" = inside the jar), which languages to annotate, optional model. */
  public record Settings(String confDir, List<String> languages, PretrainedSentiment.Settings pretrained) {}

  private AnnotateStage() {}

  public static PipelineModel pipeline(SparkSession spark, Settings settings) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(ArticlesTable.TEXT);
    document.setOutputCol(DOCUMENT);
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(document);
    stages.add(new CountryStanceAnnotator(DOCUMENT, settings.confDir(), settings.languages()));
    if (settings.pretrained() != null) {
      Dataset<Row> shape = spark.createDataFrame(List.of(), CountryStanceAnnotator.outputSchema());
      for (Transformer t : PretrainedSentiment.model(shape, settings.pretrained()).stages()) stages.add(t);
    } else {
      stages.add(new SQLTransformer().setStatement(
          "SELECT *, CAST(NULL AS DOUBLE) AS " + MentionsTable.MODEL_TONE + " FROM __THIS__"));
    }
    Dataset<Row> empty = spark.createDataFrame(List.of(), ArticlesTable.schema());
    return new Pipeline().setStages(stages.toArray(PipelineStage[]::new)).fit(empty);
  }

  /** Mentions rows for the articles, exactly in the mentions table's schema. */
  public static Dataset<Row> apply(Dataset<Row> articles, PipelineModel pipeline) {
    Dataset<Row> out = pipeline.transform(articles);
    Column[] cols = Arrays.stream(MentionsTable.SCHEMA.fieldNames()).map(c -> col(c)).toArray(Column[]::new);
    return out.select(cols);
  }
}
