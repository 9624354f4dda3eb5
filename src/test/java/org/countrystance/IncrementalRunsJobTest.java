package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30, point 3 (the part done): the unique-key check covers the published rows a commit keeps,
 * so an article re-dated by a re-scrape in a later file is refused instead of published on two days.
 */
class IncrementalRunsJobTest {
  @TempDir Path dir;

  @Test
  void aReDatedReScrapeInALaterFileIsRefusedInsteadOfPublishedOnTwoDays() {
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

    new InputFixtures().add("redated", "Re-scrape", "France spoke about trade again.", "2023-01-03T09:00:00Z")
        .write(spark, in.resolve("tuesday"));
    RunOutcome second = CountryStanceJob.run(spark, config);

    assertEquals(RunOutcome.REFUSED, second.exitCode(), String.valueOf(second.manifest().error));
    Map<String, Object> check = second.manifest().qualityChecks.stream()
        .filter(c -> "unique-keys:articles".equals(c.get("name"))).findFirst().orElseThrow();
    assertEquals(false, check.get("passed"), check.toString());
    assertTrue(second.manifest().error.contains("unique-keys:articles"), second.manifest().error);
    Tables.assertSameRows(published, Tables.sortedRows(Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema())));
    assertEquals(1, Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema())
        .where(col(ArticlesTable.ARTICLE_ID).equalTo("redated")).count(), "published once, on its first day");
  }
}
