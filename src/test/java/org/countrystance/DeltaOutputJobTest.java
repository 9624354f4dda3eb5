package org.countrystance;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.DateRange;
import org.countrystance.config.JobConfig;
import org.countrystance.config.OutputFormat;
import org.countrystance.publish.OutputDiff;
import org.countrystance.publish.PublishedReads;
import org.countrystance.publish.StagedTables;
import org.countrystance.report.DeltaDdl;
import org.countrystance.report.PublishedTables;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.DeltaKernelReader;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.SqlFiles;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27, points 1 and 3: output.format = delta publishes the same rows as plain Parquet, one Delta
 * commit per table and run that replaces only the touched days, a refused run commits nothing, and
 * the generated Spark SQL DDL reads every table, also as of the previous run's version, and a second
 * reader that follows the Delta log without Spark (Delta Kernel) reads what Spark reads. The outputs
 * are built once for the class (a run costs ~20 s): a Parquet run, and a Delta run plus a rerun of
 * one day with one more article.
 */
class DeltaOutputJobTest {
  @TempDir static Path dir;
  private static Path parquet;
  private static Path delta;
  private static RunOutcome first;
  private static RunOutcome rerun;
  private static List<String> articlesAfterFirst;

  private static Path input() {
    Path in = dir.resolve("in");
    if (!Files.exists(in)) {
      new InputFixtures()
          .add("a1", "Monday", "China called for peace talks between Russia and Ukraine.", "2023-01-02T10:00:00Z")
          .add("a2", "Monday too", "France condemned the invasion of Ukraine.", "2023-01-02T12:00:00Z")
          .add("b1", "Tuesday", "Brazil urged restraint on Israel and Gaza.", "2023-01-03T09:00:00Z")
          .add("bad", "No date", "Germany spoke.", "not a date")
          .write(SparkTestSession.get(), in.resolve("first"));
    }
    return in;
  }

  private static JobConfig config(Path out, OutputFormat format, String... sets) {
    return ConfigLoader.load(null, List.of(sets)).withPaths(input().toString(), out.toString()).withOutputFormat(format);
  }

  private static synchronized Path parquetOutput() {
    if (parquet == null) {
      Path out = dir.resolve("parquet");
      RunOutcome o = CountryStanceJob.run(SparkTestSession.get(), config(out, OutputFormat.PARQUET));
      assertEquals(RunOutcome.OK, o.exitCode(), o.manifest().error);
      parquet = out;
    }
    return parquet;
  }

  /** A Delta run over two days, then a rerun of Monday with one more article (in/late). */
  private static synchronized Path deltaOutput() {
    if (delta == null) {
      parquetOutput(); // first: the Parquet run must not read in/late, whichever test asks first
      SparkSession spark = SparkTestSession.get();
      Path out = dir.resolve("delta");
      first = CountryStanceJob.run(spark, config(out, OutputFormat.DELTA));
      assertEquals(RunOutcome.OK, first.exitCode(), first.manifest().error);
      articlesAfterFirst = Tables.sortedRows(read(out, ArticlesTable.NAME));
      new InputFixtures().add("a3", "Monday late", "Chile spoke about trade.", "2023-01-02T22:00:00Z")
          .write(spark, input().resolve("late"));
      LocalDate monday = LocalDate.of(2023, 1, 2);
      rerun = CountryStanceJob.run(spark, config(out, OutputFormat.DELTA).withDates(new DateRange(monday, monday)));
      assertEquals(RunOutcome.OK, rerun.exitCode(), rerun.manifest().error);
      delta = out;
    }
    return delta;
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
    Path out = deltaOutput();
    Path asOfFirst = dir.resolve("delta-as-of-first");
    // the first Delta run against the Parquet run: the Delta tables as of version 0, copied out
    for (String table : StagedTables.PUBLISHED) {
      spark.read().format("delta").option("versionAsOf", 0).load(out.resolve(table).toString())
          .write().format("delta").save(asOfFirst.resolve(table).toString());
    }
    Set<String> perRun = Set.of(ArticlesTable.RUN_ID);
    OutputDiff.Result diff = new OutputDiff(spark, perRun).compare(parquetOutput().toString(), asOfFirst.toString());
    List<String> onlyDims = diff.differences().stream().filter(d -> !d.contains("table only in")).toList();
    assertEquals(List.of(), onlyDims, "the seven tables are equal (dimensions were not copied)");
    assertEquals(7, diff.compared().size(), diff.compared().toString());

    assertTrue(first.manifest().tableVersions.size() == 7 && !Files.exists(parquetOutput().resolve("articles/_delta_log")));
    assertEquals(StagedTables.PUBLISHED, List.copyOf(first.manifest().tableVersions.keySet()), "commit order");
    for (String table : StagedTables.PUBLISHED) {
      assertEquals(0L, first.manifest().tableVersions.get(table), table);
      assertEquals(1L, rerun.manifest().tableVersions.get(table), table);
      List<Object> runIds = spark.sql("DESCRIBE HISTORY delta.`" + out.resolve(table) + "`").orderBy("version")
          .select("userMetadata").collectAsList().stream().map(r -> r.get(0)).toList();
      assertEquals(List.of(first.manifest().runId, rerun.manifest().runId), runIds, table);
    }
    assertFalse(Files.exists(out.resolve("_staging")), "staging removed after the commits");
  }

