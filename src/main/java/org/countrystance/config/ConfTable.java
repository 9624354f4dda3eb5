package org.countrystance.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's one reader of reviewable rule tables (every {@code .tsv} under {@code conf/}, and the
 * sample generator's tables). The format, the same for every table:
 * <ul>
 *   <li>UTF-8 text; a line starting with {@code #} is a comment, a blank line is skipped;</li>
 *   <li>the first other line is the header: the column names, tab-separated;</li>
 *   <li>every following line is a row of tab-separated cells, one per header column (cells are
 *       used trimmed; a cell may be empty, never missing).</li>
 * </ul>
 * Columns are found by their header name, so a user's copy may reorder them; every failure names the
 * file, the line and the column. The job reads tables from {@link RuleTables} (the jar's copy or
 * {@code rules.conf-dir}); the builders of generated tables read a local folder.
 */
public final class ConfTable {
  private final String file;
  private final int headerLine;
  private final List<String> header;
  private final List<String[]> rows;
  private final int[] lines;

  private ConfTable(String file, int headerLine, List<String> header, List<String[]> rows, int[] lines) {
    this.file = file;
    this.headerLine = headerLine;
    this.header = header;
    this.rows = rows;
    this.lines = lines;
  }

  /** Parses a table; {@code file} names it in every message. */
  public static ConfTable parse(String file, BufferedReader in) {
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
    return new ConfTable(file, headerLine, header, rows, lines.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Parses UTF-8 bytes; {@code file} names the table in every message. */
  public static ConfTable parse(String file, InputStream in) {
    return parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }

  /** The table {@code relative} of the loaded rule tables (what the job and its tasks use). */
  public static ConfTable from(RuleTables tables, String relative) {
    return parse(tables.describe(relative), tables.reader(relative));
  }

  /** The table at {@code confDir/relative} of a local folder: for the table builders, not the job. */
  public static ConfTable read(Path confDir, String relative) {
    Path p = confDir.resolve(relative);
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return parse(p.toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf table " + p, e);
    }
  }

  /** The table shipped in the jar as {@code /conf/relative}. */
  public static ConfTable readDefault(String relative) {
    return from(RuleTables.shipped(), relative);
  }

  /** The classpath resource {@code resource} (an absolute resource name); fails naming it when missing. */
  public static ConfTable resource(String resource) {
    try (InputStream in = ConfTable.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("classpath resource " + resource + " is missing");
      return parse(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Rows of {@code relative} with cells trimmed and in the column order of the table shipped in the
   * jar, for readers that address cells by position: a user's copy with its columns reordered is read
   * by name, and one that lacks a column fails naming the file, line and column.
   */
  public static List<String[]> ordered(RuleTables tables, String relative) {
    ConfTable t = from(tables, relative);
    List<String> expected = tables == RuleTables.shipped() ? t.header() : readDefault(relative).header();
    return t.rowsIn(expected);
  }

  /** {@link #ordered} of the table shipped in the jar. */
  public static List<String[]> orderedDefault(String relative) {
    return ordered(RuleTables.shipped(), relative);
  }

  /** A reader over the classpath resource {@code /conf/relative} (for topics.conf); fails naming it. */
  public static BufferedReader openDefault(String relative) {
    InputStream s = ConfTable.class.getResourceAsStream("/conf/" + relative);
    if (s == null) throw new IllegalStateException("classpath resource /conf/" + relative + " is missing");
    return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
  }

  public String file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  /** Rows as split on tabs, untrimmed; use {@link #requireEveryCell()} to refuse short or long rows. */
  public List<String[]> rows() {
    return rows;
  }

  /**
   * This table, after checking that every row has exactly one cell per header column: for tables of
   * patterns and codes, where a missing tab would shift a value into the wrong column unnoticed.
   */
  public ConfTable requireEveryCell() {
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      if (r.length != header.size()) {
        throw new IllegalArgumentException(where(i, header.get(Math.min(r.length, header.size() - 1))) + ": expected " + header.size()
            + " tab-separated columns " + header + ", got " + r.length + ": " + String.join("\t", r));
      }
    }
    return this;
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
    String cell = cell(rows.get(row), column(column));
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where(row, column) + ": expected a number, got '" + cell + "'");
    }
  }

  /** The cell of a named column parsed as a whole number, or a failure naming file, line and column. */
  public int integer(int row, String column, int radix) {
    String cell = cell(rows.get(row), column(column));
    try {
      return Integer.parseInt(cell, radix);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where(row, column) + ": expected a whole number, got '" + cell + "'");
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

  /** The cell, trimmed, or "" when the row is short. */
  public static String cell(String[] row, int i) {
    return i < row.length && row[i] != null ? row[i].trim() : "";
  }

  /** Parses a number cell of a positional row, failing with the table name and the row. */
  public static double number(String[] row, int column, String table) {
    try {
      return Double.parseDouble(row[column]);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(table + ": expected a number in column " + (column + 1)
          + " of row " + String.join("|", row), e);
    }
  }
}
