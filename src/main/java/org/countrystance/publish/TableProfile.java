package org.countrystance.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the manifest and the quality gate need to know of one staged table, taken in one pass: its
 * rows, the keys that more than one row holds, and the rows lacking a column every row must have.
 */
public record TableProfile(long rows, long duplicateKeys, long incomplete) {
  private static final String KEY_ROWS = "_profile_key_rows";
  private static final String KEY_LACKING = "_profile_key_lacking";

  /**
   * Profiles {@code rows} by {@code key} (empty: no key, no duplicates) and {@code required} columns
   * (empty: every row is complete). One Spark job: a group by the key, then a sum over the groups.
   */
  public static TableProfile of(Dataset<Row> rows, List<String> key, List<String> required) {
    Column lacking = lit(false);
    for (String c : required) lacking = lacking.or(col(c).isNull());
    Column incomplete = sum(when(lacking, 1L).otherwise(0L));
    Row r;
    if (key.isEmpty()) {
      r = rows.agg(count(lit(1)), lit(0L), incomplete).first();
    } else {
      Column[] keyColumns = key.stream().map(k -> col(k)).toArray(Column[]::new);
      // Names no table's column has: a key column named like them would be ambiguous.
      r = rows.groupBy(keyColumns).agg(count(lit(1)).as(KEY_ROWS), incomplete.as(KEY_LACKING))
          .agg(sum(KEY_ROWS), sum(when(col(KEY_ROWS).gt(1), 1L).otherwise(0L)), sum(KEY_LACKING)).first();
    }
    return new TableProfile(orZero(r, 0), orZero(r, 1), orZero(r, 2));
  }

  /** Sums over no rows are null. */
  private static long orZero(Row r, int i) {
    return r.isNullAt(i) ? 0L : r.getLong(i);
  }
}
