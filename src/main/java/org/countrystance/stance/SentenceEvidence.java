package org.countrystance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.countrystance.stance.PhraseIndex.Match;
import org.countrystance.stance.StanceRules.Attribution;
import org.countrystance.stance.StanceRules.CueRule;
import org.countrystance.stance.StanceRules.Negator;
import org.countrystance.stance.StanceRules.ObjectMode;
import org.countrystance.stance.TopicCatalog.SideTerm;
import org.countrystance.tone.WordTokenizer;

/**
 * The stance evidence of one sentence before it is given to mentions: its topics, the votes of the
 * cue rules that fired (with negation and object constraints applied), and the reported spans
 * (accusations, denied content) whose cues and countries are nobody's own position.
 */
final class SentenceEvidence {
  /** Words after a cue in which its object (first side term) is looked for. */
  static final int OBJECT_WINDOW = 8;
  static final int OBJECT_BEFORE = 3;
  /** Verbs of asking or warning whose object is asked not to do something ("urged China not to"). */
  private static final Set<String> ASKING = Set.of("urge", "urges", "urged", "urging", "warn", "warns", "warned",
      "warning", "ask", "asks", "asked", "asking", "press", "pressed", "pressing", "call", "called", "calling",
      "calls", "told", "tell", "tells", "telling", "advise", "advised", "encourage", "encouraged", "encouraging",
      "implore", "implored", "caution", "cautioned");
  /** Possessive pronouns that stand for a side named before them. */
  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his");
  static final int NEGATION_WINDOW = 4;
  /** Words of abandoning between a negator and a call that cancel the negation ("give up on", "closed the door to"). */
  private static final java.util.Set<String> ABANDONING = java.util.Set.of("up", "door", "abandon", "abandoned",
      "abandoning");
  /**
   * What may stand between a negator and the words of judgement it negates: a copula, an article, a verb
   * that names something as the judgement ("is not an act of aggression", "does not consider it a
   * violation", "not to lift", "should not be considered as nuclear blackmail").
   */
  private static final java.util.Set<String> NAMING_WORDS = java.util.Set.of("be", "is", "are", "was", "were",
      "been", "a", "an", "the", "any", "this", "that", "it", "to", "constitute", "constitutes", "consider",
      "considers", "regard", "regards", "call", "calls", "see", "sees", "view", "views", "deem", "deems",
      "considered", "regarded", "called", "seen", "viewed", "deemed", "as");
  static final double CONCESSION = 0.5;
  /** Nouns of a hostile act: the side named after them and a preposition is its target ("sanctions on Russia"). */
  private static final java.util.Set<String> HOSTILE_NOUNS = java.util.Set.of("sanctions", "sanction", "attacks",
      "attack", "strikes", "strike", "airstrikes", "assault", "assaults", "bombing", "bombings", "shelling",
      "aggression", "invasion", "offensive", "embargo", "blockade", "war", "pressure");
  /** Verbs that name something as what a judgement says: "consider it a violation", "call it a war". */
  private static final java.util.Set<String> LABELLING = java.util.Set.of("consider", "considers", "considered",
      "call", "calls", "called", "describe", "describes", "described", "regard", "regards", "regarded",
      "characterize", "characterizes", "characterized", "characterise", "characterises", "characterised",
      "label", "labels", "labelled", "labeled", "deem", "deems", "deemed", "view", "views", "viewed", "see",
      "sees", "qualify", "qualifies", "qualified", "term", "termed");
  /** "-ing" forms of acts against someone: what follows them is their object, not what a support before supports. */
  private static final java.util.Set<String> HOSTILE_PARTICIPLES = java.util.Set.of("condemning", "denouncing",
      "investigating", "documenting", "opposing", "countering", "diminishing", "weakening", "degrading",
      "undermining", "sanctioning", "punishing", "isolating", "deterring", "confronting", "combating",
      "combatting", "resisting", "targeting", "limiting", "restricting", "cutting", "holding",
      "blocking", "pressuring", "penalizing", "penalising", "stopping", "ending", "halting", "preventing",
      "denying", "depriving", "annexing", "invading", "occupying", "seizing", "defeating", "crushing", "destroying",
      "attacking");
  /** The same acts after "to": "support efforts to hold Russia accountable". */
  private static final java.util.Set<String> HOSTILE_VERBS = java.util.Set.of("condemn", "denounce", "investigate",
      "document", "oppose", "counter", "diminish", "weaken", "degrade", "undermine", "sanction", "punish", "isolate",
      "deter", "confront", "combat", "resist", "target", "limit", "restrict", "cut", "hold", "block", "pressure",
      "penalize", "penalise", "stop", "end", "halt", "prevent", "deny", "deprive", "annex", "invade", "occupy",
      "conquer", "seize", "defeat", "crush", "destroy", "dismember", "partition", "attack", "bomb", "shell");
  /** Modals that a bare verb follows ("will deprive"), and adverbs that may stand between ("will further"). */
  private static final Set<String> MODALS = Set.of("will", "would", "can", "could", "shall", "should", "must",
      "may", "might");
  private static final Set<String> VERB_ADVERBS = Set.of("further", "also", "even", "still");
  /** Relative pronouns that open a clause describing the noun before them. */
  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");
  /** Words that open a subordinate clause ("as" apart: see {@link #subordinateBetween}). */
  private static final Set<String> SUBORDINATORS = Set.of("while", "whereas", "because", "although", "though",
      "unless", "whether");
  /** Names of currencies (the tokenizer drops signs: "$400" is "400"), and the words that scale an amount. */
  private static final Set<String> CURRENCIES = Set.of("dollars", "euros", "pounds");
  private static final Set<String> SCALES = Set.of("million", "millions", "billion", "billions", "trillion",
      "thousand", "thousands", "hundreds", "bn", "tens");
  /** Words that make an amount approximate: "nearly $400 million". */
  private static final Set<String> APPROXIMATORS = Set.of("nearly", "about", "around", "some", "roughly",
      "almost", "approximately", "over", "another", "additional", "extra");
  /** Verbs that say a call for peace would serve the war or one side: "would prolong the war", "reward aggression". */
  private static final Set<String> SERVING_A_WAR = Set.of("prolong", "prolongs", "prolonged", "prolonging", "reward",
      "rewards", "rewarding", "embolden", "emboldens", "emboldening", "legitimize", "legitimizes", "legitimise",
      "legitimises", "entrench", "entrenches");
  /** Verbs of using something as a means: "to use the ceasefire to buy time", "exploited the truce". */
  private static final Set<String> USING = Set.of("use", "uses", "used", "using", "exploit", "exploits", "exploited",
      "exploiting", "abuse", "abuses", "abused", "abusing");
  /** Predicates that say an act or its goods were held back: "the aid was held up", "talks were suspended". */
  private static final Set<String> HELD_BACK = Set.of("blocked", "frozen", "suspended", "delayed", "halted",
      "withheld", "stalled", "paused", "cancelled", "canceled", "vetoed", "shelved");
  /** Nouns after a call that name its breach: "cease-fire violations", "truce breaches". */
  private static final Set<String> BREACHES = Set.of("violation", "violations", "breach", "breaches");
  /** Nouns of a supply held: "its supply of missiles". */
  private static final Set<String> SUPPLY_NOUNS = Set.of("supply", "supplies", "stock", "stocks", "stockpile",
      "stockpiles");
  /** Possessive pronouns before a noun (Owners reads the object possessives of a verb from here too). */
  static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");
  /** Adverbs that may come between a verb and its object or preposition: "negotiating right now with". */
  private static final Set<String> TIME_ADVERBS = Set.of("now", "right", "again", "also", "still", "further",
      "together", "today", "soon");
  /** Words of talks that a partner named after "with" makes talks with that partner. */
  private static final Set<String> TALKS = Set.of("negotiate", "negotiates", "negotiated", "negotiating",
      "negotiation", "negotiations", "dialogue");
  /** Forms of the verb "negotiate". */
  private static final Set<String> NEGOTIATE = Set.of("negotiate", "negotiates", "negotiated", "negotiating");
  /** Prepositions after "negotiate" that leave it without a direct object ("negotiate with", "negotiating for"). */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("with", "for", "on", "over", "about", "to", "between",
      "in", "at", "from", "under", "by", "through", "via", "within", "without", "before", "after", "during", "as",
      "since", "and", "or", "but", "if", "until", "when", "while");
  /** What may be negotiated in a call for peace: "negotiate peace", "an end", "a settlement", "a deal". */
  private static final Set<String> NEGOTIATED_PEACE = Set.of("peace", "end", "settlement", "ceasefire", "cease-fire",
      "truce", "armistice", "solution", "deal", "agreement", "accord", "resolution", "treaty", "terms", "it", "this",
      "that", "peacefully");
  /** Forms of "be" and the other linking verbs ("remain", "become", "seem") before a predicate. */
  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "remain", "remains",
      "remained", "become", "becomes", "became", "seem", "seems", "seemed");
  /** Predicates that deny what their subject names can be: "negotiations are impossible". */
  private static final Set<String> IMPOSSIBLE = Set.of("impossible", "pointless", "futile", "meaningless",
      "useless", "unthinkable", "unrealistic");
  /** Verbs of warning someone off an act. */
  private static final Set<String> WARNING = Set.of("warn", "warns", "warned", "warning", "caution", "cautions",
      "cautioned", "cautioning");
  /** Prepositions of time or circumstance: what follows them is when or amid what an act happens. */
  private static final Set<String> CIRCUMSTANCES = Set.of("after", "before", "since", "during", "amid", "amidst",
      "despite", "following", "throughout");
  /** Words before "as" that make it a list or a comparison: "such as Ukraine", "as well as Ukraine". */
  private static final Set<String> AS_LIST = Set.of("such", "well", "much", "many", "same");
  /** Nouns after "war" that make it no side of the war: "war crimes", "war criminals". */
  private static final java.util.Set<String> CRIMES = java.util.Set.of("crimes", "crime", "criminals", "criminal");
  /** Adjectives between a possessive and the war it owns: "his unprovoked and unjustified war". */
  private static final java.util.Set<String> ADJECTIVES_OF_WAR = java.util.Set.of("unprovoked", "unjustified",
      "brutal", "illegal", "further", "military", "full-scale", "needless", "senseless", "continued", "ongoing");
  /** Side terms that name an event of the conflict rather than a party to it. */
  private static final java.util.Set<String> EVENTS = java.util.Set.of("war", "invasion", "aggression", "offensive",
      "occupation", "annexation", "referendums");
  /** Prepositions that attach an event to the noun before them: "settlement of", "end to", "victims in". */
  private static final java.util.Set<String> EVENT_PREPOSITIONS = java.util.Set.of("of", "to", "in");
  /** Nouns of acts of support, aid or pressure. */
  private static final java.util.Set<String> ACT_NOUNS = java.util.Set.of("support", "aid", "assistance", "weapons",
      "arms", "sanctions", "help", "funding", "supplies", "supply", "deliveries", "backing", "investment",
      "investments", "financing", "shipments");
  /** Determiners and possessives before a noun. */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "its", "their", "his", "her",
      "our", "any", "all", "this", "that", "these", "those");
  /** Words of a vote or decision against a text ("voted against", "rejected", "vetoed", "abstained on"). */
  private static final java.util.Set<String> VOTES_AGAINST = java.util.Set.of("against", "opposed", "opposes",
      "oppose", "opposing", "rejected", "rejects", "reject", "rejecting", "vetoed", "vetoes", "veto", "vetoing",
      "blocked", "blocks", "block", "blocking", "abstained", "abstains", "abstain", "abstaining");
  /** Texts voted on. */
  private static final java.util.Set<String> VOTED_TEXTS = java.util.Set.of("resolution", "resolutions", "draft",
      "motion", "motions", "text", "declaration", "statement", "amendment", "amendments");
  /** Words that open what a text says. */
  private static final java.util.Set<String> TEXT_CONTENT = java.util.Set.of("demanding", "calling", "urging",
      "condemning", "requesting", "deploring", "reaffirming", "recognizing", "recognising", "that", "which",
      "to");
  /**
   * Nouns of expectation or of room after "no": "no prospect for", "no sign of", "no chance of", "no room for",
   * "no point in", "no appetite for".
   */
  private static final java.util.Set<String> EXPECTATIONS = java.util.Set.of("prospect", "prospects", "sign", "signs",
      "chance", "chances", "hope", "likelihood", "possibility", "indication", "progress", "evidence", "room", "space",
      "place", "point", "appetite", "need");
  /** Words after "not" that add rather than deny: "not only / just / merely in supporting Ukraine, but ...". */
  private static final java.util.Set<String> ADDITIVE = java.util.Set.of("only", "just", "merely", "simply");
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("in", "of", "on", "to", "for", "with",
      "from", "by", "at", "about", "over", "against");
  private static final java.util.Set<String> TARGET_PREPOSITIONS = java.util.Set.of("on", "against", "upon",
      "inside", "into", "in");

  /** How the cue of a vote cast by a negated cue begins ("not:condemned"). */
  static final String NEGATED_PREFIX = "not:";
  /** Prefix of a cue offered only on a condition ("could lift sanctions if Russia commits to a ceasefire"). */
  static final String CONDITIONAL_PREFIX = "if:";
  /** Words that open a condition after an offer. */
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "once", "provided", "until");

  /**
   * A cue's vote for a position at token {@code at}; {@code judgement}: the cue is the words of whoever
   * speaks the sentence ("aggression"), not an act of its grammatical agent ("sent", "condemned");
   * {@code against}: the side the cue acts against ({@link #against}), or null; {@code helps}: the side an act of
   * support goes to (a "giver" row of cues.tsv), or null; the cue ends before token {@code end}; {@code demand}: a
   * demand made of one party that a call for peace balances (a "demand" row).
   */
  record Vote(String topic, String position, double weight, String cue, int at, boolean judgement,
      boolean judged, String against, String helps, int end, boolean demand, boolean ownSide) {

    /** The same vote for another position. */
    Vote withPosition(String other) {
      return new Vote(topic, other, weight, cue, at, judgement, judged, against, helps, end, demand, ownSide);
    }
  }

  /** An accusation at token start; it reports on [scopeStart, scopeEnd); passive: "was accused by". */
  record Accusation(int start, int scopeStart, int scopeEnd, boolean passive) {}

  final WordTokenizer.Tokens tokens;
  final List<String> topics;
  final boolean[] reported;
  final List<Accusation> accusations = new ArrayList<>();
  final List<Vote> votes = new ArrayList<>();
  final List<Integer> firstPerson = new ArrayList<>();
  /** The tokens that name a country. */
  private final boolean[] country;
  private final TopicCatalog catalog;
  /** The side terms of the sentence (conf/topics.conf sides); empty when it has no topic. */
  List<Match<SideTerm>> sides = List.of();

  /** {@code country}: the tokens that name a country (its mentions), by index. */
  SentenceEvidence(WordTokenizer.Tokens tokens, TopicCatalog catalog, StanceRules rules, boolean[] country) {
    this.tokens = tokens;
    this.country = country;
    this.catalog = catalog;
    topics = catalog.topicsIn(tokens);
    reported = new boolean[tokens.size()];
    if (topics.isEmpty()) {
      return;
    }
    double[] factor = new double[tokens.size()];
    java.util.Arrays.fill(factor, 1.0);
    List<Match<Attribution>> attributions = rules.attribution().find(tokens);
    for (Match<Attribution> a : attributions) {
      switch (a.value()) {
        case ACCUSATION -> {
          boolean passive = a.end() < tokens.size() && attributions.stream().anyMatch(
              p -> p.value() == Attribution.PASSIVE && p.start() == a.end());
          int end = accusationEnd(a.end(), rules);
          accusations.add(new Accusation(a.start(), a.end(), end, passive));
          mark(reported, a.end(), end);
          if (passive) {
            mark(reported, a.start(), a.end());
          }
        }
        // a denial states no position: what it denies is nobody's own words
        case DENIAL -> mark(reported, a.end(), clauseEnd(a.end()));
        case FIRST_PERSON -> firstPerson.add(a.start());
        case CONCESSION -> {
          for (int i = a.start(); i < clauseEnd(a.end()); i++) {
            factor[i] = CONCESSION;
          }
        }
        default -> { }
      }
    }
    markTextsVotedAgainst();
    sides = catalog.sideTerms(tokens);
    List<Match<Negator>> negators = rules.negators().find(tokens);
    List<Match<CueRule>> cues = rules.cues().find(tokens);
    for (Match<CueRule> m : cues) {
      CueRule r = m.value();
      if (!topics.contains(r.topic()) || reported[m.start()] || insideLonger(m, cues)
          || !objectHolds(r, m, sides)) {
        continue;
      }
      boolean call = r.judgement() && catalog.topic(r.topic()).position(r.position()).polarity() == Polarity.NEUTRAL;
      if (!r.judgement() && noSignOf(m.start(), negators)) {
        continue; // "no evidence yet of Iran supplying Russia with the drones": an act not seen is no one's act
      }
      Negator negator = negatorBefore(m.start(), negators, r.judgement(), call);
      if (m.end() - m.start() > 2 && tokens.lower(m.start()).endsWith("ed")
          && tokens.lower(m.start() + 1).equals("by")) {
        continue; // "had been blocked by Canadian sanctions": what the verb's object names is its agent here
      }
      if (ownStock(m)) {
        continue; // "Russia was rapidly exhausting its supply of missiles": what it holds, nothing given
      }
      if (call && talksWithANonParty(m)) {
        continue; // "his negotiations with the British prime minister": talks with an ally or a third country
      }
      if (call && negotiatesSomethingElse(m)) {
        continue; // "ready to negotiate a new arms control framework with Moscow": talks about another matter
      }
      if (call && saidToServeAWar(m.end())) {
        continue; // "a cease-fire while Russia occupies Ukrainian territory would actually prolong the war"
      }
      if (call && usedAsMeans(m.start())) {
        continue; // "Kiev's main goal was to use the ceasefire to buy time": a ceasefire exploited, not sought
      }
      if ((call || namesAnAct(m)) && saidHeldBack(m.end())) {
        continue; // "American military aid to Ukraine was held up over the summer": nothing given, nor called for
      }
      if (call && m.end() < tokens.size() && !tokens.boundaryBefore(m.end())
          && BREACHES.contains(tokens.lower(m.end()))) {
        continue; // "upticks of cease-fire violations in eastern Ukraine": breaches of one, as "violations of the"
      }
      if (call && saidImpossible(m.end())) {
        continue; // "the line beyond which any negotiations are impossible": a call denied by its predicate
      }
      if (negator == Negator.HINDERING && nounCue(m) || negator != null && call) {
        // "to disrupt support for Russia's war", "countering Iran's support for Russia": hindering someone's act
        // is no neutrality of the one who hinders (what it is for, the cue does not say); nor is breaking,
        // refusing or denying a ceasefire a call for one ("violations of the ceasefire by Russian-backed
        // fighters", "would not agree to a ceasefire until ...")
        continue;
      }
      if (negator == Negator.DENIAL && r.judgement() && !labelledBetween(m.start())
          && catalog.topic(r.topic()).position(r.ifNegated()).polarity() == Polarity.NEUTRAL) {
        // "is not sufficient to prevent a 1.5°C rise", "it is not a proxy war": words of judgement denied
        // state no neutrality; declining to name something so does ("do not consider it a violation",
        // "refused to describe it as an invasion")
        continue;
      }
      boolean conditional = negator == null && onCondition(catalog.topic(r.topic()), r, m);
      String position = negator == null && !conditional ? r.position() : r.ifNegated();
      String demandedNot = negator == Negator.DENIAL && !r.judgement() ? opposite(catalog.topic(r.topic()), r) : null;
      if (demandedNot != null && demandedNot(m.start())) {
        // "we have strongly urged countries not to provide support for Russia's war": what the speaker asks
        // another not to do for one side is the speaker's position for the other side, not neutrality
        position = demandedNot;
      }
      String warnedOff = !r.judgement() && !nounCue(m) ? opposite(catalog.topic(r.topic()), r) : null;
      if (warnedOff != null && warnedAgainst(m.start())) {
        // "Russia has constantly warned the US and its allies against providing Ukraine with weapons": warning
        // another off an act for one side is the position for the other side, as asking it not to is
        position = warnedOff;
      }
      String cue = negator != null ? NEGATED_PREFIX + surface(m)
          : conditional ? CONDITIONAL_PREFIX + surface(m) : surface(m);
      votes.add(new Vote(r.topic(), position, r.weight() * factor[m.start()], cue, m.start(), r.judgement(),
          r.judged(), against(r, m, catalog.topic(r.topic())), r.helps(), m.end(), r.demand(),
          r.ownSide() && negator == null));
    }
  }

  /**
   * The side a cue acts against: its object's side when the cue's position is not support for that side
   * (position ids name the side they support: "supports_russia"); for a cue without an object, a party its own
   * words name that its position does not support ("called on Russia to", "embargo on Russian oil"): pressing a
   * party is never that party's position ("Russia's space chief called on Russia to 'finish off' Ukraine"); a side
   * that is no party stays out ("provide other Western or American systems to Ukraine").
   */
  private String against(CueRule r, Match<CueRule> m, Topic topic) {
    boolean object = r.objectMode() == ObjectMode.AFTER || r.objectMode() == ObjectMode.BEFORE
        || r.objectMode() == ObjectMode.EITHER;
    if (object) {
      return supportsObject(r) ? null : r.objectSide();
    }
    String supported = Topic.sideSupported(r.position());
    if (r.objectMode() != ObjectMode.NONE || r.ownSide() || supported == null) {
      return null;
    }
    java.util.Map<String, String> parties = topic.parties();
    for (Match<SideTerm> s : sides) {
      if (s.value().topic().equals(r.topic()) && s.start() >= m.start() && s.end() <= m.end()
          && !s.value().side().equals(supported) && parties.containsKey(s.value().side())) {
        return s.value().side();
      }
    }
    return null;
  }

  /** Whether characters [start, end) of the sentence hold a term of the side. */
  boolean namesSide(int start, int end, String side) {
    for (Match<SideTerm> m : sides) {
      if (m.value().side().equals(side) && tokens.start(m.start()) < end && tokens.end(m.end() - 1) > start) {
        return true;
      }
    }
    return false;
  }

  /** "talks" inside "peace talks" is not a second vote: the longest cue of a topic wins. */
  private static boolean insideLonger(Match<CueRule> m, List<Match<CueRule>> all) {
    for (Match<CueRule> o : all) {
      if (o.value().topic().equals(m.value().topic()) && o.start() <= m.start()
          && o.end() >= m.end() && o.end() - o.start() > m.end() - m.start()) {
        return true;
      }
    }
    return false;
  }

  private boolean objectHolds(CueRule r, Match<CueRule> m, List<Match<SideTerm>> sides) {
    if (r.objectMode() == ObjectMode.NONE) {
      return true;
    }
    if (r.objectMode() == ObjectMode.NOT_AFTER) {
      return !recipientIs(r, m, sides);
    }
    boolean after = r.objectMode() != ObjectMode.BEFORE;
    boolean before = r.objectMode() != ObjectMode.AFTER;
    int clauseEnd = clauseEnd(m.end() - 1); // the clause of the cue's last word: a comma right after it ends it
    boolean actOfSupport = supportsObject(r) && !r.judgement();
    for (Match<SideTerm> s : sides) {
      if (!s.value().topic().equals(r.topic())) {
        continue;
      }
      boolean isSide = s.value().side().equals(r.objectSide());
      if (goodsOfACountry(s)) {
        continue; // "phasing out Russian oil", "ban the import of Russian oil": trade with a country, not the fuel
      }
      if (after && s.start() >= m.end() && s.start() < Math.min(clauseEnd, m.end() + OBJECT_WINDOW)
          && !targetOfHostileAct(s.start(), m.end()) && !namesCrimes(s.end())
          && !subordinateBetween(m.end(), s.start())
          && !(actOfSupport && (afterAgainst(s.start(), m.end()) || participleBetween(m.end(), s.start())
              || circumstanceBetween(m.end(), s.start()) || relativeBetween(m.end(), s.start())
              || ownedByAPerson(s.start(), m.end()) || eventOfAnotherNoun(s.start(), m.end())
              || betweenSides(s.start(), m.end())))) {
        if (isSide) {
          return true;
        }
        if (r.objectMode() == ObjectMode.AFTER) {
          return false;
        }
      }
      int window = r.objectMode() == ObjectMode.BEFORE ? OBJECT_BEFORE : OBJECT_WINDOW;
      if (before && isSide && s.end() <= m.start() && s.end() >= m.start() - window) {
        return true;
      }
    }
    return before && possessedBy(m.start(), r.topic(), r.objectSide(), sides);
  }

  /**
   * Whether the side term names a country's goods: a term of a side that conf/topics.conf lists as goods ("oil",
   * "coal") right after a country's name or adjective, or in a list opened by one ("Russian oil", "Qatari gas",
   * "Russian oil and gas"). Cutting them off is about that country, not about the thing.
   */
  private boolean goodsOfACountry(Match<SideTerm> s) {
    if (country[s.start()] || !catalog.topic(s.value().topic()).goods().contains(s.value().side())) {
      return false;
    }
    int p = s.start() - 1;
    // back over other goods of the list and their conjunction: "Russian oil and gas"
    while (p >= 1 && !tokens.boundaryBefore(p + 1) && (tokens.lower(p).equals("and") || tokens.lower(p).equals("or"))) {
      int start = sameSideStart(p - 1, s.value());
      if (start < 0) {
        break;
      }
      p = start - 1;
    }
    return p >= 0 && country[p] && !tokens.boundaryBefore(p + 1);
  }

  /** The first token of a term of the same topic and side that ends at token {@code t}; -1 for none. */
  private int sameSideStart(int t, SideTerm term) {
    for (Match<SideTerm> o : sides) {
      if (o.end() - 1 == t && o.value().topic().equals(term.topic()) && o.value().side().equals(term.side())) {
        return o.start();
      }
    }
    return -1;
  }

  /**
   * Whether a possessive pronoun right before the cue ("its", "their", "his", within {@link #OBJECT_BEFORE} words)
   * stands for the side: the last side named before it in its clause ("Russia must stop its terror and atrocity
   * crimes", "Putin is paying a big price for his aggression").
   */
  private boolean possessedBy(int cueStart, String topic, String side, List<Match<SideTerm>> sides) {
    int p = -1;
    for (int i = cueStart - 1; i >= 0 && i >= cueStart - OBJECT_BEFORE && !tokens.boundaryBefore(i + 1); i--) {
      if (POSSESSIVES.contains(tokens.lower(i))) {
        p = i;
        break;
      }
    }
    Match<SideTerm> last = null;
    for (Match<SideTerm> s : sides) {
      if (p >= 0 && s.value().topic().equals(topic) && s.end() <= p && (last == null || s.start() > last.start())) {
        last = s;
      }
    }
    if (last == null) {
      return false;
    }
    for (int i = last.end(); i <= p; i++) {
      if (tokens.boundaryBefore(i)) {
        return false; // another clause: "Russia attacked, and its neighbour ..."
      }
    }
    return last.value().side().equals(side);
  }

  /**
   * The negator before a cue in its clause. An act is negated by a negator on its verb group ("did not
   * condemn", "refused to join"); words of judgement only when the negation is said of them ("is not
   * aggression", "no violation"), not when it belongs to another verb ("will not be deterred by Russia's
   * violations"), and only by a denial: stopping or preventing an act leaves the judgement of it standing ("try
   * to stop that unnecessary war"); a call for peace ({@code call}) is negated by any negator in its clause
   * ("violations of the ceasefire", "would not agree to a ceasefire").
   */
  private Negator negatorBefore(int cueStart, List<Match<Negator>> negators, boolean judgement, boolean call) {
    for (Match<Negator> h : negators) {
      if (h.value() == Negator.HINDERING && negates(h, cueStart) && negators.stream()
          .anyMatch(d -> d.value() != Negator.HINDERING && negates(d, h.start()))) {
        return null; // "will never stop supporting Ukraine", "not halting our support": the two negations cancel
      }
    }
    for (Match<Negator> n : negators) {
      if (negates(n, cueStart)
          && (!judgement || n.value() == Negator.DENIAL && onlyNamingWordsBetween(n.end(), cueStart)
              || call && !abandoningBetween(n.end(), cueStart))
          && !(n.phrase().equals("no") && (prepositionBetween(n.end(), cueStart) && !(call && expectation(n.end()))
              || comparison(n.end())))
          && !(n.end() < tokens.size() && ADDITIVE.contains(tokens.lower(n.end())))) {
        return n.value();
      }
    }
    return null;
  }

  /** The topic's position of the polarity opposite to the rule's (favor and against); null for a neutral one. */
  private static String opposite(Topic topic, CueRule r) {
    Polarity p = topic.position(r.position()).polarity();
    if (p == Polarity.NEUTRAL) {
      return null;
    }
    for (Position q : topic.positions()) {
      if (q.polarity() != p && q.polarity() != Polarity.NEUTRAL) {
        return q.id();
      }
    }
    return null;
  }

  /**
   * Whether the act at {@code cue} is one the sentence asks someone not to do: "not to" after a verb of asking or
   * warning and its object, in the few words before the act ("urged countries not to provide", "warned China not
   * to supply", "called on Iran not to send drones").
   */
  private boolean demandedNot(int cue) {
    for (int n = cue - 1; n >= 1 && n >= cue - NEGATION_WINDOW - 1; n--) {
      if (!tokens.lower(n).equals("not") || n + 1 >= tokens.size() || !tokens.lower(n + 1).equals("to")) {
        continue;
      }
      for (int v = n - 1; v >= 0 && v >= n - 6 && !tokens.boundaryBefore(v + 1); v--) {
        if (ASKING.contains(tokens.lower(v))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the act at {@code cue} is one a verb of warning warns against: "against" in the few words before it, and
   * "warned" or "cautioned" before that in its clause, past an object of up to six words ("warned the US and its
   * allies against providing Ukraine with weapons").
   */
  private boolean warnedAgainst(int cue) {
    for (int a = cue - 1; a >= 1 && a >= cue - NEGATION_WINDOW - 1 && !tokens.boundaryBefore(a + 1); a--) {
      if (!tokens.lower(a).equals("against")) {
        continue;
      }
      for (int v = a - 1; v >= 0 && v >= a - 7 && !tokens.boundaryBefore(v + 1); v--) {
        if (WARNING.contains(tokens.lower(v))) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * Whether a negator ends in the few words before token {@code at}, in its clause; quotation marks that open the
   * cue are no boundary ("should not be considered as “nuclear blackmail”").
   */
  private boolean negates(Match<Negator> n, int at) {
    return n.end() <= at && n.end() >= at - NEGATION_WINDOW - amountWords(n.end(), at)
        && !boundaryBetween(n.end(), at - 1) && !(tokens.boundaryBefore(at) && !tokens.quotesOnlyBefore(at));
  }

  /**
   * How many of the tokens [from, to) write an amount ("nearly $400 million in", "billions of dollars in", "400m
   * euros of"): an amount measures the noun after it, so "halt nearly $400 million in military aid" negates the aid
   * as "halt military aid" does.
   */
  private int amountWords(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      String w = tokens.lower(i);
      boolean number = w.chars().anyMatch(Character::isDigit) || CURRENCIES.contains(w) || SCALES.contains(w);
      boolean beforeNumber = APPROXIMATORS.contains(w) && i + 1 < to
          && (tokens.lower(i + 1).chars().anyMatch(Character::isDigit) || CURRENCIES.contains(tokens.lower(i + 1)));
      boolean afterNumber = (w.equals("in") || w.equals("of") || w.equals("worth")) && i > from
          && (SCALES.contains(tokens.lower(i - 1)) || tokens.lower(i - 1).chars().anyMatch(Character::isDigit));
      if (number || beforeNumber || afterNumber) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a verb of abandoning comes between a negator and a call ("cannot give up on peace", "never closed the
   * door to diplomacy"): the two negations cancel, the call stands.
   */
  private boolean abandoningBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (ABANDONING.contains(tokens.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of naming something so comes in the few words before the cue ("consider it a violation"). */
  private boolean labelledBetween(int cueStart) {
    for (int i = Math.max(0, cueStart - NEGATION_WINDOW); i < cueStart; i++) {
      if (LABELLING.contains(tokens.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "no prospect for a peaceful settlement", "no sign of a ceasefire", "no room for talks": "no" before a noun of
   * expectation or of room denies the call after its preposition.
   */
  private boolean expectation(int afterNo) {
    // one modifier may come between: "no meaningful evidence of de-escalation", "no real prospect of"
    return afterNo < tokens.size() && EXPECTATIONS.contains(tokens.lower(afterNo))
        || afterNo + 1 < tokens.size() && EXPECTATIONS.contains(tokens.lower(afterNo + 1));
  }

  /**
   * The token right after the first copula ({@link #COPULAS}) among the {@code reach} words from {@code end}, in the
   * clause: where a predicate of what the cue names begins; -1 when no copula comes.
   */
  private int afterCopula(int end, int reach) {
    int c = end;
    while (c < tokens.size() && c < end + reach && !tokens.boundaryBefore(c) && !COPULAS.contains(tokens.lower(c))) {
      c++;
    }
    return c >= tokens.size() || tokens.boundaryBefore(c) || !COPULAS.contains(tokens.lower(c)) ? -1 : c + 1;
  }

  /**
   * Whether what the cue ending before {@code end} names is said to be impossible or pointless by the predicate right
   * after it, or after a short phrase of its noun ("any negotiations are impossible", "talks with Moscow were
   * futile"), in its clause.
   */
  private boolean saidImpossible(int end) {
    int c = afterCopula(end, 5); // past a phrase of its noun: "negotiations with Russia are impossible"
    if (c < 0) {
      return false;
    }
    if (c < tokens.size() && !tokens.boundaryBefore(c) && (tokens.lower(c).equals("now")
        || tokens.lower(c).endsWith("ly"))) {
      c++; // "are now impossible", "are clearly pointless"
    }
    return c < tokens.size() && !tokens.boundaryBefore(c) && IMPOSSIBLE.contains(tokens.lower(c));
  }

  /**
   * Whether the call is the object of a verb of using, past a determiner or possessive and one more word ("to use
   * the ceasefire to buy time", "exploiting the humanitarian pause", "used talks as a cover"): what is used is a
   * means to something else, not what its user asks for.
   */
  private boolean usedAsMeans(int cueStart) {
    int v = cueStart - 1;
    if (v >= 1 && !DETERMINERS.contains(tokens.lower(v)) && DETERMINERS.contains(tokens.lower(v - 1))) {
      v--; // "the humanitarian pause"
    }
    if (v >= 0 && DETERMINERS.contains(tokens.lower(v))) {
      v--;
    }
    return v >= 0 && USING.contains(tokens.lower(v)) && !boundaryBetween(v + 1, cueStart);
  }

  /** Whether a word of the cue is a noun of an act of support, aid or pressure ("military aid", "new sanctions"). */
  private boolean namesAnAct(Match<CueRule> m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (ACT_NOUNS.contains(tokens.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue is the subject of a passive that says it was held back, within six words after it in its
   * clause ("American military aid to Ukraine was held up over the summer", "the sanctions have been delayed", "peace
   * talks were suspended"): the act did not happen as named.
   */
  private boolean saidHeldBack(int end) {
    int c = afterCopula(end, 6); // past a phrase of its noun and an auxiliary: "aid to Ukraine was", "have been"
    if (c < 0) {
      return false;
    }
    if (c < tokens.size() && !tokens.boundaryBefore(c) && tokens.lower(c).endsWith("ly")) {
      c++; // "was temporarily suspended"
    }
    if (c >= tokens.size() || tokens.boundaryBefore(c)) {
      return false;
    }
    String w = tokens.lower(c);
    return HELD_BACK.contains(w) || w.equals("held") && c + 1 < tokens.size() && !tokens.boundaryBefore(c + 1)
        && (tokens.lower(c + 1).equals("up") || tokens.lower(c + 1).equals("back"));
  }

  /**
   * Whether a verb that says the call would serve the war or its side follows it in its clause, within eight words
   * ("a cease-fire while Russia occupies Ukrainian territory would actually prolong the war", "a ceasefire now would
   * reward aggression"): the call is argued against.
   */
  private boolean saidToServeAWar(int end) {
    for (int c = end; c < tokens.size() && c < end + 8 && !tokens.boundaryBefore(c); c++) {
      if (SERVING_A_WAR.contains(tokens.lower(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue opens with a noun of supply after a possessive pronoun and goes to no one ("to" within the six
   * words after "of") in its clause ("its supply of missiles", "their supplies of ammunition"): the stock its owner
   * holds, not an act of giving ("its supply of weapons to Ukraine" is one).
   */
  private boolean ownStock(Match<CueRule> m) {
    int s = m.start();
    if (s == 0 || s + 1 >= tokens.size() || !SUPPLY_NOUNS.contains(tokens.lower(s))
        || !tokens.lower(s + 1).equals("of") || !POSSESSIVE_PRONOUNS.contains(tokens.lower(s - 1))) {
      return false;
    }
    for (int k = s + 2; k < clauseEnd(s) && k <= s + 7; k++) {
      if (tokens.lower(k).equals("to")) { // "its supply of tanks and armoured vehicles to Ukraine"
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the cue is a word of talks followed by "with" and a country that is no party to the topic's conflict
   * before any other preposition ("his negotiations with the British prime minister", "dialogue with China"): talks
   * with an ally or a third country, no call for peace talks. Talks with a party ("negotiations with Moscow", "with
   * the Ukrainian side") or with no country named ("with all parties") still call for them.
   */
  private boolean talksWithANonParty(Match<CueRule> m) {
    if (m.end() - m.start() != 1 || !TALKS.contains(tokens.lower(m.start()))) {
      return false;
    }
    int i = m.end();
    while (i < tokens.size() && i < m.end() + 2 && !tokens.boundaryBefore(i) && tokens.lower(i).endsWith("ly")) {
      i++; // "negotiate directly with"
    }
    if (i >= tokens.size() || tokens.boundaryBefore(i) || !tokens.lower(i).equals("with")) {
      return false;
    }
    java.util.Map<String, String> parties = catalog.topic(m.value().topic()).parties();
    for (int k = i + 1; k < tokens.size() && k <= i + 4 && !tokens.boundaryBefore(k)
        && !OBJECT_PREPOSITIONS.contains(tokens.lower(k)); k++) {
      if (country[k]) {
        return !namesAParty(k, m.value().topic(), parties);
      }
    }
    return false;
  }

  /** Whether a side term of one of the topic's parties covers token {@code k}. */
  private boolean namesAParty(int k, String topic, java.util.Map<String, String> parties) {
    for (Match<SideTerm> s : sides) {
      if (s.value().topic().equals(topic) && parties.containsKey(s.value().side()) && s.start() <= k && k < s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue is the verb "negotiate" with a direct object that names neither peace nor an end, a settlement or
   * a deal ("negotiate a new arms control framework", "negotiating safe passage for grain", "negotiated the release
   * of prisoners"): talks about that matter, no call for peace. "negotiate with Russia", "negotiate an end to the
   * war" and "negotiate a peace deal" still call for it.
   */
  private boolean negotiatesSomethingElse(Match<CueRule> m) {
    if (m.end() - m.start() != 1 || !NEGOTIATE.contains(tokens.lower(m.start()))) {
      return false;
    }
    int i = m.end();
    while (i < tokens.size() && i < m.end() + 2 && !tokens.boundaryBefore(i)
        && (tokens.lower(i).endsWith("ly") || TIME_ADVERBS.contains(tokens.lower(i)))) {
      i++; // "negotiate directly with", "negotiating right now with"
    }
    if (i >= tokens.size() || tokens.boundaryBefore(i) || OBJECT_PREPOSITIONS.contains(tokens.lower(i))) {
      return false;
    }
    for (int k = i; k < tokens.size() && k < i + 6 && !tokens.boundaryBefore(k)
        && !OBJECT_PREPOSITIONS.contains(tokens.lower(k)); k++) {
      if (NEGOTIATED_PEACE.contains(tokens.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether "no" and a noun of expectation come in the few words before an act, with a preposition between
   * ("no evidence yet of Iran supplying", "no sign of China sending"): the act is said not to be seen.
   */
  private boolean noSignOf(int cueStart, List<Match<Negator>> negators) {
    for (Match<Negator> n : negators) {
      if (n.phrase().equals("no") && negates(n, cueStart) && expectation(n.end())
          && prepositionBetween(n.end(), cueStart)) {
        return true;
      }
    }
    return false;
  }

  /** "by no later than 2050", "no more than": "no" before a comparison measures, it negates nothing. */
  private boolean comparison(int afterNo) {
    return afterNo + 1 < tokens.size() && tokens.lower(afterNo + 1).equals("than");
  }

  /** "no disruption in the supply of funding": "no" negates the noun it opens, not one after a preposition. */
  private boolean prepositionBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (PREPOSITIONS.contains(tokens.lower(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean onlyNamingWordsBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!NAMING_WORDS.contains(tokens.lower(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether punctuation separates the token before {@code from} from token {@code to}. */
  private boolean boundaryBetween(int from, int to) {
    for (int i = from; i <= to && i < tokens.size(); i++) {
      if (tokens.boundaryBefore(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what the cue gives goes to the rule's side: "to" or "for" within five words after the cue,
   * followed by a term of that side ("could provide lethal aid to Russia", "provided lethal weapons,
   * lethal capabilities to the Russian Ministry of Defense").
   */
  private boolean recipientIs(CueRule r, Match<CueRule> m, List<Match<SideTerm>> sides) {
    for (int i = m.end(); i < m.end() + 6 && i + 1 < tokens.size(); i++) {
      String w = tokens.lower(i);
      if (w.equals("to") || w.equals("for")) {
        for (Match<SideTerm> s : sides) {
          if ((s.start() == i + 1 || s.start() == i + 2 && tokens.lower(i + 1).equals("the"))
              && s.value().topic().equals(r.topic())) {
            return s.value().side().equals(r.objectSide());
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the side term at token {@code t} is the target of a hostile act named right before it ("supports
   * sanctions on Russia", "attacks inside Russian territory"): what the cue supports is the act, not that side;
   * a cue that is itself the act ("sanctions on Russia") still has it for its object.
   */
  private boolean targetOfHostileAct(int t, int cueEnd) {
    int p = t - 1;
    if (p >= 0 && tokens.lower(p).equals("the")) {
      p--;
    }
    return p - 1 >= cueEnd && TARGET_PREPOSITIONS.contains(tokens.lower(p))
        && HOSTILE_NOUNS.contains(tokens.lower(p - 1));
  }

  /**
   * Whether a cue whose negation takes the other side (lifting sanctions, recognising an annexation) is offered only
   * on a condition that follows it in its clause: "Britain could lift sanctions if Russia commits to a full
   * ceasefire and withdrawal" holds the sanctions until then, so it reads as its negation; "once again" is no
   * condition.
   */
  private boolean onCondition(Topic topic, CueRule r, Match<CueRule> m) {
    Position other = topic.position(r.ifNegated());
    if (r.ifNegated().equals(r.position()) || other == null || other.polarity() == Polarity.NEUTRAL) {
      return false;
    }
    int end = clauseEnd(m.end() - 1);
    for (int i = m.end(); i < end; i++) {
      String w = tokens.lower(i);
      boolean again = w.equals("once") && i + 1 < tokens.size() && (tokens.lower(i + 1).equals("again")
          || tokens.lower(i + 1).equals("more"));
      if (CONDITIONS.contains(w) && !again
          || (w.equals("exchange") || w.equals("return")) && i > 0 && tokens.lower(i - 1).equals("in")
              && i + 1 < tokens.size() && tokens.lower(i + 1).equals("for")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a subordinate clause opens between a cue and the side term at {@code t}: its object is not in another
   * clause ("a Russian rocket attack on a train station ... as Ukraine celebrated", "aid ... while Kyiv waits").
   * "as" opens one only right before the term or "the" ("such as Ukraine", "as well as Ukraine" are lists);
   * "because of" opens a phrase, not a clause ("sanctions on Iran because of its support for Russia's war").
   */
  private boolean subordinateBetween(int cueEnd, int t) {
    for (int p = cueEnd; p < t; p++) {
      String w = tokens.lower(p);
      if (SUBORDINATORS.contains(w) && !(w.equals("because") && p + 1 < t && tokens.lower(p + 1).equals("of"))) {
        return true;
      }
      if (w.equals("as") && (p + 1 == t || tokens.lower(p + 1).equals("the"))
          && !(p > 0 && AS_LIST.contains(tokens.lower(p - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a relative clause opens between a cue of support and a side term ("support a conspiracy theory which
   * falsely claims that Russian intelligence agencies ...", "supported the sanctions which target Russia"): the
   * side is named in what describes the thing supported, it is not the one supported.
   */
  private boolean relativeBetween(int cueEnd, int t) {
    for (int p = cueEnd; p < t; p++) {
      if (RELATIVES.contains(tokens.lower(p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a phrase of time or circumstance opens between a cue of support and a side term ("praised the UK for its
   * staunch support after Putin's illegal invasion of Ukraine", "aid delivered during Russia's war"): it says when
   * or amid what the act happens, not whom it is for.
   */
  private boolean circumstanceBetween(int cueEnd, int t) {
    for (int p = cueEnd; p < t; p++) {
      if (CIRCUMSTANCES.contains(tokens.lower(p))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an "-ing" form of an act against someone stands between a cue of support and a side term
   * ("supported the resolutions condemning Russia's aggression", "support the mechanisms investigating
   * Russia's violations", "supports energy market stability while diminishing Russia's ability"): the side is
   * that act's object, not the supported one.
   */
  private boolean participleBetween(int cueEnd, int t) {
    for (int p = cueEnd; p < t; p++) {
      if (HOSTILE_PARTICIPLES.contains(tokens.lower(p))
          || p > cueEnd && HOSTILE_VERBS.contains(tokens.lower(p)) && infinitiveOrModal(p, cueEnd)) {
        return true; // "support efforts to hold Russia accountable", "support that will further deprive Putin"
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code p} follows "to" or a modal, past adverbs ("to hold", "will further deprive"), after
   * token {@code floor}.
   */
  private boolean infinitiveOrModal(int p, int floor) {
    int k = p - 1;
    while (k > floor && (tokens.lower(k).endsWith("ly") || VERB_ADVERBS.contains(tokens.lower(k)))) {
      k--;
    }
    return k >= floor && (tokens.lower(k).equals("to") || MODALS.contains(tokens.lower(k)));
  }

  /**
   * Whether the side term at token {@code t} is an event ("war", "invasion") in a phrase of another noun after
   * the cue ("support a negotiated settlement of the war", "help the victims of the invasion", "support an end
   * to the war"): what is supported is that noun, not the event; right after the cue the event is the object
   * ("support for the war").
   */
  private boolean eventOfAnotherNoun(int t, int cueEnd) {
    if (!EVENTS.contains(tokens.lower(t))) {
      return false;
    }
    int p = t - 1;
    while (p > cueEnd && (DETERMINERS.contains(tokens.lower(p)) || ADJECTIVES_OF_WAR.contains(tokens.lower(p)))) {
      p--;
    }
    return p > cueEnd && EVENT_PREPOSITIONS.contains(tokens.lower(p));
  }

  /**
   * Whether the side term ending before token {@code end} names crimes ("war crimes", "war criminals"):
   * "supporting the work of the war crimes unit" supports no side of the war.
   */
  private boolean namesCrimes(int end) {
    return end < tokens.size() && CRIMES.contains(tokens.lower(end));
  }

  /**
   * Whether the side term at token {@code t} is one of the parties "between" which something supported happens
   * ("supporting the diplomatic talks between Ukraine and Russia", "dialogue between Kyiv and Moscow"): what is
   * supported is no side.
   */
  private boolean betweenSides(int t, int cueEnd) {
    for (int p = t - 1; p >= cueEnd && p >= t - 4; p--) {
      if (tokens.lower(p).equals("between")) {
        return true;
      }
      if (tokens.boundaryBefore(p + 1) && !tokens.lower(p).equals("and")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the side term at token {@code t} is owned by a person named by "his" or "her" ("to support his
   * war", "to fund his invasion"): a support given to one's own war is said of that person, in a clause of
   * purpose or ability whose agent the sentence rarely names, never by the country that speaks.
   */
  private boolean ownedByAPerson(int t, int cueEnd) {
    int p = t - 1;
    while (p > cueEnd && ADJECTIVES_OF_WAR.contains(tokens.lower(p))) {
      p--;
    }
    return p >= cueEnd && (tokens.lower(p).equals("his") || tokens.lower(p).equals("her"));
  }

  /** Whether the cue's position supports its object's side ("solidarity" + Ukraine, "aggression against" + Ukraine). */
  private static boolean supportsObject(CueRule r) {
    return r.position().equals(Topic.supporting(r.objectSide()));
  }

  /**
   * Whether the side term at token {@code t} is in a phrase opened by "against" or "in the face of" after the
   * cue ("stand in solidarity against Russia's aggression", "support our partners in the face of Putin's war"):
   * the side an act of support opposes, never the one it supports
   * (words of judgement keep it: "aggressive acts against Ukraine").
   */
  private boolean afterAgainst(int t, int cueEnd) {
    for (int p = t - 1; p >= cueEnd && p >= t - 3; p--) {
      if (tokens.lower(p).equals("against") || tokens.lower(p).equals("by")) {
        return true; // "… against Russia's aggression", "… devastated by the Russian onslaught"
      }
      if (tokens.lower(p).equals("of") && p - 1 >= cueEnd && tokens.lower(p - 1).equals("face")) {
        return true; // "solidarity in the face of Russian aggression"
      }
      if (tokens.boundaryBefore(p + 1)) {
        return false;
      }
    }
    return false;
  }

  /**
   * What a text says that a country votes against, rejects or abstains on ("voted against the resolution
   * demanding that Russia withdraw its troops", "vetoed a draft calling for a ceasefire") is the text's words,
   * not the country's: the vote is its position.
   */
  private void markTextsVotedAgainst() {
    for (int v = 0; v < tokens.size(); v++) {
      if (!VOTES_AGAINST.contains(tokens.lower(v))) {
        continue;
      }
      for (int t = v + 1; t < Math.min(tokens.size() - 1, v + 7) && !tokens.boundaryBefore(t); t++) {
        if (VOTED_TEXTS.contains(tokens.lower(t))) {
          int c = t + 1;
          if (c < tokens.size() && (tokens.lower(c).equals("on") || tokens.lower(c).equals("of"))) {
            c += 2; // "the resolution on Ukraine demanding"
          }
          if (c < tokens.size() && TEXT_CONTENT.contains(tokens.lower(c))) {
            mark(reported, c, clauseEnd(c));
          }
          break;
        }
      }
    }
  }

  /**
   * Whether the cue is an act named as a noun ("support for", "weapons to", "the supply of"): one of the usual
   * act nouns, or a word after a determiner or possessive.
   */
  private boolean nounCue(Match<CueRule> m) {
    int i = m.start();
    return ACT_NOUNS.contains(tokens.lower(i))
        || i > 0 && !tokens.boundaryBefore(i) && DETERMINERS.contains(tokens.lower(i - 1));
  }

  /**
   * Where what an accusation reports ends: at the end of its clause, past quotation marks ("accused the West of
   * engaging in “nuclear blackmail”"), or earlier at "and" or "but" before a verb of saying or policy, which is the
   * accuser's own next act ("blamed Hamas for the violence and said it stood firmly with Israel").
   */
  private int accusationEnd(int from, StanceRules rules) {
    int end = from + 1;
    while (end < tokens.size() && (!tokens.boundaryBefore(end) || tokens.quotesOnlyBefore(end))) {
      end++; // the accuser's words in quotation marks are part of what it reports: "of “nuclear blackmail”"
    }
    for (int i = from; i + 1 < end; i++) {
      String w = tokens.lower(i);
      if ((w.equals("and") || w.equals("but")) && rules.statingVerb(tokens.lower(i + 1))) {
        return i;
      }
    }
    return end;
  }

  /** Index of the first token after the clause that token {@code from} is in. */
  int clauseEnd(int from) {
    for (int i = from + 1; i < tokens.size(); i++) {
      if (tokens.boundaryBefore(i)) {
        return i;
      }
    }
    return tokens.size();
  }

  private String surface(Match<?> m) {
    StringBuilder b = new StringBuilder();
    for (int i = m.start(); i < m.end(); i++) {
      b.append(i > m.start() ? " " : "").append(tokens.lower(i));
    }
    return b.toString();
  }

  private static void mark(boolean[] mask, int from, int to) {
    for (int i = from; i < to && i < mask.length; i++) {
      mask[i] = true;
    }
  }
}
