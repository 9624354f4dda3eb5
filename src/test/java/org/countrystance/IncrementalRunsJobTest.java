package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30, point 3 (the part done): a re-scrape in a later file dated after the published copy is a
 * duplicate_id as in a full recompute; one dated before it is refused by the unique-key check (which
 * covers the published rows a commit keeps) instead of being published on two days.
 */
class IncrementalRunsJobTest {
  @TempDir Path dir;

  @Test
  void aReScrapeDatedLaterIsADuplicateIdAndOneDatedEarlierIsRefusedInsteadOfPublishedOnTwoDays() {
    SparkSession spark = SparkTestSession.get();
    Path in = dir.resolve("input");
    new InputFixtures()
        .add("kept", "Kept", "China spoke about trade.", "2023-01-02T10:00:00Z")
        .add("redated", "First copy", "France spoke about trade.", "2023-01-02T11:00:00Z")
        .write(spark, in.resolve("monday"));
    Path out = dir.resolve("out");
    JobConfig config = ConfigLoader.load(null, List.of()).withPaths(in.toString(), out.toString()).withSinceLast(true);
    RunOutcome first = CountryStanceJob.run(spark, config);
    assertEquals(RunOutcome.OK, first.exitCode(), first.manifest().error);
    List<String> published = Tables.sortedRows(Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema()));

    new InputFixtures().add("redated", "Later re-scrape", "France spoke about trade again.", "2023-01-03T09:00:00Z")
        .add("new", "New", "Chile spoke about trade.", "2023-01-03T09:30:00Z")
        .write(spark, in.resolve("tuesday"));
    RunOutcome later = CountryStanceJob.run(spark, config);

    assertEquals(RunOutcome.OK, later.exitCode(), later.manifest().error);
    assertEquals(List.of("kept 2023-01-02", "new 2023-01-03", "redated 2023-01-02"), days(out),
        "as a full recompute: the earliest copy kept on its day");
    List<Row> rejects = Tables.read(out, RejectsTable.NAME, RejectsTable.SCHEMA).collectAsList();
    assertEquals(1, rejects.size());
    assertEquals("Later re-scrape", rejects.get(0).getAs(RejectsTable.TITLE));
    assertEquals("duplicate_id", rejects.get(0).getAs(RejectsTable.REASON));
    published = Tables.sortedRows(Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema()));

    new InputFixtures().add("redated", "Earlier re-scrape", "France spoke about trade before.", "2023-01-01T09:00:00Z")
        .write(spark, in.resolve("sunday"));
    RunOutcome earlier = CountryStanceJob.run(spark, config);

    assertEquals(RunOutcome.REFUSED, earlier.exitCode(), String.valueOf(earlier.manifest().error));
    Map<String, Object> check = earlier.manifest().qualityChecks.stream()
        .filter(c -> "unique-keys:articles".equals(c.get("name"))).findFirst().orElseThrow();
    assertEquals(false, check.get("passed"), check.toString());
    Tables.assertSameRows(published, Tables.sortedRows(Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema())));
  }

  private static List<String> days(Path out) {
    return Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema()).orderBy(ArticlesTable.ARTICLE_ID)
        .select(concat_ws(" ", col(ArticlesTable.ARTICLE_ID), col(ArticlesTable.PUBLISHED_DATE).cast("string")))
        .as(Encoders.STRING()).collectAsList();
  }
}
