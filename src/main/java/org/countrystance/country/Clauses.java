package org.countrystance.country;

import java.util.List;
import java.util.Set;

/**
 * The shallow structure the role rules need: the verbs ({@link VerbScan}), appositions to skip (on top
 * of the insertions {@link MentionSpans} skips), clause boundaries, and where each mention stands to
 * each verb: in its subject, in its object, in a reported, relative or adverbial clause.
 *
 * <p>Over 250 lines because each role rule reads the same clause analysis; the rules are tuned together
 * against the PLOVER evaluation, so they stay in one class.
 */
final class Clauses {
  private static final int LAST_NOUN_PHRASE = 4;
  /**
   * Countries deeper than this many tokens into a verb's object ("accused the United States of ... in the
   * negotiations on independence for Namibia") are only mentioned; 10 was chosen on the PLOVER dev half.
   */
  private static final int OBJECT_REACH = 10;

  final Tokens t;
  final List<VerbScan.VerbAt> verbs;
  /** The mentions' spans and the noun-phrase checks of one mention. */
  final MentionSpans spans;
  private final RoleLexicon lex;
  // aliases of the spans' arrays (appositions are marked into the same skipped array)
  private final boolean[] skipped;
  private final boolean[] inMention;
  private final int[] mStart;
  private final int[] mEnd;
  private boolean[] verbStart;
  /** Number of object-window breaks (comma, semicolon, colon, boundary other than "that") before each token. */
  private int[] breaksBefore;
  /** Number of gerund clauses ("for collaborating", "of supplying") opened before each token. */
  private int[] gerundsBefore;
  /** Per mention: after the reported subject of a directive verb's clause (see {@link #beyondReportedSubject}). */
  private final boolean[] beyondReported;
  private final List<CountryMention> mentions;

