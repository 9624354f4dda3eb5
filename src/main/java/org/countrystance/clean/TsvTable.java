package org.countrystance.clean;

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

/** A tab-separated rule table from {@code conf/}: '#' comment lines, one header row, then data rows. */
final class TsvTable {
  final String name;
  final List<String> header;
  final List<String[]> rows;

  private TsvTable(String name, List<String> header, List<String[]> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  static TsvTable fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule table " + file, e);
    }
  }

  static TsvTable fromClasspath(String resource) {
    InputStream in = TsvTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("rule table " + resource + " is not on the classpath");
    }
    try (in) {
      return parse("classpath:" + resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule table " + resource, e);
    }
  }

  static TsvTable parse(String name, InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> header = null;
    List<String[]> rows = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = Arrays.asList(cells);
        continue;
      }
      if (cells.length != header.size()) {
        throw new IllegalArgumentException(name + " line " + n + ": expected " + header.size()
            + " tab-separated columns " + header + ", got " + cells.length + ": " + line);
      }
      rows.add(cells);
    }
    if (header == null) throw new IllegalArgumentException(name + ": no header row");
    return new TsvTable(name, header, rows);
  }

  /** The index of a named column, or a failure naming the columns that exist. */
  int column(String col) {
    int i = header.indexOf(col);
    if (i < 0) throw new IllegalArgumentException(name + ": expected column " + col + ", got " + header);
    return i;
  }
}
