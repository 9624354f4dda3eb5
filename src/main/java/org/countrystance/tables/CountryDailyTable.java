package org.countrystance.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.StructType;

/** The {@code country_daily} table: one row per UTC day and country mentioned that day. */
public final class CountryDailyTable {
  public static final String NAME = "country_daily";
  public static final String PARTITION = "published_date";

  public static final String PUBLISHED_DATE = "published_date";
  public static final String COUNTRY = "country";
  public static final String MENTIONS = "mentions";
  public static final String ARTICLES = "articles";
  public static final String UNIQUE_STORIES = "unique_stories";
  public static final String SOURCES = "sources";
  public static final String TONE_MEAN = "tone_mean";
  public static final String POSITIVE_SHARE = "positive_share";
  public static final String NEGATIVE_SHARE = "negative_share";
  public static final String SPEAKER_MENTIONS = "speaker_mentions";

  public static final StructType SCHEMA = new StructType()
      .add(COUNTRY, StringType, false)
      .add(MENTIONS, LongType, false)
      .add(ARTICLES, LongType, false)
      .add(UNIQUE_STORIES, LongType, false)
      .add(SOURCES, LongType, false)
      .add(TONE_MEAN, DoubleType, false)
      .add(POSITIVE_SHARE, DoubleType, false)
      .add(NEGATIVE_SHARE, DoubleType, false)
      .add(SPEAKER_MENTIONS, LongType, false)
      .add(PUBLISHED_DATE, DateType, false);

  private CountryDailyTable() {}
}
