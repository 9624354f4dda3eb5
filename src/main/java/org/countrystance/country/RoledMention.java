package org.countrystance.country;

import java.io.Serializable;
import java.util.List;

/**
 * A country mention with its role in the sentence; for a speaker, the ISO3 codes of the target countries
 * of the same verb (the source-to-target dyads), and the verb that decided the role (for explanation).
 */
public record RoledMention(CountryMention mention, MentionRole role, List<String> targets, String verb)
    implements Serializable {
  public RoledMention {
    targets = List.copyOf(targets);
  }

  public String iso3() {
    return mention.iso3();
  }
}
