package org.countrystance.report;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.StanceDailyTable;
import org.countrystance.tables.StanceEvidenceTable;
import org.countrystance.tables.DimensionTables;
import org.countrystance.aggregate.Dimensions;

/**
 * Reads what the report shows from the published tables, bounded: the last {@code days} days, the
 * top countries per topic, a few evidence sentences per row, the most mentioned countries' tone.
 */
public final class ReportData {
  /** How much the report reads; every number bounds the rows collected to the driver. */
  public record Limits(int days, int countriesPerTopic, int evidencePerRow, int toneCountries) {
    public static final Limits DEFAULT = new Limits(366, 8, 3, 6);
  }

  private static final String RANK = "rank";
  private static final String TOTAL = "total";
  private static final String EV = "ev";
  private final SparkSession spark;
  private final String output;

  public ReportData(SparkSession spark, String output) {
    this.spark = spark;
    this.output = output;
  }

  /** The stance rows (with evidence text) of the given topics (all when empty) and the tone points. */
  public ReportInput load(List<String> topics, Limits limits, String title) {
    Dataset<Row> stance = read(StanceDailyTable.NAME, StanceDailyTable.SCHEMA);
    Dataset<Row> countryDaily = read(CountryDailyTable.NAME, CountryDailyTable.SCHEMA);
    LocalDate last = stance == null ? null : day(stance.agg(max(col(StanceDailyTable.PUBLISHED_DATE))).first().get(0));
    if (last == null) return new ReportInput(title, "No stance rows under " + output, List.of(), List.of());
    LocalDate first = last.minusDays(limits.days() - 1L);
    stance = stance.where(col(StanceDailyTable.PUBLISHED_DATE).geq(lit(first.toString()).cast("date")));
    if (!topics.isEmpty()) stance = stance.where(col(StanceDailyTable.TOPIC).isin(topics.toArray()));
    Dataset<Row> top = stance.groupBy(StanceDailyTable.TOPIC, StanceDailyTable.COUNTRY)
        .agg(sum(StanceDailyTable.STATEMENTS).as(TOTAL))
        .withColumn(RANK, row_number().over(Window.partitionBy(StanceDailyTable.TOPIC)
            .orderBy(col(TOTAL).desc(), col(StanceDailyTable.COUNTRY))))
        .where(col(RANK).leq(limits.countriesPerTopic()))
        .select(StanceDailyTable.TOPIC, StanceDailyTable.COUNTRY);
    Dataset<Row> rows = stance.join(top, scala.collection.JavaConverters.asScalaBuffer(
            List.of(StanceDailyTable.TOPIC, StanceDailyTable.COUNTRY)).toSeq())
        .withColumn(StanceDailyTable.EVIDENCE, slice(col(StanceDailyTable.EVIDENCE), 1, limits.evidencePerRow()))
        .cache();
    try {
      Map<String, List<ReportInput.Evidence>> flat = flatEvidence(rows, limits.evidencePerRow());
      Map<String, ReportInput.Evidence> sentences = flat == null ? evidenceSentences(rows) : Map.of();
      List<ReportInput.StanceRow> out = new ArrayList<>();
      for (Row r : rows.collectAsList()) {
        ReportInput.StanceRow row = stanceRow(r, sentences);
        if (flat != null) {
          row = new ReportInput.StanceRow(row.topic(), row.country(), row.day(), row.position(), row.polarity(),
              row.statements(), row.meanConfidence(), flat.getOrDefault(rowKey(row), List.of()));
        }
        out.add(row);
      }
      List<ReportInput.TonePoint> tone = countryDaily == null ? List.of() : tone(countryDaily, first, limits);
      LocalDate shownFirst = day(rows.agg(min(col(StanceDailyTable.PUBLISHED_DATE))).first().get(0));
      String subtitle = "UTC days " + (shownFirst != null ? shownFirst : first) + " to " + last + " · tables under " + output + " · top "
          + limits.countriesPerTopic() + " speaking countries per topic";
      return new ReportInput(title, subtitle, out, tone, labels());
    } finally {
      rows.unpersist();
    }
  }

  /** Labels from the published dimension tables, else from the rule tables in the jar. */
  private ReportInput.Labels labels() {
    Dataset<Row> countries = read(DimensionTables.COUNTRIES, DimensionTables.COUNTRIES_SCHEMA);
    Dataset<Row> topics = read(DimensionTables.TOPICS, DimensionTables.TOPICS_SCHEMA);
    Dataset<Row> positions = read(DimensionTables.POSITIONS, DimensionTables.POSITIONS_SCHEMA);
    Dimensions jar = countries == null || topics == null || positions == null ? Dimensions.load(null) : null;
    Map<String, String> c = new HashMap<>();
    for (Row r : jar != null ? jar.rows(DimensionTables.COUNTRIES) : countries.collectAsList()) {
      c.put(r.getString(0), r.getString(2));
    }
    Map<String, String> t = new HashMap<>();
    for (Row r : jar != null ? jar.rows(DimensionTables.TOPICS) : topics.collectAsList()) t.put(r.getString(0), r.getString(1));
    Map<String, String> p = new HashMap<>();
    for (Row r : jar != null ? jar.rows(DimensionTables.POSITIONS) : positions.collectAsList()) {
      p.put(r.getString(0) + "/" + r.getString(1), r.getString(2));
    }
    return new ReportInput.Labels(c, t, p);
  }

