package org.countrystance.country;

import java.util.ArrayList;
import java.util.List;

/**
 * The shallow structure the role rules need: verbs of the lexicon with their token spans and voice,
 * insertions to skip (", which ...,", parentheses), each mention's token span, and clause boundaries.
 */
final class Clauses {
  /** A verb occurrence: token span [start, end), its form, and whether a form of "be" makes it passive. */
  record VerbAt(int start, int end, String form, boolean passive) {}

  final Tokens t;
  final List<VerbAt> verbs = new ArrayList<>();
  private final RoleLexicon lex;
  private final boolean[] skipped;
  private final int[] mStart;
  private final int[] mEnd;

  Clauses(Tokens t, RoleLexicon lex, List<CountryMention> mentions) {
    this.t = t;
    this.lex = lex;
    this.skipped = new boolean[t.size()];
    mStart = new int[mentions.size()];
    mEnd = new int[mentions.size()];
    boolean[] inMention = new boolean[t.size()];
    for (int m = 0; m < mentions.size(); m++) {
      mStart[m] = tokenAt(mentions.get(m).start());
      mEnd[m] = tokenAt(mentions.get(m).end());
      for (int i = mStart[m]; i < mEnd[m]; i++) {
        inMention[i] = true;
      }
    }
    markInsertions();
    for (int i = 0; i < t.size(); i++) {
      int e = inMention[i] || skipped[i] || !nounUse(i) ? -1 : lex.verbs.longest(t, i);
      if (e > 0) {
        verbs.add(new VerbAt(i, e, t.text().substring(t.start(i), t.end(e - 1)), passive(i)));
        i = e - 1;
      }
    }
  }

  /** First token starting at or after a character offset. */
  private int tokenAt(int offset) {
    int i = 0;
    while (i < t.size() && t.start(i) < offset) {
      i++;
    }
    return i;
  }

  /** False when the word is used as a noun or adjective: after a determiner, or joined by a hyphen. */
  private boolean nounUse(int i) {
    boolean hyphen = (i > 0 && t.key(i - 1).equals("-")) || (i + 1 < t.size() && t.key(i + 1).equals("-"));
    return !hyphen && !(i > 0 && RoleTagger.isDeterminer(t.key(i - 1)));
  }

  private void markInsertions() {
    for (int i = 0; i + 1 < t.size(); i++) {
      boolean relative = t.key(i).equals(",") && lex.in("relative", t.key(i + 1));
      if (relative || t.key(i).equals("(")) {
        String close = relative ? "," : ")";
        int j = i + 1;
        while (j < t.size() && !t.key(j).equals(close)) {
          j++;
        }
        if (j < t.size() || !relative) {
          for (int k = i; k < Math.min(j + 1, t.size()); k++) {
            skipped[k] = true;
          }
        }
        i = j;
      }
    }
  }

  private boolean passive(int verbStart) {
    for (int k = verbStart - 1; k >= Math.max(0, verbStart - 3); k--) {
      if (lex.in("be", t.key(k))) {
        return t.key(verbStart).endsWith("ed") || t.key(verbStart).endsWith("en")
            || !t.key(verbStart).endsWith("ing") && !t.key(verbStart).endsWith("s");
      }
      if (!(t.key(k).endsWith("ly") || t.key(k).equals("not") || t.key(k).equals("also"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Token where the clause of verb v starts: after the previous verb, the last boundary word, or the last
   * comma that closes an adverbial phrase or a verbless clause; a comma after a fronted subject with an
   * apposition ("Qatar's emir, Sheikh Hamad, launched") is not a boundary.
   */
  int clauseStart(int v) {
    int floor = v == 0 ? 0 : verbs.get(v - 1).end();
    for (int i = verbs.get(v).start() - 1; i >= floor; i--) {
      if (skipped[i]) {
        continue;
      }
      String k = t.key(i);
      if (k.equals(",") && !frontedSubject(floor, i)) {
        return i + 1;
      }
      if (lex.in("boundary", k) || k.equals(";")) {
        return i + 1;
      }
    }
    return floor;
  }

  /** The words from the clause floor to the comma are a noun phrase with a country in it, not a fronted adverbial. */
  private boolean frontedSubject(int floor, int comma) {
    if (floor != 0 || lex.in("fronted_preposition", t.key(0))) {
      return false;
    }
    for (int i = 0; i < comma; i++) {
      if (t.key(i).equals(",") || lex.in("boundary", t.key(i))) {
        return false;
      }
    }
    for (int m = 0; m < mStart.length; m++) {
      if (mEnd[m] <= comma) {
        return true;
      }
    }
    return false;
  }

  boolean inSubject(int m, int from, int verbStart) {
    return mStart[m] >= from && mEnd[m] <= verbStart && !skipped[mStart[m]] && !afterPreposition(m)
        && !beforeMediaNoun(m, verbStart);
  }

  /** After the verb and before the next comma, semicolon or colon. */
  boolean inObject(int m, VerbAt verb) {
    if (mStart[m] < verb.end()) {
      return false;
    }
    for (int i = verb.end(); i < mStart[m]; i++) {
      String k = t.key(i);
      if (!skipped[i] && (k.equals(",") || k.equals(";") || k.equals(":"))) {
        return false;
      }
    }
    return true;
  }

  boolean afterBy(int m) {
    int p = previousContentToken(m);
    return p >= 0 && t.key(p).equals("by");
  }

  boolean afterAgainst(int m) {
    int p = previousContentToken(m);
    return p >= 0 && t.key(p).equals("against");
  }

  private boolean afterPreposition(int m) {
    int p = previousContentToken(m);
    return p >= 0 && (lex.in("target_preposition", t.key(p)) || t.key(p).equals("by"));
  }

  /** "a state-owned Egyptian newspaper said": the mention modifies a media or witness noun before the verb. */
  private boolean beforeMediaNoun(int m, int verbStart) {
    for (int i = mEnd[m]; i < Math.min(verbStart, mEnd[m] + 3); i++) {
      if (lex.in("media", t.key(i))) {
        return true;
      }
    }
    return false;
  }

  private int previousContentToken(int m) {
    int p = mStart[m] - 1;
    while (p >= 0 && RoleTagger.isDeterminer(t.key(p))) {
      p--;
    }
    return p;
  }
}
