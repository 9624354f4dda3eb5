package org.countrystance.country;

/** How a country is referred to in the text: its name, a demonym, its capital, an institution, a leader, a code or a place in it. */
public enum MentionKind {
  NAME,
  DEMONYM,
  CAPITAL,
  INSTITUTION,
  LEADER,
  CODE,
  /** A city or region inside the country ("Kharkiv", "Scotland"): locates, rarely speaks. */
  PLACE,
  /** Not a country: a longer phrase ("Washington Post", "New Mexico") that hides a shorter name inside it. */
  BLOCK
}
