package org.countrystance.stance;

import java.io.Serializable;
import java.util.List;

/**
 * A country mention as the stance classifier needs it: ISO3 code, character span in the sentence,
 * whether the country is the speaker or actor of the sentence, the countries it targets, and whether it is named
 * through a person (a leader: "he" or "she" may stand for it, never for a country's name).
 * (The annotate stage adapts the country matcher's roled mentions to this.)
 */
public record SpeakerMention(String iso3, int start, int end, boolean speaker, List<String> targets, boolean person)
    implements Serializable {

  /** A mention of a country by a name, a demonym, a place or an institution: no person. */
  public SpeakerMention(String iso3, int start, int end, boolean speaker, List<String> targets) {
    this(iso3, start, end, speaker, targets, false);
  }

  public SpeakerMention {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  /** The author of an official statement speaking in the first person at the pronoun's span. */
  public static SpeakerMention author(String iso3, int start, int end) {
    return new SpeakerMention(iso3, start, end, true, List.of());
  }
}
