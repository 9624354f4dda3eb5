package org.countrystance.country;

/** What a country mention does in its sentence. */
public enum MentionRole {
  /** Subject (or passive agent) of a speech, policy or action verb: the country speaks or acts. */
  SPEAKER,
  /** Object of such a verb, or of "against", "on", "to", "with" after it: the country is acted upon. */
  TARGET,
  /** Neither. */
  MENTIONED
}
