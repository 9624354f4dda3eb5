package org.countrystance.ingest;

import static org.apache.spark.sql.functions.*;
import static org.apache.spark.sql.types.DataTypes.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import org.countrystance.config.DateRange;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.tables.ProcessingErrors;
import org.countrystance.tables.RejectsTable;
import org.countrystance.tables.Schemas;

/**
 * Ingest: decides for every input row whether it is an article (validated, dated in UTC) or a
 * reject with a reason; then keeps one row per article_id and splits accepted from rejected.
 * Nothing is dropped: every row ends accepted, rejected (in the date range or not), or accepted
 * but outside the run's date range.
 */
public final class IngestStage {
  public static final String STAGE = "ingest";
  public static final String PUBLISHED_AT = ArticlesTable.PUBLISHED_AT;
  public static final String PUBLISHED_DATE = ArticlesTable.PUBLISHED_DATE;
  public static final String REASON = "reject_reason";
  public static final String DETAIL = "reject_detail";

  /** The raw row plus its verdict: the parsed time (when the date parsed at all) and any reason. */
  public static final StructType VALIDATED = RawInput.SCHEMA
      .add(PUBLISHED_AT, TimestampType)
      .add(PUBLISHED_DATE, DateType)
      .add(REASON, StringType)
      .add(DETAIL, StringType);

  /** What ingest hands on: accepted articles, quarantined rows, and rows outside the date range. */
  /**
   * Accepted and rejected rows, rows outside the date range, and each accepted row's place in its input
   * file (article_id, row_index, input_file_id), for a later stage that quarantines an accepted article.
   */
  public record Result(Dataset<Row> accepted, Dataset<Row> rejected, Dataset<Row> outsideRange,
      Dataset<Row> acceptedPlaces) {
    /**
     * The accepted articles without an author_country get their source's from {@code authorBySource}
     * (lower-cased source to ISO3; {@code input.author-by-source}); rejects keep the input as it was.
     */
    public Result withAuthorBySource(Map<String, String> authorBySource) {
      if (authorBySource.isEmpty()) return this;
      Column source = lower(trim(col(InputContract.SOURCE)));
      Column author = null;
      for (Map.Entry<String, String> e : new TreeMap<>(authorBySource).entrySet()) {
        author = (author == null ? when(source.equalTo(e.getKey()), e.getValue())
            : author.when(source.equalTo(e.getKey()), e.getValue()));
      }
      return new Result(accepted.withColumn(InputContract.AUTHOR_COUNTRY,
          coalesce(col(InputContract.AUTHOR_COUNTRY), author)), rejected, outsideRange, acceptedPlaces);
    }

    /** The rejects of ingest plus articles a later stage quarantined, placed at their input rows. */
    @SafeVarargs
    public final Dataset<Row> rejectedWith(Dataset<Row>... processingErrors) {
      Dataset<Row> all = rejected;
      for (Dataset<Row> e : processingErrors) all = all.unionByName(ProcessingErrors.placed(e, acceptedPlaces));
      return all;
    }
  }

  private IngestStage() {}

