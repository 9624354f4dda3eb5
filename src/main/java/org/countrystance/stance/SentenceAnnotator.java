package org.countrystance.stance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.countrystance.tone.ToneScorer;
import org.countrystance.tone.WordTokenizer;

/**
 * Everything the mentions table says about the mentions of one sentence besides the country
 * itself: the sentence tone, the tone toward each mention, the topics present and, for a speaking
 * country, its most confident stance statement (position, polarity, confidence, cues).
 * Plain Java, built once per partition by the annotate stage.
 */
public final class SentenceAnnotator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One mention's values for the MentionsTable columns TONE ... CUES (nulls where none). */
  public record MentionAnnotation(SpeakerMention mention, double tone, double mentionTone,
      List<String> topics, String topic, String position, String polarity, Double confidence,
      List<String> cues, List<StanceStatement> allStatements) implements Serializable {}

  private final ToneScorer tone;
  private final StanceClassifier stance;

  public SentenceAnnotator(ToneScorer tone, StanceClassifier stance) {
    this.tone = tone;
    this.stance = stance;
  }

  /** Tone and stance from the tables shipped in the jar. */
  public static SentenceAnnotator loadDefault() {
    return new SentenceAnnotator(ToneScorer.loadDefault(), StanceClassifier.loadDefault());
  }

  /** One result per input mention, in order, then one for the author of a first-person statement. */
  public List<MentionAnnotation> annotate(String sentence, List<SpeakerMention> mentions,
      String authorCountry) {
    return annotate(sentence, mentions, authorCountry, false);
  }

  /**
   * As above; {@code quotedOnly}: see
   * {@link StanceClassifier#classify(String, WordTokenizer.Tokens, List, String, boolean)}.
   */
  public List<MentionAnnotation> annotate(String sentence, List<SpeakerMention> mentions,
      String authorCountry, boolean quotedOnly) {
    return annotate(sentence, mentions, authorCountry, List.of(), quotedOnly);
  }

  /**
   * As above, with the countries the author's statement reports meeting or acting with, one more result each
   * when "the leaders" or "both countries" state a position: see
   * {@link StanceClassifier#classify(String, WordTokenizer.Tokens, List, String, List, boolean)}.
   */
  public List<MentionAnnotation> annotate(String sentence, List<SpeakerMention> mentions,
      String authorCountry, List<String> partners, boolean quotedOnly) {
    // tokenized and scored once: the sentence tone, every mention's tone and the stance share them
    WordTokenizer.Tokens tokens = WordTokenizer.tokenize(sentence);
    ToneScorer.Scored scored = tone.score(tokens);
    double sentenceTone = scored.sentenceTone();
    List<MentionAnnotation> out = new ArrayList<>();
    for (MentionStance m : stance.classify(sentence, tokens, mentions, authorCountry, partners, quotedOnly)) {
      SpeakerMention sm = m.mention();
      double own = scored.towards(sm.start(), sm.end());
      StanceStatement s = m.primary();
      out.add(new MentionAnnotation(sm, sentenceTone, own, m.topics(),
          s == null ? null : s.topic(), s == null ? null : s.position(),
          s == null ? null : s.polarity().label(), s == null ? null : s.confidence(),
          s == null ? List.of() : s.cues(), m.statements()));
    }
    return out;
  }
}
