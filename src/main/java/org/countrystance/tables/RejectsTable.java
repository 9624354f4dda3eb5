package org.countrystance.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code rejects} table: one quarantined input row with why and where it was rejected, and its
 * original fields as read; keyed by input file identity and row, partitioned by the input file's
 * identity (a hash of its footer: unchanged by a rename), so a run that reads a file again replaces
 * that file's rejects instead of adding a second set.
 */
public final class RejectsTable {
  public static final String NAME = "rejects";
  public static final String PARTITION = "input_file_id";

  public static final String RUN_ID = "run_id";
  public static final String STAGE = "stage";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String ARTICLE_ID = "article_id";
  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED_AT_RAW = "published_at_raw";
  public static final String LANGUAGE = "language";
  public static final String AUTHOR_COUNTRY = "author_country";
  public static final String INPUT_FILE = "input_file";
  public static final String ROW_INDEX = "row_index";
  public static final String INPUT_FILE_ID = "input_file_id";

  public static final StructType SCHEMA = new StructType()
      .add(STAGE, StringType, false)
      .add(REASON, StringType, false)
      .add(DETAIL, StringType, true)
      .add(ARTICLE_ID, StringType, true)
      .add(URL, StringType, true)
      .add(SOURCE, StringType, true)
      .add(TITLE, StringType, true)
      .add(TEXT, StringType, true)
      .add(PUBLISHED_AT_RAW, StringType, true)
      .add(LANGUAGE, StringType, true)
      .add(AUTHOR_COUNTRY, StringType, true)
      .add(INPUT_FILE, StringType, true)
      .add(ROW_INDEX, LongType, false)
      .add(RUN_ID, StringType, false)
      .add(INPUT_FILE_ID, StringType, false);

  private RejectsTable() {}
}
