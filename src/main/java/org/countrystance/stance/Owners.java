package org.countrystance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countrystance.stance.SentenceEvidence.Vote;
import org.countrystance.syntax.TaggedSentence;
import org.countrystance.syntax.TaggedSentence.Agent;

/**
 * Whose position a cue states, from the sentence's syntactic analysis:
 * <ul>
 * <li>an act ("condemned", "sent", "imposed sanctions") belongs to the agent of its verb: the countries
 *     named in its subject, the "by" phrase of a passive, the controller of an infinitive ("decided to
 *     send"); "we", "my country", "my delegation" are the author of a first-person statement; "it",
 *     "they" the country that spoke last before it. A participle that only modifies a noun ("tanks
 *     provided to Ukraine") and an agent that is no country ("the strikes destroyed") give the act
 *     to nobody;</li>
 * <li>a judgement ("aggression", "territorial integrity", "dialogue") belongs to whoever speaks the
 *     sentence: the agent of a speech or policy verb that governs it ("China called for dialogue"),
 *     the subject of a speech verb before it ("France said that ...") or of a trailing one (", the
 *     Kremlin said"), and otherwise the author of an official statement. In news without a speaker,
 *     the journalist's words are nobody's position;</li>
 * <li>words naming an act the speaker judges or demands of the one who does it ("a war of aggression",
 *     "atrocities", "the withdrawal of its troops") belong only to the agent of a verb of saying
 *     ("condemned the aggression"), else to the voice of the sentence: the agent of any other act ("Russia
 *     launched a war of aggression", "could end it by withdrawing its troops") is the one judged.</li>
 * </ul>
 * The author of a first-person statement joins the sentence's mentions when one of its cues is
 * found; a mention of the author's own country in the sentence takes the author's cues instead.
 */
