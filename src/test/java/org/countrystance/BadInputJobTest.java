package org.countrystance;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.3 and 7.9: corrupt or drifting input and unsafe paths fail loudly, before anything is
 * written or deleted; and an input that leaves some tables empty still publishes.
 */
class BadInputJobTest {
  static SparkSession spark;
  @TempDir static Path dir;
  static Path good;

  @BeforeAll
  static void writeGoodFile() {
    spark = SparkTestSession.get();
    good = new InputFixtures().add("a", "Title", "China spoke.", "2023-01-02T10:00:00Z").write(spark, dir.resolve("good"));
  }

  private static Path parquetFile(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
  }

  private static RunOutcome run(Path input, Path output) {
    return CountryStanceJob.run(spark, ConfigLoader.load(null, List.of()).withPaths(input.toString(), output.toString()));
  }

  @Test
  void aTruncatedParquetFileFailsTheRunNamingTheFileAndPublishesNothing() throws Exception {
    Path input = Files.createDirectories(dir.resolve("truncated"));
    Files.copy(parquetFile(good), input.resolve("ok.parquet"));
    byte[] bytes = Files.readAllBytes(parquetFile(good));
    Files.write(input.resolve("cut.parquet"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Path out = dir.resolve("out-truncated");

    RunOutcome outcome = run(input, out);

    assertEquals(RunOutcome.BAD_INPUT, outcome.exitCode());
    assertTrue(outcome.manifest().error.contains("cut.parquet"), outcome.manifest().error);
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(List.of("_runs"), s.map(p -> p.getFileName().toString()).toList(), "only the failed run's manifest");
    }
  }

  @Test
  void aColumnWhoseTypeChangedBetweenFilesIsNamedWithBothTypes() throws Exception {
    Path input = Files.createDirectories(dir.resolve("drift"));
    Files.copy(parquetFile(good), input.resolve("a.parquet"));
    spark.read().parquet(good.toString()).withColumn("published_at",
        org.apache.spark.sql.functions.col("published_at").cast("timestamp")).coalesce(1)
        .write().parquet(input.resolve("b").toString());

    RunOutcome outcome = run(input, dir.resolve("out-drift"));

    assertEquals(RunOutcome.BAD_INPUT, outcome.exitCode());
    String e = outcome.manifest().error;
    assertTrue(e.contains("/b/part-") && e.contains("'published_at'") && e.contains("timestamp") && e.contains("string"), e);
  }

  @Test
  void aColumnOfTheWrongTypeIsNamedWithItsFile() throws Exception {
    Path input = dir.resolve("binary-text");
    spark.read().parquet(good.toString()).withColumn("text", org.apache.spark.sql.functions.col("text").cast("binary"))
        .coalesce(1).write().parquet(input.toString());

    RunOutcome outcome = run(input, dir.resolve("out-binary"));

    assertEquals(RunOutcome.BAD_INPUT, outcome.exitCode());
    assertTrue(outcome.manifest().error.contains("column 'text'") && outcome.manifest().error.contains("part-"),
        outcome.manifest().error);
  }

  @Test
  void unsafeOutputPathsAreRefusedBeforeAnythingIsDeleted() throws Exception {
    Path inside = good.resolve("out");
    Path leftover = Files.createDirectories(inside.resolve("_staging").resolve("old-run"));
    for (String output : List.of(inside.toString(), good.toString(), dir.toString(), dir + "/x/../y")) {
      assertEquals(RunOutcome.USAGE, run(good, Path.of(output)).exitCode(), output);
    }
    for (String empty : List.of("", " ")) {
      assertEquals(RunOutcome.USAGE, CountryStanceJob.run(spark, ConfigLoader.load(null, List.of())
          .withPaths(good.toString(), empty)).exitCode(), "empty output");
    }
    assertTrue(Files.isDirectory(leftover), "nothing under the refused output was deleted");
    assertEquals(1, Files.list(good).filter(p -> p.toString().endsWith(".parquet")).count(), "input intact");
  }

  @Test
  void aRunWhoseArticlesStateNoStanceAndNoDyadStillPublishesEveryTable() throws Exception {
    Path input = new InputFixtures().add("plain", "Tariffs", "France reviewed tariffs on Monday.", "2023-01-04T10:00:00Z")
        .write(spark, dir.resolve("plain"));
    Path out = dir.resolve("out-plain");

    RunOutcome outcome = run(input, out);

    assertEquals(RunOutcome.OK, outcome.exitCode(), outcome.manifest().error);
    assertEquals(0L, outcome.manifest().written.get("stance_daily"));
    assertEquals(1L, outcome.manifest().written.get("articles"));
    assertTrue(Files.isDirectory(out.resolve("stance_daily").resolve("published_date=2023-01-04")), "the day is replaced by nothing");
  }
}
