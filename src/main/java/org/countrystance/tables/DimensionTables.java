package org.countrystance.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * The small dimension tables every run rewrites from conf/ (no partitions): labels for the codes and
 * ids of the fact tables, so a BI tool joins a name instead of showing ISO3 codes and snake_case ids.
 */
public final class DimensionTables {
  /** {@code countries}: ISO3 (joins every country column), ISO2, CLDR English name, UN M49 region. */
  public static final String COUNTRIES = "countries";
  /** {@code topics}: topic id (joins stance_daily.topic), label, and the proposition positions address. */
  public static final String TOPICS = "topics";
  /** {@code positions}: topic and position id (join stance_daily.topic, .position), label, polarity. */
  public static final String POSITIONS = "positions";
  public static final List<String> ALL = List.of(COUNTRIES, TOPICS, POSITIONS);

  public static final String ISO3 = "iso3";
  public static final String ISO2 = "iso2";
  public static final String NAME = "name";
  public static final String REGION = "region";
  public static final String SUBREGION = "subregion";
  public static final String TOPIC = "topic";
  public static final String LABEL = "label";
  public static final String TARGET = "target";
  public static final String POSITION = "position";
  public static final String POLARITY = "polarity";

  public static final StructType COUNTRIES_SCHEMA = new StructType()
      .add(ISO3, StringType, false)
      .add(ISO2, StringType, true)
      .add(NAME, StringType, false)
      .add(REGION, StringType, true)
      .add(SUBREGION, StringType, true);

  public static final StructType TOPICS_SCHEMA = new StructType()
      .add(TOPIC, StringType, false)
      .add(LABEL, StringType, false)
      .add(TARGET, StringType, false);

  public static final StructType POSITIONS_SCHEMA = new StructType()
      .add(TOPIC, StringType, false)
      .add(POSITION, StringType, false)
      .add(LABEL, StringType, false)
      .add(POLARITY, StringType, false);

  private DimensionTables() {}

  public static StructType schemaOf(String table) {
    return switch (table) {
      case COUNTRIES -> COUNTRIES_SCHEMA;
      case TOPICS -> TOPICS_SCHEMA;
      case POSITIONS -> POSITIONS_SCHEMA;
      default -> throw new IllegalArgumentException("not a dimension table: " + table);
    };
  }
}
