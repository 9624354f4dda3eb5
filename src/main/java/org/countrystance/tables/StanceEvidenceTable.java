package org.countrystance.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code stance_evidence} table: one flat row per sentence in which a country states a position
 * (every statement behind stance_daily, not only its top five), with the article's URL, title, source
 * and time, so a BI tool lists and links the evidence without arrays or joins.
 */
public final class StanceEvidenceTable {
  public static final String NAME = "stance_evidence";
  public static final String PARTITION = "published_date";

  public static final String PUBLISHED_DATE = "published_date";
  public static final String COUNTRY = "country";
  public static final String TOPIC = "topic";
  public static final String POSITION = "position";
  public static final String POLARITY = "polarity";
  public static final String CONFIDENCE = "confidence";
  public static final String ARTICLE_ID = "article_id";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String STORY_ID = "story_id";
  public static final String IS_CANONICAL = "is_canonical";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String SOURCE = "source";
  public static final String PUBLISHED_AT = "published_at";
  public static final String SENTENCE = "sentence";

  public static final StructType SCHEMA = new StructType()
      .add(COUNTRY, StringType, false)
      .add(TOPIC, StringType, false)
      .add(POSITION, StringType, false)
      .add(POLARITY, StringType, false)
      .add(CONFIDENCE, DoubleType, false)
      .add(ARTICLE_ID, StringType, false)
      .add(SENTENCE_INDEX, IntegerType, false)
      .add(STORY_ID, StringType, false)
      .add(IS_CANONICAL, BooleanType, false)
      .add(URL, StringType, true)
      .add(TITLE, StringType, true)
      .add(SOURCE, StringType, true)
      .add(PUBLISHED_AT, TimestampType, true)
      .add(SENTENCE, StringType, false)
      .add(PUBLISHED_DATE, DateType, false);

  private StanceEvidenceTable() {}
}
