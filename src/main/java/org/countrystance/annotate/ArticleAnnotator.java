package org.countrystance.annotate;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.countrystance.country.CountryAnnotator;
import org.countrystance.country.CountryAnnotator.SentenceMentions;
import org.countrystance.country.CountryMention;
import org.countrystance.country.Sentence;
import org.countrystance.country.MentionRole;
import org.countrystance.country.RoledMention;
import org.countrystance.stance.MentionStance;
import org.countrystance.stance.SpeakerMention;
import org.countrystance.stance.StanceClassifier;
import org.countrystance.stance.StanceStatement;
import org.countrystance.tone.ToneScorer;

/**
 * The annotate step for one article, in plain Java: sentences, country mentions and their roles,
 * the sentence's tone and each mention's, the topics present and, for a speaking country (or the
 * author of an official statement speaking in the first person), its stated position.
 */
public final class ArticleAnnotator implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The kind recorded for a first-person statement attributed to the input's author_country. */
  public static final String AUTHOR_KIND = "author";

  private final CountryAnnotator countries;
  private final ToneScorer tone;
  private final StanceClassifier stance;

  public ArticleAnnotator(CountryAnnotator countries, ToneScorer tone, StanceClassifier stance) {
    this.countries = countries;
    this.tone = tone;
    this.stance = stance;
  }

  /** The rule tables inside the jar, or an edited copy of conf/ when {@code confDir} is given. */
  public static ArticleAnnotator load(Path confDir) {
    if (confDir == null) {
      return new ArticleAnnotator(CountryAnnotator.loadDefault(), ToneScorer.loadDefault(),
          StanceClassifier.loadDefault());
    }
    return new ArticleAnnotator(CountryAnnotator.load(confDir),
        new ToneScorer(org.countrystance.tone.ToneLexicon.load(confDir)), StanceClassifier.load(confDir));
  }

  public List<MentionFact> annotate(String text, LocalDate date, String authorCountry) {
    List<MentionFact> out = new ArrayList<>();
    for (Sentence s : countries.splitter().split(text)) {
      List<CountryMention> found = countries.matcher().find(s.text(), date);
      // A sentence without a country matters only when it may be the author's own first-person statement.
      if (found.isEmpty() && authorCountry == null) continue;
      List<RoledMention> roled = found.isEmpty() ? List.of() : countries.tagger().tag(s.text(), found);
      annotateSentence(new SentenceMentions(s, roled), authorCountry, out);
    }
    return out;
  }

  private void annotateSentence(SentenceMentions sm, String authorCountry, List<MentionFact> out) {
    String sentence = sm.sentence().text();
    List<SpeakerMention> speakers = new ArrayList<>(sm.mentions().size());
    Set<String> inSentence = new LinkedHashSet<>();
    for (RoledMention m : sm.mentions()) {
      speakers.add(new SpeakerMention(m.iso3(), m.mention().start(), m.mention().end(),
          m.role() == MentionRole.SPEAKER, m.targets()));
      inSentence.add(m.iso3());
    }
    List<MentionStance> stances = stance.classify(sentence, speakers, authorCountry);
    if (stances.isEmpty()) return;
    if (stances.size() > sm.mentions().size()) inSentence.add(authorCountry);
    double sentenceTone = tone.sentenceTone(sentence);
    int mentionIndex = 0;
    for (int i = 0; i < stances.size(); i++) {
      MentionStance ms = stances.get(i);
      RoledMention roled = i < sm.mentions().size() ? sm.mentions().get(i) : null;
      out.add(fact(sm.sentence().index(), sentence, mentionIndex++, roled, ms, sentenceTone, inSentence));
    }
  }

  /**
   * One fact; {@code roled} is null for the author of a first-person statement, which the stance
   * classifier adds after the matched mentions.
   */
  private MentionFact fact(int sentenceIndex, String sentence, int mentionIndex, RoledMention roled,
      MentionStance ms, double sentenceTone, Set<String> inSentence) {
    SpeakerMention m = ms.mention();
    List<String> counterparts = new ArrayList<>();
    for (String c : inSentence) if (!c.equals(m.iso3())) counterparts.add(c);
    String role = roled == null ? "speaker" : roled.role().name().toLowerCase(Locale.ROOT);
    String kind = roled == null ? AUTHOR_KIND : roled.mention().kind().name().toLowerCase(Locale.ROOT);
    String surface = roled == null ? sentence.substring(m.start(), m.end()) : roled.mention().surface();
    List<String> targets = roled != null && roled.role() == MentionRole.SPEAKER ? roled.targets() : List.of();
    StanceStatement st = ms.primary();
    return new MentionFact(sentenceIndex, sentence, mentionIndex, m.iso3(), surface, kind, m.start(), m.end(),
        role, counterparts, targets, sentenceTone, tone.mentionTone(sentence, m.start(), m.end()),
        ms.topics(), st == null ? null : st.topic(), st == null ? null : st.position(),
        st == null ? null : st.polarity().label(), st == null ? null : st.confidence(),
        st == null ? List.of() : st.cues());
  }
}
