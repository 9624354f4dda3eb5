package org.countrystance;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.testing.FullRecompute;
import org.countrystance.testing.InputFixtures;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30, point 3: nightly {@code --since-last} runs publish what a full recompute of the same input
 * files publishes when an article is re-scraped with another date (the earliest copy kept, the others
 * duplicate_id rejects, the published article moved when the kept copy changes) and when a row is
 * removed from an input file that is rewritten (the article is retracted).
 */
class IncrementalRunsJobTest {
  @TempDir Path dir;

  @Test
  void reDatedReScrapesAndRemovedRowsEndAsInAFullRecomputeOfTheSameFiles() {
    SparkSession spark = SparkTestSession.get();
    Path in = dir.resolve("input");
    Path out = dir.resolve("incremental");
    JobConfig nightly = ConfigLoader.load(null, List.of()).withPaths(in.toString(), out.toString()).withSinceLast(true);

    monday(true).writeFile(spark, in.resolve("monday.parquet"));
    run(nightly, 3, 3, 0);
    assertEquals(List.of("gone 2023-01-02", "kept 2023-01-02", "redated 2023-01-02"), articles(out));

    // A later copy: the Monday file is read again beside Tuesday's, and the later copy is the reject.
    new InputFixtures().add("redated", "Later re-scrape", "France spoke about trade again.", "2023-01-03T09:00:00Z")
        .add("new", "New", "Chile spoke about trade.", "2023-01-03T09:30:00Z")
        .writeFile(spark, in.resolve("tuesday.parquet"));
    RunOutcome tuesday = run(nightly, 2 + 3, 4, 1);
    assertEquals(1L, tuesday.manifest().counts.get("input_files_read_again"));
    assertEquals(List.of("gone 2023-01-02", "kept 2023-01-02", "new 2023-01-03", "redated 2023-01-02"), articles(out));
    assertEquals(List.of("duplicate_id Later re-scrape"), rejects(out));

    // An earlier copy: the article moves to Sunday, and both other copies are rejects.
    new InputFixtures().add("redated", "Earlier re-scrape", "France spoke about trade before.", "2023-01-01T09:00:00Z")
        .writeFile(spark, in.resolve("sunday.parquet"));
    RunOutcome sunday = run(nightly, 1 + 3 + 2, 4, 2);
    assertEquals(List.of("2023-01-01", "2023-01-02", "2023-01-03"), sunday.manifest().touchedDays);
    assertEquals(List.of("gone 2023-01-02", "kept 2023-01-02", "new 2023-01-03", "redated 2023-01-01"), articles(out));
    assertEquals(List.of("duplicate_id First copy", "duplicate_id Later re-scrape"), rejects(out));
    FullRecompute.assertEqual(spark, in, dir.resolve("full-1"), out, "after an earlier re-scrape");

    // The Monday file rewritten without 'gone': the article is retracted; the old version's rejects go.
    monday(false).writeFile(spark, in.resolve("monday.parquet"));
    run(nightly, 2 + 1 + 2, 3, 2);
    assertEquals(List.of("kept 2023-01-02", "new 2023-01-03", "redated 2023-01-01"), articles(out));

    // The Sunday file rewritten without the earliest copy: Monday's copy, a reject until now, is published.
    new InputFixtures().add("other", "Other", "Peru spoke about trade.", "2023-01-01T08:00:00Z")
        .writeFile(spark, in.resolve("sunday.parquet"));
    RunOutcome last = run(nightly, 1 + 2 + 2, 4, 1);
    assertEquals(List.of("kept 2023-01-02", "new 2023-01-03", "other 2023-01-01", "redated 2023-01-02"), articles(out));
    assertEquals(List.of("duplicate_id Later re-scrape"), rejects(out));
    assertTrue(last.manifest().qualityChecks.stream().anyMatch(c -> "unique-keys:articles".equals(c.get("name"))
        && Boolean.TRUE.equals(c.get("passed"))), last.manifest().qualityChecks.toString());
    FullRecompute.assertEqual(spark, in, dir.resolve("full-2"), out, "after rows removed from rewritten files");
  }

  private static InputFixtures monday(boolean withGone) {
    InputFixtures f = new InputFixtures()
        .add("kept", "Kept", "China spoke about trade.", "2023-01-02T10:00:00Z")
        .add("redated", "First copy", "France spoke about trade.", "2023-01-02T11:00:00Z");
    return withGone ? f.add("gone", "Gone", "Brazil spoke about trade.", "2023-01-02T12:00:00Z") : f;
  }

  /** Runs the job; asserts success and its rows read, accepted and rejected (read = accepted + rejected). */
  private static RunOutcome run(JobConfig config, long read, long accepted, long rejected) {
    RunOutcome r = CountryStanceJob.run(SparkTestSession.get(), config);
    assertEquals(RunOutcome.OK, r.exitCode(), String.valueOf(r.manifest().error));
    assertEquals(List.of(read, accepted, rejected), List.of(r.manifest().counts.get("read"),
        r.manifest().counts.get("accepted"), r.manifest().counts.get("rejected")), "read, accepted, rejected");
    return r;
  }

  private static List<String> articles(Path out) {
    return Tables.read(out, ArticlesTable.NAME, ArticlesTable.schema()).orderBy(ArticlesTable.ARTICLE_ID)
        .select(concat_ws(" ", col(ArticlesTable.ARTICLE_ID), col(ArticlesTable.PUBLISHED_DATE).cast("string")))
        .as(Encoders.STRING()).collectAsList();
  }

  private static List<String> rejects(Path out) {
    return Tables.read(out, RejectsTable.NAME, RejectsTable.SCHEMA).orderBy(RejectsTable.TITLE)
        .select(concat_ws(" ", col(RejectsTable.REASON), col(RejectsTable.TITLE))).as(Encoders.STRING()).collectAsList();
  }
}