final class Owners {
  /** Reflexive pronouns: a verb of saying with one for its object is an act ("defend itself"). */
  private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself", "ourselves",
      "myself", "yourself", "yourselves");
  /** Words that open a subject of anyone at all: what it does is supposed ("any country that sends"). */
  private static final Set<String> ANY = Set.of("any", "anyone", "anybody", "whoever", "whichever");
  /** Nouns of a state's form of government before "of" and its name ("the Kingdom of Bahrain"). */
  private static final Set<String> STATE_FORMS = Set.of("kingdom", "republic", "state", "sultanate", "emirate",
      "principality", "commonwealth", "federation", "duchy", "government");
  /** Nouns that name a stance held by their possessor. */
  private static final Set<String> STANCE_NOUNS = Set.of("position", "positions", "view", "views", "aim", "aims",
      "goal", "goals", "objective", "objectives", "demand", "demands", "stance", "message", "conviction",
      "belief", "priority", "priorities", "proposal", "proposals");

  /** Nouns of a hostile act, whose possessor does it ("Kyiv's criminal attacks", "Russia's brutal war"). */
  private static final Set<String> HOSTILE_ACTS = Set.of("war", "wars", "invasion", "aggression", "attack", "attacks",
      "assault", "assaults", "occupation", "annexation", "annexations", "strikes", "shelling", "bombing",
      "bombardment", "offensive");
  /** Verbs of saying that come before their speaker (", said the Kremlin", ", added Mr. Peskov"). */
  private static final Set<String> INVERTED_REPORTING = Set.of("said", "says", "added", "adds", "noted", "notes",
      "stated", "states", "wrote", "writes", "told", "declared", "declares", "explained", "explains", "continued",
      "insisted", "asserted", "argued", "argues", "warned", "warns", "replied", "responded", "announced", "asked",
      "asks", "wondered", "recalled", "observed", "cautioned", "urged");
  /** Titles that, alone in an official statement, name the author's own office or include it. */
  private static final Set<String> OWN_OFFICES = Set.of("the president", "the vice president",
      "the administration", "this administration", "the government", "the leaders", "the two leaders",
      "both leaders", "the presidents", "the two presidents", "both presidents");
  /** Those of {@link #OWN_OFFICES} that name the author's office together with another's. */
  private static final Set<String> JOINT_OFFICES = Set.of("the leaders", "the two leaders", "both leaders",
      "the presidents", "the two presidents", "both presidents");
  /**
   * Names of the author's country together with the ones its statement reports meeting or acting with: theirs
   * only when the statement names such partners ("the two countries" of a speech may be two others).
   */
  private static final Set<String> JOINT_COUNTRIES = Set.of("both countries", "the two countries",
      "our two countries", "both nations", "the two nations", "our two nations", "both governments",
      "the two governments", "our two governments");
  /** Verbs of saying whose first object is the hearer: "told reporters", "informed the Council". */
  private static final Set<String> TELLING = Set.of("told", "tell", "tells", "telling", "informed", "inform",
      "informs", "assured", "assure", "assures", "reminded", "remind", "reminds", "briefed");
  /** The subject pronoun that a third-person possessive agrees with. */
  private static final Map<String, String> SUBJECT_OF_POSSESSIVE = Map.of("their", "they", "his", "he", "her", "she",
      "its", "it");
  /** Possessives that open a verb's object: "declared his war". */
  private static final Set<String> OBJECT_POSSESSIVES = SentenceEvidence.POSSESSIVE_PRONOUNS;
  /** Subjects that stand for unnamed others: "some were calling for", "others urged". */
  private static final Set<String> INDEFINITE_SUBJECTS = Set.of("some", "others", "many", "few", "several", "most");
  /** Nouns of intent whose infinitive is their owner's act: "a US decision to supply", "Washington's plans to send". */
  private static final Set<String> INTENT_NOUNS = Set.of("decision", "decisions", "plan", "plans", "effort", "efforts",
      "move", "attempt", "attempts", "bid", "commitment", "commitments", "resolve", "willingness", "readiness",
      "determination", "pledge", "pledges", "promise", "promises", "offer", "offers", "push", "drive", "campaign",
      "initiative", "initiatives", "proposal", "proposals", "intention", "intentions", "intent", "desire", "choice",
      "vow", "threat", "threats");
  /** Relative pronouns that open an aside after a comma (", which aims to"); "that" opens none. */
  private static final Set<String> RELATIVE_OPENERS = Set.of("which", "who", "whose");
  /** Verbs of condemning: the act they condemn is someone else's. */
  private static final Set<String> CONDEMNING = Set.of("condemn", "condemns", "condemned", "condemning", "denounce",
      "denounces", "denounced", "denouncing", "criticize", "criticizes", "criticized", "criticizing", "criticise",
      "criticises", "criticised", "criticising", "decry", "decries", "decried", "decrying", "deplore", "deplores",
      "deplored", "deploring");
  /** Particles that make a cue verb another verb ("backed off", "backed down"). */
  private static final Set<String> PHRASAL_PARTICLES = Set.of("off", "down", "away");
  /** Modals of a possible or supposed act: "could send", "would support", "may impose". */
  private static final Set<String> SUPPOSING = Set.of("would", "could", "might", "may", "can", "'d", "wouldn't",
      "couldn't", "can't");
  /** Third persons' possessives, which stand for their clause's subject ("confirmed the withdrawal of its troops"). */
  private static final Set<String> OWN_POSSESSIVES = Set.of("its", "their");
  /** Pronouns that stand for a person only. */
  private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");
  /** Modals of a possible act only. */
  private static final Set<String> POSSIBLE = Set.of("could", "might", "may");
  /** Modals of the future: "will", "would". */
  private static final Set<String> FUTURE = Set.of("will", "would", "'ll");
  /** Words of a report, a rumour or a question: what they frame is not a fact the sentence states. */
  private static final Set<String> HEDGES = Set.of("report", "reports", "reported", "reporting", "reportedly",
      "story", "stories", "rumor", "rumors", "rumour", "rumours", "claim", "claims", "claimed", "allegedly",
      "alleged", "wonder", "wondering", "curious", "question", "asked", "ask", "asking", "whether", "if");
  /** Words that deny what follows them. */
  private static final Set<String> NEGATIONS = Set.of("no", "not", "n't", "never", "neither", "nor");
  /** Verbs of carrying out an act: their subject does the act their object names. */
  private static final Set<String> PERPETRATING = Set.of("carried", "carry", "carries", "carrying", "launched",
      "launch", "launches", "launching", "conducted", "conduct", "conducts", "conducting", "committed", "commit",
      "commits", "committing", "staged", "stage", "stages", "staging", "mounted", "mount", "mounts", "mounting",
      "waged", "wage", "wages", "waging", "unleashed", "unleash", "unleashes", "unleashing");
  /** Subject pronouns by which a sayer reports its own acts. */
  private static final Set<String> THIRD_PERSON_SUBJECTS = Set.of("it", "they");
  /** Forms of "claim", which with "as" takes rather than says. */
  private static final Set<String> CLAIM = Set.of("claim", "claims", "claimed", "claiming");
  /** Prepositions of the reason someone is judged for: "thanked Poland for its", "punish Britain over its". */
  private static final Set<String> REASONS = Set.of("for", "over");
  /** Conjunctions of a supposed act. */
  private static final Set<String> CONDITIONS = Set.of("if", "unless");
  /** Conjunctions that open a clause of time, condition, reason or concession. */
  private static final Set<String> ADVERBIAL_OPENERS = Set.of("as", "until", "while", "if", "when", "because",
      "since", "after", "before", "unless", "although", "though", "whereas", "once");
  /** Words between "in" and a place it names: "in the Netherlands", "in Hawaii and Canada". */
  private static final Set<String> PLACE_LIST = Set.of("DET", "ADJ", "PROPN", "CCONJ");
  /** Tags of the words that may come between a preposition and its noun ("of these new drones"). */
  private static final Set<String> MODIFIER_TAGS = Set.of("DET", "NUM", "ADJ");
  /** Nouns of events, never a speaker however many countries they name. */
  private static final Set<String> EVENT_NOUNS = Set.of("war", "wars", "invasion", "aggression", "conflict",
      "conflicts", "attack", "attacks", "occupation", "annexation", "crisis", "fighting", "hostilities", "strikes",
      "bombing", "bombardment", "offensive", "genocide");
  /** Words of quantity before "of" ("75 percent of", "most of", "the majority of"). */
  private static final Set<String> QUANTITIES = Set.of("%", "percent", "per", "cent", "most", "many", "some", "half",
      "majority", "minority", "third", "thirds", "quarter", "quarters", "much", "none", "several", "few", "number");
  /**
   * Nouns of private persons and bodies, and of what they answer in polls: a country's adjective before them names no
   * act of its state ("75% of Chinese respondents agreed that supporting Russia ...").
   */
  private static final Set<String> PRIVATE_NOUNS = Set.of("citizen", "citizens", "family", "families", "volunteer",
      "volunteers", "businessman", "businessmen", "businesswoman", "oligarch", "oligarchs", "billionaire", "company",
      "companies", "firm", "firms", "boutique", "shop", "store", "club", "clubs", "fan", "fans", "athlete",
      "athletes", "player", "players", "student", "students", "tourist", "tourists", "artist", "artists", "singer",
      "charity", "charities", "partisan", "partisans", "couple", "woman", "man", "mother", "father", "resident",
      "residents", "thinktank", "thinktanks", "think-tank", "think-tanks", "researcher", "researchers", "academic",
      "academics", "journalist", "journalists", "newspaper", "newspapers", "university", "universities", "lawyer",
      "lawyers", "consortium", "commentator", "commentators", "pundit", "pundits", "blogger", "bloggers", "activist",
      "activists", "protester", "protesters", "protestor", "protestors", "scholar", "scholars", "historian",
      "historians", "writer", "writers", "priest", "priests", "bishop", "bishops", "rabbi", "rabbis", "cleric",
      "clerics", "respondent", "respondents", "voter", "voters", "poll", "polls", "survey", "surveys");

  private final SentenceEvidence ev;
  private final TaggedSentence ts;
  private final List<SpeakerMention> all;
  private final List<Integer> at;
  private final String author;
  /** The countries the author's statement reports meeting or acting with (MeetingPartners). */
  private final List<String> partners;
  private final StanceRules rules;
  /** Only what a verb of saying gives a country counts (a reporter's question). */
  private final boolean quotedOnly;
  /** Whether the sentence is a question (ends with a question mark). */
  private final boolean asks;

  Owners(SentenceEvidence ev, TaggedSentence ts, List<SpeakerMention> all, List<Integer> at, String author,
      StanceRules rules) {
    this(ev, ts, all, at, author, List.of(), rules, false, false);
  }

  Owners(SentenceEvidence ev, TaggedSentence ts, List<SpeakerMention> all, List<Integer> at, String author,
      List<String> partners, StanceRules rules, boolean quotedOnly, boolean asks) {
    this.partners = partners;
    this.quotedOnly = quotedOnly;
    this.asks = asks;
    this.ev = ev;
    this.ts = ts;
    this.all = all;
    this.at = at;
    this.author = author;
    this.rules = rules;
  }

  /**
   * A cue word the tagger reads as a particle or adverb ("pushed back") is no cue of support, a one-word act
   * read as part of a name ("the International Monetary Fund"; a lower-case word that the tagger calls a name,
   * "net-zero", is still a word), an "-ing" form between a determiner and its noun ("the accelerating effects
   * of climate change") or an "-ed" form before its noun ("images of blocked ports") is no act; a named judgement
   * ("the Nakba") still counts.
   */
  boolean notACue(Vote v) {
    if (v.cue().indexOf(' ') >= 0) {
      return false; // a phrase ("nationally determined contributions") is read as a whole
    }
    String u = ts.upos(v.at());
    int next = v.at() + 1;
    if (next < ts.size() && PHRASAL_PARTICLES.contains(ts.lower(next)) && !ts.tokens().boundaryBefore(next)) {
      return true; // "backed off", "backed down": another verb
    }
    if (ts.lower(v.at()).equals("back") && v.at() > 0 && !ts.tokens().boundaryBefore(v.at())
        && (ts.upos(v.at() - 1).equals("VERB") || ts.afterDeterminer(v.at()))) {
      // "to take back territory lost to the invaders": the particle of the verb before it; "remains on the back
      // foot": a noun. Neither backs anyone
      return true;
    }
    if (ts.lower(v.at()).endsWith("ing") && (!u.equals("NOUN") || v.judgement()) && ts.afterDeterminer(v.at())
        && next < ts.size() && ts.upos(next).equals("NOUN") && !ts.tokens().boundaryBefore(next)) {
      // "the accelerating effects of climate change": an adjective, no act; nor a word of judgement ("the
      // strongest possible position at the negotiating table" calls for no negotiations)
      return true;
    }
    if (!v.judgement() && attributiveParticiple(v.at())) {
      return true; // "images of blocked Ukrainian ports", "the sanctioned banks": an adjective, no act
    }
    return u.equals("ADP") || u.equals("PART") || u.equals("ADV")
        || (u.equals("PROPN") && ts.capitalised(v.at()) || ts.insideName(v.at())) && !v.judgement();
  }

  /**
   * Whether the "-ed" form at {@code i} modifies the noun after it: it follows a preposition or a determiner (not
   * the relative "that") and comes right before an adjective, a name or a noun ("of blocked Ukrainian ports");
   * after a subject it is a verb ("Russia blocked Ukrainian ports").
   */
  private boolean attributiveParticiple(int i) {
    int next = i + 1;
    if (!ts.lower(i).endsWith("ed") || i == 0 || next >= ts.size() || ts.tokens().boundaryBefore(i)
        || ts.tokens().boundaryBefore(next) || ts.lower(i - 1).equals("that")) {
      return false;
    }
    String after = ts.upos(next);
    boolean beforeNoun = after.equals("NOUN") || after.equals("ADJ") || after.equals("PROPN");
    return beforeNoun && (ts.upos(i - 1).equals("ADP") || ts.afterDeterminer(i));
  }

  /**
   * The characters [start, end) of the possessor of a judged act ("Kyiv's criminal attacks on nuclear
   * infrastructure") or of the "by" phrase after it ("an attack on the facility by Ukraine's military"): the one who
   * does what the cue condemns; null when the act names none.
   */
  int[] doerOf(Vote v) {
    if (!v.judged()) {
      return null;
    }
    int head = v.at() + words(v) - 1;
    Agent doer = Agent.NONE;
    if (nounPhraseHead(v.at(), words(v)) == head && HOSTILE_ACTS.contains(ts.lower(head))) {
      // not the possessor of what is acted on: "Ukraine's sovereignty has been violated" names its victim
      doer = ts.possessorOf(head);
    }
    if (!doer.present() && HOSTILE_ACTS.contains(ts.lower(v.at()))) {
      doer = ts.byAfterNoun(v.at()); // "the attack on the facility by Ukraine's military"
    }
    return doer.present() ? new int[] {ts.tokens().start(doer.start()), ts.tokens().end(doer.end() - 1)} : null;
  }

  /** Indexes into the mention list (the author appended if needed) that own the vote; empty for none. */
  List<Integer> of(Vote v) {
    List<Integer> owners = ownersOf(v);
    List<Integer> praisers = v.judgement() || quotedOnly ? List.of() : praisersOf(v.at());
    if (praisers.isEmpty()) {
      return owners;
    }
    List<Integer> out = new ArrayList<>(owners);
    for (int p : praisers) {
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The owners of a verb of praising or thanking whose "for" phrase holds the act at {@code cue} ("The President
   * thanked Prime Minister Kishida for Japan's strong support for Ukraine"): who praises an act for a side takes
   * that side too, as the labelling guideline reads it.
   */
  private List<Integer> praisersOf(int cue) {
    for (int f = cue - 1; f >= 1 && f >= cue - 6 && !ts.tokens().boundaryBefore(f + 1); f--) {
      if (!ts.lower(f).equals("for")) {
        continue;
      }
      int v = praisingVerb(f - 1, f - 6);
      if (v < 0) {
        return List.of();
      }
      Agent a = ts.agentOf(v);
      return a.present() && a.end() <= v ? ofAgent(a, v, false) : List.of();
    }
    return List.of();
  }

  /**
   * The countries named as the object of a verb that judges someone for what they do, right before "for" or "over"
   * and a possessive pronoun ("thanked Poland for its leadership", "thanked Prime Minister Kishida for his strong
   * support", "to punish Britain over its support for Ukraine"): the pronoun stands for them; empty otherwise.
   */
  private List<Integer> judgedFor(Agent pronoun) {
    int t = pronoun.start();
    if (t < 2 || !OBJECT_POSSESSIVES.contains(ts.lower(t)) || !REASONS.contains(ts.lower(t - 1))
        || ts.tokens().boundaryBefore(t - 1)) {
      return List.of();
    }
    int v = verbOf(TaggedSentence.JUDGING, t - 2, t - 8, true);
    return v >= 0 && v + 1 < t - 1 ? mentionsIn(new Agent(v + 1, t - 1, false)) : List.of();
  }

  /**
   * The nearest verb of praising or thanking ({@link TaggedSentence#PRAISING}) from token {@code from} back to
   * {@code floor}, in the same clause; -1 for none.
   */
  private int praisingVerb(int from, int floor) {
    return verbOf(TaggedSentence.PRAISING, from, floor, false);
  }

  /**
   * The nearest verb of {@code verbs} from token {@code from} back to {@code floor}, in the same clause; -1 for none.
   * With {@code afterTo}, a form the tagger reads as a noun right after "to" is the infinitive ("to punish Britain").
   */
  private int verbOf(Set<String> verbs, int from, int floor, boolean afterTo) {
    for (int v = from; v >= 0 && v >= floor && !ts.tokens().boundaryBefore(v + 1); v--) {
      if (verbs.contains(ts.lower(v)) && (ts.upos(v).equals("VERB")
          || afterTo && v > 0 && ts.lower(v - 1).equals("to") && ts.upos(v).equals("NOUN"))) {
        return v;
      }
    }
    return -1;
  }

  private List<Integer> ownersOf(Vote v) {
    int cue = v.at();
    if (quotedOnly) {
      // as for a judged act: a verb of saying, and no author; a supposed act is nobody's ("the Russians warned
      // that if the UK provided fighter jets to Ukraine, ...")
      if (!v.judgement() && conditional(cue)) {
        return List.of();
      }
      List<Integer> said = voice(cue, words(v), true);
      return said.isEmpty() ? reportedAct(v) : said;
    }
    Agent agent = ts.agentOf(cue);
    if (agent.present() && ts.questionedSubject(agent.start())) {
      return List.of(); // "the sense of when is Ukraine going to negotiate": a question states nothing
    }
    if (agent.present() && openedByWhether(agent.start()) && !ofAgent(agent, cue, false).isEmpty()) {
      // "views over whether or not Ukraine should cede some territory to Russia to end the war", "voices on Capitol
      // Hill about whether or not we should continue to support Ukraine": a question put about a country's act
      // states nothing of it (one whose agent is no country leaves the act to the speaker, as before)
      return List.of();
    }
    boolean judged = judged(v);
    if (agent == Agent.MODIFIER) {
      // "tanks provided to Ukraine" is nobody's act; words of judgement in such a phrase ("plans proposed
      // in support of a political settlement") are still the speaker's
      return v.judgement() ? voice(cue, words(v), judged) : List.of();
    }
    if (agent.present() && !v.judgement() && ts.pressedTo(cue)) {
      return List.of(); // "Ukraine could face pressure to agree a peace deal": pressed on it by others, not its own
    }
    if (agent.present() && !ts.firstPerson(agent) && ts.obligation(cue)) {
      // "Russia must withdraw ... within its internationally recognized borders", "China should stop arming
      // Russia": a demand is the position of the one who makes it, not of the one it is made of
      return voice(cue, words(v), judged);
    }
    if (!v.judgement() && conditional(cue)) {
      return List.of(); // "if South Korea sends lethal aid to Ukraine": a supposed act is nobody's
    }
    if (!v.judgement()) {
      List<Integer> apposed = apposedTo(cue);
      if (!apposed.isEmpty()) {
        return apposed; // "as has Egypt, the host of the world's next climate summit": Egypt's, not the clause's
      }
      Agent possessor = ts.possessorOf(nounPhraseHead(cue, words(v)));
      int governing = governingNoun(cue);
      Agent governingPossessor = possessor.present() || governing < 0 ? Agent.NONE : ts.possessorOf(governing);
      List<Integer> governingPossessors = governingPossessor.present()
          ? ofAgent(governingPossessor, cue, false) : List.of();
      if (!governingPossessors.isEmpty()) {
        // the possessor of the act noun whose "of" phrase the cue opens: "Iran's proliferation of weapons to
        // Russia", "Australia's contribution of weapons to Ukraine"; a pronoun that names no one here ("their
        // goal of net zero emissions") leaves the act to the clause's agent
        return governingPossessors;
      }
      int decided = nounOfInfinitive(cue);
      if (decided >= 0 && !possessor.present() && !ts.pressedTo(cue)) {
        // "a US decision to supply rockets to Ukraine", "Germany's plan to send tanks": the act of an infinitive after
        // a noun is that noun's owner's; one that names none in a subject or a reported clause ("said that the
        // decision to supply rockets to Ukraine was extremely negative") is not the sayer's act
        Agent owner = ts.possessorOf(decided);
        List<Integer> owners = owner.present() ? ofAgent(owner, cue, false) : modifiersOf(decided, 0, true);
        if (!owners.isEmpty()) {
          return owners;
        }
        if (agent.present() && !ts.firstPerson(agent)
            && (agent.contains(decided) || ev.reported[decided] || subjectOfALaterVerb(cue))) {
          return List.of();
        }
      }
      if (possessor.present()) {
        List<Integer> possessors = ofAgent(possessor, cue, false);
        // a possessive that agrees with a pronoun subject is that subject ("They discussed ..., including their
        // support for Ukraine"), whoever it stands for; one that does not is someone else's ("We added sanctions
        // because of their support to Russia")
        return possessors.isEmpty() && agent.present() && sameReferent(agent, possessor)
            ? ofAgent(agent, cue, false) : possessors;
      }
      Agent giver = ts.relativeAgentOf(cue + words(v) - 1);
      List<Integer> givers = giver.present() ? ofAgent(giver, cue, false) : List.of();
      if (!givers.isEmpty()) {
        return givers; // "the support that Iran has given to Russia"
      }
      if (ts.upos(cue).equals("NOUN") && !(agent.present() && agent.contains(cue))) {
        // an act noun after a country's adjective or name is that country's act, whoever the clause is about
        // ("he was cautioning against Chinese support for Russia's war", "U.S. sanctions on Russia")
        List<Integer> modifiers = modifiersOf(cue, 0);
        if (!modifiers.isEmpty()) {
          return modifiers;
        }
      }
      if (agent.present() && agent.contains(cue)) {
        // an act noun inside the subject: its agent is a country right before it ("the German support for
        // Ukraine has grown", "U.S. sanctions"), not one it is about ("the reconstruction of Ukraine may be")
        List<Integer> modifiers = modifiersOf(cue, agent.start());
        return modifiers.isEmpty() ? voice(cue, words(v), false) : modifiers;
      }
      int verb = ts.predicateOf(cue);
      if (ts.upos(cue).equals("NOUN") && verb >= 0 && verb < cue && CONDEMNING.contains(ts.lower(verb))) {
        // an act named in what a verb of condemning condemns is not its subject's act ("Moscow denounced the
        // provision of western arms to Ukraine")
        return List.of();
      }
      if (agent.present() && !ts.firstPerson(agent) && !mentionsIn(agent).isEmpty() && possibleAct(cue)) {
        // "a report said Washington could help Kyiv acquire arms": a possible act is not done; an act a possessive
        // names stays its possessor's ("may have been payment for Kim Jong-un's support of Putin's invasion")
        return List.of();
      }
      if (agent.present() && !ts.firstPerson(agent) && predictedByAnother(agent, cue, words(v))) {
        // "“The Russian authorities will surely offer negotiations to us if they see ...,” Zelensky said": what
        // another predicts a country will do on a condition is not done or promised by it
        return List.of();
      }
      return agent.present() ? ofAgent(agent, cue, false) : voice(cue, words(v), false);
    }
    int predicate = ts.predicateOf(cue);
    // words of judgement inside the subject ("Russia's war of invasion tells us ...") are the speaker's,
    // not the subject's; a participle modifying a noun of the cue states nothing ("a democratic Ukraine within its
    // internationally recognized borders" is not Ukraine recognizing them)
    boolean modifierInTheCue = predicate > v.at() && predicate + 1 < v.at() + words(v)
        && ts.upos(predicate + 1).equals("NOUN");
    if (predicate >= 0 && !modifierInTheCue && rules.statingVerb(ts.lower(predicate)) && !reflexive(predicate)
        && !claimOfTaking(predicate, cue) && !possibleOnly(predicate) && !ts.pressedTo(predicate)
        && agent.present() && !agent.contains(cue)
        && !insideCue(agent, v.at(), words(v)) && !(judged && !rules.speechVerb(ts.lower(predicate)))
        && !(judged && predicate >= v.at() && predicate < v.at() + words(v))) {
      // "Russia launched a war of aggression": the one who does a judged act is not its judge; nor is the one of
      // whom an act is demanded when the cue's own verb could also be one of saying ("Hamas could release the
      // hostages today": "release" as in releasing a statement)
      if (judged && ownPossessiveIn(v) && rules.speechVerb(ts.lower(predicate))) {
        // "the Russian Ministry of Defence confirmed the withdrawal of its troops": an act the sayer reports of itself
        // is no demand made of another
        return List.of();
      }
      List<Integer> o = ofAgent(agent, cue, true);
      if (!o.isEmpty()) {
        // what another predicts a country will say on a condition is said by neither
        return predictedByAnother(agent, cue, words(v)) ? List.of() : o;
      }
    }
    List<Integer> voiced = judged ? withoutDoers(v, agent, predicate, voice(cue, words(v), true))
        : voice(cue, words(v), false);
    if (judged && predicate >= 0 && predicate < cue && PERPETRATING.contains(ts.lower(predicate))
        && agent.end() - agent.start() == 1 && THIRD_PERSON_SUBJECTS.contains(ts.lower(agent.start()))
        && !(predicate > 0 && ts.lower(predicate - 1).equals("to")) && !voiced.isEmpty()) {
      // "Russia's defence ministry said it had carried out a 'massive' attack on ... Ukraine": the sayer reporting,
      // by "it" or "they", a judged act it carried out is not its judge
      List<Integer> doers = ofAgent(agent, cue, false);
      List<Integer> judges = new ArrayList<>(voiced);
      judges.removeAll(doers);
      return judges;
    }
    return voiced;
  }

  /**
   * The judges of a judged act without the countries that do it: a country reporting its own act ("Moscow said they
   * came in response to attacks on Crimea, the region that Russia illegally annexed in 2014") does not condemn it;
   * the words are the writer's.
   * The doer is the subject of the act's own verb (one inside the cue, "illegally annexed", or one of carrying out:
   * "launched an attack on") or the possessor of the act's noun, each as a named country (a pronoun's referent is
   * not resolved here); the subject of another verb ("is a neighbour to the war of aggression", "agreed to stay in
   * contact in the face of an assault") does not do the act.
   */
  private List<Integer> withoutDoers(Vote v, Agent agent, int predicate, List<Integer> judges) {
    if (judges.isEmpty()) {
      return judges;
    }
    Set<String> doers = new java.util.HashSet<>();
    boolean ownVerb = predicate >= v.at() && predicate < v.at() + words(v)
        || predicate >= 0 && predicate < v.at() && PERPETRATING.contains(ts.lower(predicate));
    boolean infinitive = predicate > 0 && ts.lower(predicate - 1).equals("to");
    if (ownVerb && !infinitive && agent.present() && !agent.contains(v.at()) && !ts.firstPerson(agent)) {
      // not an infinitive, whose subject is not read here ("measures ... to further undermine Russia's capacity to
      // wage its illegal aggression")
      mentionsIn(agent).forEach(i -> doers.add(all.get(i).iso3()));
    }
    Agent possessor = ts.possessorOf(nounPhraseHead(v.at(), words(v)));
    if (possessor.present()) {
      // a named possessor only: a pronoun's referent is not resolved here ("limiting Russia's ability to fund its
      // illegal war": "its" is Russia, not the clause's subject)
      mentionsIn(possessor).forEach(i -> doers.add(all.get(i).iso3()));
    }
    if (doers.isEmpty()) {
      return judges;
    }
    List<Integer> out = new ArrayList<>();
    for (int j : judges) {
      if (!doers.contains(all.get(j).iso3())) {
        out.add(j);
      }
    }
    return out;
  }

  /**
   * Whether the vote names a judged act, or words of judgement inside the object of one in its clause
   * ("launched a full-scale assault on the sovereignty of the Ukrainian state", "end it by withdrawing its
   * troops from Ukraine's internationally recognized borders"): what the doer attacks or is asked to leave
   * is described by its judge, not by the doer.
   */
  private boolean judged(Vote v) {
    if (v.judged()) {
      return true;
    }
    for (Vote w : ev.votes) {
      if (w.judged() && w.topic().equals(v.topic()) && w.at() < v.at()
          && v.at() - w.at() <= SentenceEvidence.OBJECT_WINDOW && ev.clauseEnd(w.at()) > v.at()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of a cue that is a noun phrase of modifiers and nouns ("impartial position"), whose possessor
   * is the phrase's ("China's objective and impartial position"); else the cue's first word.
   */
  private int nounPhraseHead(int cue, int words) {
    int head = cue + words - 1;
    for (int i = cue; i <= head; i++) {
      String u = ts.upos(i);
      if (!u.equals("ADJ") && !u.equals("NOUN") || ts.tokens().boundaryBefore(i) && i > cue) {
        return cue;
      }
    }
    return ts.upos(head).equals("NOUN") ? head : cue;
  }

  /**
   * Whether the phrase that the infinitive at {@code cue} ends is the subject of an auxiliary after it in its clause
   * ("the decision to supply rockets to Ukraine was a mistake"), not after "to" or a relative pronoun.
   */
  private boolean subjectOfALaterVerb(int cue) {
    for (int k = cue + 1; k < ts.size() && !ts.tokens().boundaryBefore(k); k++) {
      if (ts.upos(k).equals("AUX")) {
        String before = ts.lower(k - 1);
        return !before.equals("to") && !RELATIVE_OPENERS.contains(before) && !before.equals("that");
      }
      if (ts.upos(k).equals("SCONJ") || RELATIVE_OPENERS.contains(ts.lower(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The noun of intent right before "to" and the verb at {@code cue} ("decision to supply", "plans to send"); -1 for
   * none. Other nouns before "to" are the verb's object, not its doer ("donated aircraft to support Ukraine"); a
   * capitalised one is part of a name ("the AGRI Ukraine Initiative to help Ukraine's farmers").
   */
  private int nounOfInfinitive(int cue) {
    String verb = ts.lower(cue);
    return cue >= 2 && ts.upos(cue).equals("VERB") && !verb.endsWith("ing") && !verb.endsWith("ed")
        && ts.lower(cue - 1).equals("to") && INTENT_NOUNS.contains(ts.lower(cue - 2)) && !ts.capitalised(cue - 2)
        && !ts.tokens().boundaryBefore(cue - 1) && !ts.tokens().boundaryBefore(cue) ? cue - 2 : -1;
  }

  /**
   * The act noun whose "of" phrase the cue opens ("their provision of these drones to Russia", "the sale of
   * weapons"): its possessor does what the cue names. -1 when there is none; the tokens between "of" and the
   * cue may only be determiners, numbers and adjectives.
   */
  private int governingNoun(int cue) {
    int p = cue - 1;
    while (p > 0 && !ts.tokens().boundaryBefore(p + 1) && MODIFIER_TAGS.contains(ts.upos(p))) {
      p--;
    }
    return p > 0 && ts.lower(p).equals("of") && !ts.tokens().boundaryBefore(p + 1) && !ts.tokens().boundaryBefore(p)
        && ts.upos(p - 1).equals("NOUN") ? p - 1 : -1;
  }

  /** Whether the agent is named inside the cue phrase itself ("acts of terrorism by Hamas"): judged, not judging. */
  private static boolean insideCue(Agent agent, int cue, int words) {
    return agent.start() < cue + words && agent.end() > cue;
  }

  private static int words(Vote v) {
    return v.cue().split(" ").length;
  }

  private List<Integer> ofAgent(Agent agent, int cue, boolean judgement) {
    List<Integer> countries = mentionsIn(agent);
    if (!countries.isEmpty()) {
      return countries;
    }
    if (ts.firstPerson(agent)) {
      if (author != null) {
        return List.of(authorIndex(agent.start()));
      }
      List<Integer> before = quotedSpeakerBefore(agent.start());
      return before.isEmpty() ? quotedSpeakerAfter(cue) : before;
    }
    List<Integer> joint = joint(agent);
    if (joint != null) {
      return joint;
    }
    if (author != null && ownOffice(agent)) {
      return List.of(authorIndex(agent.start()));
    }
    if (ts.pronoun(agent)) {
      List<Integer> judgedOne = judgedFor(agent);
      if (!judgedOne.isEmpty()) {
        // "thanked Prime Minister Kishida for his strong support for Ukraine": his is Kishida's; "to punish Britain
        // over its support for Ukraine": its is Britain's
        return judgedOne;
      }
      // the subject of the pronoun's clause, other than the pronoun itself: "Spain and the United States
      // reiterate their strong support", "The President reaffirmed his support"
      Agent subject = ts.agentOf(agent.start());
      boolean ownSubject = subject.present() && !subject.contains(agent.start());
      List<Integer> together = ownSubject && plural(agent) && subject.start() < agent.start()
          ? mentionsIn(subject) : List.of();
      if (together.size() > 1) {
        return together; // a plural pronoun stands for every country of a coordinated subject before it
      }
      List<Integer> single = ownSubject && !plural(agent) && subject.start() < agent.start()
          && SUBJECT_OF_POSSESSIVE.containsKey(ts.lower(agent.start())) ? mentionsIn(subject) : List.of();
      if (single.size() == 1) {
        return single; // a possessive of its clause's subject: "President Biden conveyed his unwavering support"
      }
      List<Integer> sayer = sayerOf(agent);
      if (!sayer.isEmpty()) {
        return sayer; // "after the United States warned it would hold Moscow accountable": the one who warned
      }
      List<Integer> before = lastSpeakerBefore(agent.start());
      if (!before.isEmpty() || author == null) {
        return before;
      }
      List<Integer> jointSubject = ownSubject && plural(agent) ? joint(subject) : null;
      if (jointSubject != null) {
        return jointSubject; // "the two leaders reaffirmed their commitment"
      }
      if (!ownSubject && leadersWhoMet(agent)) {
        return together(agent.start());
      }
      return ownSubject && ownOffice(subject) ? List.of(authorIndex(subject.start())) : before;
    }
    // an agent that is no country: its act is nobody's position, unless the speaker demands it ("the
    // international community must support Ukraine"); a judgement may still be the speaker's
    return judgement || ts.obligation(cue) ? voice(cue, 1, false) : List.of();
  }

  /** Whether a subject pronoun and a possessive one agree ("they" and "their", "he" and "his"). */
  private boolean sameReferent(Agent subject, Agent possessive) {
    String pronoun = SUBJECT_OF_POSSESSIVE.get(ts.lower(possessive.start()));
    return subject.end() - subject.start() == 1 && possessive.end() - possessive.start() == 1
        && ts.lower(subject.start()).equals(pronoun);
  }

  /** Whether a pronoun is "they" or "their". */
  private boolean plural(Agent pronoun) {
    String w = ts.lower(pronoun.start());
    return w.equals("they") || w.equals("their");
  }

  /**
   * The author and its partners when the agent names them together ("The leaders affirmed their support", "both
   * countries are committed", "our two countries") and the statement names partners; null otherwise.
   */
  private List<Integer> joint(Agent agent) {
    if (author == null || partners.isEmpty() || agent.end() - agent.start() > 3) {
      return null;
    }
    String phrase = words(agent.start(), agent.end());
    if (!JOINT_OFFICES.contains(phrase) && !JOINT_COUNTRIES.contains(phrase)) {
      return null;
    }
    return together(agent.start());
  }

  /**
   * Whether the agent is "they" opening its sentence's main clause (no verb and no country before it), in a
   * statement that reports the author meeting partners: the leaders who met ("Both countries stress ... In this
   * light, they commit to ..."), not a "they" inside a clause about others ("... forces that they have deployed").
   */
  private boolean leadersWhoMet(Agent agent) {
    if (author == null || partners.isEmpty() || agent.end() - agent.start() != 1
        || !ts.lower(agent.start()).equals("they")) {
      return false;
    }
    for (int i = 0; i < agent.start(); i++) {
      if (ts.upos(i).equals("VERB") || ts.upos(i).equals("AUX")) {
        return false;
      }
    }
    for (int t : at) {
      if (t >= 0 && t < agent.start()) {
        return false;
      }
    }
    return true;
  }

  /** The author and the partners its statement names, as owners of a cue whose agent is at {@code token}. */
  private List<Integer> together(int token) {
    List<Integer> out = new ArrayList<>();
    out.add(authorIndex(token));
    for (String partner : partners) {
      if (!partner.equals(author)) {
        out.add(countryIndex(partner, token));
      }
    }
    return out;
  }

  /**
   * Whether the agent is the author's own office named by its title alone ("The President announced",
   * "the Administration will continue", "the Government has adopted"), or the leaders of a meeting the
   * author's statement reports ("The leaders affirmed their support", "Both leaders underscored"): in an
   * official statement such a title without a name or a country is, or includes, the author's.
   */
  private boolean ownOffice(Agent agent) {
    int from = agent.start();
    if (from > 0 && ts.lower(from - 1).equals("the") && !ts.upos(from).equals("DET")) {
      from--; // a possessor's span starts after its article: "the President's commitment"
    }
    return agent.end() - from <= 3 && OWN_OFFICES.contains(words(from, agent.end()));
  }

  /** The lower-case words of tokens [from, to), one space between. */
  private String words(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(i > from ? " " : "").append(ts.lower(i));
    }
    return b.toString();
  }

  /**
   * The country a noun cue stands in apposition to: a name, a comma and a determiner right before the noun
   * ("Egypt, the host of ...", "Qatar, a mediator in ..."); empty for none.
   */
  private List<Integer> apposedTo(int cue) {
    int det = cue - 1;
    if (det < 1 || !ts.upos(cue).equals("NOUN") || !ts.upos(det).equals("DET") || !ts.afterComma(det)) {
      return List.of();
    }
    int named = at.indexOf(det - 1);
    return named >= 0 && !ev.reported[det - 1] ? List.of(named) : List.of();
  }

  /** The countries named right before the noun at {@code cue}, with only modifiers between, from {@code from}. */
  private List<Integer> modifiersOf(int cue, int from) {
    return modifiersOf(cue, from, false);
  }

  /**
   * As {@link #modifiersOf(int, int)}; with {@code inReported}, also inside a reported clause, where the noun the
   * country modifies is reported with it ("said that a US decision to supply ...").
   */
  private List<Integer> modifiersOf(int cue, int from, boolean inReported) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      int t = at.get(i);
      if (t < from || t >= cue || ev.reported[t] && !inReported) {
        continue;
      }
      boolean adjacent = true;
      for (int k = t + 1; k < cue && adjacent; k++) {
        String u = ts.upos(k);
        // a conjunction only between two adjectives: "American and Allied support"
        adjacent = !ts.tokens().boundaryBefore(k) && (u.equals("ADJ") || u.equals("NOUN") || u.equals("PROPN")
            || u.equals("CCONJ") && ts.upos(k - 1).equals("ADJ") && ts.upos(k + 1).equals("ADJ"));
      }
      if (adjacent) {
        out.add(i);
      }
    }
    return out;
  }

  /** The agent's first noun before any preposition, lower-case; null for none. */
  private String headNoun(Agent agent) {
    int h = headNounAt(agent);
    return h < 0 ? null : ts.lower(h);
  }

  /**
   * The first common noun of the agent before any preposition, past a quantity and its "of" ("75% of Chinese
   * respondents", "most of the Russian public"); -1 for none.
   */
  private int headNounAt(Agent agent) {
    for (int i = agent.start(); i < agent.end(); i++) {
      String u = ts.upos(i);
      if (u.equals("ADP") && !(ts.lower(i).equals("of") && quantity(agent.start(), i))) {
        return -1;
      }
      if (u.equals("NOUN")) {
        return i;
      }
    }
    return -1;
  }

  /** Whether tokens [from, to) are a quantity: numbers, "percent", a determiner or a word of quantity ("most"). */
  private boolean quantity(int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!ts.upos(i).equals("NUM") && !ts.upos(i).equals("DET") && !QUANTITIES.contains(ts.lower(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the country at token {@code t} is the possessor of the relation noun at {@code h} ("Ukraine's allies",
   * "Kyiv's international allies"), not coordinated with it ("Russia and its allies") nor apposed to it ("Germany, a
   * close partner,").
   */
  private boolean possessorOfRelation(int t, int h) {
    for (int i = t; i < h; i++) {
      if (ts.genitive(i)) {
        return true;
      }
      if (ts.upos(i).equals("CCONJ") || ts.tokens().boundaryBefore(i + 1)) {
        return false;
      }
    }
    return false;
  }

  private List<Integer> mentionsIn(Agent agent) {
    String head = headNoun(agent);
    if (head != null && (EVENT_NOUNS.contains(head) || PRIVATE_NOUNS.contains(head))) {
      // an event ("the war in Ukraine") or a private person or body ("another Moldovan citizen") is no country's
      // state
      return List.of();
    }
    int h = headNounAt(agent);
    boolean relation = h >= 0 && rules.relationNoun(ts.lower(h));
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      int t = at.get(i);
      if (relation && t >= 0 && t < h && possessorOfRelation(t, h)) {
        // "Ukraine's allies have urged Russia", "Kyiv's international allies offered praise": the allies act, not
        // the country they are allies of
        continue;
      }
      if (t >= 0 && agent.contains(t) && !ev.reported[t] && !officeNoLongerHeld(agent, t)
          && (all.get(i).iso3().equals(author) || !placeIn(agent, t))) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Whether the country at {@code t} only says where the agent is or was: after "in" or "at" inside the agent's
   * phrase, or right before it ("the Vice President's engagements in Munich will demonstrate ..."). A state's
   * officials or institutions there are its own ("officials in Poland said", conf/gazetteer/institution_nouns.tsv),
   * and so is the author's own country ("the vast majority of members in Congress support").
   */
  private boolean placeIn(Agent agent, int t) {
    int p = t - 1;
    while (p >= agent.start() && PLACE_LIST.contains(ts.upos(p)) && !ts.tokens().boundaryBefore(p + 1)) {
      p--; // "the recent wildfires in Hawaii and Canada"
    }
    return p >= 0 && p >= agent.start() - 1 && (ts.lower(p).equals("in") || ts.lower(p).equals("at"))
        && !ts.tokens().boundaryBefore(p + 1) && !(p > 0 && rules.institutionNoun(ts.lower(p - 1)));
  }

  /**
   * Who "we" are in a sentence that is no first-person statement of its author: the country that a verb
   * of saying before the pronoun gives the words to ("Ukraine's foreign minister said: we will ..."); a
   * country only named before it ("intelligence with the Ukrainian government, to help ...") is not.
   */
  private List<Integer> quotedSpeakerBefore(int pronoun) {
    for (int i = pronoun - 1; i >= 0; i--) {
      if (ts.upos(i).equals("VERB") && rules.speechVerb(ts.lower(i)) && !ev.reported[i]) {
        List<Integer> countries = mentionsIn(ts.agentOf(i));
        if (!countries.isEmpty()) {
          return countries;
        }
      }
    }
    return List.of();
  }

  /**
   * Who "we" are in a quote that a verb of saying after it attributes, in a clause of its own: "'We stand with
   * Ukraine,' the Polish president said", "…, said Germany's foreign minister".
   */
  private List<Integer> quotedSpeakerAfter(int cue) {
    for (int i = cue + 1; i < ts.size(); i++) {
      if (!ts.upos(i).equals("VERB") || !rules.speechVerb(ts.lower(i)) || ev.reported[i] || ev.clauseEnd(cue) > i) {
        continue;
      }
      Agent speaker = ts.agentOf(i);
      if (speaker.present() && ts.tokens().boundaryBefore(speaker.start()) && !mentionsIn(speaker).isEmpty()) {
        return mentionsIn(speaker); // the reporting clause opens with its speaker, not "…, and Poland said"
      }
      if (INVERTED_REPORTING.contains(ts.lower(i)) && ts.tokens().boundaryBefore(i)) {
        List<Integer> inverted = namedRightAfter(i);
        if (!inverted.isEmpty()) {
          return inverted;
        }
      }
    }
    return List.of();
  }

  /**
   * Whether the mention at {@code t} is the object of a preposition ("their shared concerns about Russia's
   * build-up"): no antecedent of a later pronoun ("... reaffirmed their support for Ukraine"). The name of a
   * state's form of government ("the Kingdom of Bahrain reaffirms its support") is the state itself.
   */
  /**
   * The countries that say what a subject pronoun opens, when it opens the reported clause of a verb of saying
   * ("Britain said it would send", "the United States warned that it would hold Moscow accountable"): in reported
   * speech the pronoun is the sayer; empty otherwise.
   */
  private List<Integer> sayerOf(Agent pronoun) {
    int t = pronoun.start();
    String w = ts.lower(t).replaceFirst("'.*", ""); // "it'll", "they're"
    if (!SUBJECT_OF_POSSESSIVE.containsValue(w)) {
      return List.of(); // a possessive ("its", "their") opens a noun phrase, not a reported clause
    }
    int v = t > 0 && ts.lower(t - 1).equals("that") && !ts.tokens().boundaryBefore(t) ? t - 2 : t - 1;
    if (v < 0 || ts.tokens().boundaryBefore(v + 1) || !rules.speechVerb(ts.lower(v))) {
      return List.of();
    }
    Agent sayer = ts.agentOf(v);
    return sayer.present() && sayer.end() <= v ? mentionsIn(sayer) : List.of();
  }

  private boolean afterPreposition(int t) {
    int p = t > 0 && ts.lower(t - 1).equals("the") ? t - 2 : t - 1;
    return p >= 0 && !ts.tokens().boundaryBefore(p + 1) && ts.upos(p).equals("ADP")
        && !(ts.lower(p).equals("of") && p > 0 && STATE_FORMS.contains(ts.lower(p - 1)));
  }

  /** Whether mention {@code i} ends in a possessive "'s". */
  private boolean possessor(int i) {
    int last = at.get(i);
    while (last + 1 < ts.size() && ts.tokens().end(last + 1) <= all.get(i).end()) {
      last++;
    }
    return ts.genitive(last);
  }

  /**
   * Whether the country at {@code t} names an office its holder holds no longer: "former" or an "ex-" word before it
   * in the agent ("A former French presidential candidate", "Former Russian President Dmitry Medvedev") or right
   * after its possessive ("Germany's former premier Angela Merkel"); such a person speaks for no state. Not one said
   * of the country itself after it ("Ukraine, a former Soviet republic, said").
   */
  private boolean officeNoLongerHeld(Agent agent, int t) {
    for (int i = agent.start(); i < agent.end(); i++) {
      String w = ts.lower(i);
      if ((w.equals("former") || w.startsWith("ex-")) && (i < t || i <= t + 2 && ts.genitive(t))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an aside opened by a comma and "which" or "who" starts in (from, to): ", which aims to ...". */
  private boolean asideBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (RELATIVE_OPENERS.contains(ts.lower(k)) && ts.afterComma(k)) {
        return true;
      }
    }
    return false;
  }

  /** The last speaking country before a third-person pronoun; never "we" or "I" ("we ... because of its support"). */
  private List<Integer> lastSpeakerBefore(int token) {
    int best = -1;
    for (int i = 0; i < all.size(); i++) {
      int t = at.get(i);
      if (t >= 0 && t < token && all.get(i).speaker() && !ev.reported[t] && (best < 0 || t > at.get(best))
          && !afterPreposition(t) && !ts.firstPerson(new Agent(t, t + 1, false))) {
        best = i;
      }
    }
    if (PERSONAL.contains(ts.lower(token)) && (best < 0 || !all.get(best).person())) {
      // "he" or "she" stands for a person, never for a country's name: "Ukraine has issued a slap down to Emmanuel
      // Macron after he urged ..." is Macron urging
      for (int i = 0; i < all.size(); i++) {
        int t = at.get(i);
        if (t >= 0 && t < token && all.get(i).person() && !ev.reported[t] && (best < 0 || t > at.get(best))
            && !possessor(i)) {
          best = i; // not a possessor: in "a supporter of Putin's invasion, he" he is the supporter
        }
      }
    }
    return best < 0 ? List.of() : List.of(best);
  }

  /**
   * Who speaks the clause of the cue: the agent of the nearest speech verb before it ("France said that
   * ..."), else of a verb of saying after it (", the Kremlin said"; ", said the Kremlin"; a later policy
   * act, "as Russia continues to take escalatory steps", attributes nothing), else the author.
   */
  private List<Integer> voice(int cue, int words, boolean judged) {
    for (int i = cue - 1; i >= 0; i--) {
      List<Integer> o = STANCE_NOUNS.contains(ts.lower(i)) ? holderOf(i) : speakerOfVerb(i, cue, words, judged);
      if (o != null) {
        return o;
      }
    }
    for (int i = cue + 1; i < ts.size(); i++) {
      if (!rules.speechVerb(ts.lower(i)) || ev.clauseEnd(cue + words - 1) > i) {
        // after the cue, only a verb of saying in a clause of its own attributes it (", the Kremlin said"),
        // not a later act, nor one inside the cue's clause ("the assistance that Ukraine has been asking for")
        continue;
      }
      if (!ts.tokens().boundaryBefore(i) && namesItsObject(i)) {
        continue; // "… to stand up for Ukraine's sovereignty, Putin declared his war": it declares the war
      }
      if (ts.relativeVerb(i)) {
        continue; // "... not through the demands of Russia, which has said ...": Russia says something else
      }
      if (ts.afterQuote(i) && INVERTED_REPORTING.contains(ts.lower(i)) && ts.upos(i).equals("VERB")) {
        // "… liberated from Ukrainian nationalists,” said Russia's defence ministry": a verb right after the
        // quotation it reports has its speaker after it, never inside the quotation
        List<Integer> inverted = namedRightAfter(i);
        if (!inverted.isEmpty()) {
          return inverted;
        }
        continue;
      }
      List<Integer> o = speakerOfVerb(i, cue, words, judged);
      if (o != null) {
        return o;
      }
      if (INVERTED_REPORTING.contains(ts.lower(i)) && ts.upos(i).equals("VERB") && ts.tokens().boundaryBefore(i)) {
        // inverted: ", said the Kremlin"; not a participle that names its object next ("— condemning Russia's
        // aggression")
        List<Integer> inverted = namedRightAfter(i);
        if (!inverted.isEmpty()) {
          return inverted;
        }
      }
    }
    List<Integer> source = accordingTo(cue);
    if (!source.isEmpty()) {
      return source; // "According to the Kremlin, the sanctions are illegal"
    }
    Agent maker = judged ? Agent.NONE : ts.makerAfter(cue + words - 1);
    if (maker.present()) {
      // "several peace initiatives undertaken by the Security Council": the initiatives are their maker's, not the
      // speaker's words
      return ts.firstPerson(maker) && author != null ? List.of(authorIndex(maker.start())) : mentionsIn(maker);
    }
    return author != null ? List.of(authorIndex(-1)) : List.of();
  }

  /**
   * The country named right after "according to" (within three words) when the cue is in the clause the
   * attribution introduces ("According to the Kremlin, the sanctions are illegal") or closes ("…, the sanctions are
   * illegal, according to Russia's foreign ministry"); else none.
   */
  private List<Integer> accordingTo(int cue) {
    for (int i = 0; i + 1 < ts.size(); i++) {
      if (!ts.lower(i).equals("according") || !ts.lower(i + 1).equals("to")
          || i > 0 && !ts.tokens().boundaryBefore(i)) {
        continue;
      }
      for (int j = 0; j < all.size(); j++) {
        int t = at.get(j);
        if (t <= i + 1 || t > i + 4) {
          continue;
        }
        int b = t + 1;
        while (b < ts.size() && !ts.tokens().boundaryBefore(b)) {
          b++;
        }
        boolean opens = cue >= b && noBoundary(b + 1, cue + 1);
        boolean closes = i > 0 && cue < i && noBoundary(cue + 1, i);
        if (opens || closes) {
          return List.of(j);
        }
      }
    }
    return List.of();
  }

  /** The first mention within three tokens after the verb at {@code i} (", said the Kremlin"), else none. */
  private List<Integer> namedRightAfter(int i) {
    for (int j = 0; j < all.size(); j++) {
      if (at.get(j) > i && at.get(j) <= i + 3) {
        return List.of(j);
      }
    }
    return List.of();
  }

  /** Whether no token in [from, to) has punctuation before it. */
  private boolean noBoundary(int from, int to) {
    for (int k = from; k < to; k++) {
      if (ts.tokens().boundaryBefore(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a verb of saying after its subject names what it says as a noun phrase right after it ("Putin
   * declared his war", "Russia announced the annexation"), so that it does not report the clause before it;
   * a verb of telling names its hearer there ("…, Zelensky told reporters").
   */
  private boolean namesItsObject(int verb) {
    if (verb + 1 >= ts.size() || ts.tokens().boundaryBefore(verb + 1) || TELLING.contains(ts.lower(verb))) {
      return false;
    }
    // "that" opens what it says next ("said that …", "approved that"), not what came before
    return ts.upos(verb + 1).equals("DET") || ts.lower(verb + 1).equals("that")
        || OBJECT_POSSESSIVES.contains(ts.lower(verb + 1));
  }

  /**
   * The country whose stance a noun of stance names ("Ukraine's ultimate aim is to ensure the withdrawal
   * of ...", "our position is that ..."): its possessor; null when it has none that is a country or the
   * author.
   */
  private List<Integer> holderOf(int noun) {
    Agent holder = ts.possessorOf(noun);
    if (!holder.present()) {
      return null;
    }
    List<Integer> countries = mentionsIn(holder);
    if (!countries.isEmpty()) {
      return countries;
    }
    return ts.firstPerson(holder) && author != null ? List.of(authorIndex(holder.start())) : null;
  }

  /**
   * Whether the verb at {@code i} is in a clause opened by a conjunction of time, condition or reason ("as",
   * "until", "as long as"): the conjunction opens its clause or stands right before the verb's subject.
   */
  private boolean inAdverbialClause(int i, Agent subject) {
    int start = i;
    while (start > 0 && !ts.tokens().boundaryBefore(start)) {
      start--;
    }
    for (int k = start; k < i && k <= start + 1; k++) {
      if (ADVERBIAL_OPENERS.contains(ts.lower(k))) {
        return true;
      }
    }
    int before = subject.present() ? subject.start() - 1 : -1;
    return before > start && ts.upos(before).equals("SCONJ") && ADVERBIAL_OPENERS.contains(ts.lower(before));
  }

  /**
   * In someone else's words about the countries (a reporter's question), a state's act reported as fact: the
   * country named as the agent of an act in a sentence that asks nothing and supposes nothing ("The UK is going
   * ahead with sending tanks to Ukraine."), not "Would the U.S. support ...?" nor "China could send weapons".
   */
  private List<Integer> reportedAct(Vote v) {
    if (v.judgement() || asks || v.cue().startsWith(SentenceEvidence.NEGATED_PREFIX)) {
      return List.of();
    }
    for (int i = 0; i < ts.size(); i++) {
      if (HEDGES.contains(ts.lower(i)) || i < v.at() && NEGATIONS.contains(ts.lower(i))) {
        return List.of(); // "CNN is reporting that ...", "I wonder ...", "there are no U.S. training programs"
      }
    }
    Agent agent = ts.agentOf(v.at());
    if (!agent.present() || agent == Agent.MODIFIER || ts.pronoun(agent) || ts.firstPerson(agent)
        || ts.obligation(v.at()) || supposed(ts.predicateOf(v.at()))) {
      return List.of();
    }
    // the state itself or one of its institutions, not "a private South African company" or "a majority of Americans"
    int head = agent.start();
    while (head + 1 < agent.end() && !ts.upos(head + 1).equals("ADP") && !ts.tokens().boundaryBefore(head + 1)) {
      head++; // the head before a prepositional phrase: "sanctions on Russia", "a majority of Americans"
    }
    List<Integer> named = mentionsIn(agent);
    for (int j : named) {
      if (at.get(j) == head) {
        return named;
      }
    }
    return rules.institutionNoun(ts.lower(head)) ? named : List.of();
  }

  /** Whether the verb group at {@code p} holds a modal of possibility or hypothesis ("could send", "would"). */
  private boolean supposed(int p) {
    return p < 0 || modalIn(p, SUPPOSING);
  }

  /** Whether the words of the vote hold a third person's possessive: "the withdrawal of its troops". */
  private boolean ownPossessiveIn(Vote v) {
    for (int i = v.at(); i < v.at() + words(v) && i < ts.size(); i++) {
      if (OWN_POSSESSIVES.contains(ts.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb of saying or policy at {@code p} is only possible ("Putin could declare a cease-fire and
   * seek negotiations", "if Russia calls for talks"): its agent states nothing. "Would" is left out: in reported
   * speech it states ("China said it would support peace talks").
   */
  private boolean possibleOnly(int p) {
    if (modalIn(p, POSSIBLE) || conditional(p)) {
      return true;
    }
    if (p < 2 || !ts.upos(p - 1).equals("CCONJ") || ts.tokens().boundaryBefore(p)) {
      return false;
    }
    for (int i = p - 2; i >= 0 && i >= p - 8; i--) {
      // a verb coordinated with a possible one: "could declare a cease-fire and seek negotiations"
      if (ts.upos(i).equals("VERB")) {
        return modalIn(i, POSSIBLE);
      }
      if (ts.tokens().boundaryBefore(i + 1)) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the verb that governs the act at {@code cue} is only possible ("Washington could help Kyiv acquire arms",
   * "Germany may send tanks"): neither done nor promised. "Can" and "would" are left out: "we can and will support
   * Ukraine" and "said it would send tanks" commit.
   */
  private boolean possibleAct(int cue) {
    int p = ts.predicateOf(cue);
    return p >= 0 && modalIn(p, POSSIBLE);
  }

  /**
   * Whether the act at {@code cue} is a future on a condition ("will" or "would", then "if" or "unless" after the cue
   * in the sentence) whose sayer is a country other than the agent's: a prediction of what the agent would do.
   */
  private boolean predictedByAnother(Agent agent, int cue, int words) {
    int p = ts.predicateOf(cue);
    if (p < 0 || !modalIn(p, FUTURE)) {
      return false;
    }
    boolean condition = false;
    for (int k = cue + words; k < ts.size() && !condition; k++) {
      condition = CONDITIONS.contains(ts.lower(k));
    }
    if (!condition) {
      return false;
    }
    List<Integer> doers = mentionsIn(agent);
    List<Integer> sayers = sayerOutside(agent, cue + words);
    if (doers.isEmpty() || sayers.isEmpty()) {
      return false;
    }
    for (int s : sayers) {
      for (int d : doers) {
        if (all.get(s).iso3().equals(all.get(d).iso3())) {
          return false; // "the US will impose sanctions if Russia invades, Biden said": a promise on a condition
        }
      }
    }
    return true;
  }

  /**
   * The countries that speak a verb of saying outside the agent's clause: before the agent ("Zelensky said that the
   * Russians will ...") or after the act (", Zelensky said"; ", said Zelensky"); empty for none.
   */
  private List<Integer> sayerOutside(Agent agent, int after) {
    for (int k = 0; k < ts.size(); k++) {
      if (k >= agent.start() && k < after || !rules.speechVerb(ts.lower(k)) || !ts.upos(k).equals("VERB")) {
        continue;
      }
      Agent a = ts.agentOf(k);
      List<Integer> sayers = a.present() && (a.end() <= agent.start() || a.start() >= after) ? mentionsIn(a)
          : List.of();
      if (sayers.isEmpty() && k >= after) {
        sayers = namedRightAfter(k);
      }
      if (!sayers.isEmpty()) {
        return sayers;
      }
    }
    return List.of();
  }

  private boolean modalIn(int p, Set<String> modals) {
    for (int i = p; i >= 0 && i >= p - 4; i--) {
      if (i < p && ts.tokens().boundaryBefore(i + 1)) {
        break; // "the Compact, launched in May, demonstrates": the month across a comma is no modal
      }
      if (modals.contains(ts.lower(i)) && ts.upos(i).equals("AUX")) {
        return true;
      }
      if (!ts.upos(i).equals("AUX") && !ts.upos(i).equals("VERB") && !ts.upos(i).equals("ADV")
          && !ts.upos(i).equals("PART") || i < p && ts.tokens().boundaryBefore(i + 1)) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the subject starting at token {@code start} opens a clause of "whether or not", which never asserts what
   * it holds (an open question, or a concession: "whether or not Russia agrees"). A plain "whether" may list what
   * is asserted ("whether we're talking about our support for Ukraine or our approach to the PRC") or sit under a
   * denied doubt ("no question about whether this President is doing everything to support Ukraine").
   */
  private boolean openedByWhether(int start) {
    return start >= 3 && ts.lower(start - 1).equals("not") && ts.lower(start - 2).equals("or")
        && ts.lower(start - 3).equals("whether");
  }

  /** Whether the verb that governs the cue is in a clause opened by "if" or "unless" (a supposed act). */
  private boolean conditional(int cue) {
    for (int k = cue - 1; k >= 0; k--) {
      // inside a clause opened by "if" with no punctuation between: "If North Korea acquires weapons in
      // exchange for supporting Russia, …"
      if (CONDITIONS.contains(ts.lower(k))) {
        return true;
      }
      if (ts.tokens().boundaryBefore(k)) {
        break;
      }
    }
    int p = ts.predicateOf(cue);
    if (p < 0) {
      return false;
    }
    Agent subject = ts.agentOf(p);
    if (subject.present() && ANY.contains(ts.lower(subject.start()))) {
      return true; // "any member of Congress who does not support funding for Ukraine": anyone who would
    }
    int from = subject.present() ? subject.start() : p;
    for (int k = from - 1; k >= 0 && k >= from - 2; k--) {
      if (CONDITIONS.contains(ts.lower(k))) {
        return true;
      }
      if (ts.tokens().boundaryBefore(k + 1) && k + 1 < from) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code verb} is "claim" with "as" in its clause within five words, before the cue: claiming a
   * thing as one's own or as part of oneself takes it, it says nothing ("a region that Moscow has claimed as its own
   * in violation of international law": the judgement is the writer's).
   */
  private boolean claimOfTaking(int verb, int cue) {
    if (!CLAIM.contains(ts.lower(verb))) {
      return false;
    }
    for (int i = verb + 1; i < cue && i <= verb + 5 && !ts.tokens().boundaryBefore(i); i++) {
      if (ts.lower(i).equals("as")) {
        return true; // not across a comma: "Russia claimed, as Lavrov put it, that ..." says
      }
    }
    return false;
  }

  /** "help Ukraine defend itself": a verb done to oneself says nothing. */
  private boolean reflexive(int verb) {
    return verb + 1 < ts.size() && REFLEXIVES.contains(ts.lower(verb + 1));
  }

  /** The owners of a speech verb at token i when its agent is a country or the author; null otherwise. */
  private List<Integer> speakerOfVerb(int i, int cue, int words, boolean judged) {
    if (!ts.upos(i).equals("VERB") || !rules.statingVerb(ts.lower(i)) || ev.reported[i] || ts.afterDeterminer(i)) {
      return null; // "their shared commitment": a participle inside a noun phrase states nothing
    }
    if (judged && !rules.speechVerb(ts.lower(i))) {
      return null; // an act judged or demanded is spoken by a verb of saying, not by another act's agent
    }
    if (reflexive(i) || claimOfTaking(i, cue)) {
      return null;
    }
    if (ts.pressedTo(i)) {
      return List.of(); // "Ukraine could face pressure to agree a peace deal": others press it to, it says nothing
    }
    if (possibleOnly(i)) {
      // "what would it take to lift those if Ukraine agreed to a peace deal", "Putin could declare a cease-fire":
      // a supposed or possible saying
      return null;
    }
    Agent a = ts.agentOf(i);
    if (ts.obligation(i) && !ts.firstPerson(a)) {
      return null; // "Russia must withdraw ... within its borders": demanded of Russia, not said by it
    }
    if (i < cue && i + 1 < ts.size() && ts.lower(i + 1).equals("to") && asideBetween(i + 1, cue)) {
      // "has declined to join NATO, which aims to curtail Russian aggression": what an aside says of the object of
      // an infinitive is the writer's description, not what the verb's subject says or does
      return null;
    }
    if (i < cue && !rules.speechVerb(ts.lower(i)) && ts.coordinatedClauseBetween(i, cue)) {
      return null; // "Myanmar continues to commit atrocities, and the conflict ... with a two-State solution"
    }
    if (i < cue && !rules.speechVerb(ts.lower(i)) && inAdverbialClause(i, a) && ev.clauseEnd(i) <= cue) {
      // "As Russia continues to occupy parts of Ukraine, we are continuing to support ...": the agent of an
      // act in a clause of time, condition or reason does not speak the clause it modifies
      return null;
    }
    if (i < cue && author == null && a.present() && a.end() - a.start() == 1
        && INDEFINITE_SUBJECTS.contains(ts.lower(a.start()))) {
      // "Lavrov said that ... some were calling for a peaceful resolution": the words are the unnamed others', not
      // the sayer's around them; an author citing them ("what many would agree was ... Putin's aggression") agrees
      return List.of();
    }
    if (!a.present() || a.contains(cue) || insideCue(a, cue, words)) {
      return null; // the country named in the judgement ("attacks by Hamas") is judged, not judging
    }
    List<Integer> countries = mentionsIn(a);
    if (!countries.isEmpty()) {
      return countries;
    }
    List<Integer> joint = joint(a);
    if (joint != null) {
      return joint;
    }
    if (leadersWhoMet(a)) {
      return together(a.start());
    }
    if (ts.firstPerson(a) && author != null) {
      return List.of(authorIndex(a.start()));
    }
    return null;
  }

  /**
   * The author's place in the mention list: a mention of the author's own country in the sentence, or
   * the author appended once at the first-person token (or the sentence start when there is none).
   */
  private int authorIndex(int token) {
    return countryIndex(author, token >= 0 ? token : firstPersonToken());
  }

  /**
   * The place of a country the sentence does not need to name (the author, a partner) in the mention list: its
   * mention in the sentence, or one appended once at the token (or the sentence start when there is none).
   */
  private int countryIndex(String iso3, int token) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).iso3().equals(iso3)) {
        return i;
      }
    }
    int start = token >= 0 ? ts.tokens().start(token) : ts.tokens().start(0);
    int end = token >= 0 ? ts.tokens().end(token) : ts.tokens().end(0);
    all.add(SpeakerMention.author(iso3, start, end));
    at.add(token);
    return all.size() - 1;
  }

  private int firstPersonToken() {
    return ev.firstPerson.isEmpty() ? -1 : ev.firstPerson.get(0);
  }
}
