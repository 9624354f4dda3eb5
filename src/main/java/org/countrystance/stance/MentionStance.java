package org.countrystance.stance;

import java.io.Serializable;
import java.util.List;

/**
 * What the stance classifier says about one mention: the topics present in its sentence and, for
 * a speaking country, one statement per topic (none for a mention that is only reported on, e.g.
 * the accused of an accusation made by another country).
 */
public record MentionStance(SpeakerMention mention, List<String> topics,
    List<StanceStatement> statements) implements Serializable {

  public MentionStance {
    topics = List.copyOf(topics);
    statements = List.copyOf(statements);
  }

  /** The most confident statement, or null when there is none (one row per mention keeps this). */
  public StanceStatement primary() {
    StanceStatement best = null;
    for (StanceStatement s : statements) {
      if (best == null || s.confidence() > best.confidence()) {
        best = s;
      }
    }
    return best;
  }

  /** The statement on a topic, or null. */
  public StanceStatement on(String topic) {
    for (StanceStatement s : statements) {
      if (s.topic().equals(topic)) {
        return s;
      }
    }
    return null;
  }
}
