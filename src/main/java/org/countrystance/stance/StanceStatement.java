package org.countrystance.stance;

import java.io.Serializable;
import java.util.List;

/**
 * A speaking country's stated position on one topic in one sentence: the position, its polarity
 * toward the topic target, a confidence in [0, 1] and the cue words that decided it (a negated cue
 * is written "not:cue"; a statement always has at least one cue).
 */
public record StanceStatement(String topic, String position, Polarity polarity, double confidence,
    List<String> cues) implements Serializable {

  public StanceStatement {
    cues = List.copyOf(cues);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }
}
