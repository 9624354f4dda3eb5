package org.countrystance.aggregate;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.tables.DyadDailyTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.Schemas;
import org.countrystance.tables.StanceDailyTable;
import org.countrystance.tables.StanceEvidenceTable;
import org.countrystance.tables.ArticlesTable;

/**
 * The analyst-facing daily tables, each computed from the mentions of whole days only (so a day's
 * aggregates always reconcile with that day's mentions): country_daily, stance_daily, dyad_daily,
 * and the flat stance_evidence behind stance_daily.
 */
public final class DailyAggregates {
  /**
   * Means are rounded to this many decimals: a sum of doubles depends on the order Spark adds them in
   * (partitioning), so an incremental run and a full recompute would otherwise differ in the last bit.
   */
  static final int DECIMALS = 9;
  /** Tone above this counts as positive, below its negative as negative (the usual VADER cut-off). */
  public static final double TONE_CUTOFF = 0.05;
  private static final String SPEAKER = "speaker";

  private DailyAggregates() {}

  /** Every daily table by name, in the order they are staged, from the staged mentions and articles. */
  public static Map<String, Dataset<Row>> all(Dataset<Row> mentions, Dataset<Row> articles) {
    Map<String, Dataset<Row>> daily = new LinkedHashMap<>();
    daily.put(CountryDailyTable.NAME, countryDaily(mentions));
    daily.put(StanceDailyTable.NAME, stanceDaily(mentions));
    daily.put(DyadDailyTable.NAME, dyadDaily(mentions));
    daily.put(StanceEvidenceTable.NAME, stanceEvidence(mentions, articles));
    return daily;
  }

  /** The distinct publication days of {@code articles}: the days a run replaces. */
  public static Set<LocalDate> days(Dataset<Row> articles) {
    Set<LocalDate> days = new TreeSet<>();
    for (Row r : articles.select(ArticlesTable.PUBLISHED_DATE).distinct().collectAsList()) days.add(r.getAs(0));
    return days;
  }

  /**
   * date x country: mention, article, story and source counts, tone toward the country, and how often it
   * spoke. Every mention counts (no filter): the quality gate reads the mentions' country codes from
   * this table ({@code publish.StagedTables#check}).
   */
  public static Dataset<Row> countryDaily(Dataset<Row> mentions) {
    Schemas.require(mentions.schema(), MentionsTable.SCHEMA, "aggregate.country_daily");
    return byDay(mentions.select(col(MentionsTable.PUBLISHED_DATE), col(MentionsTable.COUNTRY),
            col(MentionsTable.ARTICLE_ID), col(MentionsTable.STORY_ID), col(MentionsTable.SOURCE),
            col(MentionsTable.MENTION_TONE), col(MentionsTable.ROLE)))
        .groupBy(col(MentionsTable.PUBLISHED_DATE), col(MentionsTable.COUNTRY))
        .agg(count(lit(1)).as(CountryDailyTable.MENTIONS),
            // sizes of sets, not countDistinct: distinct counts of several columns are planned as an
            // Expand, which loses the partitioning by day and adds two shuffles (nulls left out either way)
            size(collect_set(col(MentionsTable.ARTICLE_ID))).cast("long").as(CountryDailyTable.ARTICLES),
            size(collect_set(col(MentionsTable.STORY_ID))).cast("long").as(CountryDailyTable.UNIQUE_STORIES),
            size(collect_set(coalesce(col(MentionsTable.SOURCE), lit("")))).cast("long").as(CountryDailyTable.SOURCES),
            round(avg(col(MentionsTable.MENTION_TONE)), DECIMALS).as(CountryDailyTable.TONE_MEAN),
            round(avg(when(col(MentionsTable.MENTION_TONE).gt(TONE_CUTOFF), 1.0).otherwise(0.0)), DECIMALS).as(CountryDailyTable.POSITIVE_SHARE),
            round(avg(when(col(MentionsTable.MENTION_TONE).lt(-TONE_CUTOFF), 1.0).otherwise(0.0)), DECIMALS).as(CountryDailyTable.NEGATIVE_SHARE),
            sum(when(col(MentionsTable.ROLE).equalTo(SPEAKER), 1L).otherwise(0L)).as(CountryDailyTable.SPEAKER_MENTIONS))
        .select(columns(CountryDailyTable.SCHEMA.fieldNames()));
  }

