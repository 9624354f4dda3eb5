package org.countrystance.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Whether two output roots hold the same tables with the same rows (as multisets, in any order and
 * file layout), ignoring per-run columns such as run_id and partition directories named after them.
 * Tables are every non-hidden folder of either root, so new tables are compared without code changes;
 * each table's schema comes from its Parquet files (or its Delta log) because no single schema fits
 * all of them. A Delta table compares equal to a Parquet table with the same rows.
 */
public final class OutputDiff {
  /** Doubles are rounded to this many decimals: summation order may differ between runs. */
  public static final int DECIMALS = 9;
  private static final int SAMPLES = 5;
  private static final int SHOWN_CHARS = 300;
  private static final String ROW = "row";

  /** What was compared (one line per table) and what differs (empty when the outputs are equal). */
  public record Result(List<String> compared, List<String> differences) {
    public boolean equal() {
      return differences.isEmpty();
    }
  }

  private final SparkSession spark;
  private final Set<String> ignoredColumns;

  public OutputDiff(SparkSession spark, Set<String> ignoredColumns) {
    this.spark = spark;
    this.ignoredColumns = Set.copyOf(ignoredColumns);
  }

  public Result compare(String leftRoot, String rightRoot) {
    List<String> compared = new ArrayList<>();
    List<String> differences = new ArrayList<>();
    Set<String> leftTables = tables(new Path(leftRoot));
    Set<String> rightTables = tables(new Path(rightRoot));
    Set<String> all = new TreeSet<>(leftTables);
    all.addAll(rightTables);
    if (all.isEmpty()) {
      // two empty folders (a wrong path, a bench's emptied job output) are not two equal outputs
      throw new PublishError("no tables in " + leftRoot + " nor in " + rightRoot + ": nothing to compare");
    }
    for (String table : all) {
      if (!leftTables.contains(table) || !rightTables.contains(table)) {
        differences.add(table + ": table only in " + (leftTables.contains(table) ? leftRoot : rightRoot));
        continue;
      }
      compareTable(table, new Path(leftRoot, table), new Path(rightRoot, table), compared, differences);
    }
    return new Result(compared, differences);
  }

  private void compareTable(String table, Path left, Path right, List<String> compared, List<String> differences) {
    Set<String> leftParts = partitions(left);
    Set<String> rightParts = partitions(right);
    // A Delta table's folders include days whose files a later commit removed: its rows, which hold
    // the partition column, are what tells where they belong.
    if (!isDelta(left) && !isDelta(right) && !leftParts.equals(rightParts)) {
      differences.add(table + ": partition folders differ: only left " + minus(leftParts, rightParts)
          + ", only right " + minus(rightParts, leftParts));
    }
    Dataset<Row> l = read(left);
    Dataset<Row> r = read(right);
    if (l == null || r == null) {
      if (l != r) differences.add(table + ": no Parquet files in " + (l == null ? left : right) + " but rows in the other");
      else compared.add(table + ": empty in both");
      return;
    }
    TreeMap<String, String> ls = columnTypes(l);
    TreeMap<String, String> rs = columnTypes(r);
    if (!ls.equals(rs)) {
      differences.add(table + ": schemas differ: left " + ls + ", right " + rs);
      return;
    }
    Dataset<Row> lc = counted(l, "left");
    Dataset<Row> rc = counted(r, "right");
    Dataset<Row> diff = lc.join(rc, lc.col(ROW).equalTo(rc.col(ROW)), "full_outer")
        .select(coalesce(lc.col(ROW), rc.col(ROW)).as(ROW),
            coalesce(col("left"), lit(0L)).as("left"), coalesce(col("right"), lit(0L)).as("right"))
        .where(col("left").notEqual(col("right")))
        .cache();
    long leftRows = l.count();
    long rightRows = r.count();
    long differing = diff.count();
    if (differing == 0) {
      compared.add(table + ": " + leftRows + " rows, equal");
    } else {
      differences.add(table + ": " + differing + " distinct rows occur a different number of times (left "
          + leftRows + " rows, right " + rightRows + "), e.g.:");
      for (Row d : diff.orderBy(ROW).limit(SAMPLES).collectAsList()) {
        String row = d.getString(0);
        differences.add(String.format("  left %dx, right %dx: %s", d.getLong(1), d.getLong(2),
            row.length() > SHOWN_CHARS ? row.substring(0, SHOWN_CHARS) + "..." : row));
      }
    }
    diff.unpersist();
  }

  /** One JSON string per row (columns in name order, doubles rounded) with its number of copies. */
  private Dataset<Row> counted(Dataset<Row> rows, String countName) {
    Column[] cols = Arrays.stream(rows.schema().fields())
        .filter(f -> !ignoredColumns.contains(f.name()))
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .map(OutputDiff::canonical)
        .toArray(Column[]::new);
    return rows.select(to_json(struct(cols)).as(ROW)).groupBy(ROW).count().withColumnRenamed("count", countName);
  }

  private static Column canonical(StructField f) {
    if (f.dataType().equals(DataTypes.DoubleType) || f.dataType().equals(DataTypes.FloatType)) {
      return round(col(f.name()).cast(DataTypes.DoubleType), DECIMALS).as(f.name());
    }
    return col(f.name());
  }

  private TreeMap<String, String> columnTypes(Dataset<Row> rows) {
    TreeMap<String, String> types = new TreeMap<>();
    for (StructField f : rows.schema().fields()) {
      if (!ignoredColumns.contains(f.name())) types.put(f.name(), f.dataType().simpleString());
    }
    return types;
  }

  private Dataset<Row> read(Path table) {
    try {
      FileSystem fs = table.getFileSystem(hadoop());
      if (PublishedReads.isDelta(fs, table)) {
        Dataset<Row> rows = PublishedReads.read(spark, table);
        return rows.isEmpty() ? null : rows;
      }
      var files = fs.listFiles(table, true);
      while (files.hasNext()) {
        String name = files.next().getPath().getName();
        if (name.endsWith(".parquet")) return spark.read().parquet(table.toString());
      }
      return null;
    } catch (IOException e) {
      throw new PublishError("cannot list " + table, e);
    }
  }

  private boolean isDelta(Path table) {
    try {
      return PublishedReads.isDelta(table.getFileSystem(hadoop()), table);
    } catch (IOException e) {
      throw new PublishError("cannot list " + table, e);
    }
  }

  /** Non-hidden sub-folders of a root: the tables (names starting with '_' or '.' are not tables). */
  private Set<String> tables(Path root) {
    return visibleDirs(root, name -> true);
  }

  /** Partition folder names (col=value), leaving out those of ignored columns such as run_id. */
  private Set<String> partitions(Path table) {
    return visibleDirs(table, name -> name.contains("=")
        && !ignoredColumns.contains(name.substring(0, name.indexOf('='))));
  }

  private Set<String> visibleDirs(Path dir, java.util.function.Predicate<String> keep) {
    Set<String> names = new TreeSet<>();
    try {
      FileSystem fs = dir.getFileSystem(hadoop());
      if (!fs.exists(dir)) throw new PublishError("no such output folder: " + dir);
      for (FileStatus s : fs.listStatus(dir)) {
        String name = s.getPath().getName();
        if (s.isDirectory() && !name.startsWith("_") && !name.startsWith(".") && keep.test(name)) names.add(name);
      }
    } catch (IOException e) {
      throw new PublishError("cannot list " + dir, e);
    }
    return names;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private Configuration hadoop() {
    return spark.sparkContext().hadoopConfiguration();
  }
}
