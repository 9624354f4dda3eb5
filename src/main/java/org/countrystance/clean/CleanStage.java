package org.countrystance.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.countrystance.publish.FaultInjection;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.ProcessingErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cleaning stage: ingested articles to cleaned articles (title, text and detected language
 * replaced) plus {@link ArticlesTable#CLEANING_COLUMNS} and {@link #PROCESSING_ERROR}. Title affixes
 * are learned over the whole input (with a nightly run's published titles around it) first (one small
 * aggregation), then each partition builds one {@link ArticleCleaner}. An article the cleaner throws on
 * keeps its ingested fields and carries the error, so that {@link #valid} and {@link #rejects} split one
 * pass instead of the run failing.
 */
public final class CleanStage {
  public static final String STAGE = "clean";
  /** Null for a cleaned article; the exception's class and message for one the cleaner threw on. */
  public static final String PROCESSING_ERROR = "processing_error";
  /** The title a published article has now, beside its raw fields (see {@link #apply(Dataset, CleaningRules, Dataset)}). */
  public static final String PUBLISHED_TITLE = "_published_title";
  private static final Logger LOG = LoggerFactory.getLogger(CleanStage.class);

  private CleanStage() {}

  /** Rows of {@link #guardedSchema()}: every ingested article, cleaned or marked with its error. */
  public static Dataset<Row> apply(Dataset<Row> ingested, CleaningRules rules) {
    return apply(ingested, rules, null);
  }

  /**
   * As {@link #apply(Dataset, CleaningRules)}, with title affixes learned over the titles of
   * {@code published} too (rows of {@link ArticlesTable#INGESTED} as the input holds them, then
   * {@link #PUBLISHED_TITLE}; null: none), and followed by those of them whose title the learned affixes
   * now clean differently, cleaned again: a nightly run learns what a full recompute over the same input
   * learns, and publishes again the titles it decides otherwise.
   */
  public static Dataset<Row> apply(Dataset<Row> ingested, CleaningRules rules, Dataset<Row> published) {
    requireSchema(ingested.schema());
    Dataset<Row> input = ingested.select(columns(ArticlesTable.INGESTED));
    Dataset<Row> titles = published == null ? input
        : input.select(ArticlesTable.SOURCE, ArticlesTable.TITLE)
            .union(published.select(ArticlesTable.SOURCE, ArticlesTable.TITLE));
    Map<String, Set<String>> affixes =
        TitleAffixLearner.learn(titles, rules.titleAffixMinTitles, rules.titleAffixMinShare);
    Broadcast<HashMap<String, Set<String>>> shared = JavaSparkContext
        .fromSparkContext(ingested.sparkSession().sparkContext())
        .broadcast(new HashMap<>(affixes));
    Dataset<Row> cleaned = input.mapPartitions(
        new CleanPartition(rules, shared, FaultInjection.plan(FaultInjection.CLEAN)), Encoders.row(guardedSchema()));
    if (published == null) return cleaned;
    requireSchema(published.schema());
    FaultInjection.Plan none = new FaultInjection.Plan(STAGE, false, 0, Set.of());
    Dataset<Row> again = published.select(columns(ArticlesTable.INGESTED))
        .mapPartitions(new CleanPartition(rules, shared, none), Encoders.row(guardedSchema()));
    String id = "_published_id";
    Dataset<Row> retitled = again.join(published.select(col(ArticlesTable.ARTICLE_ID).as(id), col(PUBLISHED_TITLE)),
        col(ArticlesTable.ARTICLE_ID).equalTo(col(id)))
        .where(col(PROCESSING_ERROR).isNull().and(not(col(ArticlesTable.TITLE).eqNullSafe(col(PUBLISHED_TITLE)))))
        .select(columns(guardedSchema()));
    return cleaned.union(retitled);
  }

  /** INGESTED followed by CLEANING_COLUMNS: a cleaned article. */
  public static StructType outputSchema() {
    StructType s = ArticlesTable.INGESTED;
    for (StructField f : ArticlesTable.CLEANING_COLUMNS.fields()) s = s.add(f);
    return s;
  }

  /** {@link #outputSchema()} followed by {@link #PROCESSING_ERROR}: what {@link #apply} returns. */
  public static StructType guardedSchema() {
    return outputSchema().add(PROCESSING_ERROR, DataTypes.StringType, true);
  }

  /** The articles that were cleaned (any columns after the stage's, e.g. dedup signatures, kept). */
  public static Dataset<Row> valid(Dataset<Row> guarded) {
    return guarded.where(col(PROCESSING_ERROR).isNull());
  }

  /** The articles the cleaner threw on, as rejects rows with their ingested fields. */
  public static Dataset<Row> rejects(Dataset<Row> guarded) {
    return ProcessingErrors.rejects(guarded.where(col(PROCESSING_ERROR).isNotNull()), STAGE, col(PROCESSING_ERROR));
  }

  static void requireSchema(StructType actual) {
    for (StructField expected : ArticlesTable.INGESTED.fields()) {
      StructField got = null;
      for (StructField f : actual.fields()) if (f.name().equals(expected.name())) got = f;
      if (got == null || !got.dataType().equals(expected.dataType())) {
        throw new IllegalArgumentException("clean: expected column " + expected.name() + " "
            + expected.dataType().simpleString() + ", got "
            + (got == null ? "no such column" : got.dataType().simpleString()) + " in " + actual.simpleString());
      }
    }
  }

  private static Column[] columns(StructType schema) {
    List<Column> cols = new ArrayList<>();
    for (String name : schema.fieldNames()) cols.add(col(name));
    return cols.toArray(new Column[0]);
  }

  /** Cleans the rows of one partition with one cleaner. */
  static final class CleanPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final CleaningRules rules;
    private final Broadcast<HashMap<String, Set<String>>> affixes;
    private final FaultInjection.Plan faults;

    CleanPartition(CleaningRules rules, Broadcast<HashMap<String, Set<String>>> affixes, FaultInjection.Plan faults) {
      this.rules = rules;
      this.affixes = affixes;
      this.faults = faults;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ArticleCleaner cleaner = new ArticleCleaner(rules, affixes.value());
      StructType in = ArticlesTable.INGESTED;
      int title = in.fieldIndex(ArticlesTable.TITLE);
      int text = in.fieldIndex(ArticlesTable.TEXT);
      int source = in.fieldIndex(ArticlesTable.SOURCE);
      int language = in.fieldIndex(ArticlesTable.LANGUAGE);
      int id = in.fieldIndex(ArticlesTable.ARTICLE_ID);
      int width = in.size() + ArticlesTable.CLEANING_COLUMNS.size() + 1;
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          Object[] v = new Object[width];
          for (int i = 0; i < in.size(); i++) v[i] = r.get(i);
          CleanedArticle c;
          try {
            faults.onArticle(r.getString(id));
            c = cleaner.clean(r.getString(title), r.getString(text), r.getString(source));
          } catch (RuntimeException | StackOverflowError e) {
            // One pathological text must not fail the task (and, after retries, the run).
            LOG.warn("clean: article {} quarantined as {}: {}", r.getString(id), ProcessingErrors.REASON, e.toString());
            return failed(v, in.size(), ProcessingErrors.detail(e));
          }
          v[title] = c.title();
          v[text] = c.text();
          v[language] = chooseLanguage(c.language(), r.getString(language));
          int k = in.size();
          v[k++] = c.repairedSpin();
          v[k++] = c.spinRepairs();
          v[k++] = c.removedBoilerplate();
          v[k++] = c.boilerplateLines();
          v[k++] = c.removedRepeatedParagraph();
          v[k++] = c.cleanedTitle();
          v[k++] = c.reflowed();
          v[k++] = c.decodedMarkup();
          v[k++] = c.repairedChars();
          v[k] = c.badChars();
          return RowFactory.create(v);
        }
      };
    }

    /** The ingested fields as they came, the cleaning columns at their "nothing done" values, the error. */
    private static Row failed(Object[] v, int k, String error) {
      for (StructField f : ArticlesTable.CLEANING_COLUMNS.fields()) {
        v[k++] = f.dataType().equals(DataTypes.BooleanType) ? (Object) false : (Object) 0;
      }
      v[k] = error;
      return RowFactory.create(v);
    }
  }

  /** The detected language; when detection is unsure, the language the input declared, if any. */
  public static String chooseLanguage(String detected, String declared) {
    if (!LanguageIdentifier.UNDETERMINED.equals(detected)) return detected;
    if (declared == null || declared.isBlank()) return detected;
    String d = declared.strip().toLowerCase(java.util.Locale.ROOT);
    int dash = d.indexOf('-');
    return dash > 0 ? d.substring(0, dash) : d;
  }
}
