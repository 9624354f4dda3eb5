package org.countrystance.stance;

import java.util.Locale;

/** Direction of a position toward a topic's target proposition. */
public enum Polarity {
  FAVOR, AGAINST, NEUTRAL;

  /** The lower-case name used in conf/ and in the output tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Polarity parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected polarity favor|against|neutral, got '" + s + "'");
    }
  }
}
