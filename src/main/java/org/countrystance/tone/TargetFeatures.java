package org.countrystance.tone;

import java.util.ArrayList;
import java.util.List;

/**
 * What a sentence says about one of its targets, as the target-tone model reads it: where the
 * sentence's sentiment words sit relative to the target (side, distance, same clause or not, the
 * nearest one as a stand-in for the predicate of a subject or an object), negation and contrast
 * around it, and the words right beside it ("by" before it marks an agent, "against" a victim).
 */
public final class TargetFeatures {
  /** Words this close to the target, on each side, are features of their own. */
  static final int WINDOW = 3;

  /** Names of the dense features, in the order of {@link #dense}. */
  public static final List<String> DENSE = names();

  private static final int BIAS = 0;
  private static final int SENTENCE = 1;
  private static final int NEAR_TONE = 3;
  private static final int LEXICON = 5;
  // side (2) x clause (2) x distance (3) x polarity (2)
  private static final int INSIDE = LEXICON + 24;
  private static final int PREDICATE = INSIDE + 2;
  private static final int CUES = PREDICATE + 4;
  private static final int SIZE = CUES + 7;

  private TargetFeatures() {}

  private static List<String> names() {
    List<String> n = new ArrayList<>(List.of("bias", "sentence:pos", "sentence:neg", "near:pos",
        "near:neg"));
    for (String side : List.of("left", "right")) {
      for (String clause : List.of("same", "other")) {
        for (String d : List.of("1-3", "4-8", "9+")) {
          n.add("lex:" + side + ":" + clause + ":" + d + ":pos");
          n.add("lex:" + side + ":" + clause + ":" + d + ":neg");
        }
      }
    }
    n.addAll(List.of("inside:pos", "inside:neg", "predicate:left:pos", "predicate:left:neg",
        "predicate:right:pos", "predicate:right:neg", "negation:clause:before",
        "negation:clause:after", "contrast:before", "contrast:after", "opens:sentence",
        "opens:clause", "long:sentence"));
    return List.copyOf(n);
  }

  /**
   * The dense features of the target at tokens [first, last] of a scored sentence, given the
   * sentence tone and the distance-weighted tone around the target.
   */
  static double[] dense(WordTokenizer.Tokens t, double[] c, Entry[] kinds, int first, int last,
      double sentenceTone, double nearTone) {
    double[] x = new double[SIZE];
    x[BIAS] = 1;
    x[SENTENCE] = Math.max(0, sentenceTone);
    x[SENTENCE + 1] = Math.max(0, -sentenceTone);
    x[NEAR_TONE] = Math.max(0, nearTone);
    x[NEAR_TONE + 1] = Math.max(0, -nearTone);
    int n = t.size();
    int clauseStart = first;
    while (clauseStart > 0 && !t.boundaryBefore(clauseStart)) {
      clauseStart--;
    }
    int clauseEnd = last + 1;
    while (clauseEnd < n && !t.boundaryBefore(clauseEnd)) {
      clauseEnd++;
    }
    boolean leftPredicate = false;
    for (int i = first - 1; i >= 0; i--) {
      if (c[i] == 0) continue;
      boolean same = i >= clauseStart;
      x[lexicon(0, same, first - i, c[i])] += Math.abs(c[i]);
      if (same && !leftPredicate) {
        x[PREDICATE + (c[i] > 0 ? 0 : 1)] = Math.abs(c[i]);
        leftPredicate = true;
      }
    }
    boolean rightPredicate = false;
    for (int i = last + 1; i < n; i++) {
      if (c[i] == 0) continue;
      boolean same = i < clauseEnd;
      x[lexicon(1, same, i - last, c[i])] += Math.abs(c[i]);
      if (same && !rightPredicate) {
        x[PREDICATE + 2 + (c[i] > 0 ? 0 : 1)] = Math.abs(c[i]);
        rightPredicate = true;
      }
    }
    for (int i = first; i <= last; i++) {
      if (c[i] != 0) x[INSIDE + (c[i] > 0 ? 0 : 1)] += Math.abs(c[i]);
    }
    for (int i = clauseStart; i < clauseEnd; i++) {
      if (kinds[i] == Entry.NEGATION) x[CUES + (i < first ? 0 : 1)] = 1;
    }
    for (int i = 0; i < n; i++) {
      if (kinds[i] == Entry.CONTRAST) x[CUES + (i < first ? 2 : 3)] = 1;
    }
    x[CUES + 4] = first == 0 ? 1 : 0;
    x[CUES + 5] = first == clauseStart ? 1 : 0;
    x[CUES + 6] = n > 30 ? 1 : 0;
    return x;
  }

  /** What a token is besides its valence, for the negation and contrast features. */
  enum Entry { NONE, NEGATION, CONTRAST }

  private static int lexicon(int side, boolean sameClause, int distance, double value) {
    int d = distance <= 3 ? 0 : distance <= 8 ? 1 : 2;
    return LEXICON + side * 12 + (sameClause ? 0 : 6) + d * 2 + (value > 0 ? 0 : 1);
  }

  /** The target's token span [first, last] for characters [start, end), or null if none overlaps. */
  static int[] span(WordTokenizer.Tokens t, int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.end(i) > start && t.start(i) < end) {
        if (first < 0) first = i;
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }
}
