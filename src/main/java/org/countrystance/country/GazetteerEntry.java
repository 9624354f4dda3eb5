package org.countrystance.country;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One surface form that refers to a country. Leaders carry their term [from, to); a null bound is open.
 * iso3 is "-" for a BLOCK entry.
 */
public record GazetteerEntry(String iso3, String surface, MentionKind kind, CaseRule caseRule,
    LocalDate from, LocalDate to) implements Serializable {

  public boolean isDated() {
    return from != null || to != null;
  }

  /** True when the entry holds on this date; with an unknown date, any dated entry holds (the caller resolves ties). */
  public boolean holdsOn(LocalDate date) {
    if (date == null || !isDated()) {
      return true;
    }
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }
}
