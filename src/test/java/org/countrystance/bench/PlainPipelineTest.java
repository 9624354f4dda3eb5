package org.countrystance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.CountryStanceJob;
import org.countrystance.RunOutcome;
import org.countrystance.clean.TitleAffixLearner;
import org.countrystance.config.ConfigLoader;
import org.countrystance.config.JobConfig;
import org.countrystance.sample.GeneratorSettings;
import org.countrystance.sample.SampleCorpusSchema;
import org.countrystance.sample.SampleCorpusWriter;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's plain-Java pipeline against the job's written tables on the same generated Parquet files. */
class PlainPipelineTest {
  @TempDir
  static Path dir;
  static SparkSession spark;
  static Path corpus;
  static Path output;
  static JobConfig config;

  @BeforeAll
  static void generateAndRunTheJob() {
    spark = SparkTestSession.get();
    corpus = dir.resolve("corpus");
    // 400 articles in 4 files, one in 10 a bad row (missing ids, duplicate ids, bad dates ...: 4 of each)
    GeneratorSettings d = GeneratorSettings.defaults();
    SampleCorpusWriter.write(spark, new GeneratorSettings(400, d.seed(), LocalDate.of(2023, 2, 1),
        LocalDate.of(2023, 2, 6), d.wordsPerArticle(), 0.1, d.copyRate(), d.nonEnglishRate()), corpus.toString(), 100);
    output = dir.resolve("out");
    config = ConfigLoader.load(null, List.of()).withPaths(corpus.toString(), output.toString());
    RunOutcome run = CountryStanceJob.run(spark, config);
    assertEquals(RunOutcome.OK, run.exitCode(), String.valueOf(run.manifest().error));
  }

  @Test
  void readsEveryRowAndFindsAsManyMentionsAsTheJobWrote() {
    PlainPipeline.Result r = new PlainPipeline(config, 2).run();

    long rows = spark.read().parquet(corpus.toString()).count();
    assertEquals(400, rows);
    assertEquals(rows, r.rows(), "rows by the footers");
    assertEquals(rows, r.read(), "every row read once");
    assertTrue(r.kept() < r.valid(), "duplicate article_ids are kept once: " + r);
    long articles = Tables.read(output, ArticlesTable.NAME, ArticlesTable.schema()).count();
    long mentions = Tables.read(output, MentionsTable.NAME, MentionsTable.SCHEMA).count();
    assertTrue(mentions > 0);
    assertEquals(articles, r.cleaned(), "articles the job published vs articles the pipeline cleaned");
    assertEquals(0, r.quarantined());
    assertEquals(mentions, r.mentions(), "mentions the job wrote vs mentions the pipeline annotated");
  }

  @Test
  void givesTheSameCountsOnOneThreadAndOnMoreThreadsThanFiles() {
    PlainPipeline.Result one = new PlainPipeline(config, 1).run();
    PlainPipeline.Result six = new PlainPipeline(config, 6).run();

    assertEquals(one, six);
  }

  @Test
  void learnsTheSameTitleAffixesWithoutSparkAsWithSpark() {
    List<Row> titles = spark.read().parquet(corpus.toString())
        .select(SampleCorpusSchema.SOURCE, SampleCorpusSchema.TITLE).collectAsList();
    Map<String, List<String>> bySource = new HashMap<>();
    for (Row t : titles) {
      if (t.isNullAt(0) || t.isNullAt(1)) continue;
      bySource.computeIfAbsent(t.getString(0), s -> new ArrayList<>()).add(t.getString(1));
    }

    Map<String, Set<String>> plain = TitleAffixLearner.learn(bySource, 3, 0.3);
    Map<String, Set<String>> withSpark = TitleAffixLearner.learn(
        spark.read().parquet(corpus.toString()).select(SampleCorpusSchema.SOURCE, SampleCorpusSchema.TITLE), 3, 0.3);

    assertFalse(withSpark.isEmpty(), "the generated corpus has site suffixes to learn");
    assertEquals(withSpark, plain);
  }
}
