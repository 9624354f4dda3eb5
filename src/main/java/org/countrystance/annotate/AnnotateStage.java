package org.countrystance.annotate;

import static org.apache.spark.sql.functions.col;

import com.johnsnowlabs.nlp.DocumentAssembler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.countrystance.config.RuleTables;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.ProcessingErrors;
import org.countrystance.tables.RejectsTable;
import org.countrystance.tone.PretrainedSentiment;

/**
 * The annotate stage as one Spark ML {@link PipelineModel}: Spark NLP's DocumentAssembler, the
 * project's {@link CountryStanceAnnotator} (sentences, countries, roles, tone, topics, stance), and,
 * when the user configured one, a pretrained Spark NLP sentiment model loaded from a local path
 * whose output fills {@code model_tone}. Articles in, mentions rows out; after the mentions are
 * written, {@link #failures} names the articles the annotator threw on, which leave the articles
 * and go to the rejects.
 */
public final class AnnotateStage {
  public static final String STAGE = "annotate";
  static final String DOCUMENT = "_document";
  private static final String ERROR = "_annotate_error";
  private static final StructType FAILURES = new StructType()
      .add(ArticlesTable.ARTICLE_ID, DataTypes.StringType, false)
      .add(ERROR, DataTypes.StringType, false);

  /** The rule tables (read on the driver), which languages to annotate, optional model. */
  public record Settings(RuleTables rules, List<String> languages, PretrainedSentiment.Settings pretrained) {
    /** The job's settings: its rule tables, the languages to annotate, the pretrained model if configured. */
    public static Settings of(RuleTables rules, org.countrystance.config.JobConfig config) {
      String model = config.pretrainedSentimentPath();
      return new Settings(rules, config.cleaning().annotateLanguages(),
          model.isEmpty() ? null : PretrainedSentiment.Settings.vivekn(model));
    }
  }

  private AnnotateStage() {}

  public static PipelineModel pipeline(SparkSession spark, Settings settings) {
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(ArticlesTable.TEXT);
    document.setOutputCol(DOCUMENT);
    List<PipelineStage> stages = new ArrayList<>();
    stages.add(document);
    CollectionAccumulator<CountryStanceAnnotator.Failure> failures =
        spark.sparkContext().collectionAccumulator("annotate processing errors");
    CountryStanceAnnotator.annotator(settings.rules());
    // A broadcast, not the closure: the tables are megabytes, and each executor fetches them once.
    Broadcast<RuleTables> rules = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(settings.rules());
    stages.add(new CountryStanceAnnotator(DOCUMENT, rules, settings.languages(), failures));
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

  /**
   * (article_id, error) of every article the pipeline's annotator threw on, one row per article:
   * complete once the action that consumed {@link #apply}'s rows (the mentions write) has finished.
   */
  public static Dataset<Row> failures(SparkSession spark, PipelineModel pipeline) {
    Map<String, String> byId = new LinkedHashMap<>();
    for (Transformer t : pipeline.stages()) {
      if (t instanceof CountryStanceAnnotator a) {
        for (CountryStanceAnnotator.Failure f : a.failures()) byId.putIfAbsent(f.articleId(), f.detail());
      }
    }
    List<Row> rows = new ArrayList<>();
    byId.forEach((id, detail) -> rows.add(RowFactory.create(id, detail)));
    return spark.createDataFrame(rows, FAILURES);
  }

  /** The articles without those that failed annotation (they are quarantined, not accepted). */
  public static Dataset<Row> withoutFailures(Dataset<Row> articles, Dataset<Row> failures) {
    if (failures.isEmpty()) return articles;
    return articles.join(failures, articles.col(ArticlesTable.ARTICLE_ID)
        .equalTo(failures.col(ArticlesTable.ARTICLE_ID)), "left_anti");
  }

  /** Rejects rows for the failed articles, with their fields as ingest accepted them (before cleaning). */
  public static Dataset<Row> rejects(Dataset<Row> ingested, Dataset<Row> failures) {
    if (failures.isEmpty()) return ingested.sparkSession().createDataFrame(List.of(), RejectsTable.SCHEMA);
    return ProcessingErrors.rejects(ingested.join(failures, ArticlesTable.ARTICLE_ID), STAGE, col(ERROR));
  }
}
