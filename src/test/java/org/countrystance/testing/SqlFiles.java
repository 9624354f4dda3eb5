package org.countrystance.testing;

import java.util.ArrayList;
import java.util.List;

/** The statements of a generated SQL file, to run them one by one through spark.sql. */
public final class SqlFiles {
  private SqlFiles() {}

  /** Statements of a SQL file: comments removed, split at semicolons ending a line. */
  public static List<String> statements(String sql) {
    StringBuilder body = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.stripLeading().startsWith("--")) body.append(line).append('\n');
    }
    List<String> out = new ArrayList<>();
    for (String s : body.toString().split(";\n")) {
      if (!s.isBlank()) out.add(s.strip());
    }
    return out;
  }
}
