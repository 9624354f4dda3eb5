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
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.ParquetFiles;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30, points 1, 4 and 8: input file names are taken literally (each file read once), a file
 * reachable twice is refused, zone-id dates land on their UTC day, and nanosecond timestamps are
 * read while ambiguous column names fail naming the file and column.
 */
class InputPathsJobTest {
  static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static RunOutcome run(Path input, Path output) {
    return CountryStanceJob.run(spark, ConfigLoader.load(null, List.of()).withPaths(input.toString(), output.toString()));
  }

  /** Writes {@code n} articles with ids prefix-0.. as one Parquet file named exactly {@code file}. */
  private static void articles(Path file, String prefix, int n) throws Exception {
    InputFixtures f = new InputFixtures();
    for (int i = 0; i < n; i++) f.add(prefix + "-" + i, "Title " + prefix + i, "China spoke about trade.", "2023-01-02T10:00:00Z");
    Path tmp = f.write(spark, dir.resolve("tmp-" + prefix));
    try (Stream<Path> s = Files.list(tmp)) {
      Files.createDirectories(file.getParent());
      Files.copy(s.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow(), file);
    }
  }

  private static Map<String, Long> idsPerFile(Path out) {
    Map<String, Long> byFile = new TreeMap<>();
    for (Row r : Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema()).groupBy(col(ArticlesTable.INPUT_FILE))
        .count().collectAsList()) {
      byFile.put(r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1), r.getLong(1));
    }
    return byFile;
  }

  @Test
  void namesWithGlobCharactersColonsAndSpacesAreEachReadExactlyOnce() throws Exception {
    Path in = dir.resolve("weird");
    articles(in.resolve("x[12].parquet"), "bracket", 3);
    articles(in.resolve("x1.parquet"), "x1", 2);
    articles(in.resolve("news-2023-01-05T10:00:00Z.parquet"), "colon", 4);
    articles(in.resolve("sub dir").resolve("a b{c,d}*?.parquet"), "space", 5);
    Path out = dir.resolve("out-weird");

    RunOutcome outcome = run(in, out);

    assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.manifest().error);
    assertEquals(Map.of("x[12].parquet", 3L, "x1.parquet", 2L, "news-2023-01-05T10:00:00Z.parquet", 4L,
        "a b{c,d}*?.parquet", 5L), idsPerFile(out), "every file's articles, once, under its literal name");
    assertEquals(14L, outcome.manifest().counts.get("read"));
    assertEquals(14L, outcome.manifest().counts.get("accepted"));
    assertEquals(0L, outcome.manifest().counts.get("rejected"), "no row rejected as its own duplicate");
    Map<String, Long> rows = new TreeMap<>();
    outcome.manifest().inputFiles.forEach(f -> rows.put(Path.of((String) f.get("path")).getFileName().toString(),
        ((Number) f.get("rows")).longValue()));
    assertEquals(Map.of("x[12].parquet", 3L, "x1.parquet", 2L, "news-2023-01-05T10:00:00Z.parquet", 4L,
        "a b{c,d}*?.parquet", 5L), rows, "the manifest's files with the rows their footers hold");
  }

  @Test
  void aLoneFileWithBracketsInItsNameIsReadAsTheInput() throws Exception {
    Path file = dir.resolve("lone").resolve("data[1].parquet");
    articles(file, "lone", 2);

    RunOutcome outcome = run(file, dir.resolve("out-lone"));

    assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.manifest().error);
    assertEquals(2L, outcome.manifest().counts.get("read"));
  }

  @Test
  void aSymlinkLoopInsideTheInputIsRefusedNamingTheFolder() throws Exception {
    Path in = dir.resolve("loop");
    articles(in.resolve("a.parquet"), "loop", 2);
    Files.createSymbolicLink(in.resolve("again"), in);

    RunOutcome outcome = run(in, dir.resolve("out-loop"));

    assertEquals(RunOutcome.BAD_INPUT, outcome.exitCode());
    String e = outcome.manifest().error;
    assertTrue(e.contains("/loop/again") && e.contains("symlink loop"), e);
  }

  @Test
  void aFileListedTwiceThroughASymlinkIsRefused() throws Exception {
    Path in = dir.resolve("twice");
    articles(in.resolve("a.parquet"), "twice", 2);
    Files.createSymbolicLink(in.resolve("b.parquet"), in.resolve("a.parquet"));

    RunOutcome outcome = run(in, dir.resolve("out-twice"));

    assertEquals(RunOutcome.BAD_INPUT, outcome.exitCode());
    String e = outcome.manifest().error;
    assertTrue(e.contains("b.parquet") && e.contains("a.parquet") && e.contains("same file"), e);
  }

  @Test
  void twoByteIdenticalFilesUnderDifferentNamesAreRefused() throws Exception {
    Path in = dir.resolve("copies");
    articles(in.resolve("a.parquet"), "copy", 2);
    Files.createDirectories(in.resolve("sub"));
    Files.copy(in.resolve("a.parquet"), in.resolve("sub").resolve("a-again.parquet"));

    RunOutcome outcome = run(in, dir.resolve("out-copies"));

    assertEquals(RunOutcome.BAD_INPUT, outcome.exitCode());
    String e = outcome.manifest().error;
    assertTrue(e.contains("a-again.parquet") && e.contains("/copies/a.parquet") && e.contains("byte-identical"), e);
  }

  @Test
  void zoneIdDatesLandOnTheirUtcDayAndAnUnknownZoneIsAnUnparseableDate() {
    Path in = new InputFixtures()
        .add("tokyo", "Tokyo", "Japan spoke.", "2023-01-05T05:00:00[Asia/Tokyo]")
        .add("new-york", "New York", "France spoke.", "2023-01-05T23:30:00[America/New_York]")
        .add("mars", "Mars", "Chile spoke.", "2023-01-05T10:00:00[Mars/Olympus]")
        .write(spark, dir.resolve("zones"));
    Path out = dir.resolve("out-zones");

    RunOutcome outcome = run(in, out);

    assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.manifest().error);
    Map<String, String> at = new TreeMap<>();
    for (Row r : Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema()).select(col(ArticlesTable.ARTICLE_ID),
        col(ArticlesTable.PUBLISHED_AT).cast("string"), col(ArticlesTable.PUBLISHED_DATE).cast("string")).collectAsList()) {
      at.put(r.getString(0), r.getString(1) + " " + r.getString(2));
    }
    assertEquals(Map.of("tokyo", "2023-01-04 20:00:00 2023-01-04", "new-york", "2023-01-06 04:30:00 2023-01-06"), at);
    List<Row> rejects = Tables.read(out, RejectsTable.NAME, RejectsTable.SCHEMA).collectAsList();
    assertEquals(1, rejects.size());
    assertEquals("mars", rejects.get(0).getAs(RejectsTable.ARTICLE_ID));
    assertEquals("unparseable_date", rejects.get(0).getAs(RejectsTable.REASON));
  }

  private static final String NANOS_SCHEMA = "message m { optional binary article_id (STRING); "
      + "optional binary url (STRING); optional binary title (STRING); optional binary text (STRING); "
      + "optional int64 published_at (TIMESTAMP(NANOS,true)); }";

  @Test
  void nanosecondTimestampsAsPyarrowWritesThemAreRead() throws Exception {
    long at = java.time.Instant.parse("2023-01-03T22:15:30.123456789Z").getEpochSecond() * 1_000_000_000L + 123_456_789L;
    Path in = ParquetFiles.write(dir.resolve("nanos").resolve("pyarrow.parquet"), NANOS_SCHEMA,
        List.of(List.of("n-1", "https://e.com/1", "Nanos", "Germany spoke.", at)));
    Path out = dir.resolve("out-nanos");

    RunOutcome outcome = run(in.getParent(), out);

    assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.manifest().error);
    Row r = Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema()).select(col(ArticlesTable.PUBLISHED_AT).cast("string"),
        col(ArticlesTable.PUBLISHED_DATE).cast("string")).first();
    assertEquals("2023-01-03 22:15:30.123456", r.getString(0));
    assertEquals("2023-01-03", r.getString(1));
  }

  @Test
  void columnsDifferingOnlyInCaseFailWithExitThreeNamingFileAndColumn() throws Exception {
    Path in = ParquetFiles.write(dir.resolve("cased").resolve("both.parquet"), "message m { "
        + "optional binary article_id (STRING); optional binary url (STRING); optional binary title (STRING); "
        + "optional binary text (STRING); optional binary Text (STRING); optional binary published_at (STRING); }",
        List.of(List.of("c-1", "https://e.com/1", "Cased", "a", "b", "2023-01-02")));

    RunOutcome outcome = run(in.getParent(), dir.resolve("out-cased"));

    assertEquals(RunOutcome.BAD_INPUT, outcome.exitCode());
    String e = outcome.manifest().error;
    assertTrue(e.contains("both.parquet") && e.contains("'text'") && e.contains("[text, Text]"), e);
  }
}
