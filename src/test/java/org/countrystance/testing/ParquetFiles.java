package org.countrystance.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes Parquet files Spark cannot write (as pyarrow or other scrapers do): nanosecond timestamps,
 * column names differing only in case. Rows are given as values in the schema's column order.
 */
public final class ParquetFiles {
  private ParquetFiles() {}

  /** Writes one file; {@code schema} in Parquet's text form; a value is a String, Long or null. */
  public static Path write(Path file, String schema, List<List<Object>> rows) throws IOException {
    Files.createDirectories(file.getParent());
    MessageType type = MessageTypeParser.parseMessageType(schema);
    SimpleGroupFactory groups = new SimpleGroupFactory(type);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(file.toUri()))
        .withType(type).withConf(new Configuration()).build()) {
      for (List<Object> row : rows) {
        Group g = groups.newGroup();
        for (int i = 0; i < row.size(); i++) {
          Object v = row.get(i);
          if (v instanceof String s) g.add(i, s);
          else if (v instanceof Long l) g.add(i, l);
        }
        w.write(g);
      }
    }
    return file;
  }
}
