package org.countrystance.stance;

import java.io.Serializable;
import org.countrystance.config.RuleTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.countrystance.stance.SentenceEvidence.Vote;
import org.countrystance.syntax.PosTagger;
import org.countrystance.syntax.TaggedSentence;
import org.countrystance.tone.WordTokenizer;

/**
 * Stated stance per country mention: the cue votes of a sentence (see {@link SentenceEvidence}) go to the
 * country whose position they state, decided by the sentence's part-of-speech analysis ({@link Owners}:
 * the agent of an act, the speaker of words of judgement, the author of a first-person official
 * statement); each owner gets, per topic, the position with the most votes. A country speaking on a
 * topic without stance language states no position, a denial states none, and what is reported of a
 * country by another (an accusation) is not its own position.
 */
public final class StanceClassifier implements Serializable {
  private static final long serialVersionUID = 1L;
  /** How fast confidence saturates with the winning position's votes (1 vote: 0.78). */
  static final double SATURATION = 1.5;

  private final TopicCatalog catalog;
  private final StanceRules rules;
  private final PosTagger tagger = new PosTagger();

  public StanceClassifier(TopicCatalog catalog, StanceRules rules) {
    this.catalog = catalog;
    this.rules = rules;
  }

  /** Topics and cue tables from a user's conf directory. */
  public static StanceClassifier load(RuleTables rules) {
    TopicCatalog c = TopicCatalog.load(rules);
    return new StanceClassifier(c, StanceRules.load(rules, c));
  }

  /** Topics and cue tables shipped in the jar. */
  public static StanceClassifier loadDefault() {
    TopicCatalog c = TopicCatalog.loadDefault();
    return new StanceClassifier(c, StanceRules.loadDefault(c));
  }

  /** Verbs that open a question asking whether something is so. */
  private static final Set<String> QUESTION_AUXILIARIES = Set.of("do", "does", "did", "is", "are", "was", "were",
      "will", "would", "can", "could", "should", "has", "have", "had", "shall", "may", "might", "must", "isn't",
      "aren't", "doesn't", "don't", "didn't", "won't", "wouldn't", "hasn't", "haven't");
  /** Words that open the subject of an inverted question ("is the United States", "will you", "does it"). */
  private static final Set<String> SUBJECT_OPENERS = Set.of("the", "you", "he", "she", "it", "they", "we", "this",
      "that", "there", "any", "your", "his", "her", "their", "our");
  /** What stands between two sentences that the splitter kept in one span (".  The", "?  So"). */
  private static final Pattern SENTENCE_GAP = Pattern.compile("(?s)[^A-Za-z0-9]*[.!?][^A-Za-z0-9]*\\s[^A-Za-z0-9]*");
  /** A sentence that ends as a question: "?" and any closing quotes or brackets. */
  private static final Pattern QUESTION = Pattern.compile("\\?[\\s\"'\u201d\u2019)\\]]*$");
  /** Words a reporter's question may open with before its verb ("Q", "And", "So"). */
  private static final Set<String> QUESTION_LEADS = Set.of("q", "and", "but", "so", "then", "now", "well", "also");

  public TopicCatalog catalog() {
    return catalog;
  }

  /**
   * One result per mention, in input order, followed by one for the author's country when the
   * sentence is a first-person statement and {@code authorCountry} is given (null otherwise).
   */
  public List<MentionStance> classify(String sentence, List<SpeakerMention> mentions,
      String authorCountry) {
    return classify(sentence, WordTokenizer.tokenize(sentence), mentions, authorCountry);
  }

  /** As {@link #classify(String, List, String)}, with the sentence's tokens already made. */
  public List<MentionStance> classify(String sentence, WordTokenizer.Tokens tokens, List<SpeakerMention> mentions,
      String authorCountry) {
    return classify(sentence, tokens, mentions, authorCountry, false);
  }

  /**
   * As above; {@code quotedOnly} for a sentence someone else speaks about the countries in it (a
   * reporter's question in a briefing): only a position a verb of saying gives a country counts
   * ("Poland says that it will deliver the tanks"), not the acts and judgements of the questioner's
   * framing ("if you think that Ukraine needs to give up territory to get a ceasefire").
   */
  public List<MentionStance> classify(String sentence, WordTokenizer.Tokens tokens, List<SpeakerMention> mentions,
      String authorCountry, boolean quotedOnly) {
    return classify(sentence, tokens, mentions, authorCountry, List.of(), quotedOnly);
  }

