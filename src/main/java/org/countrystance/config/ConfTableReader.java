package org.countrystance.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the project's reviewable TSV tables under {@code conf/}: lines starting with '#'
 * are comments, the first other line is the header, every following non-blank line is a row of
 * tab-separated cells. Columns are found by their header name, and every failure names the file, the
 * line and the column. Tables come from {@link RuleTables} (a user's folder or the jar's copy).
 */
public final class ConfTableReader {
  private ConfTableReader() {}

  /** A parsed table: the file it came from, its header and its rows, each with its line number. */
  public static final class Table {
    private final String file;
    private final int headerLine;
    private final List<String> header;
    private final List<String[]> rows;
    private final int[] lines;

    Table(String file, int headerLine, List<String> header, List<String[]> rows, int[] lines) {
      this.file = file;
      this.headerLine = headerLine;
      this.header = header;
      this.rows = rows;
      this.lines = lines;
    }

    public String file() {
      return file;
    }

    public List<String> header() {
      return header;
    }

    /** Rows as split on tabs, untrimmed; a row may have fewer cells than the header. */
    public List<String[]> rows() {
      return rows;
    }

    /** The index of a named column, or a failure naming the file, the header line and the column. */
    public int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException(file + " line " + headerLine + ": expected column '" + name
            + "' in the header, got " + header);
      }
      return i;
    }

    /** "file line N column 'c'": where a row's cell is, for a message about its value. */
    public String where(int row, String column) {
      return file + " line " + lines[row] + " column '" + column + "'";
    }

    /** The cell of a named column parsed as a number, or a failure naming file, line and column. */
    public double number(int row, String column) {
      String[] r = rows.get(row);
      int c = column(column);
      String cell = c < r.length ? r[c].trim() : "";
      try {
        return Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where(row, column) + ": expected a number, got '" + cell + "'");
      }
    }

    /**
     * The rows with their cells (trimmed) in the order of {@code columns}, whatever the file's order:
     * for readers that address cells by position. Columns the file has besides these are ignored.
     */
    public List<String[]> rowsIn(List<String> columns) {
      int[] at = columns.stream().mapToInt(this::column).toArray();
      List<String[]> out = new ArrayList<>(rows.size());
      for (int row = 0; row < rows.size(); row++) {
        String[] r = rows.get(row);
        String[] cells = new String[at.length];
        for (int i = 0; i < at.length; i++) {
          if (at[i] >= r.length) {
            throw new IllegalArgumentException(where(row, columns.get(i)) + ": missing (the row has " + r.length
                + " tab-separated cells, the header " + header.size() + ")");
          }
          cells[i] = r[at[i]].trim();
        }
        out.add(cells);
      }
      return out;
    }
  }

  /** Parses a table; {@code file} names it in every message. */
  public static Table parse(String file, BufferedReader in) {
    List<String> header = null;
    int headerLine = 0;
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int n = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = List.of(cells).stream().map(String::trim).toList();
          headerLine = n;
          continue;
        }
        rows.add(cells);
        lines.add(n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf table " + file, e);
    }
    if (header == null) throw new IllegalArgumentException(file + ": expected a header line, got an empty table");
    return new Table(file, headerLine, header, rows, lines.stream().mapToInt(Integer::intValue).toArray());
  }

  /** A table of the given tables. */
  public static Table table(RuleTables tables, String relative) {
    return parse(tables.describe(relative), tables.reader(relative));
  }

  /**
   * Rows of {@code relative} with cells trimmed and in the column order of the table shipped in the
   * jar, for readers that address cells by position: a user's copy with its columns reordered is read
   * by name, and one that lacks a column fails naming the file, line and column.
   */
  public static List<String[]> read(RuleTables tables, String relative) {
    Table t = table(tables, relative);
    List<String> expected = tables == RuleTables.shipped() ? t.header()
        : table(RuleTables.shipped(), relative).header();
    return t.rowsIn(expected);
  }

  /** Rows of the classpath resource {@code /conf/relative} shipped in the jar. */
  public static List<String[]> readDefault(String relative) {
    return read(RuleTables.shipped(), relative);
  }

  /** A reader over the classpath resource {@code /conf/relative}; fails naming the resource. */
  public static BufferedReader openDefault(String relative) {
    InputStream s = ConfTableReader.class.getResourceAsStream("/conf/" + relative);
    if (s == null) {
      throw new IllegalStateException("classpath resource /conf/" + relative + " is missing");
    }
    return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
  }

  /** Parses a number cell, failing with the table name and row for a bad value. */
  public static double number(String[] row, int column, String table) {
    try {
      return Double.parseDouble(row[column]);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(table + ": expected a number in column " + (column + 1)
          + " of row " + String.join("|", row), e);
    }
  }
}
