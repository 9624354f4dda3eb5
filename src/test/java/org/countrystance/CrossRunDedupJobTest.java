package org.countrystance;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.publish.OutputDiff;
import org.countrystance.sample.GeneratorSettings;
import org.countrystance.sample.SampleCorpusWriter;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 29, point 5: a generated corpus with syndicated copies, split at random into three nightly
 * batches (copies of one story in different batches, copies dated before their story's published
 * canonical copy arriving later), gives after three {@code --since-last} runs the tables of one full
 * run over the same files. Re-used article_ids across nights are {@link IncrementalRunsJobTest}'s.
 */
class CrossRunDedupJobTest {
  @TempDir Path dir;

  @Test
  void syndicatedCopiesSplitOverNightlyBatchesJoinTheirStoriesAsInAFullRecompute() {
    SparkSession spark = SparkTestSession.get();
    Path generated = dir.resolve("generated");
    SampleCorpusWriter.write(spark, GeneratorSettings.defaults().withArticles(300)
        .withDays(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 6)), generated.toString());
    Dataset<Row> corpus = spark.read().parquet(generated.toString());
    long rows = corpus.count();
    Path in = dir.resolve("input");
    Path out = dir.resolve("nightly");
    JobConfig nightly = ConfigLoader.load(null, List.of()).withPaths(in.toString(), out.toString()).withSinceLast(true);
    Dataset<Row> split = corpus.withColumn("_batch", pmod(xxhash64(col("article_id"), col("text"), col("published_at")), lit(3)));
    long read = 0;
    long retitled = 0;
    List<Long> unique = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      split.where(col("_batch").equalTo(b)).drop("_batch").coalesce(1).write().parquet(in.resolve("batch-" + b).toString());
      RunOutcome r = CountryStanceJob.run(spark, nightly);
      assertEquals(RunOutcome.OK, r.exitCode(), String.valueOf(r.manifest().error));
      var c = r.manifest().counts;
      assertEquals(c.get("read"), c.get("accepted") + c.get("rejected"), "read = accepted + rejected: " + c);
      read += c.get("read") - readAgain(r);
      retitled += c.get("articles_retitled");
      unique.add(uniqueStories(out));
    }
    assertEquals(rows, read, "every input row read once, besides the files read again");
    assertTrue(retitled > 0, "later nights learn affixes that change titles published before");

    Path full = dir.resolve("full");
    RunOutcome f = CountryStanceJob.run(spark, ConfigLoader.load(null, List.of()).withPaths(in.toString(), full.toString()));
    assertEquals(RunOutcome.OK, f.exitCode(), String.valueOf(f.manifest().error));
    assertEquals(rows, f.manifest().counts.get("read"));

    // The split exercises what the test is about: stories spread over batches, canonical copies arriving late.
    Dataset<Row> stories = Tables.read(full, ArticlesTable.NAME, ArticlesTable.schema())
        .withColumn("batch", regexp_extract(col(ArticlesTable.INPUT_FILE), "batch-(\\d)", 1))
        .groupBy(ArticlesTable.STORY_ID).agg(countDistinct("batch").as("batches"), min("batch").as("first"),
            max(when(col(ArticlesTable.IS_CANONICAL), col("batch"))).as("canonical"));
    assertTrue(stories.where(col("batches").gt(1)).count() >= 5, "stories with copies in two or more batches");
    assertTrue(stories.where(col("canonical").gt(col("first"))).count() >= 2,
        "stories whose earliest copy arrives after another copy was published");

    // Titles included: the site affixes cleaning cuts ("... - MALI24") are learned with the published
    // titles of the run's sources around its days, and published titles decided otherwise are republished.
    OutputDiff.Result diff = new OutputDiff(spark, Set.of(ArticlesTable.RUN_ID)).compare(full.toString(), out.toString());
    assertEquals(List.of(), diff.differences());
    assertTrue(diff.compared().size() >= 7, diff.compared().toString());
    assertEquals(uniqueStories(full), unique.get(2), "summed unique_stories after the last night");
  }

  private static long readAgain(RunOutcome r) {
    return r.manifest().inputFiles.stream().filter(f -> !((String) f.get("path")).contains("batch-" + batchOf(r)))
        .mapToLong(f -> ((Number) f.get("rows")).longValue()).sum();
  }

  /** The batch a run was started for: the newest folder among the files it read. */
  private static int batchOf(RunOutcome r) {
    return r.manifest().inputFiles.stream().map(f -> (String) f.get("path"))
        .mapToInt(p -> Integer.parseInt(p.replaceAll(".*batch-(\\d).*", "$1"))).max().orElseThrow();
  }

  private static long uniqueStories(Path out) {
    return Tables.read(out, CountryDailyTable.NAME, CountryDailyTable.SCHEMA)
        .agg(sum(CountryDailyTable.UNIQUE_STORIES)).first().getLong(0);
  }
}
