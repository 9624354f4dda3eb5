package org.countrystance.ingest;

import java.util.List;
import java.util.Set;

/**
 * The input contract: the fields the job reads, which of them are required, and the Parquet types
 * each may have. Input column names come from {@code input.columns} in the configuration.
 */
public final class InputContract {
  public static final String ARTICLE_ID = "article_id";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED_AT = "published_at";
  public static final String SOURCE = "source";
  public static final String LANGUAGE = "language";
  public static final String AUTHOR_COUNTRY = "author_country";

  public static final List<String> FIELDS =
      List.of(ARTICLE_ID, URL, TITLE, TEXT, PUBLISHED_AT, SOURCE, LANGUAGE, AUTHOR_COUNTRY);
  public static final Set<String> REQUIRED = Set.of(ARTICLE_ID, URL, TITLE, TEXT, PUBLISHED_AT);

  /** How a field's values are stored in the input file (pyarrow writes nanosecond timestamps by default). */
  public enum Kind { STRING, TIMESTAMP, TIMESTAMP_NANOS, DATE }

  private InputContract() {}

  /** The kinds a field may have: every field is a string; published_at may also be a timestamp or date. */
  public static Set<Kind> allowedKinds(String field) {
    return PUBLISHED_AT.equals(field) ? Set.of(Kind.STRING, Kind.TIMESTAMP, Kind.TIMESTAMP_NANOS, Kind.DATE) : Set.of(Kind.STRING);
  }
}