  private static String rowKey(ReportInput.StanceRow r) {
    return r.day() + "\u0000" + r.country() + "\u0000" + r.topic() + "\u0000" + r.position();
  }

  /**
   * Per stance row (day, country, topic, position), its most confident distinct sentences from
   * stance_evidence: a sentence carried by several syndicated copies once, with their count and the
   * canonical (else earliest) copy's link; null when the output has no stance_evidence table.
   */
  private Map<String, List<ReportInput.Evidence>> flatEvidence(Dataset<Row> rows, int perRow) {
    Dataset<Row> evidence = read(StanceEvidenceTable.NAME, StanceEvidenceTable.SCHEMA);
    if (evidence == null) return null;
    List<Object> days = new ArrayList<>();
    for (Row r : rows.select(StanceDailyTable.PUBLISHED_DATE).distinct().collectAsList()) days.add(day(r.get(0)));
    Map<String, List<ReportInput.Evidence>> out = new HashMap<>();
    if (days.isEmpty()) return out;
    List<String> key = List.of(StanceEvidenceTable.PUBLISHED_DATE, StanceEvidenceTable.COUNTRY,
        StanceEvidenceTable.TOPIC, StanceEvidenceTable.POSITION);
    Dataset<Row> keys = rows.select(StanceDailyTable.PUBLISHED_DATE, StanceDailyTable.COUNTRY, StanceDailyTable.TOPIC,
        StanceDailyTable.POSITION);
    Dataset<Row> grouped = evidence.where(col(StanceEvidenceTable.PUBLISHED_DATE).isin(days.toArray()))
        .join(keys, scala.collection.JavaConverters.asScalaBuffer(key).toSeq())
        .groupBy(col(StanceEvidenceTable.PUBLISHED_DATE), col(StanceEvidenceTable.COUNTRY), col(StanceEvidenceTable.TOPIC),
            col(StanceEvidenceTable.POSITION), col(StanceEvidenceTable.SENTENCE))
        .agg(countDistinct(col(StanceEvidenceTable.ARTICLE_ID)).as("copies"),
            max(col(StanceEvidenceTable.CONFIDENCE)).as("best"),
            min_by(struct(col(StanceEvidenceTable.ARTICLE_ID), col(StanceEvidenceTable.SENTENCE_INDEX),
                    col(StanceEvidenceTable.SOURCE), col(StanceEvidenceTable.URL), col(StanceEvidenceTable.TITLE),
                    col(StanceEvidenceTable.PUBLISHED_AT)),
                struct(not(col(StanceEvidenceTable.IS_CANONICAL)), col(StanceEvidenceTable.PUBLISHED_AT),
                    col(StanceEvidenceTable.ARTICLE_ID))).as("shown"))
        .withColumn(RANK, row_number().over(Window.partitionBy(col(StanceEvidenceTable.PUBLISHED_DATE),
                col(StanceEvidenceTable.COUNTRY), col(StanceEvidenceTable.TOPIC), col(StanceEvidenceTable.POSITION))
            .orderBy(col("best").desc(), col("copies").desc(), col(StanceEvidenceTable.SENTENCE))))
        .where(col(RANK).leq(perRow))
        .orderBy(RANK);
    for (Row r : grouped.collectAsList()) {
      Row shown = r.getAs("shown");
      Object at = shown.get(5);
      java.time.Instant instant = at instanceof java.sql.Timestamp ts ? ts.toInstant() : (java.time.Instant) at;
      String k = day(r.get(0)) + "\u0000" + r.getString(1) + "\u0000" + r.getString(2) + "\u0000" + r.getString(3);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(new ReportInput.Evidence(shown.getString(0), shown.getInt(1),
          shown.getString(2), r.getString(4), shown.getString(3), shown.getString(4), instant, r.<Long>getAs("copies")));
    }
    return out;
  }

