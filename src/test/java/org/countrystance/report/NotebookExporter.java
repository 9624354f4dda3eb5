package org.countrystance.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Executes the China/Ukraine notebook's SQL cells with DuckDB (JDBC, built-in Parquet reader) over an
 * output root and writes the .ipynb with its outputs plus an HTML export, for places without Jupyter.
 * Usage: NotebookExporter OUTPUT_ROOT [NOTEBOOK_DIR (default notebooks-export)] [CONF_QUERIES (default conf/queries)]
 */
public final class NotebookExporter {
  public static final String NAME = "china_ukraine_stance";
  /** The SQL cells: variable name in the notebook -> query file under conf/queries. */
  static final Map<String, String> QUERIES = new java.util.LinkedHashMap<>();

  static {
    QUERIES.put("china_by_day", "china_ukraine_by_day.sql");
    QUERIES.put("evidence", "evidence_sentences.sql");
    QUERIES.put("tone", "top_countries_tone.sql");
  }

  private NotebookExporter() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: NotebookExporter OUTPUT_ROOT [NOTEBOOK_DIR] [QUERIES_DIR]");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    Path dir = Path.of(args.length > 1 ? args[1] : "notebooks-export");
    Path queries = Path.of(args.length > 2 ? args[2] : "conf/queries");
    export(root, dir, queries);
    System.out.println("wrote " + dir.resolve(NAME + ".ipynb") + " and " + dir.resolve(NAME + ".html"));
  }

  /** Runs the cells against the output root and writes both files into dir. */
  public static void export(Path root, Path dir, Path queries) throws Exception {
    NotebookWriter nb = new NotebookWriter();
    try (Connection duck = DuckDb.open(root)) {
      nb.markdown(NotebookText.INTRO.formatted(root));
      nb.code(NotebookText.setup(root), List.of());
      nb.markdown(NotebookText.BY_DAY);
      NotebookWriter.Table byDay = sqlCell(nb, duck, "china_by_day", queries);
      nb.markdown(NotebookText.CHART);
      nb.code(NotebookText.STANCE_PLOT, List.of(NotebookWriter.svg(stanceChart(byDay), "<Figure: China on ukraine-war>")));
      nb.markdown(NotebookText.EVIDENCE);
      sqlCell(nb, duck, "evidence", queries);
      nb.markdown(NotebookText.TONE);
      NotebookWriter.Table tone = sqlCell(nb, duck, "tone", queries);
      nb.code(NotebookText.TONE_PLOT, List.of(NotebookWriter.svg(toneChart(tone), "<Figure: tone of top countries>")));
      nb.markdown(NotebookText.CAVEATS);
    }
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(NAME + ".ipynb"), nb.ipynb());
    Files.writeString(dir.resolve(NAME + ".html"), nb.html("China's stated position on the Ukraine war, by day"));
  }

  private static NotebookWriter.Table sqlCell(NotebookWriter nb, Connection duck, String variable, Path queries)
      throws Exception {
    String sql = sqlOf(Files.readString(queries.resolve(QUERIES.get(variable))));
    NotebookWriter.Table table = run(duck, sql);
    nb.sqlCode(variable, QUERIES.get(variable), sql, table);
    return table;
  }

  /** The statement as a notebook cell holds it: no trailing semicolon or blank lines. */
  static String sqlOf(String file) {
    String s = file.strip();
    return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
  }

  static NotebookWriter.Table run(Connection duck, String sql) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    List<String> columns;
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      columns = DuckDb.columns(rs);
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          Object v = rs.getObject(i);
          row.add(v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.3f", d) : rs.getString(i));
        }
        rows.add(row);
      }
    }
    return new NotebookWriter.Table(columns, rows);
  }

  private static String stanceChart(NotebookWriter.Table t) {
    List<ReportInput.StanceRow> rows = new ArrayList<>();
    for (List<String> r : t.rows()) {
      rows.add(new ReportInput.StanceRow("ukraine-war", "CHN", LocalDate.parse(r.get(t.col("published_date"))),
          r.get(t.col("position")), r.get(t.col("polarity")), Long.parseLong(r.get(t.col("statements"))),
          Double.parseDouble(r.get(t.col("mean_confidence"))), List.of()));
    }
    if (rows.isEmpty()) return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
    LocalDate first = rows.stream().map(ReportInput.StanceRow::day).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = rows.stream().map(ReportInput.StanceRow::day).max(LocalDate::compareTo).orElseThrow();
    // no evidence page to link to inside a notebook: strip the bar links
    return StanceChart.render(new StanceGrid("ukraine-war", rows, first, last, 0))
        .replaceAll("<a href=\"#[^\"]*\">", "").replace("</a>", "");
  }

  private static String toneChart(NotebookWriter.Table t) {
    List<ReportInput.TonePoint> points = new ArrayList<>();
    for (List<String> r : t.rows()) {
      points.add(new ReportInput.TonePoint(r.get(t.col("country")), LocalDate.parse(r.get(t.col("published_date"))),
          Double.parseDouble(r.get(t.col("tone_mean"))), Long.parseLong(r.get(t.col("mentions")))));
    }
    return ToneChart.render(points);
  }
}
