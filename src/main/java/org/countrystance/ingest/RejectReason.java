package org.countrystance.ingest;

/** Why an input row was quarantined; the lower-case name is the {@code reason} in {@code rejects}. */
public enum RejectReason {
  MISSING_ID,
  MISSING_TEXT,
  UNPARSEABLE_DATE,
  DATE_OUT_OF_RANGE,
  DATE_IN_FUTURE,
  TEXT_TOO_LARGE,
  INVALID_UTF8,
  CONTROL_CHARACTERS,
  DUPLICATE_ID;

  public String code() {
    return name().toLowerCase();
  }
}
