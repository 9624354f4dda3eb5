package org.countrystance.country;

/** How the letter case of the text must agree with a gazetteer surface before it counts as a match. */
public enum CaseRule {
  /** Every surface word written with a capital must be capitalised in the text ("Turkey", not "turkey"). */
  CAPITALIZED,
  /** Letter for letter ("US" but never "us" or "Us"). */
  EXACT,
  /** Any case. */
  ANY;

  static CaseRule parse(String s) {
    return s == null || s.isBlank() ? CAPITALIZED : valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
