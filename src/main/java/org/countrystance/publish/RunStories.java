package org.countrystance.publish;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.countrystance.clean.CleanStage;
import org.countrystance.config.JobConfig;
import org.countrystance.dedup.DedupSettings;
import org.countrystance.dedup.DedupStage;
import org.countrystance.dedup.LineageCut;
import org.countrystance.dedup.StoryWindow;
import org.countrystance.ingest.InputFiles;
import org.countrystance.tables.ArticlesTable;

/**
 * A run's articles with their story ids, de-duplicated within the run and against the published stories
 * around its days ({@link StoryWindow}), and what the run must publish again because of them
 * ({@link CarryOver}: published copies it replaces, stories whose members or canonical article change).
 */
public record RunStories(Dataset<Row> articles, CarryOver carry) {
  /**
   * @param published the published articles (null before the first run)
   * @param accepted this run's accepted input rows
   * @param cleaned this run's cleaned, signed articles and the published ones cleaned again
   *     ({@link org.countrystance.clean.CleanStage#apply(Dataset, org.countrystance.clean.CleaningRules, Dataset)})
   */
  public static RunStories of(TableStager stager, Dataset<Row> published, Dataset<Row> accepted,
      Dataset<Row> cleaned, InputFiles.Listing listing, JobConfig config, DedupSettings dedup) {
    // The published articles cleaned again (their titles) are replaced like an article_id brought again.
    Dataset<Row> brought = accepted.select(ArticlesTable.ARTICLE_ID).union(cleaned.select(ArticlesTable.ARTICLE_ID));
    CarryOver replacing = CarryOver.of(stager, published, brought, listing, config.dates());
    StoryWindow window = StoryWindow.of(published, cleaned, replacing.replaced(), config.dedup().windowDays(), dedup);
    Dataset<Row> storyIds = stager.checkpoint(DedupStage.storyIds(window.withBatch(cleaned), dedup,
        // files, not local checkpoints: a lost executor must not fail the run (jobs/cluster-it.sh)
        LineageCut.toFiles(stager.work("dedup").toString())), "story_ids", DedupStage.STORY_IDS);
    Dataset<Row> articles = stager.checkpoint(DedupStage.withStoryIds(cleaned, storyIds,
        CleanStage.outputSchema().fieldNames()), "articles", ArticlesTable.schema());
    return new RunStories(articles, replacing.withRestoried(stager, window.changed(storyIds)));
  }
}
