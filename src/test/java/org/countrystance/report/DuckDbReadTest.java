package org.countrystance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.countrystance.testing.SparkTestSession;
import org.countrystance.testing.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DuckDB, with only its built-in Parquet reader, reads every table with the right types and answers. */
class DuckDbReadTest {
  private static Path root;
  private static Connection duck;

  @BeforeAll
  static void open() throws Exception {
    root = ReportFixtures.output();
    duck = DuckDb.open(root);
  }

  @AfterAll
  static void close() throws Exception {
    duck.close();
    for (PublishedTables.Table t : PublishedTables.ALL) SparkTestSession.get().catalog().dropTempView(t.name());
  }

  @Test
  void readsEveryTableWithTheTypesOfItsSchemaAndDayFoldersAsDates() throws Exception {
    List<PublishedTables.Table> every = new ArrayList<>(PublishedTables.ALL);
    every.addAll(PublishedTables.DIMENSIONS);
    for (PublishedTables.Table t : every) {
      Map<String, String> seen = new LinkedHashMap<>();
      try (Statement s = duck.createStatement();
           ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + DuckDb.readParquet(root, t.name()))) {
        while (rs.next()) seen.put(rs.getString("column_name"), rs.getString("column_type"));
      }
      Map<String, String> expected = new LinkedHashMap<>();
      for (StructField f : t.readOrder()) expected.put(f.name(), duckType(f.dataType()));
      assertEquals(expected, seen, "DuckDB's view of " + t.name());
    }
  }

  @Test
  void readsTheArticleTimestampAsAnInstantNotAnInt96Value() throws Exception {
    List<String> duckTimes = DuckDb.rows(duck, "SELECT article_id, epoch_us(published_at) FROM articles "
        + "ORDER BY article_id LIMIT 20");
    List<String> sparkTimes = new ArrayList<>();
    for (Row r : spark().sql("SELECT article_id, unix_micros(published_at) FROM parquet.`"
        + root.resolve("articles") + "` ORDER BY article_id LIMIT 20").collectAsList()) {
      sparkTimes.add(r.getString(0) + "|" + r.getLong(1));
    }
    assertEquals(sparkTimes, duckTimes);
    assertFalse(duckTimes.isEmpty());
  }

  @Test
  void storesTheArticleTimestampAsInt64MicrosAdjustedToUtc() throws Exception {
    List<String> physical = DuckDb.rows(duck, "SELECT DISTINCT type, converted_type, logical_type FROM parquet_schema('"
        + root.resolve("articles") + "/**/*.parquet') WHERE name = 'published_at'");
    assertEquals(1, physical.size(), physical.toString());
    String seen = physical.get(0);
    assertTrue(seen.startsWith("INT64|"), "not INT96: " + seen);
    assertTrue(seen.contains("isAdjustedToUTC=1") && seen.contains("MICROS"), seen);
  }

  @Test
  void answersChinasPositionsByDayLikeSpark() throws Exception {
    String sql = DuckDb.query("china_ukraine_by_day.sql");
    List<String> duckRows = DuckDb.rows(duck, sql);
    assertTrue(duckRows.size() >= ReportFixtures.DAYS, "China states a position on most days: " + duckRows);
    Tables.assertSameRows(spark(sql), duckRows);
  }

  @Test
  void answersChinasPositionsByMonthWithSharesThatAddUpLikeSpark() throws Exception {
    String sql = DuckDb.query("stance_by_month.sql");
    List<String> duckRows = DuckDb.rows(duck, sql);
    assertFalse(duckRows.isEmpty(), "China states positions in the fixture's month");
    Tables.assertSameRows(spark(sql), duckRows);
    List<String> perMonth = DuckDb.rows(duck, "SELECT month, ROUND(SUM(share_of_month), 2) FROM (" + sql.replace(";", "")
        + ") t GROUP BY month");
    for (String row : perMonth) assertTrue(row.endsWith("|1.000000"), "a month's shares add up to one: " + row);
  }

  @Test
  void answersTheEvidenceSentencesLikeSparkWithExplode() throws Exception {
    String sql = DuckDb.query("evidence_sentences.sql");
    List<String> duckRows = DuckDb.rows(duck, sql);
    assertFalse(duckRows.isEmpty());
    for (String row : duckRows) assertTrue(row.contains("China"), "an evidence sentence names China: " + row);
    Tables.assertSameRows(spark(sql.replace("UNNEST(s.evidence)", "explode(s.evidence)")), duckRows);
  }

  @Test
  void sumsMentionsPerDayLikeSparkAndLikeTheMentionsTable() throws Exception {
    String perDay = "SELECT published_date, SUM(mentions) AS n FROM country_daily GROUP BY published_date "
        + "ORDER BY published_date";
    String facts = "SELECT published_date, COUNT(*) AS n FROM mentions GROUP BY published_date ORDER BY published_date";
    List<String> duckRows = DuckDb.rows(duck, perDay);
    assertEquals(ReportFixtures.DAYS, duckRows.size());
    assertEquals(spark(perDay), duckRows);
    assertEquals(DuckDb.rows(duck, facts), duckRows);
  }

  @Test
  void answersTheTopCountriesToneLikeSpark() throws Exception {
    String sql = DuckDb.query("top_countries_tone.sql");
    List<String> duckRows = DuckDb.rows(duck, sql);
    assertFalse(duckRows.isEmpty());
    Tables.assertSameRows(spark(sql), duckRows);
  }

  /** The same SQL run by Spark over temporary views of the same folders. */
  private static List<String> spark(String sql) {
    SparkSession spark = spark();
    for (PublishedTables.Table t : PublishedTables.ALL) {
      spark.read().schema(t.schema()).parquet(root.resolve(t.name()).toString()).createOrReplaceTempView(t.name());
    }
    List<String> out = new ArrayList<>();
    for (Row r : spark.sql(sql).collectAsList()) {
      Object[] values = new Object[r.length()];
      for (int i = 0; i < values.length; i++) values[i] = r.get(i);
      out.add(DuckDb.line(values));
    }
    return out;
  }

  private static SparkSession spark() {
    return SparkTestSession.get();
  }

  /** What DuckDB should call each Spark type (Spark writes timestamps as INT64 micros, UTC-adjusted). */
  private static String duckType(DataType type) {
    if (type instanceof ArrayType a) return duckType(a.elementType()) + "[]";
    if (type instanceof StructType s) {
      List<String> fields = new ArrayList<>();
      for (StructField f : s.fields()) fields.add(f.name() + " " + duckType(f.dataType()));
      return "STRUCT(" + String.join(", ", fields) + ")";
    }
    if (type.equals(DataTypes.TimestampType)) return "TIMESTAMP WITH TIME ZONE";
    return DdlGenerator.trinoType(type);
  }
}
