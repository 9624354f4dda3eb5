package org.countrystance.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.countrystance.sample.SampleVocabulary.StancePosition;

/**
 * Writes sentences whose truth is a stance: third-person statements (including negated and "calls for
 * talks" wordings), first-person official statements, and accusations that state no stance at all.
 */
final class StanceSentences {
  private final SampleVocabulary vocabulary;

  private final TemplateFiller filler;

  StanceSentences(SampleVocabulary vocabulary, TemplateFiller filler) {
    this.vocabulary = vocabulary;
    this.filler = filler;
  }

  /** A statement of a weighted-random country's position on {@code topic} (or of {@code onlyIso3}'s). */
  Sentence statement(SplittableRandom rng, String topic, String onlyIso3, LocalDate day, Set<String> used) {
    List<SentenceTemplate> all = vocabulary.templates(Sentence.STANCE, topic, "en");
    for (int attempt = 0; attempt < 20; attempt++) {
      StancePosition p = position(rng, topic, onlyIso3);
      SentenceTemplate t = pickTemplate(rng, all, p, used);
      if (t == null) continue;
      CountryProfile speaker = vocabulary.byIso3.get(p.iso3());
      String text = filler.fill(t.text(), speaker, null, day, rng, null);
      return new Sentence(text, Sentence.STANCE, List.of(Sentence.stanceLabel(p.iso3(), topic, p.position())));
    }
    throw new IllegalStateException("templates.tsv has no stance template for " + topic + " / " + onlyIso3);
  }

  /** "We call for …" in the voice of the author country of an official statement. */
  Sentence firstPerson(SplittableRandom rng, CountryProfile author, String topic, LocalDate day, Set<String> used) {
    List<SentenceTemplate> all = vocabulary.templates(Sentence.FIRST_PERSON, topic, "en");
    StancePosition p = position(rng, topic, author.iso3());
    SentenceTemplate t = pickTemplate(rng, all, p, used);
    if (t == null) return statement(rng, topic, author.iso3(), day, used);
    String text = filler.fill(t.text(), author, null, day, rng, null);
    return new Sentence(text, Sentence.FIRST_PERSON, List.of(Sentence.stanceLabel(author.iso3(), topic, p.position())));
  }

  /** A third country accuses the speaker, who denies it: the accused's own position is not stated. */
  Sentence accusation(SplittableRandom rng, String topic, LocalDate day, Set<String> used) {
    List<SentenceTemplate> all = vocabulary.templates(Sentence.ACCUSATION, topic, "en");
    if (all.isEmpty()) return statement(rng, topic, null, day, used);
    SentenceTemplate t = RandomStreams.pick(rng, all);
    CountryProfile accused = pickCountry(rng, t.speakers(), null);
    CountryProfile accuser = pickCountry(rng, t.others(), accused);
    return Sentence.plain(filler.fill(t.text(), accused, accuser, day, rng, null), Sentence.ACCUSATION);
  }

  private StancePosition position(SplittableRandom rng, String topic, String onlyIso3) {
    List<StancePosition> rows = vocabulary.positionsByTopic.get(topic);
    double total = 0;
    for (StancePosition p : rows) if (onlyIso3 == null || p.iso3().equals(onlyIso3)) total += p.weight();
    if (total == 0) throw new IllegalStateException("positions.tsv has no row for " + onlyIso3 + " on " + topic);
    double r = rng.nextDouble() * total;
    StancePosition last = null;
    for (StancePosition p : rows) {
      if (onlyIso3 != null && !p.iso3().equals(onlyIso3)) continue;
      last = p;
      r -= p.weight();
      if (r < 0) return p;
    }
    return last;
  }

  /** A template for that position and speaker, preferring wordings the story has not used yet. */
  private static SentenceTemplate pickTemplate(SplittableRandom rng, List<SentenceTemplate> all, StancePosition p,
      Set<String> used) {
    List<SentenceTemplate> fitting = new ArrayList<>(4);
    List<SentenceTemplate> fresh = new ArrayList<>(4);
    for (SentenceTemplate t : all) {
      if (!p.position().equals(t.position()) || !t.allowsSpeaker(p.iso3())) continue;
      fitting.add(t);
      if (!used.contains(t.text())) fresh.add(t);
    }
    if (fitting.isEmpty()) return null;
    SentenceTemplate t = RandomStreams.pick(rng, fresh.isEmpty() ? fitting : fresh);
    used.add(t.text());
    return t;
  }

  private CountryProfile pickCountry(SplittableRandom rng, String spec, CountryProfile not) {
    List<CountryProfile> fitting = new ArrayList<>();
    for (CountryProfile c : vocabulary.countries) {
      if (c != not && SentenceTemplate.allows(spec, c.iso3())) fitting.add(c);
    }
    return RandomStreams.pick(rng, fitting);
  }
}
