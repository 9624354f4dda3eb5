package org.countrystance.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.countrystance.config.ConfTableReader;
import org.countrystance.config.RuleTables;

/**
 * A cleaning rule table from {@code conf/}, read by the project's one table reader
 * ({@link ConfTableReader}); cleaning rules are regular expressions and codes, so a row must have a
 * cell for every column (a missing tab would shift a pattern into the wrong column unnoticed).
 */
final class TsvTable {
  final String name;
  final List<String> header;
  final List<String[]> rows;
  private final ConfTableReader.Table table;

  private TsvTable(ConfTableReader.Table table) {
    this.table = table;
    this.name = table.file();
    this.header = table.header();
    this.rows = table.rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).length != header.size()) {
        throw new IllegalArgumentException(table.where(i, header.get(Math.min(rows.get(i).length, header.size() - 1)))
            + ": expected " + header.size() + " tab-separated columns " + header + ", got " + rows.get(i).length
            + ": " + String.join("\t", rows.get(i)));
      }
    }
  }

  static TsvTable from(RuleTables tables, String relative) {
    return new TsvTable(ConfTableReader.table(tables, relative));
  }

  static TsvTable parse(String name, InputStream in) throws IOException {
    return new TsvTable(ConfTableReader.parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
  }

  /** The index of a named column, or a failure naming the file, its header line and the columns that exist. */
  int column(String col) {
    return table.column(col);
  }

  /** A whole-number cell, or a failure naming the file, line and column. */
  int integer(int row, String col, int radix) {
    String cell = rows.get(row)[column(col)].trim();
    try {
      return Integer.parseInt(cell, radix);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(table.where(row, col) + ": expected a whole number, got '" + cell + "'");
    }
  }
}