  Clauses(Tokens t, RoleLexicon lex, List<CountryMention> mentions) {
    this.t = t;
    this.lex = lex;
    this.mentions = mentions;
    spans = new MentionSpans(t, lex, mentions);
    skipped = spans.skipped;
    inMention = spans.inMention;
    mStart = spans.mStart;
    mEnd = spans.mEnd;
    boolean[] excluded = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      excluded[i] = inMention[i] || skipped[i];
    }
    verbs = VerbScan.scan(t, lex, excluded);
    verbStart = new boolean[t.size() + 1];
    verbs.forEach(v -> verbStart[v.start()] = true);
    markAppositions();
    breaksBefore = new int[t.size() + 1];
    for (int i = 0; i < t.size(); i++) {
      String k = t.key(i);
      boolean brk = !skipped[i] && (k.equals(",") || k.equals(";") || k.equals(":")
          || (lex.boundaryAt(t, i) && !k.equals("that")));
      breaksBefore[i + 1] = breaksBefore[i] + (brk ? 1 : 0);
    }
    gerundsBefore = new int[t.size() + 1];
    for (int i = 0; i < t.size(); i++) {
      gerundsBefore[i + 1] = gerundsBefore[i] + (opensGerundClause(i) ? 1 : 0);
    }
    beyondReported = new boolean[mentions.size()];
    for (int m = 0; m < mentions.size(); m++) {
      beyondReported[m] = findBeyondReportedSubject(m);
    }
  }

  /** ", a key U.S. ally in the war against terrorism," after a mention: skipped unless it is a list item. */
  private void markAppositions() {
    for (int m = 0; m < mStart.length; m++) {
      int c = mEnd[m];
      if (c >= t.size() || !t.key(c).equals(",") || skipped[c]) {
        continue;
      }
      int j = c + 1;
      while (j < t.size() && !t.key(j).equals(",") && !startsVerb(j)) {
        j++;
      }
      boolean listItem = j < t.size() && isMentionRun(c + 1, j);
      if (j < t.size() && t.key(j).equals(",") && j > c + 1 && !listItem && followedByVerb(j)) {
        for (int k = c; k <= j; k++) {
          skipped[k] = true;
        }
      }
    }
  }

  private boolean startsVerb(int i) {
    return verbStart[i];
  }

  private boolean followedByVerb(int comma) {
    int k = comma + 1;
    while (k < t.size() && (lex.in("auxiliary", t.key(k)) || t.key(k).endsWith("ly"))) {
      k++;
    }
    return k < t.size() && startsVerb(k);
  }

  private boolean isMentionRun(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!inMention[i] && !lex.in("coordinator", t.key(i)) && !lex.in("determiner", t.key(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Token where the subject of verb v may start: after the last boundary word or comma before it (a comma
   * after a fronted subject with an apposition is no boundary). With no boundary since the previous verb,
   * the words after that verb are its object, so only the last few words before v can be v's subject.
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
      if (lex.boundaryAt(t, i) || k.equals(";")) {
        return i + 1;
      }
    }
    return v == 0 ? 0 : Math.max(floor, verbs.get(v).start() - LAST_NOUN_PHRASE);
  }

  private boolean frontedSubject(int floor, int comma) {
    if (floor != 0 || lex.in("fronted_preposition", t.key(0))) {
      return false;
    }
    for (int i = 0; i < comma; i++) {
      if (!skipped[i] && (t.key(i).equals(",") || lex.boundaryAt(t, i))) {
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

  /** Words allowed between a country and the noun of its act: "Russia's unprovoked and unjustified war". */
  private static final int ACT_MODIFIERS = 3;
  /** Function words that end a noun phrase's modifiers: "the Ukrainians as they stand firm against". */
  private static final List<String> NOT_MODIFIERS = List.of("preposition", "determiner", "subject_pronoun",
      "boundary", "auxiliary", "be", "modal", "relative");

  /**
   * The place or victim of another country's act, named after the act's noun with a victim preposition ("of",
   * "in", "against", "on": {@code conf/roles/role_words.tsv}): "Russia's invasion of Ukraine", "the Russian war
   * in Ukraine", "Russia's unprovoked and unjustified war against Ukraine" (and later conjuncts: "of Georgia and
   * Ukraine"). Whoever speaks of that act speaks of the country whose act it is; the one it befell is only
   * mentioned ({@link RoleTagger} keeps the target that "against" makes before a verb: "Palestinian anger against
   * Israel grew"). The act's owner is another country before it with "'s" or a demonym ("Ukraine's capital city
   * of Kyiv" names no act); between them only lower-case content words and "and", no verb.
   */
  boolean victimOfAnothersAct(int m) {
    int previous = spans.conjunctBefore(m);
    if (previous >= 0) {
      return victimOfAnothersAct(previous);
    }
    int p = spans.beforeDeterminers(m);
    if (p < 2 || !lex.in("victim_preposition", t.key(p)) || !actWord(p - 1)) {
      return false;
    }
    int j = p - 2;
    for (int words = 0; j >= 0 && words < ACT_MODIFIERS && actWord(j); words++) {
      j--;
    }
    boolean possessive = j >= 1 && t.key(j).equals("'s");
    int end = possessive ? j : j + 1;
    if (!possessive && end < t.size() && lex.in("coordinator", t.key(end))) {
      return false; // "five Russians and three citizens of Ukraine": a list of people, not a Russian act
    }
    for (int o = 0; o < mStart.length; o++) {
      if (mEnd[o] == end && !mentions.get(o).iso3().equals(mentions.get(m).iso3())
          && (possessive || spans.kind(o) == MentionKind.DEMONYM)) {
        return true;
      }
    }
    return false;
  }

  /** A lower-case content word outside mentions and insertions that starts no verb: a noun or its modifier. */
  private boolean actWord(int i) {
    String k = t.key(i);
    if (inMention[i] || skipped[i] || verbStart[i] || t.isCapitalised(i) || !Character.isLetter(k.charAt(0))) {
      return false;
    }
    for (String group : NOT_MODIFIERS) {
      if (lex.in(group, k)) {
        return false;
      }
    }
    return true;
  }

  /** Finite forms of "be" that make a copular statement about their subject. */
  private static final Set<String> COPULA = Set.of("is", "are", "was", "were", "remains", "remain", "remained");
  /** Words between the copula and its complement that keep the statement copular: "is not", "is also". */
  private static final Set<String> COPULA_ADVERBS = Set.of("not", "also", "still", "now", "indeed");

  /**
   * The subject of a copular statement, what it says something about: a country opening a clause right before
   * "is", "are", "was" or "were" whose complement is no verb ("Russia is the aggressor", "that China was
   * responsible"; not "Russia is attacking", which a verb reads). Not a place: "Kherson is quiet" says where.
   */
  boolean copularSubject(int m) {
    MentionKind kind = spans.kind(m);
    if (kind == MentionKind.PLACE || skipped[mStart[m]]) {
      return false;
    }
    int p = spans.beforeDeterminers(m);
    boolean opens = p < 0 || t.key(p).equals(",") || t.key(p).equals(";") || t.key(p).equals(":")
        || lex.boundaryAt(t, p);
    int e = copulaAfterOwnedNoun(m);
    if (!opens || e + 1 >= t.size() || !COPULA.contains(t.key(e))) {
      return false;
    }
    int c = e + 1;
    while (c < t.size() && (COPULA_ADVERBS.contains(t.key(c)) || t.key(c).endsWith("ly"))) {
      c++;
    }
    boolean aboutTo = c + 1 < t.size() && t.key(c).equals("about") && t.key(c + 1).equals("to");
    if (c >= t.size() || verbStart[c] || !Character.isLetterOrDigit(t.key(c).charAt(0))
        || NOT_COMPLEMENTS.contains(t.key(c)) || aboutTo) {
      return false;
    }
    // an act under way or done to it that the list does not know is no statement about the country ("Russia is
    // struggling", "Liz Truss was chosen"): the part-of-speech model reads the word as a verb
    return !VerbScan.taggedVerb(t, c);
  }

  /** Words from a possessor to the copula after the noun it owns: "Russia's brutal attack on Ukraine is". */
  private static final int OWNED_NOUN_REACH = 6;

  /**
   * Where the copula of a subject opened by the mention is: right after it ("Russia is"), or after the noun
   * phrase it owns with "'s" or as a demonym ("Russia's brutal attack on Ukraine is also about a threat to
   * democracy", "the Russian attack on Ukraine is"), within a few words and no verb, comma or boundary; the
   * mention's end otherwise.
   */
  private int copulaAfterOwnedNoun(int m) {
    int e = mEnd[m];
    boolean owns = e < t.size() && t.key(e).equals("'s") || spans.kind(m) == MentionKind.DEMONYM;
    if (!owns || e < t.size() && COPULA.contains(t.key(e))) {
      return e;
    }
    for (int j = e; j < t.size() && j - e <= OWNED_NOUN_REACH; j++) {
      if (COPULA.contains(t.key(j))) {
        return j;
      }
      if (verbStart[j] || t.key(j).equals(",") || lex.boundaryAt(t, j)) {
        break;
      }
    }
    return e;
  }

  /** Words after a copula that begin an act or a readiness to act, not a statement about the subject. */
  private static final Set<String> NOT_COMPLEMENTS = Set.of("to", "going", "able", "unable",
      "willing", "unwilling", "ready", "likely", "unlikely", "set", "due", "poised", "prepared", "being");

  boolean inSubject(int m, int from, int verbStart) {
    return mStart[m] >= from && mEnd[m] <= verbStart && !skipped[mStart[m]] && !spans.afterPreposition(m)
        && !spans.mediaSource(m, verbStart) && !spans.possessorOfRelation(m, verbStart) && !spans.location(m)
        && !complementOfEarlierSubject(m, from)
        && !pronounSubjectBetween(m, verbStart);
  }

  /**
   * A subject pronoun between the mention and the verb is the verb's subject: "sold in France — you can buy".
   * Not one coordinated with the mention: "President Xi and I tasked our teams".
   */
  private boolean pronounSubjectBetween(int m, int verbStart) {
    for (int i = mEnd[m]; i < verbStart; i++) {
      if (!skipped[i] && lex.in("subject_pronoun", t.key(i)) && !lex.in("coordinator", t.key(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The Turkish and Greek sides of the island of Cyprus agreed": a country after "of" whose noun phrase
   * follows another country of the same subject, with no "and" or comma between, completes that noun phrase;
   * it is not a speaker of its own ("The leaders of France and Germany" keep both: no country before "of").
   */
  private boolean complementOfEarlierSubject(int m, int from) {
    int p = mStart[m] - 1;
    while (p >= from && lex.in("determiner", t.key(p))) {
      p--;
    }
    if (p < from || !t.key(p).equals("of")) {
      return false;
    }
    for (int i = p - 1; i >= from; i--) {
      if (inMention[i]) {
        return true;
      }
      if (lex.in("coordinator", t.key(i)) || t.key(i).equals(",") || skipped[i]) {
        return false;
      }
    }
    return false;
  }

  /** In the subject of a passive verb, the whole noun phrase is acted upon: "a camp for Congolese refugees was attacked". */
  boolean inPassiveSubject(int m, int from, int verbStart) {
    return mStart[m] >= from && mEnd[m] <= verbStart && !skipped[mStart[m]] && !spans.mediaSource(m, verbStart);
  }

  /**
   * After the verb and before the next comma, semicolon, colon or clause boundary other than "that", and not
   * inside a gerund clause opened after the verb ("was arrested for collaborating with Israel").
   */
  boolean inObject(int m, VerbScan.VerbAt verb) {
    return mStart[m] >= verb.end() && mStart[m] - verb.end() <= OBJECT_REACH
        && breaksBefore[mStart[m]] == breaksBefore[verb.end()]
        && gerundsBefore[mStart[m]] == gerundsBefore[verb.end()];
  }

  /**
   * A preposition followed by a lower-case "-ing" word ("for collaborating", "of supplying"): a gerund opens a
   * clause of its own whose objects are not the finite verb's ("something", "nothing" and determiners such as
   * "neighboring" are no gerunds).
   */
  private boolean opensGerundClause(int i) {
    if (i + 1 >= t.size() || !lex.in("preposition", t.key(i)) || t.isCapitalised(i + 1)) {
      return false;
    }
    String next = t.key(i + 1);
    return next.length() > 4 && next.endsWith("ing") && !next.endsWith("thing") && !lex.in("determiner", next);
  }

  /**
   * True when verb v is reported or hypothetical: inside the object of an earlier speech verb ("Russia said
   * that Sudan must return ..."), in a clause completing a noun of report or fear ("fears that Russia could
   * ...") or in a conditional clause ("unless the Kremlin closed ..."). Its subject
   * is then not a speaker of the sentence: its words are another's report or a condition.
   */
  boolean reportedOrConditional(int v) {
    int start = verbs.get(v).start();
    for (int u = 0; u < v; u++) {
      VerbScan.VerbAt earlier = verbs.get(u);
      if (earlier.speech() && !earlier.inverted() && breaksBefore[start] == breaksBefore[earlier.end()]) {
        return true;
      }
    }
    int boundary = clauseStart(v) - 1;
    return boundary >= 0 && (lex.in("conditional", t.key(boundary)) || afterReportingNoun(boundary));
  }

  /** Words a reporting noun may stand before its "that": "fears in the West that Russia could ...". */
  private static final int REPORTING_NOUN_REACH = 4;

  /**
   * A "that" completing a noun of report, belief or fear ("fears that Russia could encourage", "reports that
   * China had sent", "the possibility that Iran will"): the clause is what is feared or reported, not an act the
   * sentence asserts, as after a verb of saying. The noun stands at most a few words before "that", no verb
   * between.
   */
  private boolean afterReportingNoun(int that) {
    if (!t.key(that).equals("that")) {
      return false;
    }
    for (int i = that - 1; i >= Math.max(0, that - REPORTING_NOUN_REACH); i--) {
      if (verbStart[i] || t.key(i).equals(",")) {
        return false;
      }
      if (lex.in("reporting_noun", t.key(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when verb v is in a relative clause without a comma ("Saudi Arabia whose ties have been strained by
   * Riyadh's friendship with Tehran"; "a resolution which bans ..."): the clause describes a noun of the
   * sentence, it is not the sentence's event, so its subject and objects take no role from v. Relative
   * clauses between commas are skipped altogether (see {@link MentionSpans}).
   */
  boolean inRelativeClause(int v) {
    int boundary = clauseStart(v) - 1;
    return boundary > 0 && lex.in("relative", t.key(boundary)) && !t.key(boundary - 1).equals(",");
  }

  /**
   * True when verb v is in an adverbial clause that follows the main clause ("North Korea expelled the
   * inspectors after U.S. officials alleged ..."): the clause gives a circumstance of the main event.
   */
  boolean inLaterAdverbialClause(int v) {
    int boundary = clauseStart(v) - 1;
    return v > 0 && boundary >= verbs.get(0).end() && lex.in("adverbial", t.key(boundary));
  }

  /**
   * "Washington demanded that Hamas renounce its struggle against Israel": in a clause after a directive
   * speech verb and "that", whose subject is no pronoun, that subject is the speech verb's target and the
   * countries after it are what the subject is asked to do, not parties of the sentence's event. The subject
   * ends with its first country if that starts within a noun phrase's reach of "that", else at the clause's
   * first verb. Statements keep their reported objects ("announced that the United States will impose
   * sanctions on Russia"), and so do pronoun subjects ("urged that they ...").
   */
  boolean beyondReportedSubject(int m) {
    return beyondReported[m];
  }

  /** Computes {@link #beyondReportedSubject} once per mention (the role loop asks for every verb). */
  private boolean findBeyondReportedSubject(int m) {
    for (VerbScan.VerbAt u : verbs) {
      int that = u.end();
      if (!u.speech() || !lex.in("directive", u.lemma()) || u.inverted() || that >= mStart[m]
          || !t.key(that).equals("that") || breaksBefore[mStart[m]] != breaksBefore[that]
          || lex.in("pronoun", t.key(that + 1))) {
        continue;
      }
      int subjectEnd = -1;
      for (int o = 0; o < mStart.length && subjectEnd < 0; o++) {
        if (mStart[o] > that && mStart[o] - that <= LAST_NOUN_PHRASE) {
          subjectEnd = mEnd[o];
        }
      }
      for (int v = 0; v < verbs.size() && subjectEnd < 0; v++) {
        if (verbs.get(v).start() > that) {
          subjectEnd = verbs.get(v).start();
        }
      }
      if (subjectEnd >= 0 && mStart[m] >= subjectEnd) {
        return true;
      }
    }
    return false;
  }

  /**
   * The earlier verb whose object holds verb v ("launched an investigation into crimes committed by ..."):
   * the nearest earlier, not inverted verb within reach of v with no break between them; -1 if none, or if
   * the last preposition before v is locative ("met Obama at a lunch hosted by ...": a circumstance, not the
   * object).
   */
  int verbWhoseObjectHolds(int v) {
    int start = verbs.get(v).start();
    for (int u = v - 1; u >= 0; u--) {
      VerbScan.VerbAt earlier = verbs.get(u);
      if (!earlier.inverted() && start - earlier.end() <= OBJECT_REACH
          && breaksBefore[start] == breaksBefore[earlier.end()]) {
        for (int p = start - 1; p >= earlier.end(); p--) {
          if (lex.in("preposition", t.key(p))) {
            return lex.in("locative", t.key(p)) ? -1 : u;
          }
        }
        return u;
      }
    }
    return -1;
  }

  /**
   * A passive act of a state's authorities ("was arrested", "has been put under investigation") with no
   * country as its "by" agent: the country where it happened is then its agent (see
   * {@link MentionSpans#jurisdiction}).
   */
  boolean hasImplicitStateAgent(int v) {
    VerbScan.VerbAt verb = verbs.get(v);
    if (!verb.passive() || verb.reduced() || !lex.in("state_act", verb.lemma())) {
      return false;
    }
    for (int m = 0; m < mStart.length; m++) {
      if (inObject(m, verb) && spans.afterBy(m)) {
        return false;
      }
    }
    return true;
  }

  /**
   * After "against" (see {@link MentionSpans#afterAgainst}) no deeper than {@link #OBJECT_REACH} tokens past
   * the last verb before that word, or before any verb: "against" deep in a verb's object ("opened a hearing
   * into the legality of techniques used against Palestinian detainees") names no target of the sentence's
   * event.
   */
  boolean againstWithinReach(int m) {
    int p = spans.againstBefore(m);
    if (p < 0) {
      return false;
    }
    int lastEnd = -1;
    for (VerbScan.VerbAt v : verbs) {
      if (v.end() <= p) {
        lastEnd = v.end();
      }
    }
    return lastEnd < 0 || p - lastEnd <= OBJECT_REACH;
  }
}
