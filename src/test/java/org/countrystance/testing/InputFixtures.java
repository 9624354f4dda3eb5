package org.countrystance.testing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Builds small input corpora (as a scraper would write them) in a temporary folder. */
public final class InputFixtures {
  /** The input contract's columns, all strings; text as bytes so a fixture can hold invalid UTF-8. */
  public static final StructType INPUT = new StructType()
      .add("article_id", StringType).add("url", StringType).add("title", StringType)
      .add("text_bytes", BinaryType).add("published_at", StringType).add("source", StringType)
      .add("language", StringType).add("author_country", StringType);

  private final List<Row> rows = new ArrayList<>();

  public InputFixtures add(String id, String title, String text, String publishedAt) {
    return add(id, title, text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        publishedAt, "example.com", null);
  }

  public InputFixtures add(String id, String title, byte[] text, String publishedAt, String source,
      String authorCountry) {
    rows.add(RowFactory.create(id, id == null ? null : "https://" + source + "/" + id, title, text,
        publishedAt, source, "en", authorCountry));
    return this;
  }

  public int size() {
    return rows.size();
  }

  /** Writes the rows as one Parquet folder; text is stored as a string column holding the raw bytes. */
  public Path write(SparkSession spark, Path folder) {
    Dataset<Row> df = spark.createDataFrame(rows, INPUT)
        .withColumn("text", col("text_bytes").cast(StringType)).drop("text_bytes");
    df.coalesce(1).write().mode("overwrite").parquet(folder.toString());
    return folder;
  }

  /**
   * Writes the rows as one Parquet file at {@code file}, replacing it if present (a scraper rewriting
   * its file): written beside it first, then moved into place.
   */
  public Path writeFile(SparkSession spark, Path file) {
    Path scratch = file.resolveSibling("_" + file.getFileName() + ".tmp");
    write(spark, scratch);
    try (var parts = java.nio.file.Files.list(scratch)) {
      Path part = parts.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      java.nio.file.Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (var left = java.nio.file.Files.walk(scratch)) {
      for (Path p : left.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return file;
  }

  public static List<Object> list(Object... values) {
    return Arrays.asList(values);
  }
}
