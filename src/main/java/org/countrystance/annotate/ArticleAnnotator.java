package org.countrystance.annotate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.countrystance.config.RuleTables;
import org.countrystance.country.CountryAnnotator;
import org.countrystance.country.MentionKind;
import org.countrystance.country.MentionRole;
import org.countrystance.country.RoledMention;
import org.countrystance.country.Sentence;
import org.countrystance.stance.SentenceAnnotator;
import org.countrystance.stance.SentenceAnnotator.MentionAnnotation;
import org.countrystance.stance.SpeakerMention;
import org.countrystance.stance.StanceClassifier;
import org.countrystance.tone.TargetToneModel;
import org.countrystance.tone.ToneLexicon;
import org.countrystance.tone.ToneScorer;

/**
 * The annotate step for one article, in plain Java: the country step (sentences, mentions, roles)
 * then the sentence step (tone, topics and, for a speaking country or the author of an official
 * first-person statement, its stated position), flattened into mention facts.
 */
public final class ArticleAnnotator implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The kind recorded for a first-person statement attributed to the input's author_country. */
  public static final String AUTHOR_KIND = "author";
  /**
   * The kind recorded for a country the author's statement reports meeting or acting with, when "the leaders",
   * "both countries" or "our two countries" state its position ({@link MeetingPartners}).
   */
  public static final String PARTNER_KIND = "partner";

  private final CountryAnnotator countries;
  private final SentenceAnnotator sentences;

  public ArticleAnnotator(CountryAnnotator countries, SentenceAnnotator sentences) {
    this.countries = countries;
    this.sentences = sentences;
  }

  /**
   * Built from loaded rule tables (null: the jar's), never from a local path; the tone toward each
   * mention comes from the target-tone model shipped in the jar.
   */
  public static ArticleAnnotator load(RuleTables tables) {
    RuleTables rules = tables == null ? RuleTables.shipped() : tables;
    ToneScorer tone = new ToneScorer(ToneLexicon.load(rules), TargetToneModel.loadDefault());
    return new ArticleAnnotator(CountryAnnotator.load(rules),
        new SentenceAnnotator(tone, StanceClassifier.load(rules)));
  }

  /** The mention facts of one article; a reporter's turn of a briefing is found in its text. */
  public List<MentionFact> annotate(String text, LocalDate date, String authorCountry) {
    List<MentionFact> out = new ArrayList<>();
    // Article-level readings ("Georgia" among US places) apply before roles; one tokenisation per sentence.
    // A sentence without a country matters only when it may be the author's own first-person statement.
    List<CountryAnnotator.SentenceMentions> found = authorCountry == null
        ? countries.annotate(text, date) : countries.annotateEverySentence(text, date);
    ReporterTurns reporters = ReporterTurns.of(text);
    MeetingPartners meetings = authorCountry == null ? null : new MeetingPartners(authorCountry);
    Map<Integer, Boolean> ownLabels = new HashMap<>();
    for (CountryAnnotator.SentenceMentions s : found) {
      // in a press briefing's question the reporter speaks, not the author nor the countries it names; in a
      // labelled quote ("**Name, Title, Organisation:** “...”") the one the label names, the author only when the
      // label names the author's country ("**Statement from President Biden:**")
      boolean reporter = reporters.reporterAt(s.sentence().start());
      int[] label = authorCountry == null ? null : reporters.labelAt(s.sentence().start());
      if (label != null && !ownLabels.computeIfAbsent(label[0], k -> names(s, label, authorCountry))) {
        reporter = true;
      }
      List<String> partners = reporter || meetings == null ? List.of()
          : meetings.read(s.sentence().index(), s.sentence().text(), s.mentions());
      annotateSentence(s.sentence(), s.mentions(), reporter ? null : authorCountry, partners, reporter, out);
    }
    return out;
  }

  /**
   * Whether the text span {@code label} of the sentence names {@code iso3}'s state: its name, code, an institution
   * or a leader ("Statement from President Biden", "U.S. Ambassador ..."), not a place or a demonym in it ("Maryland
   * Congressman ...", "President of American Federation of Teachers").
   */
  private static boolean names(CountryAnnotator.SentenceMentions s, int[] label, String iso3) {
    for (RoledMention m : s.mentions()) {
      int at = s.sentence().start() + m.mention().start();
      MentionKind kind = m.mention().kind();
      boolean state = kind == MentionKind.NAME || kind == MentionKind.CODE || kind == MentionKind.INSTITUTION
          || kind == MentionKind.LEADER;
      if (state && at >= label[0] && at < label[1] && m.iso3().equals(iso3)) {
        return true;
      }
    }
    return false;
  }

  private void annotateSentence(Sentence s, List<RoledMention> roled, String authorCountry, List<String> partners,
      boolean reporter, List<MentionFact> out) {
    List<SpeakerMention> speakers = new ArrayList<>(roled.size());
    Set<String> inSentence = new LinkedHashSet<>();
    for (RoledMention m : roled) {
      speakers.add(new SpeakerMention(m.iso3(), m.mention().start(), m.mention().end(),
          m.role() == MentionRole.SPEAKER, m.targets(), m.mention().kind() == MentionKind.LEADER));
      inSentence.add(m.iso3());
    }
    List<MentionAnnotation> annotations = sentences.annotate(s.text(), speakers, authorCountry, partners, reporter);
    for (int i = roled.size(); i < annotations.size(); i++) inSentence.add(annotations.get(i).mention().iso3());
    for (int i = 0; i < annotations.size(); i++) {
      // Annotations follow the mentions in order; the ones after them are the author of a first-person or
      // joint statement and the partners a joint one names
      out.add(fact(s, i, i < roled.size() ? roled.get(i) : null, annotations.get(i), inSentence, authorCountry));
    }
  }

  private static MentionFact fact(Sentence s, int mentionIndex, RoledMention roled, MentionAnnotation a,
      Set<String> inSentence, String authorCountry) {
    SpeakerMention m = a.mention();
    List<String> counterparts = new ArrayList<>();
    for (String c : inSentence) if (!c.equals(m.iso3())) counterparts.add(c);
    // a country that states a position is the speaker of its sentence, whatever the role rules said
    String role = roled == null || a.position() != null ? "speaker" : roled.role().name().toLowerCase(Locale.ROOT);
    String kind = roled != null ? roled.mention().kind().name().toLowerCase(Locale.ROOT)
        : m.iso3().equals(authorCountry) ? AUTHOR_KIND : PARTNER_KIND;
    String surface = roled == null ? s.text().substring(m.start(), m.end()) : roled.mention().surface();
    List<String> targets = roled != null && roled.role() == MentionRole.SPEAKER ? roled.targets() : List.of();
    return new MentionFact(s.index(), s.text(), mentionIndex, m.iso3(), surface, kind, m.start(), m.end(),
        role, counterparts, targets, a.tone(), a.mentionTone(), a.topics(), a.topic(), a.position(),
        a.polarity(), a.confidence(), a.cues());
  }
}
