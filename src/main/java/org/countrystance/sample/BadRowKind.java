package org.countrystance.sample;

/**
 * The kinds of invalid row the corpus contains; {@code truth_defects} names them "bad_row:" + reason.
 * All but {@link #OVERSIZE_TEXT} take turns at the configured rate; the oversize row is placed once.
 */
public enum BadRowKind {
  MISSING_ID("missing_id", false),
  MISSING_TEXT("missing_text", true),
  EMPTY_TEXT("empty_text", true),
  UNPARSEABLE_DATE("unparseable_date", false),
  DATE_TOO_OLD("date_too_old", false),
  DATE_IN_FUTURE("date_in_future", false),
  INVALID_UTF8("invalid_utf8", true),
  CONTROL_CHARACTERS("control_characters", true),
  DUPLICATE_ID("duplicate_id", false),
  FORGED_LOG_TITLE("forged_log_title", false),
  OVERSIZE_TEXT("oversize_text", false);

  /** The kinds that take turns, in order. */
  static final BadRowKind[] CYCLE = {MISSING_ID, MISSING_TEXT, EMPTY_TEXT, UNPARSEABLE_DATE, DATE_TOO_OLD,
      DATE_IN_FUTURE, INVALID_UTF8, CONTROL_CHARACTERS, DUPLICATE_ID, FORGED_LOG_TITLE};

  private final String reason;
  private final boolean destroysText;

  BadRowKind(String reason, boolean destroysText) {
    this.reason = reason;
    this.destroysText = destroysText;
  }

  public String reason() {
    return reason;
  }

  /** The truth_defects entry, e.g. "bad_row:missing_id". */
  public String defect() {
    return "bad_row:" + reason;
  }

  /** Whether no sentence survives (then the row's truth_stances is empty). */
  boolean destroysText() {
    return destroysText;
  }
}
