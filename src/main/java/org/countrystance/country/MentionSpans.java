package org.countrystance.country;

import java.util.List;

/**
 * Where each country mention of a sentence sits and the words in front of it: its token span, the
 * insertions the role rules skip (", which ...,", parentheses; {@link Clauses} adds appositions), and
 * the noun-phrase questions asked of one mention: what word governs it, which mention it is
 * coordinated with, whether it follows "against", an event noun or "in", and whether it names a place,
 * an ethnic group or a news source rather than the state.
 */
final class MentionSpans {
  private final Tokens t;
  private final RoleLexicon lex;
  /** Per token: inside an insertion the role rules skip. */
  final boolean[] skipped;
  /** Per token: inside a mention. */
  final boolean[] inMention;
  /** Per mention: its first token, the token after its last, its kind. */
  final int[] mStart;
  final int[] mEnd;
  private final MentionKind[] mKind;

  MentionSpans(Tokens t, RoleLexicon lex, List<CountryMention> mentions) {
    // token spans of mentions are found by binary search; all later checks are O(1) or local walks
    this.t = t;
    this.lex = lex;
    this.skipped = new boolean[t.size()];
    this.inMention = new boolean[t.size()];
    mStart = new int[mentions.size()];
    mEnd = new int[mentions.size()];
    mKind = new MentionKind[mentions.size()];
    for (int m = 0; m < mentions.size(); m++) {
      mKind[m] = mentions.get(m).kind();
      mStart[m] = tokenAt(mentions.get(m).start());
      mEnd[m] = tokenAt(mentions.get(m).end());
      for (int i = mStart[m]; i < mEnd[m]; i++) {
        inMention[i] = true;
      }
    }
    markRelativeClausesAndParentheses();
  }

