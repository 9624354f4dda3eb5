package org.countrystance.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One tab-separated table from the classpath: '#' comment lines, a header row, then data rows. */
final class TsvResource {
  private final String name;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String[]> rows = new ArrayList<>();

  private TsvResource(String name) {
    this.name = name;
  }

  static TsvResource read(String classpathResource) {
    TsvResource table = new TsvResource(classpathResource);
    try (InputStream in = TsvResource.class.getResourceAsStream(classpathResource)) {
      if (in == null) throw new IllegalStateException("missing classpath resource " + classpathResource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\t", -1);
        if (table.columns.isEmpty()) {
          for (int i = 0; i < cells.length; i++) table.columns.put(cells[i], i);
        } else if (cells.length != table.columns.size()) {
          throw new IllegalStateException(classpathResource + " line " + lineNo + ": expected "
              + table.columns.size() + " tab-separated cells, got " + cells.length + ": "
              + Arrays.toString(cells));
        } else {
          table.rows.add(cells);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + classpathResource, e);
    }
    return table;
  }

  int size() {
    return rows.size();
  }

  /** The cell, or null where the table writes "-" for "none". */
  String get(int row, String column) {
    Integer index = columns.get(column);
    if (index == null) throw new IllegalStateException(name + " has no column " + column + ", has " + columns.keySet());
    String value = rows.get(row)[index];
    return value.equals("-") ? null : value.replace("\\n", "\n").replace("\\r", "\r");
  }
}
