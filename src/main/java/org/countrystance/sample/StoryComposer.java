package org.countrystance.sample;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.SplittableRandom;
import org.countrystance.sample.CountryReferences.Form;

/**
 * Writes the clean prose of one story from its plan: a headline and paragraphs of narrative sentences,
 * stance statements of several countries (with the hard cases), bare mentions and ambiguous words.
 */
final class StoryComposer {
  /** A story's headline and paragraphs, before any site-specific edit or defect. */
  record ComposedStory(String title, List<List<Sentence>> paragraphs) {}

  private final GeneratorSettings settings;
  private final SampleVocabulary vocabulary;
  private final TemplateFiller filler;
  private final StanceSentences stances;

  StoryComposer(GeneratorSettings settings, SampleVocabulary vocabulary) {
    this.settings = settings;
    this.vocabulary = vocabulary;
    this.filler = new TemplateFiller(vocabulary.slots);
    this.stances = new StanceSentences(vocabulary, filler);
  }

  ComposedStory compose(StoryPlan plan) {
    SplittableRandom rng = RandomStreams.of(settings.seed(), plan.root(), RandomStreams.STORY_TEXT);
    LocalDate day = plan.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    int targetWords = (int) Math.round(settings.wordsPerArticle() * (0.8 + 0.4 * rng.nextDouble()));
    // The pool of non-English sentences is small: short articles keep unrelated stories dissimilar.
    if (!plan.english()) targetWords = Math.max(20, targetWords / 4);
    List<List<Sentence>> paragraphs = new ArrayList<>();
    String title;
    List<Sentence> lede = new ArrayList<>();
    Set<String> used = new HashSet<>();
    if (!plan.english()) {
      title = plain(rng, "foreign_title", null, plan.language(), day, used).text();
      lede.add(plain(rng, Sentence.FOREIGN, null, plan.language(), day, used));
    } else if (plan.official()) {
      CountryProfile author = vocabulary.byIso3.get(plan.authorCountry());
      title = plain(rng, "official_title", plan.topic(), "en", day, used).text();
      lede.add(stances.firstPerson(rng, author, plan.topic(), day, used));
    } else if (plan.topic() != null) {
      Sentence opening = stances.statement(rng, plan.topic(), null, day, used);
      lede.add(opening);
      String speaker = opening.stances().get(0).substring(0, 3);
      title = headline(rng, plan.topic(), vocabulary.byIso3.get(speaker), day);
    } else {
      title = headline(rng, null, RandomStreams.pick(rng, vocabulary.countries), day);
      lede.add(nextSentence(rng, plan, day, used));
    }
    lede.add(nextSentence(rng, plan, day, used));
    paragraphs.add(lede);
    int words = countWords(lede);
    while (words < targetWords) {
      int size = 2 + rng.nextInt(3);
      List<Sentence> paragraph = new ArrayList<>(size);
      for (int i = 0; i < size; i++) paragraph.add(nextSentence(rng, plan, day, used));
      paragraphs.add(paragraph);
      words += countWords(paragraph);
    }
    return new ComposedStory(title, paragraphs);
  }

  /** A body sentence drawn by the story's kind: most are narrative, some state or report stances. */
  Sentence nextSentence(SplittableRandom rng, StoryPlan plan, LocalDate day, Set<String> used) {
    if (!plan.english()) return plain(rng, Sentence.FOREIGN, null, plan.language(), day, used);
    double r = rng.nextDouble();
    if (plan.official()) {
      CountryProfile author = vocabulary.byIso3.get(plan.authorCountry());
      if (r < 0.15) return stances.firstPerson(rng, author, plan.topic(), day, used);
      if (r < 0.25) return stances.statement(rng, plan.topic(), author.iso3(), day, used);
      return narrative(rng, r < 0.85 ? plan.topic() : null, day, used);
    }
    if (plan.topic() == null) {
      if (r < 0.25) return mention(rng, day);
      if (r < 0.35) return plain(rng, Sentence.AMBIGUOUS, null, "en", day, used);
      return narrative(rng, null, day, used);
    }
    if (r < 0.20) return stances.statement(rng, plan.topic(), null, day, used);
    if (r < 0.25) return stances.accusation(rng, plan.topic(), day, used);
    if (r < 0.33) return mention(rng, day);
    if (r < 0.38) return plain(rng, Sentence.AMBIGUOUS, null, "en", day, used);
    return narrative(rng, r < 0.80 ? plan.topic() : null, day, used);
  }

  Sentence narrative(SplittableRandom rng, String topic, LocalDate day, Set<String> used) {
    return plain(rng, Sentence.NARRATIVE, topic, "en", day, used);
  }

  private Sentence mention(SplittableRandom rng, LocalDate day) {
    SentenceTemplate t = RandomStreams.pick(rng, vocabulary.templates(Sentence.MENTION, null, "en"));
    CountryProfile a = RandomStreams.pick(rng, vocabulary.countries);
    CountryProfile b = RandomStreams.pick(rng, vocabulary.countries);
    if (a == b) b = vocabulary.countries.get((vocabulary.countries.indexOf(a) + 1) % vocabulary.countries.size());
    return Sentence.plain(filler.fill(t.text(), a, b, day, rng, Form.NAME), Sentence.MENTION);
  }

  /** A sentence from a template of that kind, not one the story has used already when that can be helped. */
  private Sentence plain(SplittableRandom rng, String kind, String topic, String language, LocalDate day, Set<String> used) {
    List<SentenceTemplate> candidates = vocabulary.templates(kind, topic, language);
    if (candidates.isEmpty()) throw new IllegalStateException("templates.tsv has no " + kind + " for " + topic + "/" + language);
    SentenceTemplate t = RandomStreams.pick(rng, candidates);
    for (int attempt = 0; attempt < 4 && used.contains(t.text()); attempt++) t = RandomStreams.pick(rng, candidates);
    used.add(t.text());
    return Sentence.plain(filler.fill(t.text(), null, null, day, rng, null), kind);
  }

  private String headline(SplittableRandom rng, String topic, CountryProfile speaker, LocalDate day) {
    SentenceTemplate t = RandomStreams.pick(rng, vocabulary.templates("title", topic, "en"));
    CountryProfile other = RandomStreams.pick(rng, vocabulary.countries);
    return filler.fill(t.text(), speaker, other == speaker ? vocabulary.countries.get(0) : other, day, rng, Form.NAME);
  }

  static int countWords(List<Sentence> sentences) {
    int words = 0;
    for (Sentence s : sentences) {
      String t = s.text();
      words++;
      for (int i = 0; i < t.length(); i++) if (t.charAt(i) == ' ') words++;
    }
    return words;
  }
}
