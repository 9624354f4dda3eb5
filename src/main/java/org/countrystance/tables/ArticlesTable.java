package org.countrystance.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.StructType;

/** The {@code articles} table: one accepted, cleaned article, partitioned by its UTC publication day. */
public final class ArticlesTable {
  public static final String NAME = "articles";
  public static final String PARTITION = "published_date";

  public static final String ARTICLE_ID = "article_id";
  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED_AT = "published_at";
  public static final String PUBLISHED_DATE = "published_date";
  public static final String LANGUAGE = "language";
  public static final String AUTHOR_COUNTRY = "author_country";
  /** Cleaning: what was changed, as booleans and counts (a BI tool can filter on them). */
  public static final String REPAIRED_SPIN = "repaired_spin";
  public static final String SPIN_REPAIRS = "spin_repairs";
  public static final String REMOVED_BOILERPLATE = "removed_boilerplate";
  public static final String BOILERPLATE_LINES = "boilerplate_lines";
  public static final String REMOVED_REPEATED_PARAGRAPH = "removed_repeated_paragraph";
  public static final String CLEANED_TITLE = "cleaned_title";
  public static final String REFLOWED = "reflowed";
  public static final String DECODED_MARKUP = "decoded_markup";
  /** Characters repaired from mojibake or a lost apostrophe; damaged characters (U+FFFD) left in place. */
  public static final String REPAIRED_CHARS = "repaired_chars";
  public static final String BAD_CHARS = "bad_chars";
  /** De-duplication: the story (syndication group) and whether this copy is the canonical one. */
  public static final String STORY_ID = "story_id";
  public static final String IS_CANONICAL = "is_canonical";
  /** Lineage. */
  public static final String RUN_ID = "run_id";
  public static final String INPUT_FILE = "input_file";

  /** Columns after ingest (before cleaning and de-duplication). */
  public static final StructType INGESTED = new StructType()
      .add(ARTICLE_ID, StringType, false)
      .add(URL, StringType, true)
      .add(SOURCE, StringType, true)
      .add(TITLE, StringType, true)
      .add(TEXT, StringType, false)
      .add(PUBLISHED_AT, TimestampType, false)
      .add(PUBLISHED_DATE, DateType, false)
      .add(LANGUAGE, StringType, true)
      .add(AUTHOR_COUNTRY, StringType, true)
      .add(INPUT_FILE, StringType, true)
      .add(RUN_ID, StringType, false);

  /** Columns the cleaning stage adds. */
  public static final StructType CLEANING_COLUMNS = new StructType()
      .add(REPAIRED_SPIN, BooleanType, false)
      .add(SPIN_REPAIRS, IntegerType, false)
      .add(REMOVED_BOILERPLATE, BooleanType, false)
      .add(BOILERPLATE_LINES, IntegerType, false)
      .add(REMOVED_REPEATED_PARAGRAPH, BooleanType, false)
      .add(CLEANED_TITLE, BooleanType, false)
      .add(REFLOWED, BooleanType, false)
      .add(DECODED_MARKUP, BooleanType, false)
      .add(REPAIRED_CHARS, IntegerType, false)
      .add(BAD_CHARS, IntegerType, false);

  /** Columns the de-duplication stage adds. */
  public static final StructType DEDUP_COLUMNS = new StructType()
      .add(STORY_ID, StringType, false)
      .add(IS_CANONICAL, BooleanType, false);

  private ArticlesTable() {}

  /** The full published schema: ingested, then cleaning, then de-duplication columns. */
  public static StructType schema() {
    StructType s = INGESTED;
    for (var f : CLEANING_COLUMNS.fields()) s = s.add(f);
    for (var f : DEDUP_COLUMNS.fields()) s = s.add(f);
    return s;
  }

}
