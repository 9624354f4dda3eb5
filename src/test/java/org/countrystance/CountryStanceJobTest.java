package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryStanceJobTest {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path input;
  static InputFixtures fixture;

  @BeforeAll
  static void writeInput() {
    spark = SparkTestSession.get();
    fixture = new InputFixtures();
    for (int day = 1; day <= 3; day++) {
      for (int i = 0; i < 4; i++) {
        fixture.add("good-" + day + "-" + i, "Talks in Geneva " + i,
            "China called for peace talks between Russia and Ukraine, day " + day + " item " + i + ".",
            "2023-01-0" + day + "T1" + i + ":00:00Z");
      }
    }
    fixture.add("late-night", "Late", "Published at 23:30 UTC on the first.", "2023-01-01T23:30:00Z");
    fixture.add(null, "No id", "Some text.", "2023-01-01");
    fixture.add("empty", "Empty", "", "2023-01-01");
    fixture.add("nodate", "No date", "Some text.", "yesterday");
    fixture.add("old", "Old", "Some text.", "1500-06-01");
    fixture.add("future", "Future", "Some text.", "2999-01-01");
    fixture.add("huge", "Huge", "x".repeat(2_000_001), "2023-01-02");
    fixture.add("badutf8", "Bad bytes", new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}, "2023-01-02", "example.com", null);
    fixture.add("garbage", "Binary", new byte[] {0, 1, 2, 3, 4, 5, 6, 7}, "2023-01-02", "example.com", null);
    fixture.add("forged", "Headline\nERROR forged", "Some text.", "2023-01-02");
    fixture.add("good-2-0", "Duplicate id, published later", "A later copy.", "2023-01-02T20:00:00Z");
    input = fixture.write(spark, dir.resolve("input"));
  }

  private static JobConfig config(Path output, String... sets) {
    return ConfigLoader.load(null, List.of(sets)).withPaths(input.toString(), output.toString());
  }

  @Test
  void everyInputRowIsAnArticleOrAQuarantinedRowWithItsReason() {
    Path out = dir.resolve("out-conservation");
    RunOutcome outcome = CountryStanceJob.run(spark, config(out));
    assertEquals(RunOutcome.OK, outcome.exitCode(), String.valueOf(outcome.manifest().error));

    long articles = Tables.read(out, ArticlesTable.NAME, ArticlesTable.INGESTED).count();
    Map<String, String> reasonById = new TreeMap<>();
    long rejects = 0;
    for (Row r : Tables.read(out, RejectsTable.NAME, RejectsTable.SCHEMA).collectAsList()) {
      reasonById.put(String.valueOf(r.<String>getAs(RejectsTable.ARTICLE_ID)), r.getAs(RejectsTable.REASON));
      assertEquals("ingest", r.getAs(RejectsTable.STAGE));
      assertEquals(outcome.manifest().runId, r.getAs(RejectsTable.RUN_ID));
      rejects++;
    }
    assertEquals(fixture.size(), articles + rejects, "read = accepted + rejected, counted from the outputs");
    assertEquals(13, articles);
    assertEquals(Map.of("null", "missing_id", "empty", "missing_text", "nodate", "unparseable_date",
        "old", "date_out_of_range", "future", "date_in_future", "huge", "text_too_large",
        "badutf8", "invalid_utf8", "garbage", "control_characters", "forged", "control_characters",
        "good-2-0", "duplicate_id"), reasonById);
    var m = outcome.manifest();
    assertEquals(fixture.size(), m.counts.get("read"));
    assertEquals(articles, m.counts.get("accepted"));
    assertEquals(rejects, m.counts.get("rejected"));
    assertEquals(articles, m.written.get(ArticlesTable.NAME), "rows written, as read back from the table");
    assertEquals(rejects, m.written.get(RejectsTable.NAME));
    assertTrue(Files.exists(out.resolve("_runs").resolve(m.runId + ".json")));
    List<Object> checks = m.qualityChecks.stream().map(c -> c.get("name")).toList();
    for (String keyed : List.of("articles", "mentions", "country_daily", "stance_daily", "dyad_daily")) {
      assertTrue(checks.contains("unique-keys:" + keyed), "every table with a key has its key checked: " + checks);
    }
    assertTrue(checks.containsAll(List.of("complete:articles", "complete:mentions")), checks.toString());
    assertTrue(checks.contains("not-annotated-share"), checks.toString());
    // every accepted fixture article is English and intact: nothing unannotated, repaired or damaged
    for (String count : List.of("not_annotated_language", "not_annotated_undetermined", "repaired_chars", "bad_chars",
        "articles_with_bad_chars")) {
      assertEquals(0L, m.counts.get(count), count);
    }
    assertTrue(m.qualityChecks.stream().allMatch(c -> Boolean.TRUE.equals(c.get("passed"))), checks.toString());
  }

  @Test
  void theEarliestCopyOfADuplicateIdIsKeptAndLateNightUtcStaysOnItsDay() {
    Path out = dir.resolve("out-dup");
    assertEquals(RunOutcome.OK, CountryStanceJob.run(spark, config(out)).exitCode());
    List<Row> kept = Tables.read(out, ArticlesTable.NAME, ArticlesTable.INGESTED)
        .where(col(ArticlesTable.ARTICLE_ID).isin("good-2-0", "late-night")).orderBy(ArticlesTable.ARTICLE_ID)
        .collectAsList();
    assertEquals(2, kept.size());
    assertEquals("Talks in Geneva 0", kept.get(0).getAs(ArticlesTable.TITLE));
    assertEquals(java.time.LocalDate.of(2023, 1, 1), kept.get(1).getAs(ArticlesTable.PUBLISHED_DATE));
  }

  @Test
  void rerunningOneDayReplacesThatDayOnlyAndIsIdempotent() throws Exception {
    Path out = dir.resolve("out-rerun");
    assertEquals(RunOutcome.OK, CountryStanceJob.run(spark, config(out)).exitCode());
    Map<String, Long> otherDays = modificationTimes(out.resolve("articles"), "published_date=2023-01-02");
    List<String> before = Tables.sortedRows(Tables.read(out, ArticlesTable.NAME, ArticlesTable.INGESTED), ArticlesTable.RUN_ID);

    assertEquals(RunOutcome.OK, CountryStanceJob.run(spark, config(out, "dates.from=2023-01-02", "dates.to=2023-01-02")).exitCode());
    List<String> once = Tables.sortedRows(Tables.read(out, ArticlesTable.NAME, ArticlesTable.INGESTED), ArticlesTable.RUN_ID);
    assertEquals(RunOutcome.OK, CountryStanceJob.run(spark, config(out, "dates.from=2023-01-02", "dates.to=2023-01-02")).exitCode());
    List<String> twice = Tables.sortedRows(Tables.read(out, ArticlesTable.NAME, ArticlesTable.INGESTED), ArticlesTable.RUN_ID);

    Tables.assertSameRows(before, once);
    Tables.assertSameRows(once, twice);
    assertEquals(otherDays, modificationTimes(out.resolve("articles"), "published_date=2023-01-02"),
        "files of other days are untouched");
    assertFalse(Files.exists(out.resolve("_staging")), "no staging left behind");
    try (Stream<Path> all = Files.walk(out)) {
      assertTrue(all.noneMatch(p -> p.getFileName().toString().equals("_temporary")));
    }
  }

  @Test
  void aCorpusWithOtherColumnNamesWorksThroughTheColumnMapping() {
    Path mapped = dir.resolve("mapped-input");
    spark.read().parquet(input.toString())
        .withColumnRenamed("text", "body").withColumnRenamed("published_at", "date").withColumnRenamed("url", "link")
        .write().parquet(mapped.toString());
    Path out = dir.resolve("out-mapped");
    JobConfig c = ConfigLoader.load(null, List.of("input.columns.text=body", "input.columns.published_at=date",
        "input.columns.url=link")).withPaths(mapped.toString(), out.toString());
    RunOutcome outcome = CountryStanceJob.run(spark, c);
    assertEquals(RunOutcome.OK, outcome.exitCode(), String.valueOf(outcome.manifest().error));
    assertEquals(13, Tables.read(out, ArticlesTable.NAME, ArticlesTable.INGESTED).count());
  }

  @Test
  void aMissingRequiredColumnFailsFastListingExpectedAndFound() {
    Path broken = dir.resolve("no-text-input");
    spark.read().parquet(input.toString()).drop("text").write().parquet(broken.toString());
    Path out = dir.resolve("out-missing");
    RunOutcome outcome = CountryStanceJob.run(spark,
        ConfigLoader.load(null, List.of()).withPaths(broken.toString(), out.toString()));
    assertEquals(RunOutcome.BAD_INPUT, outcome.exitCode());
    String error = outcome.manifest().error;
    assertTrue(error.contains("[text]") && error.contains("expected") && error.contains("found"), error);
    assertFalse(Files.exists(out.resolve("articles")), "nothing published");
  }

  @Test
  void tooManyRejectsRefusesToPublishAnything() {
    Path out = dir.resolve("out-refused");
    RunOutcome outcome = CountryStanceJob.run(spark, config(out, "limits.max-reject-ratio=0.1"));
    assertEquals(RunOutcome.REFUSED, outcome.exitCode());
    assertTrue(outcome.manifest().error.contains("max-reject-ratio"), outcome.manifest().error);
    assertFalse(Files.exists(out.resolve("articles")));
    assertFalse(Files.exists(out.resolve("rejects")));
    assertFalse(Files.exists(out.resolve("_staging")));
  }

  private static Map<String, Long> modificationTimes(Path table, String exceptPartition) throws Exception {
    Map<String, Long> times = new TreeMap<>();
    try (Stream<Path> files = Files.walk(table)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p) && !p.toString().contains(exceptPartition)) {
          times.put(table.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
        }
      }
    }
    return times;
  }
}
