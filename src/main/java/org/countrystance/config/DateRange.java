package org.countrystance.config;

import java.time.LocalDate;

/** An inclusive range of UTC publication days; a null bound is open. */
public record DateRange(LocalDate from, LocalDate to) {
  public static final DateRange ALL = new DateRange(null, null);

  public DateRange {
    if (from != null && to != null && from.isAfter(to)) {
      throw new ConfigException("dates.from (" + from + ") is after dates.to (" + to + ")");
    }
  }

  public boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  public boolean isBounded() {
    return from != null || to != null;
  }

  @Override
  public String toString() {
    return (from == null ? "*" : from.toString()) + ".." + (to == null ? "*" : to.toString());
  }
}
