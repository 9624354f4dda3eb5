package org.countrystance.dedup;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.countrystance.tables.ArticlesTable;

/**
 * De-duplication across runs: the published articles a run's articles are matched with, so that a
 * syndicated copy arriving in a later run joins its earlier story (and becomes its canonical copy when
 * it is the earliest) as in a full recompute. They are the published articles dated within
 * {@code windowDays} of the run's first and last day, with every published member of their stories and
 * of the stories of the articles the run replaces (a story is formed again whole, so a replaced copy
 * that linked two parts no longer holds them together), less the replaced articles themselves. Their
 * signatures are computed again from the published (cleaned) text: nothing besides the tables has to be
 * kept in step with them.
 */
public final class StoryWindow {
  private static final String WAS_STORY = "_was_story";
  private static final String WAS_CANONICAL = "_was_canonical";
  private static final String STORY_OF = "_story_of";
  private static final String REPLACED_ID = "_replaced_id";

  /** The published articles matched with this run's (article_id, published_date, story ids as published). */
  private final Dataset<Row> members;
  private final DedupSettings settings;

  private StoryWindow(Dataset<Row> members, DedupSettings settings) {
    this.members = members;
    this.settings = settings;
  }

  /**
   * The window around {@code batch}'s days (rows with published_date) in {@code published} (the
   * articles table, null when nothing is published); {@code replaced} (article_id, story_id) are the
   * published articles this run replaces or retracts.
   */
  public static StoryWindow of(Dataset<Row> published, Dataset<Row> batch, Dataset<Row> replaced, int windowDays,
      DedupSettings settings) {
    if (published == null) return new StoryWindow(null, settings);
    Row span = batch.agg(min(ArticlesTable.PUBLISHED_DATE), max(ArticlesTable.PUBLISHED_DATE)).first();
    Dataset<Row> live = published.join(replaced.select(col(ArticlesTable.ARTICLE_ID).as(REPLACED_ID)),
        col(ArticlesTable.ARTICLE_ID).equalTo(col(REPLACED_ID)), "left_anti");
    Dataset<Row> stories = replaced.select(col(ArticlesTable.STORY_ID).as(STORY_OF));
    if (!span.isNullAt(0)) {
      LocalDate from = day(span.get(0)).minusDays(windowDays);
      LocalDate to = day(span.get(1)).plusDays(windowDays);
      stories = stories.union(live.where(col(ArticlesTable.PUBLISHED_DATE).between(lit(from), lit(to)))
          .select(col(ArticlesTable.STORY_ID).as(STORY_OF)));
    }
    Dataset<Row> members = live.join(stories.distinct(), col(ArticlesTable.STORY_ID).equalTo(col(STORY_OF)))
        .drop(STORY_OF);
    return new StoryWindow(members, settings);
  }

  /** The de-duplication keys (rank_key, exact_key, signature, shingles by article_id) of {@code signed} and the window. */
  public Dataset<Row> withBatch(Dataset<Row> signed) {
    Dataset<Row> keys = signed.select(keyColumns());
    if (members == null) return keys;
    Dataset<Row> window = DedupStage.sign(members.select(col(ArticlesTable.ARTICLE_ID), col(ArticlesTable.TEXT),
        col(ArticlesTable.PUBLISHED_AT)), settings);
    return keys.unionByName(window.select(keyColumns()));
  }

  /**
   * The window's articles whose story_id or is_canonical {@code storyIds} (from
   * {@link DedupStage#storyIds} over {@link #withBatch}) changes: article_id, published_date, story_id,
   * is_canonical as they are now. Empty (null) when nothing is published.
   */
  public Dataset<Row> changed(Dataset<Row> storyIds) {
    if (members == null) return null;
    Dataset<Row> was = members.select(col(ArticlesTable.ARTICLE_ID), col(ArticlesTable.PUBLISHED_DATE),
        col(ArticlesTable.STORY_ID).as(WAS_STORY), col(ArticlesTable.IS_CANONICAL).as(WAS_CANONICAL));
    return was.join(storyIds, col(ArticlesTable.ARTICLE_ID).equalTo(col(DedupStage.DEDUP_ARTICLE_ID)))
        .where(col(WAS_STORY).notEqual(col(ArticlesTable.STORY_ID))
            .or(col(WAS_CANONICAL).notEqual(col(ArticlesTable.IS_CANONICAL))))
        .select(col(ArticlesTable.ARTICLE_ID), col(ArticlesTable.PUBLISHED_DATE), col(ArticlesTable.STORY_ID),
            col(ArticlesTable.IS_CANONICAL));
  }

  /** A date value as Spark returns it (java.time with the Java 8 API on, java.sql otherwise). */
  public static LocalDate day(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static org.apache.spark.sql.Column[] keyColumns() {
    return new org.apache.spark.sql.Column[] {col(ArticlesTable.ARTICLE_ID), col("rank_key"), col("exact_key"),
        col("signature"), col("shingles")};
  }
}
