package org.countrystance.publish;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.countrystance.config.QualityCheckSettings;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.tables.DyadDailyTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.tables.StanceDailyTable;

/**
 * The published tables as one run stages them: which tables there are and their schemas, this run's
 * rows merged with the published rows of the days it touches, and the quality checks on what was
 * staged. Wraps the table-agnostic {@link TableStager}.
 */
public final class StagedTables {
  /** Every table a run publishes, in the order they are staged. */
  public static final List<String> PUBLISHED = List.of(ArticlesTable.NAME, RejectsTable.NAME,
      MentionsTable.NAME, CountryDailyTable.NAME, StanceDailyTable.NAME, DyadDailyTable.NAME);

  private final TableStager stager;

  public StagedTables(TableStager stager) {
    this.stager = stager;
  }

  /** A published table's schema: a table with no rows this run has no file to infer one from. */
  public static StructType schemaOf(String table) {
    return switch (table) {
      case ArticlesTable.NAME -> ArticlesTable.schema();
      case RejectsTable.NAME -> RejectsTable.SCHEMA;
      case MentionsTable.NAME -> MentionsTable.SCHEMA;
      case CountryDailyTable.NAME -> CountryDailyTable.SCHEMA;
      case StanceDailyTable.NAME -> StanceDailyTable.SCHEMA;
      case DyadDailyTable.NAME -> DyadDailyTable.SCHEMA;
      default -> throw new IllegalArgumentException("not a published table: " + table);
    };
  }

  /** This run's staged rows of a table. */
  public Dataset<Row> staged(String table) {
    return stager.readStaged(table, schemaOf(table));
  }

  /**
   * Stages a per-article table (articles, mentions): this run's rows plus the published rows of the
   * touched days that belong to other articles, so a reprocessed article replaces all of its rows
   * (even when it now has none) and other articles stay. Every touched day gets a partition.
   */
  public void stageMerged(String table, String partition, Dataset<Row> incoming, Dataset<Row> batchArticles,
      Set<LocalDate> days) {
    StructType schema = schemaOf(table);
    Dataset<Row> rows = incoming.select(columns(schema));
    Dataset<Row> published = stager.readPublished(table, schema);
    if (published != null && !days.isEmpty()) {
      Dataset<Row> sameDays = published.where(col(ArticlesTable.PUBLISHED_DATE).isin(days.toArray()));
      Dataset<Row> ids = batchArticles.select(col(ArticlesTable.ARTICLE_ID).as("_batch_id")).distinct();
      rows = sameDays.join(ids, sameDays.col(ArticlesTable.ARTICLE_ID).equalTo(ids.col("_batch_id")), "left_anti")
          .unionByName(rows);
    }
    stager.stage(rows, table, schema, partition);
    stager.ensurePartitions(table, partition, days);
  }

  /** Stages a daily table computed from whole days; every touched day gets a partition. */
  public void stageDaily(String table, Dataset<Row> rows, Set<LocalDate> days) {
    stager.stage(rows, table, schemaOf(table), CountryDailyTable.PARTITION);
    stager.ensurePartitions(table, CountryDailyTable.PARTITION, days);
  }

  /** Stages this run's rejects (a partition per run: they are a dead-letter log, never merged). */
  public void stageRejects(Dataset<Row> rejects) {
    stager.stage(rejects, RejectsTable.NAME, RejectsTable.SCHEMA, RejectsTable.PARTITION);
  }

  /** Rows staged per table (Parquet footers answer a bare count). */
  public void countWritten(Map<String, Long> written) {
    for (String table : PUBLISHED) written.put(table, staged(table).count());
  }

  /**
   * The quality checks on what this run staged: run size against the trailing median of earlier
   * runs, valid country codes, unique keys of every per-row and daily table, complete dates.
   */
  public QualityGate check(Map<String, QualityCheckSettings> settings, long accepted, List<RunManifest> earlier,
      Set<String> countryCodes) {
    QualityGate gate = new QualityGate(settings);
    gate.rowCountAgainstTrailingMedian(accepted, earlier);
    Dataset<Row> articles = staged(ArticlesTable.NAME);
    Dataset<Row> mentions = staged(MentionsTable.NAME);
    gate.validCountryCodes(MentionsTable.NAME, mentions, MentionsTable.COUNTRY, countryCodes);
    gate.uniqueKey(ArticlesTable.NAME, articles, ArticlesTable.ARTICLE_ID);
    gate.uniqueKey(MentionsTable.NAME, mentions, MentionsTable.ARTICLE_ID, MentionsTable.SENTENCE_INDEX,
        MentionsTable.MENTION_INDEX);
    gate.uniqueKey(CountryDailyTable.NAME, staged(CountryDailyTable.NAME),
        CountryDailyTable.PUBLISHED_DATE, CountryDailyTable.COUNTRY);
    gate.uniqueKey(StanceDailyTable.NAME, staged(StanceDailyTable.NAME),
        StanceDailyTable.PUBLISHED_DATE, StanceDailyTable.COUNTRY, StanceDailyTable.TOPIC, StanceDailyTable.POSITION);
    gate.complete(ArticlesTable.NAME, articles, ArticlesTable.PUBLISHED_DATE, ArticlesTable.PUBLISHED_AT);
    gate.complete(MentionsTable.NAME, mentions, MentionsTable.PUBLISHED_DATE, MentionsTable.COUNTRY);
    return gate;
  }

  private static Column[] columns(StructType schema) {
    return Arrays.stream(schema.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
  }
}
