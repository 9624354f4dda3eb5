package org.countrystance.testing;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** Reads published tables back the way an analyst would, and compares them as sorted rows. */
public final class Tables {
  private Tables() {}

  public static Dataset<Row> read(Path output, String table, StructType schema) {
    return SparkTestSession.get().read().schema(schema).parquet(output.resolve(table).toString());
  }

  /** All rows as strings, sorted, without the named columns (e.g. run_id, which differs per run). */
  public static List<String> sortedRows(Dataset<Row> rows, String... without) {
    Dataset<Row> d = rows.drop(without);
    List<String> out = new ArrayList<>();
    for (Row r : d.select(java.util.Arrays.stream(d.columns()).sorted().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
        .collectAsList()) {
      out.add(r.toString());
    }
    out.sort(null);
    return out;
  }

  /**
   * One row's values joined with " | ", dates as yyyy-MM-dd and timestamps as instants: the same
   * rendering for every reader of a table (Spark here, Delta Kernel in {@link DeltaKernelReader}).
   */
  public static String render(List<?> values) {
    List<String> out = new ArrayList<>();
    for (Object v : values) {
      if (v instanceof java.sql.Date d) out.add(d.toLocalDate().toString());
      else if (v instanceof java.sql.Timestamp t) out.add(t.toInstant().toString());
      else out.add(String.valueOf(v));
    }
    return String.join(" | ", out);
  }

  /** The rows' values of the columns, rendered with {@link #render}, sorted. */
  public static List<String> renderedRows(Dataset<Row> rows, List<String> columns) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.select(columns.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new)).collectAsList()) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) values.add(r.get(i));
      out.add(render(values));
    }
    out.sort(null);
    return out;
  }

  /** Asserts two row lists are equal, printing the first differences rather than two huge lists. */
  public static void assertSameRows(List<String> expected, List<String> actual) {
    if (expected.equals(actual)) return;
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    throw new AssertionError("rows differ: " + expected.size() + " expected, " + actual.size() + " actual\n"
        + "missing: " + missing.subList(0, Math.min(5, missing.size())) + "\n"
        + "unexpected: " + extra.subList(0, Math.min(5, extra.size())));
  }
}
