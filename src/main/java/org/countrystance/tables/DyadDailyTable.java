package org.countrystance.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.StructType;

/** The {@code dyad_daily} table: one row per UTC day, speaking (source) country and its target country. */
public final class DyadDailyTable {
  public static final String NAME = "dyad_daily";
  public static final String PARTITION = "published_date";

  public static final String PUBLISHED_DATE = "published_date";
  public static final String SOURCE_COUNTRY = "source_country";
  public static final String TARGET_COUNTRY = "target_country";
  public static final String MENTIONS = "mentions";
  public static final String TONE_MEAN = "tone_mean";

  public static final StructType SCHEMA = new StructType()
      .add(SOURCE_COUNTRY, StringType, false)
      .add(TARGET_COUNTRY, StringType, false)
      .add(MENTIONS, LongType, false)
      .add(TONE_MEAN, DoubleType, false)
      .add(PUBLISHED_DATE, DateType, false);

  private DyadDailyTable() {}
}
