package org.countrystance.publish;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the manifest and the quality gate need to know of one staged table, taken in one pass: its
 * rows, the keys that more than one row holds, and the rows lacking a column every row must have.
 */
public record TableProfile(long rows, long duplicateKeys, long incomplete) {
  private static final String TABLE = "_profile_table";
  private static final String KEY = "_profile_key";
  private static final String LACKING = "_profile_lacking";
  private static final String KEY_ROWS = "_profile_key_rows";
  private static final String KEY_LACKING = "_profile_key_lacking";

  /** What to profile of one table: its rows, its key (empty: no key, no duplicates), its required columns. */
  public record Shape(Dataset<Row> rows, List<String> key, List<String> required) {}

  /**
   * Profiles {@code rows} by {@code key} (empty: no key, no duplicates) and {@code required} columns
   * (empty: every row is complete); {@link #of(Map)} with one table.
   */
  public static TableProfile of(Dataset<Row> rows, List<String> key, List<String> required) {
    return of(Map.of("table", new Shape(rows, key, required))).get("table");
  }

  /**
   * Profiles several tables (name to shape) in one query, in the given order: each table's rows as
   * (table name, key as an array of strings, lacking a required column), all tables unioned, grouped
   * by table and key, then by table. One query is three Spark jobs (two shuffles and the result)
   * whatever the number of tables, where a query per table was three each. A key column cast to a
   * string is one-to-one for the key types of the tables (strings, dates, integers); a null stays a
   * null, so keys compare as the columns themselves do in a group-by.
   */
  public static Map<String, TableProfile> of(Map<String, Shape> tables) {
    Dataset<Row> all = null;
    for (Map.Entry<String, Shape> e : tables.entrySet()) {
      Shape shape = e.getValue();
      Column lacking = lit(false);
      for (String c : shape.required()) lacking = lacking.or(col(c).isNull());
      // Without a key every row is its own group (the id is unique within the table): no duplicates.
      Column key = shape.key().isEmpty() ? array(monotonically_increasing_id().cast("string"))
          : array(shape.key().stream().map(k -> col(k).cast("string")).toArray(Column[]::new));
      Dataset<Row> rows = shape.rows().select(lit(e.getKey()).as(TABLE), key.as(KEY),
          when(lacking, 1L).otherwise(0L).as(LACKING));
      all = all == null ? rows : all.union(rows);
    }
    Map<String, TableProfile> profiles = new LinkedHashMap<>();
    if (all == null) return profiles;
    Map<String, TableProfile> found = new LinkedHashMap<>();
    // Names no table's column has: a key column named like them would be ambiguous.
    for (Row r : all.groupBy(col(TABLE), col(KEY)).agg(count(lit(1)).as(KEY_ROWS), sum(LACKING).as(KEY_LACKING))
        .groupBy(col(TABLE)).agg(sum(KEY_ROWS), sum(when(col(KEY_ROWS).gt(1), 1L).otherwise(0L)), sum(KEY_LACKING))
        .collectAsList()) {
      found.put(r.getString(0), new TableProfile(orZero(r, 1), orZero(r, 2), orZero(r, 3)));
    }
    // A table with no rows has no group.
    for (String table : tables.keySet()) profiles.put(table, found.getOrDefault(table, new TableProfile(0, 0, 0)));
    return profiles;
  }

  /** Sums over no rows are null. */
  private static long orZero(Row r, int i) {
    return r.isNullAt(i) ? 0L : r.getLong(i);
  }
}
