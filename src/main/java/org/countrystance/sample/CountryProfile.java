package org.countrystance.sample;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** How articles may refer to one country: name, demonym, capital, seat of power, institutions, dated leader. */
record CountryProfile(
    String iso3,
    String name,
    String demonym,
    String capital,
    String seat,
    List<String> institutions,
    String leader,
    String leaderTitle,
    LocalDate leaderFrom,
    LocalDate leaderTo,
    String ministrySite,
    String leaderPronoun) implements Serializable {

  /** Whether the leader held office on that day (leaders are only named inside their term). */
  boolean leaderInOffice(LocalDate day) {
    if (leader == null || leaderFrom == null) return false;
    return !day.isBefore(leaderFrom) && (leaderTo == null || day.isBefore(leaderTo));
  }
}