  /**
   * date x country x topic x position, one count per statement ({@link #statements}), with the most
   * confident statements as evidence (ties broken by article_id and sentence_index, so reruns agree).
   * The statements are grouped in the partitions by day they were built in, so the two groupings are
   * one shuffle; the distinct counts are sizes of sets and the evidence is the sorted head of the
   * group's statements, which took a third of the time of distinct counts, a ranking window and a
   * join of the two.
   */
  public static Dataset<Row> stanceDaily(Dataset<Row> mentions) {
    Schemas.require(mentions.schema(), MentionsTable.SCHEMA, "aggregate.stance_daily");
    // Ascending order of (-confidence, article_id, sentence_index) is the evidence order.
    Column statement = struct(negate(col(MentionsTable.CONFIDENCE)).as("order"),
        col(MentionsTable.ARTICLE_ID).as(StanceDailyTable.EVIDENCE_ARTICLE_ID),
        col(MentionsTable.SENTENCE_INDEX).as(StanceDailyTable.EVIDENCE_SENTENCE_INDEX));
    return statements(mentions)
        .groupBy(col(MentionsTable.PUBLISHED_DATE), col(MentionsTable.COUNTRY), col(MentionsTable.TOPIC),
            col(MentionsTable.POSITION))
        .agg(first(col(MentionsTable.POLARITY)).as(StanceDailyTable.POLARITY),
            count(lit(1)).as(StanceDailyTable.STATEMENTS),
            size(collect_set(col(MentionsTable.ARTICLE_ID))).cast("long").as(StanceDailyTable.ARTICLES),
            size(collect_set(col(MentionsTable.STORY_ID))).cast("long").as(StanceDailyTable.UNIQUE_STORIES),
            size(collect_set(coalesce(col(MentionsTable.SOURCE), lit("")))).cast("long").as(StanceDailyTable.SOURCES),
            round(avg(col(MentionsTable.CONFIDENCE)), DECIMALS).as(StanceDailyTable.MEAN_CONFIDENCE),
            slice(array_sort(collect_list(statement)), 1, StanceDailyTable.EVIDENCE_LIMIT).as("ranked"))
        .withColumn(StanceDailyTable.EVIDENCE, transform(col("ranked"),
            e -> struct(e.getField(StanceDailyTable.EVIDENCE_ARTICLE_ID).as(StanceDailyTable.EVIDENCE_ARTICLE_ID),
                e.getField(StanceDailyTable.EVIDENCE_SENTENCE_INDEX).as(StanceDailyTable.EVIDENCE_SENTENCE_INDEX))))
        .select(columns(StanceDailyTable.SCHEMA.fieldNames()));
  }

  /**
   * One row per sentence, country and stated position, with its article's URL, title, source and
   * time: every statement counted by stance_daily ({@link #statements}), flat. {@code articles} holds
   * at least the articles of the mentions' days; a statement whose article is missing keeps null
   * article fields.
   */
  public static Dataset<Row> stanceEvidence(Dataset<Row> mentions, Dataset<Row> articles) {
    Schemas.require(mentions.schema(), MentionsTable.SCHEMA, "aggregate.stance_evidence");
    Dataset<Row> statements = statements(mentions);
    Dataset<Row> meta = articles.select(col(ArticlesTable.ARTICLE_ID).as("_article"),
        col(ArticlesTable.PUBLISHED_DATE).as("_day"), col(ArticlesTable.URL).as(StanceEvidenceTable.URL),
        col(ArticlesTable.TITLE).as(StanceEvidenceTable.TITLE), col(ArticlesTable.SOURCE).as("article_source"),
        col(ArticlesTable.PUBLISHED_AT).as(StanceEvidenceTable.PUBLISHED_AT));
    return statements.join(meta, statements.col(MentionsTable.ARTICLE_ID).equalTo(meta.col("_article"))
            .and(statements.col(MentionsTable.PUBLISHED_DATE).equalTo(meta.col("_day"))), "left")
        .withColumn(StanceEvidenceTable.SOURCE, coalesce(col("article_source"), col(MentionsTable.SOURCE)))
        .select(columns(StanceEvidenceTable.SCHEMA.fieldNames()));
  }

