package org.countrystance.sample;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.StructType;

/**
 * The sample corpus's Parquet columns: the input the job reads (all strings, as a scraper writes them)
 * and the truth columns the job ignores and evaluations read.
 */
public final class SampleCorpusSchema {
  public static final String ARTICLE_ID = "article_id";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED_AT = "published_at";
  public static final String SOURCE = "source";
  public static final String LANGUAGE = "language";
  public static final String AUTHOR_COUNTRY = "author_country";
  /** Syndication group: every copy of one story carries the same id. */
  public static final String TRUTH_STORY = "truth_story";
  /** Injected defects: "boilerplate", "spinner", ..., "bad_row:&lt;reason&gt;". */
  public static final String TRUTH_DEFECTS = "truth_defects";
  /** "ISO3|topic|position" for each stance the text truly states (the country is the speaker). */
  public static final String TRUTH_STANCES = "truth_stances";

  /** The columns as written. */
  public static final StructType SCHEMA = new StructType()
      .add(ARTICLE_ID, StringType, true)
      .add(URL, StringType, true)
      .add(TITLE, StringType, true)
      .add(TEXT, StringType, true)
      .add(PUBLISHED_AT, StringType, true)
      .add(SOURCE, StringType, true)
      .add(LANGUAGE, StringType, true)
      .add(AUTHOR_COUNTRY, StringType, true)
      .add(TRUTH_STORY, StringType, false)
      .add(TRUTH_DEFECTS, createArrayType(StringType), false)
      .add(TRUTH_STANCES, createArrayType(StringType), false);

  /** The input columns only (what a real scraped corpus would have). */
  public static final StructType INPUT = new StructType(java.util.Arrays.copyOf(SCHEMA.fields(), 8));

  /**
   * The rows as generated, before the text bytes become a string column: Spark's Row encoder would
   * re-encode a Java String as valid UTF-8, so the text travels as bytes and is cast afterwards
   * (the cast does not validate, so invalid bytes reach Parquet as they are).
   */
  static final String TEXT_BYTES = "text_bytes";

  static StructType generatedRows() {
    StructType s = new StructType();
    for (var f : SCHEMA.fields()) s = f.name().equals(TEXT) ? s.add(TEXT_BYTES, BinaryType, true) : s.add(f);
    return s;
  }

  private SampleCorpusSchema() {}
}
