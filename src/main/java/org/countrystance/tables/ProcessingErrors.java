package org.countrystance.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Articles that cleaning or annotation threw on, as rows of {@link RejectsTable}: reason
 * {@value #REASON}, the exception's class and message as detail, and the article's fields as ingest
 * accepted them. One pathological text is quarantined this way instead of failing the whole run.
 */
public final class ProcessingErrors {
  public static final String REASON = "processing_error";
  /** A stack-overflow message can be long; the rejects table keeps the start of it. */
  private static final int MAX_DETAIL = 2000;

  private ProcessingErrors() {}

  /** "exception class: message", cut to a bounded length: what the rejects table keeps of a failure. */
  public static String detail(Throwable e) {
    String m = e.getMessage();
    String d = e.getClass().getName() + (m == null ? "" : ": " + m);
    return d.length() > MAX_DETAIL ? d.substring(0, MAX_DETAIL) + "..." : d;
  }

  /**
   * Rejects rows of {@code stage} for articles in the ingested shape ({@link ArticlesTable#INGESTED});
   * published_at_raw is the parsed UTC instant (the raw string is not carried past ingest).
   */
  public static Dataset<Row> rejects(Dataset<Row> articles, String stage, Column detail) {
    return articles.select(lit(stage).as(RejectsTable.STAGE), lit(REASON).as(RejectsTable.REASON),
        detail.as(RejectsTable.DETAIL), col(ArticlesTable.ARTICLE_ID), col(ArticlesTable.URL),
        col(ArticlesTable.SOURCE), col(ArticlesTable.TITLE), col(ArticlesTable.TEXT),
        date_format(col(ArticlesTable.PUBLISHED_AT), "yyyy-MM-dd'T'HH:mm:ss'Z'").as(RejectsTable.PUBLISHED_AT_RAW),
        col(ArticlesTable.LANGUAGE), col(ArticlesTable.AUTHOR_COUNTRY), col(ArticlesTable.INPUT_FILE),
        col(ArticlesTable.RUN_ID));
  }

  /**
   * Rejects of later stages with the row_index and input_file_id of their article's input row
   * ({@code places}: article_id, row_index, input_file_id of the accepted rows), so that they are keyed
   * like the rejects of ingest (one row per rejected input row, replaced with their file).
   */
  public static Dataset<Row> placed(Dataset<Row> rejects, Dataset<Row> places) {
    Dataset<Row> p = places.select(col(ArticlesTable.ARTICLE_ID).as("_place_id"), col(RejectsTable.ROW_INDEX),
        col(RejectsTable.INPUT_FILE_ID));
    return rejects.drop(RejectsTable.ROW_INDEX, RejectsTable.INPUT_FILE_ID)
        .join(p, col(ArticlesTable.ARTICLE_ID).equalTo(col("_place_id")), "left").drop("_place_id");
  }
}