  /**
   * As above, with the countries the author's statement reports meeting or acting with ("President Biden met
   * today with President López Obrador"): what "the leaders", "both countries" or "our two countries" state is
   * the author's and theirs, one more result each after the author's.
   */
  public List<MentionStance> classify(String sentence, WordTokenizer.Tokens tokens, List<SpeakerMention> mentions,
      String authorCountry, List<String> partners, boolean quotedOnly) {
    SentenceEvidence ev = new SentenceEvidence(tokens, catalog, rules, countryTokens(tokens, mentions));
    List<SpeakerMention> all = new ArrayList<>(mentions);
    List<Integer> at = new ArrayList<>();
    for (SpeakerMention m : mentions) {
      at.add(tokenAt(ev, m.start(), m.end()));
    }
    Map<Integer, List<Vote>> byOwner = new LinkedHashMap<>();
    if (!ev.votes.isEmpty()) {
      int question = closingYesNoQuestion(sentence, tokens);
      // the part-of-speech analysis runs only for sentences where a cue fired
      Owners owners = new Owners(ev, TaggedSentence.tag(tagger, sentence, tokens), all, at, authorCountry, partners,
          rules, quotedOnly, QUESTION.matcher(sentence).find());
      for (Vote cast : ev.votes) {
        if (question >= 0 && cast.at() >= question || isPassiveAccusation(ev, cast.at()) || owners.notACue(cast)) {
          continue;
        }
        Vote v = doneByItsOwnSide(cast, ev, owners);
        for (int o : owners.of(v)) {
          // an act against a side is not done by that side ("Putin said the sanctions on Russia ...", "Western
          // sanctions would not have an effect on Russia's oil exports, Lavrov said": the country that side is),
          // nor an act of support by the country it goes to ("our efforts to help Ukraine defend itself")
          SpeakerMention m = all.get(o);
          if (v.helps() != null && givenTo(ev, all, at, o, v)) {
            continue;
          }
          if (!actsAgainst(ev, m, at.get(o), v)) {
            byOwner.computeIfAbsent(o, k -> new ArrayList<>()).add(ownSide(v, m));
          }
        }
      }
    }
    List<MentionStance> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      List<StanceStatement> statements = new ArrayList<>();
      List<Vote> own = byOwner.getOrDefault(i, List.of());
      if (!own.isEmpty() && !(at.get(i) >= 0 && ev.reported[at.get(i)])) {
        for (String topicId : ev.topics) {
          StanceStatement s = decide(catalog.topic(topicId), own);
          if (s != null) {
            statements.add(s);
          }
        }
      }
      out.add(new MentionStance(all.get(i), ev.topics, statements));
    }
    return out;
  }

  /**
   * A judged act done by the side its row supports ("Kyiv's criminal attacks on nuclear infrastructure", said in
   * Moscow): condemning a party's act is the other party's position, when the topic has two parties. Any other
   * vote is kept.
   */
  private Vote doneByItsOwnSide(Vote v, SentenceEvidence ev, Owners owners) {
    Topic topic = catalog.topic(v.topic());
    String side = Topic.sideSupported(v.position());
    String other = side == null || v.demand() ? null : topic.otherParty(side);
    if (other == null || topic.position(Topic.supporting(other)) == null) {
      return v;
    }
    int[] doer = owners.doerOf(v);
    return doer != null && ev.namesSide(doer[0], doer[1], side) ? v.withPosition(Topic.supporting(other)) : v;
  }

  /**
   * Whether a vote that acts against a side would go to that side: the owner's country is the side's party, or
   * the owner (a mention at {@code token}, -1 for the author) is named by a term of the side.
   */
  private boolean actsAgainst(SentenceEvidence ev, SpeakerMention m, int token, Vote v) {
    return v.against() != null && (m.iso3().equals(catalog.topic(v.topic()).parties().get(v.against()))
        || token >= 0 && ev.namesSide(m.start(), m.end(), v.against()));
  }

  /** The tokens inside a country mention's characters, by index. */
  private static boolean[] countryTokens(WordTokenizer.Tokens tokens, List<SpeakerMention> mentions) {
    boolean[] out = new boolean[tokens.size()];
    for (SpeakerMention m : mentions) {
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.start(i) >= m.start() && tokens.end(i) <= m.end()) {
          out[i] = true;
        }
      }
    }
    return out;
  }

  /**
   * A "speaker-side" vote ("liberation") for the side its speaker is, when the speaker is a party to the topic: each
   * side calls its own advance a liberation ("the liberation of Donbas", said in Moscow; "our forces liberated
   * Kherson", said in Kyiv). Any other vote, or a speaker that is no party, keeps the row's position.
   */
  private Vote ownSide(Vote v, SpeakerMention speaker) {
    if (!v.ownSide()) {
      return v;
    }
    Topic topic = catalog.topic(v.topic());
    String side = topic.sideOf(speaker.iso3());
    String position = side == null ? null : Topic.supporting(side);
    return position == null || topic.position(position) == null ? v : v.withPosition(position);
  }

  /**
   * Whether the country of mention {@code o} is named, as a term of the side helped, in an act of support or in the
   * few words after it (that mention itself or another of its country): the one it goes to ("Zelenskyy will discuss
   * our efforts to help Ukraine", "a fund for Ukrainian relief"), not the one who gives ("the support that Iran has
   * given", "Russia and Belarus support the war").
   */
  private static boolean givenTo(SentenceEvidence ev, List<SpeakerMention> all, List<Integer> at, int o, Vote v) {
    String iso3 = all.get(o).iso3();
    for (int j = 0; j < all.size(); j++) {
      SpeakerMention m = all.get(j);
      if (m.iso3().equals(iso3) && at.get(j) >= v.at()
          && at.get(j) < v.end() + SentenceEvidence.OBJECT_WINDOW && ev.namesSide(m.start(), m.end(), v.helps())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token of a closing question that asks whether something is so ("Does the U.S. support an
   * Israeli ground operation?", "So, will China join the sanctions?", "He is wondering, as conditions
   * worsen, is the United States considering ...?"), or -1: such a question states nothing, while the
   * sentences before it in the same span still do. A question that opens with a wh-word is often
   * rhetorical ("How many more resolutions must this Assembly adopt ...?") and is read as any sentence.
   */
  static int closingYesNoQuestion(String sentence, WordTokenizer.Tokens tokens) {
    if (!sentence.strip().endsWith("?") || tokens.size() == 0) {
      return -1;
    }
    int from = 0;
    for (int i = 1; i < tokens.size(); i++) {
      String gap = sentence.substring(tokens.end(i - 1), tokens.start(i));
      if (SENTENCE_GAP.matcher(gap).matches()
          && Character.isUpperCase(sentence.charAt(tokens.start(i)))) {
        from = i; // a sentence ends inside the span
      }
    }
    for (int i = from; i < tokens.size() && i < from + 3; i++) {
      String w = tokens.lower(i);
      if (QUESTION_AUXILIARIES.contains(w)) {
        return from;
      }
      if (!QUESTION_LEADS.contains(w)) {
        break;
      }
    }
    for (int i = from + 1; i + 2 < tokens.size(); i++) {
      // "is the United States considering ...?", and a capitalised auxiliary after a colon or dash: "The
      // first is: Did Prime Minister Kishida say ...?" ("May" is more often the month)
      if (tokens.boundaryBefore(i) && QUESTION_AUXILIARIES.contains(tokens.lower(i))
          && (SUBJECT_OPENERS.contains(tokens.lower(i + 1))
              || Character.isUpperCase(sentence.charAt(tokens.start(i))) && !tokens.lower(i).equals("may"))) {
        return from;
      }
    }
    return -1;
  }

  private static boolean isPassiveAccusation(SentenceEvidence ev, int token) {
    return ev.accusations.stream().anyMatch(a -> a.passive() && a.start() == token);
  }

  /** The position with the most cue votes on the topic; null when no cue of the topic is the speaker's. */
  private StanceStatement decide(Topic topic, List<Vote> own) {
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, List<String>> cues = new LinkedHashMap<>();
    double total = 0;
    boolean sideTaken = false;
    for (Vote v : own) {
      if (!v.topic().equals(topic.id())) {
        continue;
      }
      score.merge(v.position(), v.weight(), Double::sum);
      cues.computeIfAbsent(v.position(), k -> new ArrayList<>()).add(v.cue());
      total += v.weight();
      sideTaken |= !v.demand() && topic.position(v.position()).polarity() != Polarity.NEUTRAL;
    }
    if (score.isEmpty()) {
      return null;
    }
    String best = null;
    double bestScore = 0;
    for (Map.Entry<String, Double> e : score.entrySet()) {
      if (sideTaken && callForPeace(topic, e.getKey(), cues.get(e.getKey()))) {
        continue;
      }
      if (best == null || e.getValue() > bestScore + 1e-9) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    double confidence = bestScore / total * (1 - Math.exp(-SATURATION * bestScore));
    return new StanceStatement(topic.id(), best, topic.position(best).polarity(),
        Math.round(confidence * 1000) / 1000.0, List.copyOf(new LinkedHashSet<>(cues.get(best))));
  }

  /**
   * Whether a position is a call for peace that gives way to a side the same sentence takes in its own words
   * ("end the war ... on the basis of Ukraine's territorial integrity", "support for the right of the Palestinian
   * people to a viable State, coexisting peacefully with the State of Israel"): a neutral position none of whose
   * cues is a refusal ("declined to commit" stays noncommittal). A demand made of one party that such a call
   * balances ("a ceasefire and the release of all hostages", a "demand" row of cues.tsv) takes no side of its own,
   * so it never outranks the call.
   */
  private static boolean callForPeace(Topic topic, String position, List<String> cues) {
    return topic.position(position).polarity() == Polarity.NEUTRAL
        && cues.stream().noneMatch(c -> c.startsWith(SentenceEvidence.NEGATED_PREFIX));
  }

  private static int tokenAt(SentenceEvidence ev, int start, int end) {
    for (int i = 0; i < ev.tokens.size(); i++) {
      if (ev.tokens.end(i) > start && ev.tokens.start(i) < end) {
        return i;
      }
    }
    return -1;
  }
}
