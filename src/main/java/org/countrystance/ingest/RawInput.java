package org.countrystance.ingest;

import static org.apache.spark.sql.functions.*;
import static org.apache.spark.sql.types.DataTypes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.countrystance.config.InputColumns;

/**
 * Reads the checked input files with an explicit schema (never inferred) and renames the mapped
 * columns to the contract's names; every row keeps its file and position so it can be traced back.
 */
public final class RawInput {
  public static final String PUBLISHED_AT_RAW = "published_at_raw";
  public static final String PUBLISHED_AT_TS = "published_at_ts";
  public static final String INPUT_FILE = "input_file";
  public static final String ROW_INDEX = "row_index";
  public static final String INPUT_FILE_ID = "input_file_id";

  /** The contract's fields as strings, the timestamp when the input had one, and lineage. */
  public static final StructType SCHEMA = new StructType()
      .add(InputContract.ARTICLE_ID, StringType)
      .add(InputContract.URL, StringType)
      .add(InputContract.TITLE, StringType)
      .add(InputContract.TEXT, StringType)
      .add(PUBLISHED_AT_RAW, StringType)
      .add(PUBLISHED_AT_TS, TimestampType)
      .add(InputContract.SOURCE, StringType)
      .add(InputContract.LANGUAGE, StringType)
      .add(InputContract.AUTHOR_COUNTRY, StringType)
      .add(INPUT_FILE, StringType)
      .add(ROW_INDEX, LongType)
      .add(INPUT_FILE_ID, StringType);

  private RawInput() {}

  /** Spark's setting to read nanosecond timestamps as longs (it cannot read them as timestamps). */
  static final String NANOS_AS_LONG = "spark.sql.legacy.parquet.nanosAsLong";

  public static Dataset<Row> read(SparkSession spark, InputFiles.Listing listing, InputColumns columns) {
    Map<String, String> byField = columns.byField();
    StructType fileSchema = new StructType();
    for (Map.Entry<String, InputContract.Kind> e : listing.kinds().entrySet()) {
      fileSchema = fileSchema.add(byField.get(e.getKey()), sparkType(e.getValue()));
    }
    if (listing.kinds().containsValue(InputContract.Kind.TIMESTAMP_NANOS)) spark.conf().set(NANOS_AS_LONG, "true");
    // Each listed file once, as itself: Spark would expand [ ] { } * ? in a path as a glob pattern.
    String[] paths = listing.files().stream().map(f -> InputFiles.sparkPath(f.path())).toArray(String[]::new);
    Map<String, String> options = InputFiles.readOptions(listing.files().stream().map(f -> f.path()).toList());
    Dataset<Row> files = spark.read().options(options).schema(fileSchema).parquet(paths);
    List<Column> out = new ArrayList<>();
    for (String field : List.of(InputContract.ARTICLE_ID, InputContract.URL, InputContract.TITLE,
        InputContract.TEXT)) {
      out.add(stringField(listing, byField, field));
    }
    InputContract.Kind dateKind = listing.kinds().get(InputContract.PUBLISHED_AT);
    Column date = col(quoted(byField.get(InputContract.PUBLISHED_AT)));
    switch (dateKind) {
      case STRING -> {
        out.add(date.as(PUBLISHED_AT_RAW));
        out.add(lit(null).cast(TimestampType).as(PUBLISHED_AT_TS));
      }
      case TIMESTAMP -> {
        out.add(date_format(date, "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").as(PUBLISHED_AT_RAW));
        out.add(date.as(PUBLISHED_AT_TS));
      }
      case TIMESTAMP_NANOS -> {
        Column micros = timestamp_micros(date.divide(1000).cast(LongType));
        out.add(date_format(micros, "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").as(PUBLISHED_AT_RAW));
        out.add(micros.as(PUBLISHED_AT_TS));
      }
      case DATE -> {
        out.add(date.cast(StringType).as(PUBLISHED_AT_RAW));
        out.add(date.cast(TimestampType).as(PUBLISHED_AT_TS));
      }
    }
    for (String field : List.of(InputContract.SOURCE, InputContract.LANGUAGE, InputContract.AUTHOR_COUNTRY)) {
      out.add(stringField(listing, byField, field));
    }
    out.add(col("_metadata.file_path").as(INPUT_FILE));
    out.add(col("_metadata.row_index").as(ROW_INDEX));
    out.add(lit(null).cast(StringType).as(INPUT_FILE_ID));
    return withListedPaths(spark, files.select(out.toArray(Column[]::new)), listing);
  }

  /**
   * Replaces Spark's file path (URL-encoded: "a%20b.parquet") by the path as listed, so lineage
   * columns name the file as it is on disk, and adds the file's identity (rejects are keyed by it). A row whose file is not in the listing keeps Spark's
   * path, and the job's count of rows read against the footers fails the run.
   */
  private static Dataset<Row> withListedPaths(SparkSession spark, Dataset<Row> rows, InputFiles.Listing listing) {
    List<Row> pairs = new ArrayList<>();
    for (InputFiles.InputFile f : listing.files()) {
      pairs.add(RowFactory.create(new Path(f.path()).toUri().toString(), f.path(), listing.footers().get(f.path()).id()));
    }
    Dataset<Row> names = spark.createDataFrame(pairs, new StructType()
        .add("_spark_path", StringType).add("_listed_path", StringType).add("_file_id", StringType));
    String[] order = SCHEMA.fieldNames();
    return rows.join(broadcast(names), col(INPUT_FILE).equalTo(col("_spark_path")), "left")
        .withColumn(INPUT_FILE, coalesce(col("_listed_path"), col(INPUT_FILE)))
        .withColumn(INPUT_FILE_ID, coalesce(col("_file_id"), lit("unlisted")))
        .select(java.util.Arrays.stream(order).map(n -> col(n)).toArray(Column[]::new));
  }

  private static Column stringField(InputFiles.Listing listing, Map<String, String> byField, String field) {
    return listing.kinds().containsKey(field)
        ? col(quoted(byField.get(field))).as(field)
        : lit(null).cast(StringType).as(field);
  }

  private static String quoted(String column) {
    return "`" + column.replace("`", "``") + "`";
  }

  private static DataType sparkType(InputContract.Kind kind) {
    return switch (kind) {
      case STRING -> StringType;
      case TIMESTAMP -> TimestampType;
      case TIMESTAMP_NANOS -> LongType;
      case DATE -> DateType;
    };
  }
}
