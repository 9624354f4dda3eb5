package org.countrystance.eval;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.countrystance.sample.SampleCorpusSchema;
import org.countrystance.tables.ArticlesTable;

/**
 * Pairwise agreement of the job's stories with a generated corpus's true syndication groups: over all
 * pairs of articles, {@code truePairs} share a truth_story, {@code predictedPairs} share a story_id,
 * {@code bothPairs} share both. Precision = both / predicted (copies merged rightly), recall = both / true
 * (copies found). Counted from group sizes (n(n-1)/2 per group), so no pair is materialised.
 */
public record StoryPairAgreement(long articles, long truePairs, long predictedPairs, long bothPairs) {

  /** Copy pairs found (true positives), merged wrongly (false positives) and missed (false negatives). */
  public PrecisionRecall pairs() {
    return new PrecisionRecall(bothPairs, predictedPairs - bothPairs, truePairs - bothPairs);
  }

  public double precision() {
    return pairs().precision();
  }

  public double recall() {
    return pairs().recall();
  }

  /**
   * {@code articles}: the published articles table (article_id, story_id); {@code corpus}: the generated
   * input (article_id, truth_story). Articles the job rejected have no story and are left out; an id
   * the generator repeated (a duplicate-id bad row) counts once.
   */
  public static StoryPairAgreement of(Dataset<Row> articles, Dataset<Row> corpus) {
    Dataset<Row> joined = articles.select(ArticlesTable.ARTICLE_ID, ArticlesTable.STORY_ID)
        .join(corpus.select(SampleCorpusSchema.ARTICLE_ID, SampleCorpusSchema.TRUTH_STORY)
            .dropDuplicates(SampleCorpusSchema.ARTICLE_ID), ArticlesTable.ARTICLE_ID)
        .cache();
    try {
      long n = joined.count();
      return new StoryPairAgreement(n,
          pairs(joined, SampleCorpusSchema.TRUTH_STORY),
          pairs(joined, ArticlesTable.STORY_ID),
          pairs(joined, SampleCorpusSchema.TRUTH_STORY, ArticlesTable.STORY_ID));
    } finally {
      joined.unpersist();
    }
  }

  private static long pairs(Dataset<Row> rows, String... groupBy) {
    Column n = col("n");
    Row r = rows.groupBy(groupBy[0], Arrays.copyOfRange(groupBy, 1, groupBy.length))
        .agg(count(lit(1)).as("n"))
        .agg(sum(n.multiply(n.minus(1)).divide(2)).cast("long"))
        .first();
    return r.isNullAt(0) ? 0 : r.getLong(0);
  }

  @Override
  public String toString() {
    return String.format("pairwise precision %.4f, recall %.4f (%,d articles, %,d true copy pairs, %,d predicted)",
        precision(), recall(), articles, truePairs, predictedPairs);
  }
}
