package org.countrystance.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * Connected components of a graph small enough for one JVM: each vertex's label is the smallest
 * vertex of its component (the same labels {@link ConnectedComponents} computes in Spark). Union by
 * the smaller root with path halving: near-linear in the edges.
 */
final class UnionFind {
  private final Map<String, String> parent = new HashMap<>();

  void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    int c = ra.compareTo(rb);
    if (c < 0) parent.put(rb, ra);
    else if (c > 0) parent.put(ra, rb);
  }

  /** The smallest vertex of the component of {@code v} (v itself when it has no edge). */
  String find(String v) {
    String p = parent.putIfAbsent(v, v);
    if (p == null) return v;
    String x = v;
    while (true) {
      String up = parent.get(x);
      if (up.equals(x)) return x;
      String grand = parent.get(up);
      parent.put(x, grand);
      x = grand;
    }
  }

  /** Every vertex seen, with its label. */
  Map<String, String> labels() {
    Map<String, String> out = new HashMap<>();
    for (String v : parent.keySet()) out.put(v, find(v));
    return out;
  }
}
