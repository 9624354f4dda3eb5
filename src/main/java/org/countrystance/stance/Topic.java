package org.countrystance.stance;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A topic from conf/topics.conf: its target proposition, the words that put it in a sentence
 * (signals; context signals only with an anchor word), the phrases holding a signal in another sense
 * (not-signals: "investment climate"), the sides that cue rules use as objects, and its positions
 * with their polarity.
 */
public record Topic(String id, String label, String target, List<String> signals,
    List<String> contextSignals, List<String> anchors, Map<String, List<String>> sides,
    List<Position> positions, List<String> notSignals) implements Serializable {

  public Topic {
    signals = List.copyOf(signals);
    notSignals = List.copyOf(notSignals);
    contextSignals = List.copyOf(contextSignals);
    anchors = List.copyOf(anchors);
    sides = Map.copyOf(sides);
    positions = List.copyOf(positions);
  }

  /** The position with this id, or null. */
  public Position position(String positionId) {
    for (Position p : positions) {
      if (p.id().equals(positionId)) {
        return p;
      }
    }
    return null;
  }
}
