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
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.tables.DyadDailyTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.tables.StanceDailyTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on a generated corpus: reconciliation, late arrivals, idempotent reruns. */
class PipelineTest {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path corpus;
  static Path full;
  static RunOutcome fullRun;

  static final Map<String, org.apache.spark.sql.types.StructType> TABLES = new TreeMap<>(Map.of(
      ArticlesTable.NAME, ArticlesTable.schema(), MentionsTable.NAME, MentionsTable.SCHEMA,
      CountryDailyTable.NAME, CountryDailyTable.SCHEMA, StanceDailyTable.NAME, StanceDailyTable.SCHEMA,
      DyadDailyTable.NAME, DyadDailyTable.SCHEMA));

  @BeforeAll
  static void runOnceOnAGeneratedCorpus() {
    spark = SparkTestSession.get();
    corpus = dir.resolve("corpus");
    SampleCorpusWriter.write(spark, GeneratorSettings.defaults().withArticles(300)
        .withDays(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 6)), corpus.resolve("batch-1").toString());
    full = dir.resolve("full");
    fullRun = CountryStanceJob.run(spark, config(corpus, full));
    assertEquals(RunOutcome.OK, fullRun.exitCode(), String.valueOf(fullRun.manifest().error));
  }

  static JobConfig config(Path input, Path output, String... sets) {
    return ConfigLoader.load(null, List.of(sets)).withPaths(input.toString(), output.toString());
  }

  @Test
  void countsReconcileDayByDayWithTheMentions() {
    Dataset<Row> mentions = Tables.read(full, MentionsTable.NAME, MentionsTable.SCHEMA);
    assertTrue(mentions.count() > 300, "a generated corpus names many countries");
    Map<LocalDate, Long> perDay = counts(mentions.groupBy(MentionsTable.PUBLISHED_DATE).count());
    Map<LocalDate, Long> summed = counts(Tables.read(full, CountryDailyTable.NAME, CountryDailyTable.SCHEMA)
        .groupBy(CountryDailyTable.PUBLISHED_DATE).agg(sum(CountryDailyTable.MENTIONS)));
    assertEquals(perDay, summed, "sum of country_daily.mentions = rows of mentions, per day");

    // a statement: an article's sentence (by its text) stating a country's position on a topic
    Map<LocalDate, Long> statements = counts(mentions.where(col(MentionsTable.POSITION).isNotNull())
        .select(MentionsTable.PUBLISHED_DATE, MentionsTable.ARTICLE_ID, MentionsTable.SENTENCE, MentionsTable.COUNTRY,
            MentionsTable.TOPIC, MentionsTable.POSITION).distinct()
        .groupBy(MentionsTable.PUBLISHED_DATE).count());
    Map<LocalDate, Long> stanceSum = counts(Tables.read(full, StanceDailyTable.NAME, StanceDailyTable.SCHEMA)
        .groupBy(StanceDailyTable.PUBLISHED_DATE).agg(sum(StanceDailyTable.STATEMENTS)));
    assertEquals(statements, stanceSum, "sum of stance_daily.statements = distinct sentences stating a position, per day");
    assertFalse(statements.isEmpty(), "the generated corpus states positions");

    Map<LocalDate, Long> dyads = counts(mentions.where(col(MentionsTable.ROLE).equalTo("speaker"))
        .select(col(MentionsTable.PUBLISHED_DATE), explode(col(MentionsTable.DYAD_TARGETS)))
        .groupBy(MentionsTable.PUBLISHED_DATE).count());
    Map<LocalDate, Long> dyadSum = counts(Tables.read(full, DyadDailyTable.NAME, DyadDailyTable.SCHEMA)
        .groupBy(DyadDailyTable.PUBLISHED_DATE).agg(sum(DyadDailyTable.MENTIONS)));
    assertEquals(dyads, dyadSum);

    long storiesAboveArticles = Tables.read(full, CountryDailyTable.NAME, CountryDailyTable.SCHEMA)
        .where(col(CountryDailyTable.UNIQUE_STORIES).gt(col(CountryDailyTable.ARTICLES))).count()
        + Tables.read(full, StanceDailyTable.NAME, StanceDailyTable.SCHEMA)
        .where(col(StanceDailyTable.UNIQUE_STORIES).gt(col(StanceDailyTable.ARTICLES))).count();
    assertEquals(0, storiesAboveArticles, "unique_stories never exceeds articles");
  }

  @Test
  void everyInputRowIsAnAcceptedArticleOrARejectAndEveryArticleHasItsStory() {
    long input = spark.read().parquet(corpus.resolve("batch-1").toString()).count();
    long articles = Tables.read(full, ArticlesTable.NAME, ArticlesTable.schema()).count();
    long rejects = Tables.read(full, RejectsTable.NAME, RejectsTable.SCHEMA).count();
    assertEquals(input, articles + rejects);
    assertTrue(rejects > 0, "the sample has bad rows");
    assertEquals(0, Tables.read(full, ArticlesTable.NAME, ArticlesTable.schema())
        .where(col(ArticlesTable.STORY_ID).isNull()).count());
    long canonical = Tables.read(full, ArticlesTable.NAME, ArticlesTable.schema())
        .where(col(ArticlesTable.IS_CANONICAL)).count();
    assertTrue(canonical < articles, "syndicated copies are not canonical");
  }

  @Test
  void everyEvidenceSentencePointsAtAStatementInMentions() {
    Dataset<Row> evidence = Tables.read(full, StanceDailyTable.NAME, StanceDailyTable.SCHEMA)
        .select(col(StanceDailyTable.COUNTRY), col(StanceDailyTable.POSITION),
            explode(col(StanceDailyTable.EVIDENCE)).as("e"))
        .select(col(StanceDailyTable.COUNTRY), col(StanceDailyTable.POSITION),
            col("e.article_id").as("article_id"), col("e.sentence_index").as("sentence_index"));
    Dataset<Row> mentions = Tables.read(full, MentionsTable.NAME, MentionsTable.SCHEMA);
    long unmatched = evidence.join(mentions, evidence.col("article_id").equalTo(mentions.col(MentionsTable.ARTICLE_ID))
        .and(evidence.col("sentence_index").equalTo(mentions.col(MentionsTable.SENTENCE_INDEX)))
        .and(evidence.col(StanceDailyTable.COUNTRY).equalTo(mentions.col(MentionsTable.COUNTRY)))
        .and(evidence.col(StanceDailyTable.POSITION).equalTo(mentions.col(MentionsTable.POSITION))), "left_anti").count();
    assertTrue(evidence.count() > 0);
    assertEquals(0, unmatched, "every evidence pair leads to the sentence that states the position");
  }

  @Test
  void lateArticlesChangeTheirEarlierDayExactlyAsAFullRecomputeWould() throws Exception {
    Path incremental = dir.resolve("incremental");
    Path input = dir.resolve("incremental-input");
    copy(corpus.resolve("batch-1"), input.resolve("batch-1"));
    RunOutcome first = CountryStanceJob.run(spark, config(input, incremental).withSinceLast(true));
    assertEquals(RunOutcome.OK, first.exitCode(), String.valueOf(first.manifest().error));
    List<String> before = Tables.sortedRows(Tables.read(incremental, CountryDailyTable.NAME, CountryDailyTable.SCHEMA));

    new InputFixtures()
        .add("late-1", "Beijing on the war", "China's foreign ministry called on Moscow and Kyiv to hold peace talks. "
            + "Beijing has neither condemned nor explicitly supported the Russian offensive.", "2023-02-02T09:00:00Z")
        .add("late-2", "Paris on aid", "France said it would keep supporting Ukraine against the Russian invasion.",
            "2023-02-03T23:30:00Z")
        .write(spark, input.resolve("batch-2"));
    RunOutcome second = CountryStanceJob.run(spark, config(input, incremental).withSinceLast(true));
    assertEquals(RunOutcome.OK, second.exitCode(), String.valueOf(second.manifest().error));
    assertEquals(2L, second.manifest().counts.get("read"), "only the new file is read");
    assertEquals(List.of("2023-02-02", "2023-02-03"), second.manifest().touchedDays);
    assertNotEquals(before, Tables.sortedRows(Tables.read(incremental, CountryDailyTable.NAME, CountryDailyTable.SCHEMA)));

    Path recomputed = dir.resolve("recomputed");
    assertEquals(RunOutcome.OK, CountryStanceJob.run(spark, config(input, recomputed)).exitCode());
    for (var t : TABLES.entrySet()) {
      Tables.assertSameRows(
          Tables.sortedRows(Tables.read(recomputed, t.getKey(), t.getValue()), MentionsTable.RUN_ID),
          Tables.sortedRows(Tables.read(incremental, t.getKey(), t.getValue()), MentionsTable.RUN_ID));
    }

    RunOutcome third = CountryStanceJob.run(spark, config(input, incremental).withSinceLast(true));
    assertEquals(RunOutcome.OK, third.exitCode());
    assertEquals("nothing_new", third.manifest().status);
  }

  @Test
  void aRerunOfTheSameInputGivesIdenticalTables() {
    Path again = dir.resolve("again");
    copyTree(full, again);
    RunOutcome rerun = CountryStanceJob.run(spark, config(corpus, again));
    assertEquals(RunOutcome.OK, rerun.exitCode(), String.valueOf(rerun.manifest().error));
    for (var t : TABLES.entrySet()) {
      Tables.assertSameRows(Tables.sortedRows(Tables.read(full, t.getKey(), t.getValue()), MentionsTable.RUN_ID),
          Tables.sortedRows(Tables.read(again, t.getKey(), t.getValue()), MentionsTable.RUN_ID));
    }
  }

  private static Map<LocalDate, Long> counts(Dataset<Row> dayAndCount) {
    Map<LocalDate, Long> out = new TreeMap<>();
    for (Row r : dayAndCount.collectAsList()) out.put(r.getAs(0), ((Number) r.get(1)).longValue());
    return out;
  }

  private static void copy(Path from, Path to) throws Exception {
    copyTree(from, to);
  }

  private static void copyTree(Path from, Path to) {
    try (var paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
