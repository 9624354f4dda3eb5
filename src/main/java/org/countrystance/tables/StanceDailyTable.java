package org.countrystance.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code stance_daily} table: one row per UTC day, speaking country, topic and position, with
 * the sentences that back it ({@code evidence}: the most confident article_id + sentence_index pairs).
 */
public final class StanceDailyTable {
  public static final String NAME = "stance_daily";
  public static final String PARTITION = "published_date";
  /** How many evidence sentences each row keeps. */
  public static final int EVIDENCE_LIMIT = 5;

  public static final String PUBLISHED_DATE = "published_date";
  public static final String COUNTRY = "country";
  public static final String TOPIC = "topic";
  public static final String POSITION = "position";
  public static final String POLARITY = "polarity";
  public static final String STATEMENTS = "statements";
  public static final String ARTICLES = "articles";
  public static final String UNIQUE_STORIES = "unique_stories";
  public static final String SOURCES = "sources";
  public static final String MEAN_CONFIDENCE = "mean_confidence";
  public static final String EVIDENCE = "evidence";
  public static final String EVIDENCE_ARTICLE_ID = "article_id";
  public static final String EVIDENCE_SENTENCE_INDEX = "sentence_index";

  public static final StructType EVIDENCE_ITEM = new StructType()
      .add(EVIDENCE_ARTICLE_ID, StringType, false)
      .add(EVIDENCE_SENTENCE_INDEX, IntegerType, false);

  public static final StructType SCHEMA = new StructType()
      .add(COUNTRY, StringType, false)
      .add(TOPIC, StringType, false)
      .add(POSITION, StringType, false)
      .add(POLARITY, StringType, false)
      .add(STATEMENTS, LongType, false)
      .add(ARTICLES, LongType, false)
      .add(UNIQUE_STORIES, LongType, false)
      .add(SOURCES, LongType, false)
      .add(MEAN_CONFIDENCE, DoubleType, false)
      .add(EVIDENCE, createArrayType(EVIDENCE_ITEM, false), false)
      .add(PUBLISHED_DATE, DateType, false);

  private StanceDailyTable() {}
}
