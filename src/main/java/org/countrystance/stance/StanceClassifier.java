package org.countrystance.stance;

import java.io.Serializable;
import org.countrystance.config.RuleTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countrystance.stance.SentenceEvidence.Accusation;
import org.countrystance.stance.SentenceEvidence.Vote;
import org.countrystance.tone.WordTokenizer;

/**
 * Stated stance per speaking country mention: the cue votes of a sentence (see
 * {@link SentenceEvidence}) go to the nearest speaking country before them; each speaker gets, per
 * topic present, the position with the most votes, or the topic's default position when no cue
 * fired. A country accused by another (or named inside reported content) gets no statement unless
 * it has its own cues or denies; a first-person statement is the article author's country's.
 */
public final class StanceClassifier implements Serializable {
  private static final long serialVersionUID = 1L;
  /** How fast confidence saturates with the winning position's votes (1 vote: 0.78). */
  static final double SATURATION = 1.5;

  private final TopicCatalog catalog;
  private final StanceRules rules;

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
    SentenceEvidence ev = new SentenceEvidence(tokens, catalog, rules);
    List<SpeakerMention> all = new ArrayList<>(mentions);
    List<Integer> at = new ArrayList<>();
    for (SpeakerMention m : mentions) {
      at.add(tokenAt(ev, m.start(), m.end()));
    }
    if (!ev.topics.isEmpty() && authorCountry != null) {
      addAuthor(sentence, ev, all, at, authorCountry);
    }
    Set<Integer> accused = accused(ev, at);
    Map<Integer, List<Vote>> byOwner = new LinkedHashMap<>();
    for (Vote v : ev.votes) {
      if (!isPassiveAccusation(ev, v.at())) {
        addVote(byOwner, owner(ev, all, at, v.at()), v);
      }
    }
    for (Vote d : ev.denials) {
      addVote(byOwner, owner(ev, all, at, d.at()), d);
    }
    List<MentionStance> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      List<StanceStatement> statements = new ArrayList<>();
      if (all.get(i).speaker() && !(at.get(i) >= 0 && ev.reported[at.get(i)])) {
        List<Vote> own = byOwner.getOrDefault(i, List.of());
        for (String topicId : ev.topics) {
          StanceStatement s = decide(catalog.topic(topicId), own, accused.contains(i));
          if (s != null) {
            statements.add(s);
          }
        }
      }
      out.add(new MentionStance(all.get(i), ev.topics, statements));
    }
    return out;
  }

  private static boolean insideQuote(String sentence, int upTo) {
    int quotes = 0;
    for (int i = 0; i < upTo; i++) {
      char c = sentence.charAt(i);
      quotes += c == '"' || c == '\u201c' || c == '\u201d' ? 1 : 0;
    }
    return quotes % 2 == 1;
  }

  private void addAuthor(String sentence, SentenceEvidence ev, List<SpeakerMention> all,
      List<Integer> at, String author) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).speaker() && all.get(i).iso3().equals(author)) {
        return;
      }
    }
    for (int p : ev.firstPerson) {
      boolean speakerBefore = false;
      for (int i = 0; i < all.size(); i++) {
        speakerBefore |= all.get(i).speaker() && at.get(i) >= 0 && at.get(i) < p;
      }
      // "Russia continues its assault; we will support Kyiv": a pronoun opening a clause outside
      // quotation marks is the author speaking, even after another country's clause.
      boolean opensOwnClause = ev.tokens.boundaryBefore(p) && !insideQuote(sentence, ev.tokens.start(p));
      if ((!speakerBefore || opensOwnClause) && !ev.reported[p]) {
        all.add(SpeakerMention.author(author, ev.tokens.start(p), ev.tokens.end(p)));
        at.add(p);
        return;
      }
    }
  }

  private static Set<Integer> accused(SentenceEvidence ev, List<Integer> at) {
    Set<Integer> accused = new LinkedHashSet<>();
    for (Accusation a : ev.accusations) {
      int subject = -1;
      for (int i = 0; i < at.size(); i++) {
        int t = at.get(i);
        if (t >= a.scopeStart() && t < a.scopeEnd()) {
          accused.add(i);
        }
        if (a.passive() && t >= 0 && t < a.start() && (subject < 0 || t > at.get(subject))) {
          subject = i;
        }
      }
      if (subject >= 0) {
        accused.add(subject);
      }
    }
    return accused;
  }

  private static boolean isPassiveAccusation(SentenceEvidence ev, int token) {
    return ev.accusations.stream().anyMatch(a -> a.passive() && a.start() == token);
  }

  /** The nearest speaking mention before the token, else the first one after it, else -1. */
  private static int owner(SentenceEvidence ev, List<SpeakerMention> all, List<Integer> at,
      int token) {
    int best = -1;
    int firstAfter = -1;
    for (int i = 0; i < all.size(); i++) {
      int t = at.get(i);
      if (!all.get(i).speaker() || t < 0 || ev.reported[t]) {
        continue;
      }
      if (t <= token && (best < 0 || t > at.get(best))) {
        best = i;
      } else if (t > token && (firstAfter < 0 || t < at.get(firstAfter))) {
        firstAfter = i;
      }
    }
    return best >= 0 ? best : firstAfter;
  }

  private static void addVote(Map<Integer, List<Vote>> byOwner, int owner, Vote v) {
    if (owner >= 0) {
      byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(v);
    }
  }

  private StanceStatement decide(Topic topic, List<Vote> own, boolean accused) {
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, List<String>> cues = new LinkedHashMap<>();
    double total = 0;
    for (Vote v : own) {
      if (!v.topic().equals(topic.id())) {
        continue;
      }
      String position = v.position() == null ? topic.defaultPosition() : v.position();
      score.merge(position, v.weight(), Double::sum);
      cues.computeIfAbsent(position, k -> new ArrayList<>()).add(v.cue());
      total += v.weight();
    }
    if (score.isEmpty()) {
      if (accused) {
        return null;
      }
      Position d = topic.position(topic.defaultPosition());
      return new StanceStatement(topic.id(), d.id(), d.polarity(), catalog.noCueConfidence(),
          List.of());
    }
    String best = topic.defaultPosition();
    double bestScore = score.getOrDefault(best, 0.0);
    for (Map.Entry<String, Double> e : score.entrySet()) {
      if (e.getValue() > bestScore + 1e-9) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    double confidence = bestScore / total * (1 - Math.exp(-SATURATION * bestScore));
    return new StanceStatement(topic.id(), best, topic.position(best).polarity(),
        Math.round(confidence * 1000) / 1000.0, List.copyOf(new LinkedHashSet<>(cues.get(best))));
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
