package org.countrystance.testing;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.countrystance.tables.*;

/**
 * Every published table of an output folder as sorted rows without run_id (doubles to 9 significant
 * digits, since sums may add partial results in another order), per day partition, so two runs can
 * be compared table by table and day by day. Rejects are a log per run: only the latest run's.
 */
public final class OutputSnapshot {
  public static final Map<String, StructType> DAILY_TABLES = Map.of(ArticlesTable.NAME, ArticlesTable.schema(),
      MentionsTable.NAME, MentionsTable.SCHEMA, CountryDailyTable.NAME, CountryDailyTable.SCHEMA,
      StanceDailyTable.NAME, StanceDailyTable.SCHEMA, DyadDailyTable.NAME, DyadDailyTable.SCHEMA);

  private OutputSnapshot() {}

  /** table -> day partition (e.g. "published_date=2023-01-02") -> sorted rows of that day. */
  public static Map<String, Map<String, List<String>>> byDay(Path out) throws IOException {
    Map<String, Map<String, List<String>>> tables = new TreeMap<>();
    for (Map.Entry<String, StructType> t : new TreeMap<>(DAILY_TABLES).entrySet()) {
      Map<String, List<String>> days = new TreeMap<>();
      Path dir = out.resolve(t.getKey());
      if (Files.isDirectory(dir)) {
        try (Stream<Path> parts = Files.list(dir)) {
          for (Path day : parts.filter(p -> p.getFileName().toString().contains("=")).sorted().toList()) {
            days.put(day.getFileName().toString(), rows(SparkTestSession.get().read()
                .schema(t.getValue()).parquet(day.toString()).drop(col("run_id"))));
          }
        }
      }
      tables.put(t.getKey(), days);
    }
    return tables;
  }

  /** The published rejects (one row per rejected input row), without run_id. */
  public static List<String> rejects(Path out) {
    return rows(SparkTestSession.get().read().schema(RejectsTable.SCHEMA)
        .parquet(out.resolve(RejectsTable.NAME).toString()).drop("run_id"));
  }

  static List<String> rows(Dataset<Row> d) {
    Column[] sorted = java.util.Arrays.stream(d.columns()).sorted().map(c -> col(c)).toArray(Column[]::new);
    List<String> out = new ArrayList<>();
    for (Row r : d.select(sorted).collectAsList()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        Object v = r.get(i);
        sb.append(v instanceof Double x ? String.format("%.9g", x) : String.valueOf(v)).append('|');
      }
      out.add(sb.toString());
    }
    out.sort(null);
    return out;
  }

  /** Names under the output root that a finished run must not leave: staging, trash, _temporary. */
  public static List<String> leftovers(Path out) throws IOException {
    try (Stream<Path> all = Files.walk(out)) {
      return all.map(p -> out.relativize(p).toString())
          .filter(p -> p.startsWith("_staging") || p.startsWith("_trash") || p.contains("_temporary")).toList();
    }
  }
}
