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
 * Reads the project's reviewable TSV tables under {@code conf/}: lines starting with '#' are
 * comments, the first other line is the header, every following non-blank line is a row.
 * A table comes either from a user's conf directory or from the copy shipped on the classpath.
 */
public final class ConfTableReader {
  private ConfTableReader() {}

  /** Rows of {@code confDir/relative}, header dropped, each split on tabs. */
  public static List<String[]> read(Path confDir, String relative) {
    Path file = confDir.resolve(relative);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read conf table " + file, e);
    }
  }

  /** Rows of the classpath resource {@code /conf/relative} shipped in the jar. */
  public static List<String[]> readDefault(String relative) {
    try (BufferedReader in = openDefault(relative)) {
      return parse(in, "classpath:/conf/" + relative);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath conf table /conf/" + relative, e);
    }
  }

  /** A reader over the classpath resource {@code /conf/relative}; fails naming the resource. */
  public static BufferedReader openDefault(String relative) {
    InputStream s = ConfTableReader.class.getResourceAsStream("/conf/" + relative);
    if (s == null) {
      throw new IllegalStateException("classpath resource /conf/" + relative + " is missing");
    }
    return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
  }

  private static List<String[]> parse(BufferedReader in, String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    boolean headerSeen = false;
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        continue;
      }
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].trim();
      }
      rows.add(cells);
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(name + ": expected a header line, got an empty table");
    }
    return rows;
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