  @Test
  void aRerunOfOneDayReplacesThatDayOnlyAndTheEarlierVersionStaysReadable() {
    SparkSession spark = SparkTestSession.get();
    Path out = deltaOutput();
    String r1 = first.manifest().runId;
    String r2 = rerun.manifest().runId;
    assertEquals(List.of("a1 2023-01-02 " + r2, "a2 2023-01-02 " + r2, "a3 2023-01-02 " + r2, "b1 2023-01-03 " + r1),
        idsDaysRuns(read(out, ArticlesTable.NAME)), "Monday replaced by the rerun, Tuesday kept from the first run");
    Dataset<Row> version0 = spark.read().format("delta").option("versionAsOf", 0)
        .load(out.resolve(ArticlesTable.NAME).toString()).select(columns(ArticlesTable.schema().fieldNames()));
    Tables.assertSameRows(articlesAfterFirst, Tables.sortedRows(version0));
    assertEquals(1, read(out, RejectsTable.NAME).count(), "the bad row once: its file's rejects were replaced");
  }

  @Test
  void theGeneratedSparkSqlDdlReadsEveryDeltaTableAndTimeTravelsToThePreviousRun() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path out = deltaOutput();
    String db = "delta_ddl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String before = spark.catalog().currentDatabase();
    spark.sql("CREATE DATABASE " + db + " LOCATION '" + Files.createTempDirectory("delta-ddl-db").toUri() + "'");
    try {
      spark.sql("USE " + db);
      spark.sql("SET OUTPUT=" + out.toUri().toString().replaceAll("/$", ""));
      for (String statement : SqlFiles.statements(Files.readString(Path.of("conf/ddl", DeltaDdl.SPARK_FILE)))) spark.sql(statement);
      for (PublishedTables.Table t : PublishedTables.ALL) {
        assertEquals(read(out, t.name()).count(), spark.sql("SELECT COUNT(*) FROM " + t.name()).first().getLong(0),
            t.name());
      }
      for (PublishedTables.Table t : PublishedTables.DIMENSIONS) {
        assertTrue(spark.sql("SELECT COUNT(*) FROM " + t.name()).first().getLong(0) > 0, t.name());
      }
      assertEquals(3, spark.sql("SELECT COUNT(*) FROM articles VERSION AS OF 0").first().getLong(0));
      assertEquals(4, spark.sql("SELECT COUNT(*) FROM articles").first().getLong(0));
      long mondayMentionsBefore = spark.sql("SELECT SUM(mentions) FROM country_daily VERSION AS OF "
          + first.manifest().tableVersions.get("country_daily") + " WHERE published_date = DATE'2023-01-02'")
          .first().getLong(0);
      long mondayMentionsNow = spark.sql("SELECT SUM(mentions) FROM country_daily WHERE published_date = DATE'2023-01-02'")
          .first().getLong(0);
      assertTrue(mondayMentionsNow > mondayMentionsBefore, "Chile's mention added by the rerun");
    } finally {
      spark.sql("USE " + before);
      spark.sql("DROP DATABASE IF EXISTS " + db + " CASCADE");
      spark.conf().unset("OUTPUT");
    }
    assertTrue(Files.isDirectory(out.resolve("articles/_delta_log")), "external tables: DROP keeps the data");
  }

  @Test
  void deltaKernelReadsEveryTableThroughTheLogAsSparkDoesAndTimeTravelsToThePreviousRun() {
    SparkSession spark = SparkTestSession.get();
    Path out = deltaOutput();
    DeltaKernelReader kernel = new DeltaKernelReader(spark.sparkContext().hadoopConfiguration());
    List<PublishedTables.Table> tables = new java.util.ArrayList<>(PublishedTables.ALL);
    tables.addAll(PublishedTables.DIMENSIONS);
    for (PublishedTables.Table t : tables) {
      String table = out.resolve(t.name()).toString();
      List<String> columns = Arrays.stream(t.schema().fields()).filter(f -> !(f.dataType() instanceof
          org.apache.spark.sql.types.ArrayType || f.dataType() instanceof org.apache.spark.sql.types.StructType
          || f.dataType() instanceof org.apache.spark.sql.types.MapType)).map(f -> f.name()).toList();
      Long runVersion = rerun.manifest().tableVersions.get(t.name());
      long latest = kernel.latestVersion(table);
      if (runVersion != null) assertEquals(runVersion, latest, t.name() + ": the rerun made the current version");
      Tables.assertSameRows(Tables.renderedRows(spark.read().format("delta").load(table), columns),
          kernel.rows(table, latest, columns));
      if (runVersion == null) continue;
      long previous = first.manifest().tableVersions.get(t.name());
      Tables.assertSameRows(Tables.renderedRows(spark.read().format("delta").option("versionAsOf", previous)
          .load(table), columns), kernel.rows(table, previous, columns));
    }
    List<String> idAndRun = List.of(ArticlesTable.ARTICLE_ID, ArticlesTable.RUN_ID);
    String articles = out.resolve(ArticlesTable.NAME).toString();
    String r1 = first.manifest().runId;
    String r2 = rerun.manifest().runId;
    assertEquals(List.of("a1 | " + r1, "a2 | " + r1, "b1 | " + r1),
        kernel.rows(articles, first.manifest().tableVersions.get(ArticlesTable.NAME), idAndRun));
    assertEquals(List.of("a1 | " + r2, "a2 | " + r2, "a3 | " + r2, "b1 | " + r1),
        kernel.rows(articles, kernel.latestVersion(articles), idAndRun));
  }

  @Test
  void aRefusedRunCommitsNothing() throws Exception {
    Path out = deltaOutput();
    new InputFixtures().add("bad2", "No date", "Germany spoke.", "never").write(SparkTestSession.get(),
        dir.resolve("in-refused"));
    JobConfig strict = ConfigLoader.load(null, List.of("limits.max-reject-ratio=0.1"))
        .withPaths(dir.resolve("in-refused").toString(), out.toString()).withOutputFormat(OutputFormat.DELTA);
    RunOutcome refused = CountryStanceJob.run(SparkTestSession.get(), strict);
    assertEquals(RunOutcome.REFUSED, refused.exitCode(), String.valueOf(refused.manifest().error));
    for (String table : StagedTables.PUBLISHED) assertEquals(2, commits(out, table), table);
    assertFalse(Files.exists(out.resolve("_staging")));
  }

  @Test
  void aParquetOutputRootIsRefusedForDelta() {
    RunOutcome o = CountryStanceJob.run(SparkTestSession.get(), config(parquetOutput(), OutputFormat.DELTA));
    assertEquals(RunOutcome.FAILED, o.exitCode());
    assertTrue(o.manifest().error.contains("is a plain Parquet table"), o.manifest().error);
  }

  private static org.apache.spark.sql.Column[] columns(String[] names) {
    return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static List<String> idsDaysRuns(Dataset<Row> articles) {
    return articles.selectExpr("concat_ws(' ', article_id, cast(published_date as string), run_id)")
        .as(Encoders.STRING()).collectAsList().stream().sorted().toList();
  }
}
