package org.countrystance.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.countrystance.config.ConfTableReader;
import org.countrystance.config.RuleTables;

/**
 * A reviewable TSV table of {@code conf/} as the country step reads it: a view of the project's one
 * table reader ({@link ConfTableReader}), with columns found by header name and short rows read as "".
 */
public final class ConfTable {
  private final ConfTableReader.Table table;

  private ConfTable(ConfTableReader.Table table) {
    this.table = table;
  }

  /** The table {@code relative} of the loaded rule tables (what the job and its tasks use). */
  public static ConfTable from(RuleTables tables, String relative) {
    return new ConfTable(ConfTableReader.table(tables, relative));
  }

  /** The table at {@code confDir/relative} of a local folder: for the gazetteer builder, not the job. */
  public static ConfTable read(Path confDir, String relative) {
    Path p = confDir.resolve(relative);
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return new ConfTable(ConfTableReader.parse(p.toString(), r));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf table " + p, e);
    }
  }

  /** The table shipped in the jar as {@code /conf/relative}. */
  public static ConfTable readDefault(String relative) {
    return from(RuleTables.shipped(), relative);
  }

  public List<String[]> rows() {
    return table.rows();
  }

  /** Index of a column, failing with the file, its header line, the column expected and the header. */
  public int column(String column) {
    return table.column(column);
  }

  /** The cell, or "" when the row is short. */
  public static String cell(String[] row, int i) {
    return i < row.length && row[i] != null ? row[i].trim() : "";
  }
}