  /** article_id + sentence_index (+ day) of every kept evidence item -> its sentence, from mentions. */
  private Map<String, ReportInput.Evidence> evidenceSentences(Dataset<Row> rows) {
    Dataset<Row> mentions = read(MentionsTable.NAME, MentionsTable.SCHEMA);
    Map<String, ReportInput.Evidence> out = new HashMap<>();
    if (mentions == null) return out;
    Dataset<Row> wanted = rows.select(col(StanceDailyTable.PUBLISHED_DATE), explode(col(StanceDailyTable.EVIDENCE)).as(EV))
        .select(col(StanceDailyTable.PUBLISHED_DATE),
            col(EV).getField(StanceDailyTable.EVIDENCE_ARTICLE_ID).as(MentionsTable.ARTICLE_ID),
            col(EV).getField(StanceDailyTable.EVIDENCE_SENTENCE_INDEX).as(MentionsTable.SENTENCE_INDEX))
        .distinct();
    List<Object> days = new ArrayList<>();
    for (Row r : wanted.select(StanceDailyTable.PUBLISHED_DATE).distinct().collectAsList()) days.add(day(r.get(0)));
    if (days.isEmpty()) return out;
    Dataset<Row> text = mentions
        .where(col(MentionsTable.PUBLISHED_DATE).isin(days.toArray())) // prunes to the evidence days
        .select(MentionsTable.PUBLISHED_DATE, MentionsTable.ARTICLE_ID, MentionsTable.SENTENCE_INDEX,
            MentionsTable.SOURCE, MentionsTable.SENTENCE)
        .dropDuplicates(MentionsTable.PUBLISHED_DATE, MentionsTable.ARTICLE_ID, MentionsTable.SENTENCE_INDEX);
    Dataset<Row> joined = wanted.join(text, scala.collection.JavaConverters.asScalaBuffer(List.of(
        MentionsTable.PUBLISHED_DATE, MentionsTable.ARTICLE_ID, MentionsTable.SENTENCE_INDEX)).toSeq());
    for (Row r : joined.collectAsList()) {
      String articleId = r.getAs(MentionsTable.ARTICLE_ID);
      int index = r.getAs(MentionsTable.SENTENCE_INDEX);
      out.put(articleId + '\u0000' + index, new ReportInput.Evidence(articleId, index,
          r.getAs(MentionsTable.SOURCE), r.getAs(MentionsTable.SENTENCE)));
    }
    return out;
  }

  private static ReportInput.StanceRow stanceRow(Row r, Map<String, ReportInput.Evidence> sentences) {
    List<ReportInput.Evidence> evidence = new ArrayList<>();
    for (Row e : r.<Row>getList(r.fieldIndex(StanceDailyTable.EVIDENCE))) {
      String articleId = e.getAs(StanceDailyTable.EVIDENCE_ARTICLE_ID);
      int index = e.getAs(StanceDailyTable.EVIDENCE_SENTENCE_INDEX);
      // a sentence missing from mentions (e.g. a day rewritten since) still shows where to look
      evidence.add(sentences.getOrDefault(articleId + '\u0000' + index,
          new ReportInput.Evidence(articleId, index, null, "(sentence not found in mentions)")));
    }
    return new ReportInput.StanceRow(r.getAs(StanceDailyTable.TOPIC), r.getAs(StanceDailyTable.COUNTRY),
        day(r.getAs(StanceDailyTable.PUBLISHED_DATE)), r.getAs(StanceDailyTable.POSITION),
        r.getAs(StanceDailyTable.POLARITY), r.<Long>getAs(StanceDailyTable.STATEMENTS),
        r.<Double>getAs(StanceDailyTable.MEAN_CONFIDENCE), evidence);
  }

  private List<ReportInput.TonePoint> tone(Dataset<Row> countryDaily, LocalDate first, Limits limits) {
    Dataset<Row> recent = countryDaily.where(col(CountryDailyTable.PUBLISHED_DATE).geq(lit(first.toString()).cast("date")));
    List<Object> top = new ArrayList<>();
    for (Row r : recent.groupBy(CountryDailyTable.COUNTRY).agg(sum(CountryDailyTable.MENTIONS).as(TOTAL))
        .orderBy(col(TOTAL).desc(), col(CountryDailyTable.COUNTRY)).limit(limits.toneCountries()).collectAsList()) {
      top.add(r.getString(0));
    }
    List<ReportInput.TonePoint> out = new ArrayList<>();
    for (Row r : recent.where(col(CountryDailyTable.COUNTRY).isin(top.toArray())).collectAsList()) {
      out.add(new ReportInput.TonePoint(r.getAs(CountryDailyTable.COUNTRY), day(r.getAs(CountryDailyTable.PUBLISHED_DATE)),
          r.<Double>getAs(CountryDailyTable.TONE_MEAN), r.<Long>getAs(CountryDailyTable.MENTIONS)));
    }
    // legend order: most mentioned first
    out.sort((a, b) -> Integer.compare(top.indexOf(a.country()), top.indexOf(b.country())));
    return out;
  }

  /** The table (Parquet or Delta), or null when it was never published. */
  private Dataset<Row> read(String table, StructType schema) {
    return org.countrystance.publish.PublishedReads.read(spark, new Path(output, table), schema);
  }

  private static LocalDate day(Object value) {
    if (value == null) return null;
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
