package org.countrystance.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.countrystance.config.RuleTables;
import org.countrystance.publish.FaultInjection;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.ProcessingErrors;
import org.countrystance.tables.Schemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.JavaConverters;

/**
 * A Spark ML transformer that turns articles carrying a Spark NLP {@code document} annotation into
 * rows of the mentions table (one per country mention per sentence), by running
 * {@link ArticleAnnotator} in each partition. Output has every mentions column but model_tone. An
 * article the annotator throws on yields no rows; its id and error go to {@link #failures()}.
 */
public final class CountryStanceAnnotator extends Transformer {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(CountryStanceAnnotator.class);

  /** An article the annotator threw on: its id and the exception's class and message. */
  public record Failure(String articleId, String detail) implements java.io.Serializable {}

  /** One annotator per rule tables (by hash) per JVM: it is immutable and costly to build per partition. */
  private static final Map<String, ArticleAnnotator> CACHE = new ConcurrentHashMap<>();
  private final String uid;
  private final String documentColumn;
  /** The rule tables read on the driver; executors build their annotator from these, not from a path. */
  private final Broadcast<RuleTables> rules;
  private final List<String> languages;
  /**
   * One entry per article the annotator threw on, filled by the tasks of the action that consumes
   * this transformer's output: Spark merges only successful task attempts, and a re-run stage may
   * add an entry twice (readers de-duplicate by id).
   */
  private final CollectionAccumulator<Failure> failures;

  public CountryStanceAnnotator(String documentColumn, Broadcast<RuleTables> rules, List<String> languages,
      CollectionAccumulator<Failure> failures) {
    this.uid = Identifiable$.MODULE$.randomUID("countryStance");
    this.documentColumn = documentColumn;
    this.rules = rules;
    this.languages = List.copyOf(languages);
    this.failures = failures;
  }

  /** The accumulated failures (see the field's comment). */
  public List<Failure> failures() {
    return failures.value();
  }

  /** The input this transformer reads: the articles columns it copies plus the document annotation. */
  public static final StructType ARTICLE_COLUMNS = new StructType()
      .add(ArticlesTable.ARTICLE_ID, org.apache.spark.sql.types.DataTypes.StringType)
      .add(ArticlesTable.STORY_ID, org.apache.spark.sql.types.DataTypes.StringType)
      .add(ArticlesTable.IS_CANONICAL, org.apache.spark.sql.types.DataTypes.BooleanType)
      .add(ArticlesTable.SOURCE, org.apache.spark.sql.types.DataTypes.StringType)
      .add(ArticlesTable.PUBLISHED_DATE, org.apache.spark.sql.types.DataTypes.DateType)
      .add(ArticlesTable.LANGUAGE, org.apache.spark.sql.types.DataTypes.StringType)
      .add(ArticlesTable.AUTHOR_COUNTRY, org.apache.spark.sql.types.DataTypes.StringType)
      .add(ArticlesTable.RUN_ID, org.apache.spark.sql.types.DataTypes.StringType);

  static ArticleAnnotator annotator(Broadcast<RuleTables> rules) {
    return annotator(rules.value());
  }

  /** Also called on the driver before any task: a malformed table fails there, naming file, line and column. */
  static ArticleAnnotator annotator(RuleTables tables) {
    return CACHE.computeIfAbsent(tables.hash(), h -> ArticleAnnotator.load(tables));
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    Schemas.require(dataset.schema(), ARTICLE_COLUMNS, "annotate");
    int doc = dataset.schema().fieldIndex(documentColumn);
    int[] idx = new int[ARTICLE_COLUMNS.size()];
    for (int i = 0; i < idx.length; i++) idx[i] = dataset.schema().fieldIndex(ARTICLE_COLUMNS.fields()[i].name());
    Broadcast<RuleTables> conf = rules;
    List<String> langs = languages;
    StructType out = outputSchema();
    FaultInjection.Plan faults = FaultInjection.plan(FaultInjection.ANNOTATE);
    boolean injecting = faults.active();
    CollectionAccumulator<Failure> failed = failures;
    return dataset.toDF().flatMap((FlatMapFunction<Row, Row>) article -> {
      if (injecting) faults.inTask();
      String language = article.getString(idx[5]);
      List<Row> document = article.getList(doc);
      if (document == null || document.isEmpty() || (language != null && !langs.contains(language))) {
        return Collections.emptyIterator();
      }
      String text = document.get(0).getAs("result");
      String id = article.getString(idx[0]);
      ArticleAnnotator annotator = annotator(conf); // outside the guard: bad tables fail the run, not each article
      try {
        faults.onArticle(id);
        List<MentionFact> facts = annotator.annotate(text, article.getAs(idx[4]), article.getString(idx[6]));
        List<Row> rows = new ArrayList<>(facts.size());
        for (MentionFact f : facts) rows.add(row(article, idx, f));
        return rows.iterator();
      } catch (RuntimeException | StackOverflowError e) {
        // One pathological text must not fail the task (and, after retries, the run).
        LOG.warn("annotate: article {} quarantined as {}: {}", id, ProcessingErrors.REASON, e.toString());
        failed.add(new Failure(id, ProcessingErrors.detail(e)));
        return Collections.emptyIterator();
      }
    }, Encoders.row(out));
  }

  private static Row row(Row a, int[] idx, MentionFact f) {
    return RowFactory.create(a.get(idx[0]), a.get(idx[1]), a.get(idx[2]), a.get(idx[3]),
        f.sentenceIndex(), f.sentence(), f.mentionIndex(), f.country(), f.surface(), f.kind(), f.start(), f.end(),
        f.role(), seq(f.counterparts()), seq(f.dyadTargets()), f.tone(), f.mentionTone(), seq(f.topics()),
        f.topic(), f.position(), f.polarity(), f.confidence(), seq(f.cues()), a.get(idx[7]), a.get(idx[4]));
  }

  private static Object seq(List<String> values) {
    return JavaConverters.asScalaBuffer(values).toSeq();
  }

  /** The mentions schema without model_tone (a later stage of the pipeline adds it). */
  public static StructType outputSchema() {
    StructType s = new StructType();
    for (var f : MentionsTable.SCHEMA.fields()) {
      if (!f.name().equals(MentionsTable.MODEL_TONE)) s = s.add(f);
    }
    return s;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    Schemas.require(schema, ARTICLE_COLUMNS, "annotate");
    return outputSchema();
  }

  @Override
  public Transformer copy(ParamMap extra) {
    return new CountryStanceAnnotator(documentColumn, rules, languages, failures);
  }

  @Override
  public String uid() {
    return uid;
  }


}
