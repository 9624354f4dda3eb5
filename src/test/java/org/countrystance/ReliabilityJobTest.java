package org.countrystance;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.sample.GeneratorSettings;
import org.countrystance.sample.SampleCorpusWriter;
import org.countrystance.tables.*;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, points 1, 2 and 8 in-process: one run over a generated corpus plus a fixture of every
 * kind of bad row, checked by reading the persisted tables back; then a gate refusal on top of it.
 */
class ReliabilityJobTest {
  static final String SECRET = "s3cr3t-VALUE-4711";
  static SparkSession spark;
  @TempDir static Path dir;
  static Path input;
  static Path out;
  static RunOutcome outcome;
  /** Fixture title -> the UTC day the row belongs on ("none" when its date cannot be placed). */
  static final Map<String, String> DAY_BY_TITLE = new TreeMap<>();
  static int fixtureRows;

  @BeforeAll
  static void runOnce() {
    spark = SparkTestSession.get();
    input = dir.resolve("input");
    SampleCorpusWriter.write(spark, GeneratorSettings.defaults().withArticles(120)
        .withDays(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 3)), input.resolve("generated").toString());
    InputFixtures f = new InputFixtures();
    add(f, "fx-1", "China talks", "China called for peace talks between Russia and Ukraine.", "2023-01-02T10:00:00Z", "2023-01-02");
    add(f, "fx-2", "Late night", "Russia said on Monday it would continue.", "2023-01-02T23:30:00Z", "2023-01-02");
    add(f, "fx-3", "Offset", "France urged restraint.", "2023-01-03T01:30:00+02:00", "2023-01-02");
    add(f, null, "No id", "Some text.", "2023-01-01", "2023-01-01");
    add(f, "fx-empty", "Empty", "", "2023-01-01", "2023-01-01");
    add(f, "fx-nodate", "No date", "Some text.", "yesterday", "none");
    add(f, "fx-old", "Old", "Some text.", "1500-06-01", "1500-06-01");
    add(f, "fx-future", "Future", "Some text.", "2999-01-01", "2999-01-01");
    add(f, "fx-huge", "Huge", "Germany spoke. ".repeat(5 * 1024 * 1024 / 15 + 1), "2023-01-02", "2023-01-02");
    f.add("fx-badutf8", "Bad bytes", new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}, "2023-01-02", "example.com", null);
    DAY_BY_TITLE.put("Bad bytes", "2023-01-02");
    f.add("fx-garbage", "Binary", new byte[] {0, 1, 2, 3, 4, 5, 6, 7}, "2023-01-02", "example.com", null);
    DAY_BY_TITLE.put("Binary", "2023-01-02");
    add(f, "fx-forged", "Headline\nERROR forged", "Some text.", "2023-01-02", "2023-01-02");
    add(f, "fx-1", "Copy of fx-1, later", "A later copy.", "2023-01-02T20:00:00Z", "2023-01-02");
    fixtureRows = f.size();
    f.write(spark, input.resolve("fixture"));
    out = dir.resolve("out");
    outcome = CountryStanceJob.run(spark, config(out,
        "spark.conf.\"spark.hadoop.fs.s3a.secret.key\"=" + SECRET));
  }

  private static void add(InputFixtures f, String id, String title, String text, String at, String day) {
    f.add(id, title, text, at);
    DAY_BY_TITLE.put(title, day);
  }

  static JobConfig config(Path output, String... sets) {
    return ConfigLoader.load(null, List.of(sets)).withPaths(input.toString(), output.toString());
  }

  private static Dataset<Row> table(String name, org.apache.spark.sql.types.StructType schema) {
    return Tables.read(out, name, schema);
  }

  private static Dataset<Row> fixtureRejects() {
    return table(RejectsTable.NAME, RejectsTable.SCHEMA).where(col(RejectsTable.INPUT_FILE).contains("/fixture/"));
  }

  @Test
  void everyInputRowIsAcceptedOrRejectedAndEveryAcceptedRowIsInArticles() {
    assertEquals(RunOutcome.OK, outcome.exitCode(), String.valueOf(outcome.manifest().error));
    Dataset<Row> in = spark.read().schema("article_id string, title string, published_at string")
        .parquet(input.resolve("generated").toString(), input.resolve("fixture").toString()).select(col("article_id"), col("title"),
        col("published_at"), col("_metadata.file_path").as("file"));
    Dataset<Row> articles = table(ArticlesTable.NAME, ArticlesTable.schema());
    Dataset<Row> rejects = table(RejectsTable.NAME, RejectsTable.SCHEMA);
    assertEquals(in.count(), articles.count() + rejects.count(), "input = accepted + rejected");
    Dataset<Row> notRejected = in.join(rejects, in.col("article_id").eqNullSafe(rejects.col(RejectsTable.ARTICLE_ID))
        .and(in.col("title").eqNullSafe(rejects.col(RejectsTable.TITLE)))
        .and(in.col("published_at").eqNullSafe(rejects.col(RejectsTable.PUBLISHED_AT_RAW)))
        .and(in.col("file").equalTo(rejects.col(RejectsTable.INPUT_FILE))), "left_anti");
    assertEquals(List.of(), notRejected.select("article_id").except(articles.select(ArticlesTable.ARTICLE_ID))
        .collectAsList(), "every row not rejected is an article");
    assertEquals(notRejected.count(), articles.count());
    var m = outcome.manifest();
    assertEquals(in.count(), m.counts.get("read"));
    assertEquals(articles.count(), m.counts.get("accepted"));
  }

  @Test
  void theGeneratorsBadRowsAreExactlyTheRejectsOfItsFile() {
    long bad = spark.read().parquet(input.resolve("generated").toString())
        .where(exists(col("truth_defects"), d -> d.startsWith("bad_row:"))).count();
    long rejected = table(RejectsTable.NAME, RejectsTable.SCHEMA).where(col(RejectsTable.INPUT_FILE).contains("/generated/")).count();
    assertTrue(bad > 0, "the generator made bad rows");
    assertEquals(bad, rejected);
  }

  @Test
  void perDayTheFixtureRowsAreItsArticlesPlusItsRejects() {
    Map<String, Long> expected = new TreeMap<>();
    DAY_BY_TITLE.values().forEach(d -> expected.merge(d, 1L, Long::sum));
    Map<String, Long> actual = new TreeMap<>();
    for (Row r : table(ArticlesTable.NAME, ArticlesTable.schema()).where(col(ArticlesTable.ARTICLE_ID).startsWith("fx-"))
        .groupBy(col(ArticlesTable.PUBLISHED_DATE).cast("string")).count().collectAsList()) {
      actual.merge(r.getString(0), r.getLong(1), Long::sum);
    }
    for (Row r : fixtureRejects().select(RejectsTable.TITLE).collectAsList()) {
      actual.merge(DAY_BY_TITLE.get(r.getString(0)), 1L, Long::sum);
    }
    assertEquals(expected, actual);
  }

  @Test
  void eachBadRowIsQuarantinedWithItsReasonAndTheRunSucceeds() {
    assertEquals(RunOutcome.OK, outcome.exitCode());
    Map<String, String> reasons = new TreeMap<>();
    for (Row r : fixtureRejects().collectAsList()) {
      reasons.put(r.getAs(RejectsTable.TITLE), r.getAs(RejectsTable.REASON));
    }
    assertEquals(new TreeMap<>(Map.of("No id", "missing_id", "Empty", "missing_text", "No date", "unparseable_date",
        "Old", "date_out_of_range", "Future", "date_in_future", "Huge", "text_too_large", "Bad bytes", "invalid_utf8",
        "Binary", "control_characters", "Headline\nERROR forged", "control_characters",
        "Copy of fx-1, later", "duplicate_id")), reasons);
  }

  @Test
  void dailyAggregatesReconcileWithThePublishedMentions() {
    Dataset<Row> mentions = table(MentionsTable.NAME, MentionsTable.SCHEMA);
    assertTrue(mentions.count() > 50, "the corpus produced mentions");
    Dataset<Row> fromMentions = mentions.groupBy(MentionsTable.PUBLISHED_DATE, MentionsTable.COUNTRY)
        .agg(count(lit(1)).as("m"), countDistinct(MentionsTable.ARTICLE_ID).as("a"));
    Dataset<Row> daily = table(CountryDailyTable.NAME, CountryDailyTable.SCHEMA).select(col(CountryDailyTable.PUBLISHED_DATE),
        col(CountryDailyTable.COUNTRY), col(CountryDailyTable.MENTIONS).as("m"), col(CountryDailyTable.ARTICLES).as("a"));
    assertEquals(0, fromMentions.except(daily).count() + daily.except(fromMentions).count(), "country_daily");
    Dataset<Row> statements = mentions.where(col(MentionsTable.POSITION).isNotNull())
        .select(MentionsTable.PUBLISHED_DATE, MentionsTable.ARTICLE_ID, MentionsTable.SENTENCE, MentionsTable.COUNTRY,
            MentionsTable.TOPIC, MentionsTable.POSITION).distinct()
        .groupBy(MentionsTable.PUBLISHED_DATE, MentionsTable.COUNTRY, MentionsTable.TOPIC, MentionsTable.POSITION).count();
    Dataset<Row> stance = table(StanceDailyTable.NAME, StanceDailyTable.SCHEMA).select(col(StanceDailyTable.PUBLISHED_DATE),
        col(StanceDailyTable.COUNTRY), col(StanceDailyTable.TOPIC), col(StanceDailyTable.POSITION),
        col(StanceDailyTable.STATEMENTS).as("count"));
    assertEquals(0, statements.except(stance).count() + stance.except(statements).count(), "stance_daily");
    Dataset<Row> ids = table(ArticlesTable.NAME, ArticlesTable.schema())
        .select(col(ArticlesTable.ARTICLE_ID).as("a_id"), col(ArticlesTable.PUBLISHED_DATE).as("a_day"));
    Dataset<Row> orphans = mentions.join(ids, col(MentionsTable.ARTICLE_ID).equalTo(col("a_id"))
        .and(col(MentionsTable.PUBLISHED_DATE).equalTo(col("a_day"))), "left_anti");
    assertEquals(0, orphans.count(), "every mention belongs to an article on the same day");
  }

  @Test
  void aSecretPassedThroughSparkConfIsNotInTheManifest() throws Exception {
    String manifest = Files.readString(out.resolve("_runs").resolve(outcome.manifest().runId + ".json"));
    assertFalse(manifest.contains(SECRET), manifest);
    assertTrue(manifest.contains(outcome.manifest().configHash));
  }

  @Test
  void anErrorLevelQualityCheckRefusesPublicationAndTheManifestSaysWhy() throws Exception {
    List<String> before = Tables.sortedRows(table(ArticlesTable.NAME, ArticlesTable.schema()));
    RunOutcome refused = CountryStanceJob.run(spark, config(out, "dates.from=2023-01-02", "dates.to=2023-01-02",
        "quality.row-count-vs-trailing-median.level=error", "quality.row-count-vs-trailing-median.min-fraction=1"));
    assertEquals(RunOutcome.REFUSED, refused.exitCode());
    String manifest = Files.readString(out.resolve("_runs").resolve(refused.manifest().runId + ".json"));
    assertTrue(manifest.contains("\"status\" : \"refused\"") && manifest.contains("row-count-vs-trailing-median"), manifest);
    Tables.assertSameRows(before, Tables.sortedRows(table(ArticlesTable.NAME, ArticlesTable.schema())));
    assertFalse(Files.exists(out.resolve("_staging")), "the refused run's staging is gone");
  }
}