  /** First token starting at or after a character offset (binary search). */
  private int tokenAt(int offset) {
    int lo = 0;
    int hi = t.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.start(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** ", which ... ," and "( ... )": insertions whose words take no part in the sentence's roles. */
  private void markRelativeClausesAndParentheses() {
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
    for (int i = 0; i < t.size(); i++) {
      if (!asideDash(i)) {
        continue;
      }
      int j = i + 1;
      while (j < t.size() && !(asideDash(j) && t.key(j).equals(t.key(i)))) {
        j++;
      }
      boolean aside = i + 1 < j && (lex.in("relative", t.key(i + 1)) || t.key(i + 1).equals("including"));
      if (j < t.size() && aside && !namesOnly(i + 1, j)) {
        // "protracted conflicts – including Russia's war in Ukraine – have pushed", "Britain – which insisted ... –
        // said": an aside between dashes that opens as a relative clause or with "including", as between commas;
        // a list of names there is an apposition that keeps its roles. Other dashes in pairs are as often the
        // restarts of speech ("Secretary of — Secretary of State Blinken announced", "since — since Russia has
        // amassed"), whose words are the sentence's own.
        for (int k = i; k <= j; k++) {
          skipped[k] = true;
        }
      }
      i = j;
    }
  }

  /** Whether tokens [from, to) are only mentions, with commas, "and", "or", determiners and "including" between. */
  private boolean namesOnly(int from, int to) {
    boolean any = false;
    for (int k = from; k < to; k++) {
      String w = t.key(k);
      any |= inMention[k];
      if (!inMention[k] && !w.equals(",") && !lex.in("coordinator", w) && !lex.in("determiner", w)
          && !w.equals("including")) {
        return false;
      }
    }
    return any;
  }

  /** A dash that opens or closes an aside: an en or em dash, or a hyphen with a space on each side. */
  private boolean asideDash(int i) {
    String k = t.key(i);
    if (k.equals("\u2013") || k.equals("\u2014")) {
      return true;
    }
    return k.equals("-") && i > 0 && i + 1 < t.size() && t.end(i - 1) < t.start(i) && t.end(i) < t.start(i + 1);
  }

  MentionKind kind(int m) {
    return mKind[m];
  }

  /** "Talks in Geneva ended": a capital or place after a locative preposition is where, not who. */
  boolean location(int m) {
    if (mKind[m] != MentionKind.PLACE && mKind[m] != MentionKind.CAPITAL) {
      return false;
    }
    int p = beforeDeterminers(m);
    return p >= 0 && lex.in("locative", t.key(p));
  }

  /**
   * "ethnic Albanians", "the Russian minority": a demonym that names an ethnic group, not the state. Such a
   * mention is never a speaker or a target (it stays MENTIONED).
   */
  boolean ethnicGroup(int m) {
    if (mKind[m] != MentionKind.DEMONYM) {
      return false;
    }
    boolean before = mStart[m] > 0 && lex.in("ethnic_before", t.key(mStart[m] - 1));
    boolean after = mEnd[m] < t.size() && lex.in("ethnic_after", t.key(mEnd[m]));
    return before || after;
  }

  /**
   * "the Russia-Ukraine conflict", "the U.S.-Israel partnership": a mention joined by a hyphen to another mention is
   * part of a compound modifier of the noun after it, not a party of the sentence.
   */
  boolean inCompound(int m) {
    return mStart[m] > 1 && joinsByHyphen(mStart[m] - 1) && inMention[mStart[m] - 2]
        || mEnd[m] + 1 < t.size() && joinsByHyphen(mEnd[m]) && inMention[mEnd[m] + 1];
  }

  /** A hyphen at token {@code i} written with no space on either side ("Russia-Ukraine", not "Ukraine - Luhansk"). */
  private boolean joinsByHyphen(int i) {
    return t.key(i).equals("-") && i > 0 && i + 1 < t.size() && t.end(i - 1) == t.start(i)
        && t.end(i) == t.start(i + 1);
  }

  /** An ethnic group or part of a compound: never a speaker or target. */
  boolean noParty(int m) {
    return ethnicGroup(m) || inCompound(m);
  }

  /** A country name right after "in" (past determiners): the jurisdiction of a passive state act. */
  boolean jurisdiction(int m) {
    if (mKind[m] != MentionKind.NAME) {
      return false;
    }
    int p = beforeDeterminers(m);
    return p >= 0 && t.key(p).equals("in");
  }

  /** Governed by "by", as the agent of a passive verb: "was attacked by Russia". */
  boolean afterBy(int m) {
    int p = governingWord(m);
    return p >= 0 && t.key(p).equals("by");
  }

  /** The token before mention {@code m} past any determiners ("the", "a"), or -1. */
  int beforeDeterminers(int m) {
    int p = mStart[m] - 1;
    while (p >= 0 && lex.in("determiner", t.key(p))) {
      p--;
    }
    return p;
  }

  /** After "against", directly or as a later conjunct: "against the United States and Britain". */
  boolean afterAgainst(int m) {
    return againstBefore(m) >= 0;
  }

  /** The "against" before mention {@code m}, directly or before an earlier conjunct; -1 if none. */
  int againstBefore(int m) {
    int p = beforeDeterminers(m);
    if (p >= 0 && t.key(p).equals("against")) {
      return p;
    }
    int previous = conjunctBefore(m);
    return previous >= 0 ? againstBefore(previous) : -1;
  }

  /**
   * After an event noun and its preposition: "sanctions on Russia", "aid to Ukraine", "an attack on
   * Israel" (the noun is a listed verb form used as a noun), directly or as a later conjunct. The country
   * is the target of that event even where no verb of the sentence reaches it.
   */
  boolean afterEventNoun(int m) {
    int p = beforeDeterminers(m);
    if (p >= 1 && lex.in("event_preposition", t.key(p)) && !inMention[p - 1] && !skipped[p - 1]
        && lex.isVerbForm(t.key(p - 1)) && !lex.in("not_event_noun", t.key(p - 1))) {
      return true;
    }
    int previous = conjunctBefore(m);
    return previous >= 0 && afterEventNoun(previous);
  }

  /**
   * The mention that {@code m} is coordinated with ("Russia and China", "Britain, France and Germany", "Britain,
   * France, and Germany"), or -1: the previous mention ends right before the "and"/"or" (or its serial comma)
   * that precedes {@code m} (past determiners), or before
   * a comma when {@code m} itself goes on with the list ("France" in "Britain, France and Germany"; not
   * "Macedonian officials" in "with Bulgaria, Macedonian officials said").
   */
  int conjunctBefore(int m) {
    int p = beforeDeterminers(m);
    if (m > 0 && p >= 2 && !skipped[p] && lex.in("coordinator", t.key(p)) && t.key(p - 1).equals(",")
        && mEnd[m - 1] == p - 1 && conjunctBefore(m - 1) >= 0) {
      // the serial comma ends a list of three or more: "to Nigeria, Rwanda, Kenya, and South Africa" (one
      // name before ", and" is a clause joined: "talks were held in Moscow, and Russia agreed")
      return m - 1;
    }
    if (m == 0 || p < 1 || skipped[p] || mEnd[m - 1] != p) {
      return -1;
    }
    boolean listGoesOn = mEnd[m] < t.size()
        && (lex.in("coordinator", t.key(mEnd[m])) || t.key(mEnd[m]).equals(","));
    return lex.in("coordinator", t.key(p)) || (t.key(p).equals(",") && listGoesOn) ? m - 1 : -1;
  }

  /**
   * The earlier mention that {@code m} parallels with the same preposition after "and" or "or" ("call on Iran to
   * return ..., and on the Democratic People's Republic of Korea to stop"), or -1: the last mention before it
   * that the same preposition governs (past determiners).
   */
  int parallelBefore(int m) {
    int p = beforeDeterminers(m);
    if (p < 1 || skipped[p] || !lex.in("preposition", t.key(p)) || !lex.in("coordinator", t.key(p - 1))) {
      return -1;
    }
    for (int o = m - 1; o >= 0; o--) {
      int q = beforeDeterminers(o);
      if (q >= 0 && q < p - 1 && t.key(q).equals(t.key(p))) {
        return o;
      }
    }
    return -1;
  }

  /** Governed by a preposition that makes a target ("against", "on", ...) or by "by": not a subject. */
  boolean afterPreposition(int m) {
    int p = governingWord(m);
    return p >= 0 && (lex.in("target_preposition", t.key(p)) || t.key(p).equals("by"));
  }

  /**
   * "Ukraine's allies have urged", "Kyiv's Western partners offered": the country owns a noun of relation (group
   * {@code relation}) before the verb, with at most three words between; its allies act, not it.
   */
  boolean possessorOfRelation(int m, int verbStart) {
    int i = mEnd[m];
    if (i >= verbStart || !t.key(i).equals("'s")) {
      return false;
    }
    for (i++; i < verbStart && i <= mEnd[m] + 4; i++) {
      if (lex.in("relation", t.key(i))) {
        return !t.isCapitalised(i); // "USDA's Rural Partners Network" is a name
      }
      if (inMention[i] || !Character.isLetter(t.key(i).charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** "a state-owned Egyptian newspaper said", "sources in neighbouring Pakistan said": a news source, not the state. */
  boolean mediaSource(int m, int verbStart) {
    for (int i = mEnd[m]; i < Math.min(verbStart, mEnd[m] + 3); i++) {
      if (lex.in("media", t.key(i))) {
        return true;
      }
    }
    int p = beforeDeterminers(m);
    return p > 0 && t.key(p).equals("in") && lex.in("media", t.key(p - 1));
  }

  /**
   * The word that governs the noun phrase of the mention: walking back over determiners, numbers, names
   * and titles ("with President Obama"), "of" and "'s" ("by the Ambassador of the Kingdom of Morocco").
   */
  private int governingWord(int m) {
    int conjunct = conjunctBefore(m);
    if (conjunct >= 0) {
      return governingWord(conjunct); // "with Russia and China": "with" governs both
    }
    int p = mStart[m] - 1;
    while (p >= 0) {
      String k = t.key(p);
      boolean nounPhrase = lex.in("determiner", k) || Character.isDigit(k.charAt(0)) || k.equals("of")
          || k.equals("'s") || (t.isCapitalised(p) && p > 0 && !inMention[p]) || inMention[p] || insideTitle(p);
      if (!nounPhrase || skipped[p]) {
        return skipped[p] ? -1 : p;
      }
      p--;
    }
    return -1;
  }

  /** "for" between two capitalised words belongs to a title or name: "Minister for Interior". */
  private boolean insideTitle(int p) {
    return t.key(p).equals("for") && p > 0 && p + 1 < t.size() && t.isCapitalised(p - 1) && t.isCapitalised(p + 1);
  }
}
