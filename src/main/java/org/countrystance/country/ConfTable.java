package org.countrystance.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a reviewable TSV table of {@code conf/}: lines starting with '#' are comments, the first other line
 * is the header, and each further non-blank line is a row of tab-separated cells (missing cells are "").
 */
public final class ConfTable {
  private final String name;
  private final List<String> header;
  private final List<String[]> rows;

  private ConfTable(String name, List<String> header, List<String[]> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /** The table at {@code confDir/relative}. */
  public static ConfTable read(Path confDir, String relative) {
    Path p = confDir.resolve(relative);
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return parse(p.toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf table " + p, e);
    }
  }

  /** The table shipped on the classpath as {@code /conf/relative}. */
  public static ConfTable readDefault(String relative) {
    String resource = "/conf/" + relative;
    InputStream in = ConfTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("expected classpath resource " + resource + ", got nothing");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static ConfTable parse(String name, BufferedReader r) throws IOException {
    List<String> header = null;
    List<String[]> rows = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = List.of(cells);
      } else {
        rows.add(cells.length >= header.size() ? cells : Arrays.copyOf(cells, header.size()));
      }
    }
    if (header == null) {
      throw new IllegalStateException("conf table " + name + " has no header line");
    }
    return new ConfTable(name, header, rows);
  }

  public List<String[]> rows() {
    return rows;
  }

  /** Index of a column, failing with what was expected and what the header holds. */
  public int column(String column) {
    int i = header.indexOf(column);
    if (i < 0) {
      throw new IllegalStateException("conf table " + name + ": expected column '" + column + "', got " + header);
    }
    return i;
  }

  /** The cell, or "" when the row is short. */
  public static String cell(String[] row, int i) {
    return i < row.length && row[i] != null ? row[i].trim() : "";
  }
}
