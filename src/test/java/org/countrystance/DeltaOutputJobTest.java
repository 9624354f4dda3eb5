package org.countrystance;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.config.OutputFormat;
import org.countrystance.publish.OutputDiff;
import org.countrystance.publish.PublishedReads;
import org.countrystance.publish.StagedTables;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27, point 1: output.format = delta publishes the same rows as plain Parquet, one Delta
 * commit per table and run that replaces only the touched days, and a refused run commits nothing.
 */
class DeltaOutputJobTest {
  @TempDir Path dir;

  /** Two days and a bad row under in/first; the runs read all of in/. */
  private Path input(SparkSession spark) {
    new InputFixtures()
        .add("a1", "Monday", "China called for peace talks between Russia and Ukraine.", "2023-01-02T10:00:00Z")
        .add("a2", "Monday too", "France condemned the invasion of Ukraine.", "2023-01-02T12:00:00Z")
        .add("b1", "Tuesday", "Brazil urged restraint on Israel and Gaza.", "2023-01-03T09:00:00Z")
        .add("bad", "No date", "Germany spoke.", "not a date")
        .write(spark, dir.resolve("in/first"));
    return dir.resolve("in");
  }

  private JobConfig config(Path in, Path out, OutputFormat format) {
    return ConfigLoader.load(null, List.of()).withPaths(in.toString(), out.toString()).withOutputFormat(format);
  }

  private static Dataset<Row> read(Path out, String table) {
    return PublishedReads.read(SparkTestSession.get(), new org.apache.hadoop.fs.Path(out.toString(), table),
        StagedTables.schemaOf(table));
  }

  private static long commits(Path out, String table) throws Exception {
    try (Stream<Path> s = Files.list(out.resolve(table).resolve("_delta_log"))) {
      return s.filter(p -> p.getFileName().toString().matches("\\d{20}\\.json")).count();
    }
  }

  @Test
  void deltaTablesHoldTheRowsOfTheParquetLayoutAndEachCommitCarriesTheRunId() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path in = input(spark);
    RunOutcome parquet = CountryStanceJob.run(spark, config(in, dir.resolve("parquet"), OutputFormat.PARQUET));
    RunOutcome delta = CountryStanceJob.run(spark, config(in, dir.resolve("delta"), OutputFormat.DELTA));
    assertEquals(RunOutcome.OK, parquet.exitCode(), parquet.manifest().error);
    assertEquals(RunOutcome.OK, delta.exitCode(), delta.manifest().error);

    OutputDiff.Result diff = new OutputDiff(spark, Set.of("run_id")).compare(dir.resolve("parquet").toString(),
        dir.resolve("delta").toString());
    assertTrue(diff.equal(), String.join("\n", diff.differences()));
    assertEquals(10, diff.compared().size(), diff.compared().toString());
    assertTrue(parquet.manifest().tableVersions.isEmpty());
    assertFalse(Files.exists(dir.resolve("parquet/articles/_delta_log")));
    assertEquals(StagedTables.PUBLISHED, List.copyOf(delta.manifest().tableVersions.keySet()), "commit order");
    for (String table : StagedTables.PUBLISHED) {
      assertEquals(0L, delta.manifest().tableVersions.get(table), table);
      Row last = spark.sql("DESCRIBE HISTORY delta.`" + dir.resolve("delta").resolve(table) + "`").first();
      assertEquals(delta.manifest().runId, last.getAs("userMetadata"), table);
    }
    assertFalse(Files.exists(dir.resolve("delta/_staging")), "staging removed after the commits");
  }

  @Test
  void aRerunOfOneDayReplacesThatDayOnlyAndTheEarlierVersionStaysReadable() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path in = input(spark);
    Path out = dir.resolve("delta");
    RunOutcome first = CountryStanceJob.run(spark, config(in, out, OutputFormat.DELTA));
    assertEquals(RunOutcome.OK, first.exitCode(), first.manifest().error);
    List<String> before = Tables.sortedRows(read(out, ArticlesTable.NAME));

    new InputFixtures().add("a3", "Monday late", "Chile spoke about trade.", "2023-01-02T22:00:00Z")
        .write(spark, dir.resolve("in/late"));
    RunOutcome rerun = CountryStanceJob.run(spark, config(in, out, OutputFormat.DELTA)
        .withDates(new org.countrystance.config.DateRange(java.time.LocalDate.of(2023, 1, 2),
            java.time.LocalDate.of(2023, 1, 2))));
    assertEquals(RunOutcome.OK, rerun.exitCode(), rerun.manifest().error);

    Dataset<Row> articles = read(out, ArticlesTable.NAME);
    assertEquals(List.of("a1 2023-01-02 " + rerun.manifest().runId, "a2 2023-01-02 " + rerun.manifest().runId,
        "a3 2023-01-02 " + rerun.manifest().runId, "b1 2023-01-03 " + first.manifest().runId),
        idsDaysRuns(articles), "Monday replaced by the rerun, Tuesday kept from the first run");
    assertEquals(1L, rerun.manifest().tableVersions.get(ArticlesTable.NAME));
    Dataset<Row> asOfFirst = spark.read().format("delta").option("versionAsOf", 0)
        .load(out.resolve(ArticlesTable.NAME).toString()).select(ArticlesTable.schema().fieldNames()[0],
            java.util.Arrays.copyOfRange(ArticlesTable.schema().fieldNames(), 1, ArticlesTable.schema().size()));
    Tables.assertSameRows(before, Tables.sortedRows(asOfFirst));
    assertEquals(1, read(out, RejectsTable.NAME).count(), "the bad row once: its file's rejects were replaced");
  }

  @Test
  void aRefusedRunCommitsNothing() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path in = input(spark);
    Path out = dir.resolve("delta");
    assertEquals(RunOutcome.OK, CountryStanceJob.run(spark, config(in, out, OutputFormat.DELTA)).exitCode());
    new InputFixtures().add("c1", "Wednesday", "Chile spoke about trade.", "2023-01-04T09:00:00Z")
        .add("bad2", "No date", "Germany spoke.", "never")
        .write(spark, dir.resolve("in/second"));
    JobConfig strict = ConfigLoader.load(null, List.of("limits.max-reject-ratio=0.1"))
        .withPaths(in.toString(), out.toString()).withOutputFormat(OutputFormat.DELTA);
    RunOutcome refused = CountryStanceJob.run(spark, strict);
    assertEquals(RunOutcome.REFUSED, refused.exitCode(), String.valueOf(refused.manifest().error));
    for (String table : StagedTables.PUBLISHED) assertEquals(1, commits(out, table), table);
    assertFalse(Files.exists(dir.resolve("delta/_staging")));
  }

  @Test
  void aParquetOutputRootIsRefusedForDeltaAndTheOtherWayRound() {
    SparkSession spark = SparkTestSession.get();
    Path in = input(spark);
    Path out = dir.resolve("parquet");
    assertEquals(RunOutcome.OK, CountryStanceJob.run(spark, config(in, out, OutputFormat.PARQUET)).exitCode());
    RunOutcome delta = CountryStanceJob.run(spark, config(in, out, OutputFormat.DELTA));
    assertEquals(RunOutcome.FAILED, delta.exitCode());
    assertTrue(delta.manifest().error.contains("is a plain Parquet table"), delta.manifest().error);
  }

  private static List<String> idsDaysRuns(Dataset<Row> articles) {
    return articles.selectExpr("concat_ws(' ', article_id, cast(published_date as string), run_id)")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList();
  }
}
