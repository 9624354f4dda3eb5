package org.countrystance.sample;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.countrystance.config.ConfTable;

/**
 * One table of the sample generator from the classpath, read by the project's table reader
 * ({@link ConfTable}: '#' comment lines, a header row, then rows with a cell for every column).
 */
final class TsvResource {
  private final String name;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String[]> rows;

  private TsvResource(ConfTable table) {
    this.name = table.file();
    for (int i = 0; i < table.header().size(); i++) columns.put(table.header().get(i), i);
    this.rows = table.rows();
  }

  static TsvResource read(String classpathResource) {
    return new TsvResource(ConfTable.resource(classpathResource).requireEveryCell());
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
