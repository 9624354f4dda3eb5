package org.countrystance.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.CountryDailyTable;
import org.countrystance.tables.DyadDailyTable;
import org.countrystance.tables.MentionsTable;
import org.countrystance.tables.RejectsTable;
import org.countrystance.tables.StanceDailyTable;
import org.countrystance.tables.StanceEvidenceTable;
import org.countrystance.tables.DimensionTables;

/** The tables a reader sees under the output root: name, schema and the column its folders split on. */
public final class PublishedTables {
  /**
   * One published table; {@link #readOrder()} is the column order a Hive-style reader presents.
   * {@code partition} is null for a dimension table (one folder of Parquet files, no day folders).
   */
  public record Table(String name, StructType schema, String partition) {
    public boolean partitioned() {
      return partition != null;
    }

    /** Data columns in schema order, then the partition column (Spark, Hive and Trino put it last). */
    public List<StructField> readOrder() {
      if (!partitioned()) return List.of(schema.fields());
      List<StructField> out = new ArrayList<>();
      StructField part = null;
      for (StructField f : schema.fields()) {
        if (f.name().equals(partition)) part = f;
        else out.add(f);
      }
      if (part == null) throw new IllegalStateException(name + " has no column " + partition);
      out.add(part);
      return out;
    }
  }

  public static final Table ARTICLES = new Table(ArticlesTable.NAME, ArticlesTable.schema(), ArticlesTable.PARTITION);
  public static final Table MENTIONS = new Table(MentionsTable.NAME, MentionsTable.SCHEMA, MentionsTable.PARTITION);
  public static final Table COUNTRY_DAILY =
      new Table(CountryDailyTable.NAME, CountryDailyTable.SCHEMA, CountryDailyTable.PARTITION);
  public static final Table STANCE_DAILY =
      new Table(StanceDailyTable.NAME, StanceDailyTable.SCHEMA, StanceDailyTable.PARTITION);
  public static final Table DYAD_DAILY = new Table(DyadDailyTable.NAME, DyadDailyTable.SCHEMA, DyadDailyTable.PARTITION);
  public static final Table REJECTS = new Table(RejectsTable.NAME, RejectsTable.SCHEMA, RejectsTable.PARTITION);
  public static final Table STANCE_EVIDENCE =
      new Table(StanceEvidenceTable.NAME, StanceEvidenceTable.SCHEMA, StanceEvidenceTable.PARTITION);
  public static final Table COUNTRIES =
      new Table(DimensionTables.COUNTRIES, DimensionTables.COUNTRIES_SCHEMA, null);
  public static final Table TOPICS = new Table(DimensionTables.TOPICS, DimensionTables.TOPICS_SCHEMA, null);
  public static final Table POSITIONS = new Table(DimensionTables.POSITIONS, DimensionTables.POSITIONS_SCHEMA, null);

  /** Every partitioned (fact and daily) table, in the order the DDL files declare them. */
  public static final List<Table> ALL =
      List.of(ARTICLES, MENTIONS, COUNTRY_DAILY, STANCE_DAILY, DYAD_DAILY, REJECTS, STANCE_EVIDENCE);
  /** The dimension tables (labels), rewritten whole by every run; declared after {@link #ALL}. */
  public static final List<Table> DIMENSIONS = List.of(COUNTRIES, TOPICS, POSITIONS);

  private PublishedTables() {}
}