  /** Step 1: one verdict per row, computed in plain Java ({@link ArticleValidator}). */
  public static Dataset<Row> validate(Dataset<Row> raw, ArticleValidator validator) {
    Schemas.require(raw.schema(), RawInput.SCHEMA, "ingest.validate");
    return raw.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new Iterator<>() {
      @Override public boolean hasNext() {
        return rows.hasNext();
      }

      @Override public Row next() {
        return verdictRow(rows.next(), validator);
      }
    }, Encoders.row(VALIDATED));
  }

  private static Row verdictRow(Row r, ArticleValidator validator) {
    Instant ts = r.getAs(RawInput.PUBLISHED_AT_TS);
    String raw = r.getAs(RawInput.PUBLISHED_AT_RAW);
    ArticleValidator.Verdict v = validator.check(r.getAs(InputContract.ARTICLE_ID),
        r.getAs(InputContract.URL), r.getAs(InputContract.TITLE), r.getAs(InputContract.TEXT), raw, ts);
    Instant at = v.publishedAt() != null ? v.publishedAt() : (ts != null ? ts : PublishedAtParser.parse(raw));
    LocalDate day = at == null ? null : PublishedAtParser.utcDay(at);
    Object[] values = new Object[VALIDATED.size()];
    for (int i = 0; i < r.size(); i++) values[i] = r.get(i);
    int n = r.size();
    values[n] = at;
    values[n + 1] = day;
    values[n + 2] = v.accepted() ? null : v.reason().code();
    values[n + 3] = v.detail();
    return RowFactory.create(values);
  }

  /**
   * The published copies an incremental run must respect: article_id and published_at of published
   * articles that came from files this run does not read (a file read again supersedes its rows).
   * Null when nothing is published.
   */
  public static Dataset<Row> publishedCopies(SparkSession spark, Dataset<Row> publishedArticles, InputFiles.Listing listing) {
    if (publishedArticles == null) return null;
    List<Row> paths = listing.files().stream().map(f -> RowFactory.create(f.path())).toList();
    Dataset<Row> read = spark.createDataFrame(paths, new StructType().add("_read_file", StringType));
    return publishedArticles.join(broadcast(read), col(ArticlesTable.INPUT_FILE).equalTo(col("_read_file")), "left_anti")
        .groupBy(col(ArticlesTable.ARTICLE_ID).as(PUBLISHED_ID)).agg(min(col(ArticlesTable.PUBLISHED_AT)).as(PUBLISHED_COPY_AT));
  }

  private static final String PUBLISHED_ID = "_published_id";
  private static final String PUBLISHED_COPY_AT = "_published_copy_at";

  /**
   * Step 2: among the accepted rows sharing an article_id keep the earliest published (ties broken by
   * url, title, text hash, file and position, so the choice is deterministic) and reject the others as
   * duplicates; an accepted row whose article_id an earlier run published with an earlier published_at
   * ({@link #publishedCopies}, null when nothing is published) is a duplicate too, as a full recompute
   * would reject it. (A row earlier than the published copy is accepted, and the job replaces the
   * published copy: {@code publish.CarryOver}. The input files still holding a published copy are read
   * again by a nightly run, so this applies to copies from files no longer in the input.)
   * <p>One row per row of {@code validated}, in the {@link #VALIDATED} schema, with the duplicates'
   * reason and detail set. The job checkpoints this once, so {@link #split} is only filters and the
   * stages that read the accepted articles or the rejects do not each find the duplicates again. One
   * window over the article_ids, the rows without a reason first in the keep-earliest order (the rows
   * with a reason come after them and are left as they are); no self-join.
   */
  public static Dataset<Row> resolve(Dataset<Row> validated, Dataset<Row> publishedCopies) {
    Schemas.require(validated.schema(), VALIDATED, "ingest.resolve");
    WindowSpec byId = Window.partitionBy(InputContract.ARTICLE_ID).orderBy(col(REASON).isNotNull(),
        col(PUBLISHED_AT), col(InputContract.URL), col(InputContract.TITLE), xxhash64(col(InputContract.TEXT)),
        col(RawInput.INPUT_FILE), col(RawInput.ROW_INDEX));
    Column duplicate = col(REASON).isNull().and(row_number().over(byId).gt(1));
    Dataset<Row> resolved = validated
        .withColumn("_duplicate", duplicate)
        .withColumn(DETAIL, when(col("_duplicate"), concat(lit("another row with article_id '"),
            col(InputContract.ARTICLE_ID), lit("' was kept (earliest published)"))).otherwise(col(DETAIL)))
        .withColumn(REASON, when(col("_duplicate"), lit(RejectReason.DUPLICATE_ID.code())).otherwise(col(REASON)))
        .drop("_duplicate");
    if (publishedCopies != null) {
      Column later = col(REASON).isNull().and(col(PUBLISHED_COPY_AT).lt(col(PUBLISHED_AT)));
      resolved = resolved.join(publishedCopies, col(InputContract.ARTICLE_ID).equalTo(col(PUBLISHED_ID)), "left")
          .withColumn(DETAIL, when(later, concat(lit("article_id '"), col(InputContract.ARTICLE_ID),
              lit("' is already published with an earlier published_at ("), col(PUBLISHED_COPY_AT).cast(StringType),
              lit(" UTC, from another input file); the earliest copy is kept"))).otherwise(col(DETAIL)))
          .withColumn(REASON, when(later, lit(RejectReason.DUPLICATE_ID.code())).otherwise(col(REASON)))
          .drop(PUBLISHED_ID, PUBLISHED_COPY_AT);
    }
    return resolved.select(Arrays.stream(VALIDATED.fieldNames()).map(n -> col(n)).toArray(Column[]::new));
  }

  /** Step 3: splits the verdicts {@link #resolve} returned by verdict and by the run's date range. */
  public static Result split(Dataset<Row> resolved, DateRange range, String runId) {
    Schemas.require(resolved.schema(), VALIDATED, "ingest.split");
    Column inRange = inRange(range);
    Dataset<Row> accepted = resolved.where(col(REASON).isNull().and(inRange))
        .select(col(InputContract.ARTICLE_ID), col(InputContract.URL), col(InputContract.SOURCE),
            col(InputContract.TITLE), col(InputContract.TEXT), col(PUBLISHED_AT), col(PUBLISHED_DATE),
            col(InputContract.LANGUAGE), col(InputContract.AUTHOR_COUNTRY), col(RawInput.INPUT_FILE),
            lit(runId).as(ArticlesTable.RUN_ID));
    // Every rejected row of the files read, in the date range or not: a file's rejects are replaced
    // as a whole (rejects are partitioned by input file), so they must be complete.
    Dataset<Row> rejected = resolved.where(col(REASON).isNotNull())
        .select(lit(STAGE).as(RejectsTable.STAGE), col(REASON).as(RejectsTable.REASON),
            col(DETAIL).as(RejectsTable.DETAIL), col(InputContract.ARTICLE_ID), col(InputContract.URL),
            col(InputContract.SOURCE), col(InputContract.TITLE), col(InputContract.TEXT),
            col(RawInput.PUBLISHED_AT_RAW).as(RejectsTable.PUBLISHED_AT_RAW), col(InputContract.LANGUAGE),
            col(InputContract.AUTHOR_COUNTRY), col(RawInput.INPUT_FILE), col(RawInput.ROW_INDEX),
            lit(runId).as(RejectsTable.RUN_ID), col(RawInput.INPUT_FILE_ID));
    Dataset<Row> outside = resolved.where(col(REASON).isNull().and(not(inRange)));
    Dataset<Row> places = resolved.where(col(REASON).isNull().and(inRange))
        .select(col(InputContract.ARTICLE_ID), col(RawInput.ROW_INDEX), col(RawInput.INPUT_FILE_ID));
    return new Result(accepted, rejected, outside, places);
  }

  /**
   * A row is in range when its day is inside the run's dates; a row whose date did not parse at all
   * cannot be placed on a day, so every run that reads it reports it as a reject.
   */
  private static Column inRange(DateRange range) {
    Column c = lit(true);
    if (range.from() != null) c = c.and(col(PUBLISHED_DATE).isNull().or(col(PUBLISHED_DATE).geq(lit(range.from()))));
    if (range.to() != null) c = c.and(col(PUBLISHED_DATE).isNull().or(col(PUBLISHED_DATE).leq(lit(range.to()))));
    return c;
  }
}
