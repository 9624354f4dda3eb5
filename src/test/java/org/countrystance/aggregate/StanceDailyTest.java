package org.countrystance.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Dataset;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.StanceEvidenceTable;
import org.countrystance.tables.StanceDailyTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** stance_daily from hand-written mentions: counts, distinct counts and the evidence order and limit. */
class StanceDailyTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

  /** A mention of CN on the day; position null for a mention that states none. */
  static Row mention(String article, String story, String source, int sentence, String position,
      Double confidence) {
    Object[] v = new Object[MentionsTable.SCHEMA.size()];
    for (int i = 0; i < v.length; i++) {
      String name = MentionsTable.SCHEMA.fields()[i].name();
      v[i] = switch (name) {
        case MentionsTable.ARTICLE_ID -> article;
        case MentionsTable.STORY_ID -> story;
        case MentionsTable.IS_CANONICAL -> article.equals(story);
        case MentionsTable.SOURCE -> source;
        case MentionsTable.SENTENCE_INDEX -> sentence;
        case MentionsTable.SENTENCE -> "sentence " + sentence + " of " + article;
        case MentionsTable.MENTION_INDEX -> 0;
        case MentionsTable.COUNTRY -> "CN";
        case MentionsTable.SURFACE -> "Beijing";
        case MentionsTable.MENTION_KIND -> "capital";
        case MentionsTable.CHAR_START -> 0;
        case MentionsTable.CHAR_END -> 7;
        case MentionsTable.ROLE -> "speaker";
        case MentionsTable.COUNTERPARTS, MentionsTable.DYAD_TARGETS, MentionsTable.CUES -> List.of();
        case MentionsTable.TOPICS -> position == null ? List.of() : List.of("ukraine_war");
        case MentionsTable.TONE, MentionsTable.MENTION_TONE -> 0.0;
        case MentionsTable.MODEL_TONE -> null;
        case MentionsTable.TOPIC -> position == null ? null : "ukraine_war";
        case MentionsTable.POSITION -> position;
        case MentionsTable.POLARITY -> position == null ? null : position.equals("neutral") ? "neutral" : "against";
        case MentionsTable.CONFIDENCE -> confidence;
        case MentionsTable.RUN_ID -> "run";
        case MentionsTable.PUBLISHED_DATE -> DAY;
        default -> throw new IllegalStateException("no value for " + name);
      };
    }
    return RowFactory.create(v);
  }

  @Test
  void countsAPositionsStatementsAndKeepsTheFiveMostConfidentSentencesTiesByArticleThenSentence() {
    SparkSession spark = SparkTestSession.get();
    List<Row> rows = new ArrayList<>();
    rows.add(mention("a1", "a1", "site-x", 4, "neutral", 0.7));
    rows.add(mention("a1", "a1", "site-x", 2, "neutral", 0.7));  // ties with a1/4: the lower sentence first
    rows.add(mention("a2", "a1", "site-y", 1, "neutral", 0.9));
    rows.add(mention("a3", "a3", null, 0, "neutral", 0.6));
    rows.add(mention("a0", "a3", "site-x", 9, "neutral", 0.7));  // ties with a1: a0 comes before a1
    rows.add(mention("a4", "a4", "", 3, "neutral", 0.5));        // sixth: beyond the limit
    rows.add(mention("a5", "a5", "site-y", 1, "condemns", 0.8));
    rows.add(mention("a6", "a6", "site-z", 1, null, null));        // states no position: not counted
    Map<String, Row> byPosition = new HashMap<>();
    for (Row r : DailyAggregates.stanceDaily(spark.createDataFrame(rows, MentionsTable.SCHEMA)).collectAsList()) {
      byPosition.put(r.getAs(StanceDailyTable.POSITION), r);
    }
    assertEquals(2, byPosition.size(), "one row per position of the day");

    Row neutral = byPosition.get("neutral");
    assertEquals(6L, (long) neutral.getAs(StanceDailyTable.STATEMENTS));
    assertEquals(5L, (long) neutral.getAs(StanceDailyTable.ARTICLES), "a0 a1 a2 a3 a4");
    assertEquals(3L, (long) neutral.getAs(StanceDailyTable.UNIQUE_STORIES), "a1 a3 a4");
    assertEquals(3L, (long) neutral.getAs(StanceDailyTable.SOURCES), "site-x, site-y, and none (null and empty alike)");
    // rounded to DailyAggregates.DECIMALS (9), so that it does not depend on the order of the sum
    assertEquals(0.683333333, neutral.<Double>getAs(StanceDailyTable.MEAN_CONFIDENCE), 1e-12);
    List<String> evidence = new ArrayList<>();
    for (Row e : neutral.<Row>getList(neutral.fieldIndex(StanceDailyTable.EVIDENCE))) {
      evidence.add(e.getAs(StanceDailyTable.EVIDENCE_ARTICLE_ID) + "/" + e.getAs(StanceDailyTable.EVIDENCE_SENTENCE_INDEX));
    }
    assertEquals(List.of("a2/1", "a0/9", "a1/2", "a1/4", "a3/0"), evidence);

    Row condemns = byPosition.get("condemns");
    assertEquals(1L, (long) condemns.getAs(StanceDailyTable.STATEMENTS));
    assertEquals("against", condemns.getAs(StanceDailyTable.POLARITY));
    assertEquals(1, condemns.getList(condemns.fieldIndex(StanceDailyTable.EVIDENCE)).size());
  }

  /** The mention {@link #mention} builds, with another sentence text. */
  static Row saying(Row mention, String sentence) {
    Object[] v = new Object[mention.size()];
    for (int i = 0; i < v.length; i++) v[i] = mention.get(i);
    v[MentionsTable.SCHEMA.fieldIndex(MentionsTable.SENTENCE)] = sentence;
    return RowFactory.create(v);
  }

  @Test
  void aSentenceNamingTheSpeakerTwiceOrPrintedAgainInItsArticleIsOneStatementInBothTables() {
    SparkSession spark = SparkTestSession.get();
    String said = "Beijing said China would not take sides.";
    List<Row> rows = new ArrayList<>();
    rows.add(saying(mention("a1", "a1", "site-x", 3, "neutral", 0.6), said));   // "Beijing"
    rows.add(saying(mention("a1", "a1", "site-x", 3, "neutral", 0.8), said));   // "China", same sentence
    rows.add(saying(mention("a1", "a1", "site-x", 9, "neutral", 0.6), said));   // the page prints it again
    rows.add(saying(mention("a2", "a2", "site-y", 3, "neutral", 0.5), said));   // another article: its own statement
    rows.add(saying(mention("a1", "a1", "site-x", 5, "neutral", 0.4), "Beijing said it would stay neutral."));
    Dataset<Row> mentions = spark.createDataFrame(rows, MentionsTable.SCHEMA);

    Row day = DailyAggregates.stanceDaily(mentions).first();
    assertEquals(3L, (long) day.getAs(StanceDailyTable.STATEMENTS), "a1's sentence once, a1's other one, a2's");
    assertEquals(0.566666667, day.<Double>getAs(StanceDailyTable.MEAN_CONFIDENCE), 1e-12, "(0.8 + 0.4 + 0.5) / 3");
    List<String> evidence = new ArrayList<>();
    for (Row e : day.<Row>getList(day.fieldIndex(StanceDailyTable.EVIDENCE))) {
      evidence.add(e.getAs(StanceDailyTable.EVIDENCE_ARTICLE_ID) + "/" + e.getAs(StanceDailyTable.EVIDENCE_SENTENCE_INDEX));
    }
    assertEquals(List.of("a1/3", "a2/3", "a1/5"), evidence, "the repeated sentence at its first place");

    Dataset<Row> articles = spark.createDataFrame(List.of(), ArticlesTable.schema());
    List<String> flat = new ArrayList<>();
    for (Row r : DailyAggregates.stanceEvidence(mentions, articles)
        .orderBy(StanceEvidenceTable.ARTICLE_ID, StanceEvidenceTable.SENTENCE_INDEX).collectAsList()) {
      flat.add(r.getAs(StanceEvidenceTable.ARTICLE_ID) + "/" + r.getAs(StanceEvidenceTable.SENTENCE_INDEX) + " "
          + r.getAs(StanceEvidenceTable.CONFIDENCE));
    }
    assertEquals(List.of("a1/3 0.8", "a1/5 0.4", "a2/3 0.5"), flat, "one row per statement stance_daily counts");
  }
}
