package org.countrystance.stance;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A topic from conf/topics.conf: its target proposition, the words that put it in a sentence
 * (signals; context signals only with an anchor word), the phrases holding a signal in another sense
 * (not-signals: "investment climate"), the sides that cue rules use as objects, the country each side is
 * where it is one (parties: side to ISO3), the sides that name traded goods (goods: "oil", "coal"), and its
 * positions with their polarity.
 */
public record Topic(String id, String label, String target, List<String> signals,
    List<String> contextSignals, List<String> anchors, Map<String, List<String>> sides,
    List<Position> positions, List<String> notSignals, Map<String, String> parties, List<String> goods)
    implements Serializable {

  public Topic {
    signals = List.copyOf(signals);
    notSignals = List.copyOf(notSignals);
    contextSignals = List.copyOf(contextSignals);
    anchors = List.copyOf(anchors);
    sides = Map.copyOf(sides);
    positions = List.copyOf(positions);
    parties = parties == null ? Map.of() : Map.copyOf(parties);
    goods = goods == null ? List.of() : List.copyOf(goods);
  }

  /** How the id of a position that supports a side begins ("supports_ukraine"). */
  private static final String SUPPORTS = "supports_";

  /** The id of the position that supports {@code side} ("supports_ukraine"). */
  public static String supporting(String side) {
    return SUPPORTS + side;
  }

  /** The side a position supports by its id ("supports_ukraine": "ukraine"), or null for any other position. */
  public static String sideSupported(String positionId) {
    return positionId.startsWith(SUPPORTS) ? positionId.substring(SUPPORTS.length()) : null;
  }

  /** The other party of a topic with two parties, when {@code side} is one of them; else null. */
  public String otherParty(String side) {
    if (parties.size() != 2 || !parties.containsKey(side)) {
      return null;
    }
    for (String p : parties.keySet()) {
      if (!p.equals(side)) {
        return p;
      }
    }
    return null;
  }

  /** The side the country {@code iso3} is (conf/topics.conf parties), or null. */
  public String sideOf(String iso3) {
    for (Map.Entry<String, String> e : parties.entrySet()) {
      if (e.getValue().equals(iso3)) {
        return e.getKey();
      }
    }
    return null;
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
