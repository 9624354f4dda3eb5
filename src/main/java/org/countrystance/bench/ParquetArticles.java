package org.countrystance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.countrystance.config.InputColumns;
import org.countrystance.ingest.InputFiles;

/**
 * Reads the input contract's fields of one Parquet file without Spark (parquet-hadoop's example Group
 * API), in the shape the job's {@code RawInput} gives them: strings, the raw and the timestamp value of
 * published_at, and each row's position in its file. Only the mapped columns are decoded.
 */
final class ParquetArticles {
  /** One input row: the contract's fields under the job's names, plus its file (index in the listing) and row. */
  record InputRow(int file, long row, String articleId, String url, String title, String text,
      String publishedAtRaw, Instant publishedAtTs, String source, String language, String authorCountry) {}

  private static final DateTimeFormatter RAW_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final long JULIAN_EPOCH_DAY = 2_440_588L;

  private ParquetArticles() {}

  /** Reads file {@code index} of {@code listing} and hands its rows on in batches of at most {@code batchSize}. */
  static void read(InputFiles.Listing listing, int index, InputColumns columns, int batchSize,
      Consumer<List<InputRow>> batches) {
    String file = listing.files().get(index).path();
    Configuration conf = new Configuration();
    InputFiles.literalReadOptions().forEach(conf::set);
    Map<String, String> byField = columns.byField();
    Path path = new Path(file);
    try {
      MessageType fileSchema;
      try (ParquetFileReader footer = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
        fileSchema = footer.getFooter().getFileMetaData().getSchema();
      }
      Types.MessageTypeBuilder projection = Types.buildMessage();
      for (String field : listing.kinds().keySet()) projection.addField(fileSchema.getType(byField.get(field)));
      MessageType read = projection.named(fileSchema.getName());
      conf.set(ReadSupport.PARQUET_READ_SCHEMA, read.toString());
      String[] names = byField.values().toArray(String[]::new);
      int[] at = new int[names.length];
      for (int i = 0; i < names.length; i++) at[i] = read.containsField(names[i]) ? read.getFieldIndex(names[i]) : -1;
      int published = at[4];
      Type publishedType = read.getType(published);
      List<InputRow> batch = new ArrayList<>(batchSize);
      long row = 0;
      try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
        for (Group g = reader.read(); g != null; g = reader.read(), row++) {
          Instant ts = timestamp(g, published, publishedType);
          String raw = ts == null ? string(g, published) : rawOf(g, published, publishedType, ts);
          batch.add(new InputRow(index, row, string(g, at[0]), string(g, at[1]), string(g, at[2]), string(g, at[3]),
              raw, ts, string(g, at[5]), string(g, at[6]), string(g, at[7])));
          if (batch.size() == batchSize) {
            batches.accept(batch);
            batch = new ArrayList<>(batchSize);
          }
        }
      }
      if (!batch.isEmpty()) batches.accept(batch);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String string(Group g, int field) {
    return field < 0 || g.getFieldRepetitionCount(field) == 0 ? null : g.getString(field, 0);
  }

  /** The value of a timestamp or date column as an instant (the job's session is in UTC); null for a string column. */
  private static Instant timestamp(Group g, int field, Type type) {
    if (g.getFieldRepetitionCount(field) == 0) return null;
    LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
    return switch (type.asPrimitiveType().getPrimitiveTypeName()) {
      case INT96 -> {
        ByteBuffer b = ByteBuffer.wrap(g.getInt96(field, 0).getBytes()).order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = b.getLong();
        long day = b.getInt() - JULIAN_EPOCH_DAY;
        yield Instant.ofEpochSecond(day * 86_400L, nanosOfDay);
      }
      case INT64 -> {
        long v = g.getLong(field, 0);
        var unit = ((LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) a).getUnit();
        yield switch (unit) {
          case MILLIS -> Instant.ofEpochMilli(v);
          case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1_000L);
          // the job reads nanoseconds as microseconds (Spark cannot hold nanoseconds)
          case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L),
              Math.floorMod(v, 1_000_000_000L) / 1_000 * 1_000);
        };
      }
      case INT32 -> LocalDate.ofEpochDay(g.getInteger(field, 0)).atStartOfDay(ZoneOffset.UTC).toInstant();
      default -> null;
    };
  }

  private static String rawOf(Group g, int field, Type type, Instant ts) {
    return type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
        ? LocalDate.ofEpochDay(g.getInteger(field, 0)).toString() : RAW_TIMESTAMP.format(ts);
  }

}
