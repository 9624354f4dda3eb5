package org.countrystance.stance;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.Reader;
import java.io.Serializable;
import org.countrystance.config.RuleTables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.countrystance.config.ConfTable;
import org.countrystance.tone.WordTokenizer;

/**
 * The configured topics (conf/topics.conf) and the word indexes that find them in a sentence: a
 * topic is present when one of its signals occurs, or one of its context signals together with
 * one of its anchors.
 */
public final class TopicCatalog implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A side term of a topic ("moscow" is on side russia of ukraine-war). */
  public record SideTerm(String topic, String side) implements Serializable {}

  private final List<Topic> topics;
  private final PhraseIndex<String> signals = new PhraseIndex<>();
  private final PhraseIndex<String> notSignals = new PhraseIndex<>();
  private final PhraseIndex<String> contextSignals = new PhraseIndex<>();
  private final PhraseIndex<String> anchors = new PhraseIndex<>();
  private final PhraseIndex<SideTerm> sides = new PhraseIndex<>();

  TopicCatalog(List<Topic> topics) {
    this.topics = List.copyOf(topics);
    for (Topic t : topics) {
      t.signals().forEach(s -> signals.add(s, t.id()));
      t.notSignals().forEach(s -> notSignals.add(s, t.id()));
      t.contextSignals().forEach(s -> contextSignals.add(s, t.id()));
      t.anchors().forEach(s -> anchors.add(s, t.id()));
      t.sides().forEach((side, terms) -> terms.forEach(s -> sides.add(s, new SideTerm(t.id(), side))));
    }
  }

  /** Topics from {@code topics.conf} of the loaded rule tables. */
  public static TopicCatalog load(RuleTables rules) {
    return fromConfig(ConfigFactory.parseReader(rules.reader("topics.conf")).resolve());
  }

  /** Topics shipped in the jar ({@code /conf/topics.conf}). */
  public static TopicCatalog loadDefault() {
    try (Reader r = ConfTable.openDefault("topics.conf")) {
      return fromConfig(ConfigFactory.parseReader(r).resolve());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static TopicCatalog fromConfig(Config c) {
    List<Topic> topics = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Config t : c.getConfigList("topics")) {
      String id = t.getString("id");
      if (!ids.add(id)) {
        throw new IllegalArgumentException("topics.conf: topic id " + id + " appears twice");
      }
      Map<String, List<String>> sides = new LinkedHashMap<>();
      if (t.hasPath("sides")) {
        Config s = t.getConfig("sides");
        s.root().keySet().forEach(k -> sides.put(k, s.getStringList(k)));
      }
      Map<String, String> parties = new LinkedHashMap<>();
      if (t.hasPath("parties")) {
        Config s = t.getConfig("parties");
        for (String side : s.root().keySet()) {
          if (!sides.containsKey(side)) {
            throw new IllegalArgumentException("topics.conf: topic " + id + " names a party for side " + side
                + ", which it does not have");
          }
          parties.put(side, s.getString(side));
        }
      }
      List<String> goods = optionalList(t, "goods");
      for (String side : goods) {
        if (!sides.containsKey(side)) {
          throw new IllegalArgumentException("topics.conf: topic " + id + " names goods side " + side
              + ", which it does not have");
        }
      }
      List<Position> positions = new ArrayList<>();
      for (Config p : t.getConfigList("positions")) {
        positions.add(new Position(p.getString("id"), Polarity.parse(p.getString("polarity"))));
      }
      topics.add(new Topic(id, t.getString("label"), t.getString("target"),
          t.getStringList("signals"), optionalList(t, "context-signals"),
          optionalList(t, "anchors"), sides, positions, optionalList(t, "not-signals"), parties, goods));
    }
    return new TopicCatalog(topics);
  }

  private static List<String> optionalList(Config c, String path) {
    return c.hasPath(path) ? c.getStringList(path) : List.of();
  }

  public List<Topic> topics() {
    return topics;
  }

  /** The topic with this id, or null. */
  public Topic topic(String id) {
    for (Topic t : topics) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    return null;
  }


  /**
   * Ids of the topics present in the sentence, in catalog order. The names joined by a hyphen count as
   * words of their own ("the Palestinian-Israeli conflict", "the Russia-Ukraine war").
   */
  public List<String> topicsIn(WordTokenizer.Tokens t) {
    Set<String> found = found(t);
    WordTokenizer.Tokens parts = hyphenParts(t);
    if (parts != null && found.size() < topics.size()) {
      found.addAll(found(parts));
    }
    List<String> ordered = new ArrayList<>();
    for (Topic topic : topics) {
      if (found.contains(topic.id())) {
        ordered.add(topic.id());
      }
    }
    return ordered;
  }

  /** The words again with every hyphenated word split at its hyphens; null when there is none. */
  private static WordTokenizer.Tokens hyphenParts(WordTokenizer.Tokens t) {
    StringBuilder b = null;
    for (int i = 0; i < t.size(); i++) {
      if (b == null && t.lower(i).indexOf('-') > 0) {
        b = new StringBuilder();
        for (int k = 0; k < i; k++) {
          b.append(t.lower(k)).append(' ');
        }
      }
      if (b != null) {
        b.append(t.lower(i).replace('-', ' ')).append(' ');
      }
    }
    return b == null ? null : WordTokenizer.tokenize(b.toString());
  }

  private Set<String> found(WordTokenizer.Tokens t) {
    Set<String> found = new LinkedHashSet<>();
    List<PhraseIndex.Match<String>> signalled = signals.find(t);
    // the phrases of another sense and the anchors are looked for only when a signal could use them
    List<PhraseIndex.Match<String>> other = signalled.isEmpty() ? List.of() : notSignals.find(t);
    for (PhraseIndex.Match<String> m : signalled) {
      // "the investment climate": a signal inside a phrase of another sense does not count
      if (other.stream().noneMatch(o -> o.value().equals(m.value()) && o.start() <= m.start() && o.end() >= m.end())) {
        found.add(m.value());
      }
    }
    if (found.size() < topics.size() && !contextSignals.isEmpty()) {
      List<PhraseIndex.Match<String>> context = contextSignals.find(t);
      if (!context.isEmpty()) {
        Set<String> anchored = new LinkedHashSet<>();
        anchors.find(t).forEach(m -> anchored.add(m.value()));
        context.forEach(m -> {
          if (anchored.contains(m.value())) {
            found.add(m.value());
          }
        });
      }
    }
    return found;
  }

  public List<String> topicsIn(String sentence) {
    return topicsIn(WordTokenizer.tokenize(sentence));
  }

  /** Side terms of every topic found in the sentence. */
  public List<PhraseIndex.Match<SideTerm>> sideTerms(WordTokenizer.Tokens t) {
    return sides.find(t);
  }
}