  /**
   * The statements behind stance_daily and stance_evidence, partitioned by day: one per article,
   * sentence text, country, topic and position. A sentence that names its speaker twice ("President
   * Biden's leadership ... the United States") is one statement, at its higher confidence; so is a
   * sentence an article prints again word for word (a pull quote, a block a page repeats), at its first
   * place. Each row keeps the mention columns the two tables read (the mention's own source as
   * {@code source}).
   */
  static Dataset<Row> statements(Dataset<Row> mentions) {
    return byDay(mentions.where(col(MentionsTable.POSITION).isNotNull())
            .select(col(MentionsTable.PUBLISHED_DATE), col(MentionsTable.ARTICLE_ID), col(MentionsTable.SENTENCE_INDEX),
                col(MentionsTable.COUNTRY), col(MentionsTable.TOPIC), col(MentionsTable.POSITION),
                col(MentionsTable.POLARITY), col(MentionsTable.CONFIDENCE), col(MentionsTable.STORY_ID),
                col(MentionsTable.IS_CANONICAL), col(MentionsTable.SOURCE), col(MentionsTable.SENTENCE)))
        .groupBy(col(MentionsTable.PUBLISHED_DATE), col(MentionsTable.ARTICLE_ID), col(MentionsTable.SENTENCE),
            col(MentionsTable.COUNTRY), col(MentionsTable.TOPIC), col(MentionsTable.POSITION))
        .agg(min(col(MentionsTable.SENTENCE_INDEX)).as(MentionsTable.SENTENCE_INDEX),
            first(col(MentionsTable.POLARITY)).as(MentionsTable.POLARITY),
            max(col(MentionsTable.CONFIDENCE)).as(MentionsTable.CONFIDENCE),
            first(col(MentionsTable.STORY_ID)).as(MentionsTable.STORY_ID),
            first(col(MentionsTable.IS_CANONICAL)).as(MentionsTable.IS_CANONICAL),
            first(col(MentionsTable.SOURCE)).as(MentionsTable.SOURCE));
  }

  /** date x speaking country x target country: how often one addressed the other, and in what tone. */
  public static Dataset<Row> dyadDaily(Dataset<Row> mentions) {
    Schemas.require(mentions.schema(), MentionsTable.SCHEMA, "aggregate.dyad_daily");
    return byDay(mentions
        .where(col(MentionsTable.ROLE).equalTo(SPEAKER))
        .select(col(MentionsTable.PUBLISHED_DATE), col(MentionsTable.COUNTRY).as(DyadDailyTable.SOURCE_COUNTRY),
            explode(col(MentionsTable.DYAD_TARGETS)).as(DyadDailyTable.TARGET_COUNTRY), col(MentionsTable.TONE)))
        .groupBy(col(MentionsTable.PUBLISHED_DATE), col(DyadDailyTable.SOURCE_COUNTRY), col(DyadDailyTable.TARGET_COUNTRY))
        .agg(count(lit(1)).as(DyadDailyTable.MENTIONS), round(avg(col(MentionsTable.TONE)), DECIMALS).as(DyadDailyTable.TONE_MEAN))
        .select(columns(DyadDailyTable.SCHEMA.fieldNames()));
  }

  /**
   * The rows shuffled by day, before they are aggregated: a grouping whose key starts with the day then
   * needs no shuffle of its own (hash partitioning by the day clusters every key that holds it), and
   * the staged write's own shuffle by day ({@code publish.TableStager#stage}) is planned out (the same
   * partitioning), so a daily table is one shuffle and its write where it was two or three shuffles.
   * A day's rows meet in one task either way: the write put each day in one task already.
   */
  static Dataset<Row> byDay(Dataset<Row> rows) {
    return rows.repartition(col(MentionsTable.PUBLISHED_DATE));
  }

  private static Column[] columns(String[] names) {
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) out[i] = col(names[i]);
    return out;
  }
}
