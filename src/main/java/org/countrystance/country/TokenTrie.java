package org.countrystance.country;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of token sequences (keyed by normalised token) with values at the end of each sequence.
 * Lookup walks one hash map per token, so its cost depends on the phrase length and not on the number of
 * phrases in the dictionary.
 */
final class TokenTrie<V extends Serializable> implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final class Node<V> implements Serializable {
    private static final long serialVersionUID = 1L;
    Map<String, Node<V>> children;
    List<V> values;
  }

  private final Node<V> root = new Node<>();
  private int phrases;

  /** Adds a value under the token keys of a phrase; an empty phrase is ignored. */
  void put(List<String> keys, V value) {
    if (keys.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (String k : keys) {
      if (n.children == null) {
        n.children = new HashMap<>(4);
      }
      n = n.children.computeIfAbsent(k, x -> new Node<>());
    }
    if (n.values == null) {
      n.values = new ArrayList<>(1);
      phrases++;
    }
    n.values.add(value);
  }

  /** Calls the visitor for every phrase starting at token {@code from}, shortest first, with its end (exclusive). */
  void matches(Tokens t, int from, Visitor<V> visitor) {
    Node<V> n = root;
    for (int i = from; i < t.size(); i++) {
      if (n.children == null) {
        return;
      }
      n = n.children.get(t.key(i));
      if (n == null) {
        return;
      }
      if (n.values != null) {
        visitor.phrase(i + 1, n.values);
      }
    }
  }

  /** End (exclusive) of the longest phrase at {@code from}, or -1. */
  int longest(Tokens t, int from) {
    int[] best = {-1};
    matches(t, from, (end, values) -> best[0] = end);
    return best[0];
  }

  boolean startsPhrase(String key) {
    return root.children != null && root.children.containsKey(key);
  }

  int phrases() {
    return phrases;
  }

  interface Visitor<V> {
    void phrase(int end, List<V> values);
  }

  static List<String> keys(String surface) {
    Tokens t = Tokens.of(surface);
    List<String> keys = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      keys.add(t.key(i));
    }
    return keys;
  }
}
