package org.countrystance.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.annotators.sda.pragmatic.SentimentDetector;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.country.Gazetteer;
import org.countrystance.tables.ArticlesTable;

/**
 * The pipeline a Spark NLP user would write instead of this project's annotate stage, for the bench:
 * DocumentAssembler, SentenceDetector (one row per sentence), Tokenizer, TextMatcher over the same
 * gazetteer and SentimentDetector with the same lexicon, evaluated in full by counting what it found.
 */
public final class NaiveSparkNlpPipeline {
  static final String DOCUMENT = "document";
  static final String SENTENCE = "sentence";
  static final String TOKEN = "token";
  static final String ENTITIES = "entities";
  static final String SENTIMENT = "sentiment";

  /** Sentences, matched country phrases, and sentences scored positive and negative. */
  public record Result(long sentences, long entities, long positiveSentences, long negativeSentences) {}

  private NaiveSparkNlpPipeline() {}

  /**
   * Writes the phrase list and dictionary under {@code resourceDir} (Spark NLP reads resources through
   * Hadoop paths, not the classpath) and fits the pipeline; {@code confDir} null = the jar's tables.
   */
  public static PipelineModel build(SparkSession spark, Path resourceDir, Path confDir) {
    Gazetteer gazetteer = confDir == null ? Gazetteer.loadDefault() : Gazetteer.load(org.countrystance.config.RuleTables.local(confDir));
    Path entities = NaiveResources.writeEntities(NaiveResources.entityPhrases(gazetteer),
        resourceDir.resolve("country_phrases.txt"));
    Path dictionary = NaiveResources.writeDictionary(NaiveResources.sentimentTags(confDir),
        resourceDir.resolve("sentiment_dictionary.tsv"));

    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(ArticlesTable.TEXT);
    document.setOutputCol(DOCUMENT);
    SentenceDetector sentences = new SentenceDetector();
    sentences.setInputCols(new String[] {DOCUMENT});
    sentences.setOutputCol(SENTENCE);
    sentences.setExplodeSentences(true);
    Tokenizer tokens = new Tokenizer();
    tokens.setInputCols(new String[] {SENTENCE});
    tokens.setOutputCol(TOKEN);
    TextMatcher matcher = new TextMatcher();
    matcher.setInputCols(new String[] {SENTENCE, TOKEN});
    matcher.setOutputCol(ENTITIES);
    matcher.setEntities(ExternalResource.fromJava(entities.toAbsolutePath().toString(), "TEXT",
        new HashMap<>()));
    matcher.setEntityValue("country");
    matcher.setCaseSensitive(true);
    SentimentDetector sentiment = new SentimentDetector();
    sentiment.setInputCols(new String[] {TOKEN, SENTENCE});
    sentiment.setOutputCol(SENTIMENT);
    HashMap<String, String> options = new HashMap<>();
    options.put("delimiter", NaiveResources.DICTIONARY_DELIMITER);
    sentiment.setDictionary(ExternalResource.fromJava(dictionary.toAbsolutePath().toString(), "TEXT", options));
    sentiment.setEnableScore(true);

    StructType shape = new StructType().add(ArticlesTable.TEXT, DataTypes.StringType, true);
    Dataset<Row> empty = spark.createDataFrame(List.of(), shape);
    return new Pipeline().setStages(new PipelineStage[] {document, sentences, tokens, matcher, sentiment})
        .fit(empty);
  }

  /**
   * Runs the fitted pipeline over the text column of a Parquet corpus, spread evenly over every core
   * (round robin): the naive pipeline should not lose for running on one core while the others idle.
   * The number of read partitions says nothing here: a file of one row group is planned as several
   * splits of which one holds every row.
   */
  public static Result run(SparkSession spark, PipelineModel pipeline, String parquetPath) {
    Dataset<Row> texts = spark.read().parquet(parquetPath).select(ArticlesTable.TEXT);
    return run(pipeline, texts.repartition(spark.sparkContext().defaultParallelism()));
  }

  /** Runs the fitted pipeline over any Dataset with a text column; one aggregation forces every annotator. */
  public static Result run(PipelineModel pipeline, Dataset<Row> texts) {
    Column score = element_at(col(SENTIMENT + ".result"), 1).cast(DataTypes.DoubleType);
    Row r = pipeline.transform(texts.where(col(ArticlesTable.TEXT).isNotNull())).agg(
        count(lit(1)),
        sum(size(col(ENTITIES))),
        sum(when(score.gt(0), 1L).otherwise(0L)),
        sum(when(score.lt(0), 1L).otherwise(0L))).first();
    return new Result(r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1), r.isNullAt(2) ? 0 : r.getLong(2),
        r.isNullAt(3) ? 0 : r.getLong(3));
  }
}
