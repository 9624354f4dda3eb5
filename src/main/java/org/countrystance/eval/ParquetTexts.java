package org.countrystance.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/**
 * String columns of a Parquet file of articles (the shared evaluation sets), read with Parquet's own
 * reader and no Spark session: one map of column to value per row, nulls as null.
 */
final class ParquetTexts {
  private ParquetTexts() {}

  static List<Map<String, String>> read(Path file, List<String> columns) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file.toAbsolutePath().toUri());
    try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), p)
        .withConf(new Configuration()).build()) {
      Group g;
      while ((g = reader.read()) != null) {
        if (rows.isEmpty()) {
          requireText(file, g.getType(), columns); // one schema for the whole file
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (String c : columns) {
          row.put(c, g.getType().containsField(c) && g.getFieldRepetitionCount(c) > 0 ? g.getString(c, 0) : null);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Every one of {@code columns} the file has is a string column; a clear error names the first that is not. */
  private static void requireText(Path file, org.apache.parquet.schema.GroupType schema, List<String> columns) {
    for (String c : columns) {
      if (!schema.containsField(c)) {
        continue;
      }
      org.apache.parquet.schema.Type t = schema.getType(c);
      if (!t.isPrimitive() || t.asPrimitiveType().getPrimitiveTypeName()
          != org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY) {
        throw new IllegalArgumentException(file + ": column " + c + " is " + t + ", expected text (a string column)");
      }
    }
  }
}
