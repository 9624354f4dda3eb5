package org.countrystance.country;

import java.io.Serializable;
import org.countrystance.config.RuleTables;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each country mention its role in the sentence with explainable rules over the verb list:
 * SPEAKER = in the subject of a speech/policy/action verb (the words between the last clause boundary
 * and the verb, skipping ", which ...," insertions and appositions) and not governed by a preposition, the
 * "by" agent of a passive verb, or after an inverted speech verb (", said the Kremlin"); TARGET = after such
 * a verb in the same clause and near it, the subject of a passive verb, or after "against"; otherwise MENTIONED.
 * A verb after "and" shares the subject before it. The subject of a reported verb ("X said that Y will ...")
 * or of a conditional clause ("unless Y agrees") is a TARGET, not a speaker: the words are not Y's own.
 * The agent of a participle inside another verb's object ("condemned the strikes launched by Y") is a TARGET
 * of that verb; the country named after "in" is the agent of a passive state act with no agent ("was arrested
 * in Lebanon"); a demonym naming an ethnic group ("ethnic Albanians") is never speaker or target; every
 * conjunct after "against" (no deeper into a verb's object than objects reach), or after an event noun and
 * "on"/"to" ("sanctions on Russia"), is a target.
 * In "X demanded that Y ..." (a directive verb) with Y no pronoun, Y is the target and countries after Y are
 * only mentioned.
 * A gerund clause after a verb keeps its objects from that verb ("criticised Morocco for cooperating with Algeria").
 * A verb in an adverbial clause after the main clause ("recalled its ambassador after Peru expelled ...") and
 * a verb in a relative clause without a comma ("Mali whose talks were hosted by Algeria") gives no roles.
 * The victim or place of another country's act is only MENTIONED ("condemned Russia's invasion of Ukraine": Ukraine).
 * The subject of a copular statement is a TARGET, spoken about ("Russia is the aggressor").
 * A speaker's targets are the TARGET countries of its verb and those of "against" and event nouns.
 */
public final class RoleTagger implements Serializable {
  private static final long serialVersionUID = 1L;

  private final RoleLexicon lexicon;

  public RoleTagger(RoleLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static RoleTagger loadDefault() {
    return new RoleTagger(RoleLexicon.loadDefault());
  }

  public static RoleTagger load(RuleTables rules) {
    return new RoleTagger(RoleLexicon.load(rules));
  }

  public List<RoledMention> tag(String sentence, List<CountryMention> mentions) {
    return mentions.isEmpty() ? List.of() : tag(Tokens.of(sentence), mentions);
  }

  /** The same, on a sentence already cut into tokens (the annotator tokenises once for matcher and tagger). */
  List<RoledMention> tag(Tokens tokens, List<CountryMention> mentions) {
    if (mentions.isEmpty()) {
      return List.of();
    }
    Clauses c = new Clauses(tokens, lexicon, mentions);
    int n = mentions.size();
    MentionRole[] role = new MentionRole[n];
    String[] verbOf = new String[n];
    int[] verbIndexOf = new int[n];
    java.util.Arrays.fill(role, MentionRole.MENTIONED);
    java.util.Arrays.fill(verbIndexOf, -1);
    boolean[] victim = new boolean[n];
    for (int m = 0; m < n; m++) {
      victim[m] = c.victimOfAnothersAct(m); // asked for every verb below: computed once per mention
    }
    List<Set<Integer>> patients = new ArrayList<>();
    for (int v = 0; v < c.verbs.size(); v++) {
      VerbScan.VerbAt verb = c.verbs.get(v);
      int subjectStart = c.clauseStart(v);
      Set<Integer> acted = new LinkedHashSet<>();
      patients.add(acted);
      if (c.inRelativeClause(v) || c.inLaterAdverbialClause(v)) {
        continue;
      }
      MentionRole subjectRole = verb.passive() || c.reportedOrConditional(v) ? MentionRole.TARGET : MentionRole.SPEAKER;
      int outer = verb.reduced() ? c.verbWhoseObjectHolds(v) : -1;
      boolean implicitAgent = c.hasImplicitStateAgent(v);
      for (int m = 0; m < n; m++) {
        if (c.spans.noParty(m) || verb.tagged() && mentions.get(m).kind() == MentionKind.PLACE
            || victim[m]) {
          // a city or region around a verb the list does not know is where it happened ("invested $20
          // billion in Ohio", "traveled to Newport News"); the list holds the verbs of acts against places. The
          // victim or place of another country's act is not this verb's party ("condemned Russia's invasion of
          // Ukraine")
          continue;
        }
        boolean subject = verb.passive() ? c.inPassiveSubject(m, subjectStart, verb.start())
            : c.inSubject(m, subjectStart, verb.start());
        if (!verb.coordinated() && subject) {
          set(role, verbOf, verbIndexOf, m, subjectRole, verb, v);
          if (subjectRole == MentionRole.TARGET) {
            acted.add(m);
          }
        } else if (c.inObject(m, verb)) {
          boolean byAgent = verb.passive() && c.spans.afterBy(m);
          if (byAgent && outer >= 0) {
            // "condemned the strikes carried out by Ukraine": the agent of a participle inside the object of
            // an earlier verb belongs to that object; it is a target of the earlier verb
            set(role, verbOf, verbIndexOf, m, MentionRole.TARGET, c.verbs.get(outer), outer);
            patients.get(outer).add(m);
            continue;
          }
          boolean agent = byAgent || verb.inverted() || (implicitAgent && c.spans.jurisdiction(m));
          if (!agent && c.beyondReportedSubject(m)) {
            continue;
          }
          set(role, verbOf, verbIndexOf, m, agent ? MentionRole.SPEAKER : MentionRole.TARGET, verb, v);
          if (!agent) {
            acted.add(m);
          }
        }
      }
    }
    for (int m = 1; m < n; m++) {
      int listed = c.spans.conjunctBefore(m);
      int previous = listed >= 0 ? listed : c.spans.parallelBefore(m);
      if (role[m] == MentionRole.MENTIONED && previous >= 0 && role[previous] == MentionRole.TARGET
          && verbIndexOf[previous] >= 0 && patients.get(verbIndexOf[previous]).contains(previous)
          && !c.spans.noParty(m) && !victim[m]
          && !mentions.get(m).iso3().equals(mentions.get(previous).iso3())) {
        // "discussed Ukraine, Iran, the DPRK, and ...": a later conjunct of a verb's object, past the list's commas,
        // is that verb's object too; a country after a place of its own is where that place is ("near Mariupol,
        // Ukraine", "in Moscow, Russia, Tuesday"), not another object
        set(role, verbOf, verbIndexOf, m, MentionRole.TARGET, c.verbs.get(verbIndexOf[previous]),
            verbIndexOf[previous]);
        patients.get(verbIndexOf[previous]).add(m);
      }
    }
    for (int m = 0; m < n; m++) {
      if (role[m] == MentionRole.MENTIONED && (c.againstWithinReach(m) || c.spans.afterEventNoun(m))
          && !c.spans.noParty(m) && !c.beyondReportedSubject(m) && !(victim[m] && afterSomeVerb(c, m))) {
        role[m] = MentionRole.TARGET;
      } else if (role[m] == MentionRole.MENTIONED && c.copularSubject(m) && !c.spans.noParty(m)) {
        role[m] = MentionRole.TARGET; // "Russia is the aggressor": spoken about
      }
    }
    List<RoledMention> out = new ArrayList<>(n);
    for (int m = 0; m < n; m++) {
      Set<String> targets = new LinkedHashSet<>();
      if (role[m] == MentionRole.SPEAKER) {
        for (int o = 0; o < n; o++) {
          if (role[o] == MentionRole.TARGET && !mentions.get(o).iso3().equals(mentions.get(m).iso3())
              && (patients.get(verbIndexOf[m]).contains(o) || c.spans.afterAgainst(o) || c.spans.afterEventNoun(o))) {
            targets.add(mentions.get(o).iso3());
          }
        }
      }
      out.add(new RoledMention(mentions.get(m), role[m], List.copyOf(targets), verbOf[m]));
    }
    return out;
  }

  /**
   * After a verb, however deep in its object: there "against" names the victim of the act someone speaks of
   * ("discussed the consequences of Russia's war against Ukraine"); before every verb, the one the act is directed
   * at ("Palestinian anger against Israel grew").
   */
  private static boolean afterSomeVerb(Clauses c, int m) {
    for (VerbScan.VerbAt verb : c.verbs) {
      if (verb.end() <= c.spans.mStart[m]) {
        return true;
      }
    }
    return false;
  }

  /** SPEAKER beats TARGET beats MENTIONED: a country that speaks in one clause is a speaker of the sentence. */
  private static void set(MentionRole[] role, String[] verbOf, int[] verbIndexOf, int m, MentionRole r,
      VerbScan.VerbAt verb, int v) {
    if (r.ordinal() < role[m].ordinal()) {
      role[m] = r;
      verbOf[m] = verb.form();
      verbIndexOf[m] = v;
    }
  }
}
