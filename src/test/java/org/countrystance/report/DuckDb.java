package org.countrystance.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** An in-memory DuckDB with one view per published table (built-in Parquet reader only) and row helpers. */
final class DuckDb {
  private DuckDb() {}

  static Connection open(Path root) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = c.createStatement()) {
      // no network here: never try to download an extension
      s.execute("SET autoinstall_known_extensions = false");
      s.execute("SET autoload_known_extensions = false");
      for (PublishedTables.Table t : PublishedTables.ALL) s.execute(viewSql(root, t));
      for (PublishedTables.Table t : PublishedTables.DIMENSIONS) {
        s.execute("CREATE OR REPLACE VIEW " + t.name() + " AS SELECT * FROM read_parquet('"
            + root.resolve(t.name()).toString().replace("'", "''") + "/*.parquet')");
      }
    }
    return c;
  }

  /** The table read the way a BI user would: every Parquet file below it, day folders as a column. */
  static String readParquet(Path root, String table) {
    return "read_parquet('" + root.resolve(table).toString().replace("'", "''") + "/**/*.parquet', "
        + "hive_partitioning = true)";
  }

  static String viewSql(Path root, PublishedTables.Table t) {
    String read = readParquet(root, t.name());
    String type = DdlGenerator.trinoType(t.schema().apply(t.partition()).dataType());
    read = read.replace("hive_partitioning = true)", "hive_partitioning = true, hive_types = {'"
        + t.partition() + "': " + type + "})");
    return "CREATE OR REPLACE VIEW " + t.name() + " AS SELECT * FROM " + read;
  }

  /** Column names of a result. */
  static List<String> columns(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) out.add(md.getColumnLabel(i));
    return out;
  }

  /** Every row as "v1|v2|...", numbers with 6 decimals when fractional, so engines compare as text. */
  static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
          Object v = rs.getObject(i + 1);
          values[i] = v instanceof Number ? v : rs.getString(i + 1);
        }
        out.add(line(values));
      }
    }
    return out;
  }

  static String line(Object[] values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) sb.append('|');
      Object v = values[i];
      if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal) {
        sb.append(String.format(java.util.Locale.ROOT, "%.6f", ((Number) v).doubleValue()));
      } else {
        sb.append(v);
      }
    }
    return sb.toString();
  }

  static String query(String file) {
    try {
      return java.nio.file.Files.readString(Path.of("conf/queries", file));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
