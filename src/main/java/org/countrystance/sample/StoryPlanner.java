package org.countrystance.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Decides, from (seed, story index) alone, what kind of story an index starts and when and where it appears. */
final class StoryPlanner {
  private static final String[] FOREIGN_LANGUAGES = {"fr", "es", "de", "ru"};
  /** Share of stories per topic (the rest is general news without stances). */
  private static final double[] TOPIC_SHARES = {0.30, 0.25, 0.20};
  private static final double OFFICIAL_SHARE = 0.08;

  private final GeneratorSettings settings;
  private final SampleVocabulary vocabulary;
  private final List<String> topics;

  StoryPlanner(GeneratorSettings settings, SampleVocabulary vocabulary) {
    this.settings = settings;
    this.vocabulary = vocabulary;
    this.topics = vocabulary.topics();
  }

  StoryPlan plan(long root) {
    SplittableRandom rng = RandomStreams.of(settings.seed(), root, RandomStreams.STORY_KIND);
    long days = ChronoUnit.DAYS.between(settings.from(), settings.to()) + 1;
    Instant at = settings.from().atStartOfDay(ZoneOffset.UTC).toInstant()
        .plusSeconds(rng.nextLong(days * 86_400L));
    if (RandomStreams.chance(rng, settings.nonEnglishRate())) {
      String language = FOREIGN_LANGUAGES[rng.nextInt(FOREIGN_LANGUAGES.length)];
      return new StoryPlan(root, language, null, null, pickSource(rng, language, null), at);
    }
    String topic = null;
    double r = rng.nextDouble();
    for (int i = 0; i < TOPIC_SHARES.length && i < topics.size(); i++) {
      r -= TOPIC_SHARES[i];
      if (r < 0) {
        topic = topics.get(i);
        break;
      }
    }
    if (topic != null && RandomStreams.chance(rng, OFFICIAL_SHARE)) {
      var speaker = RandomStreams.pick(rng, vocabulary.positionsByTopic.get(topic));
      CountryProfile author = vocabulary.byIso3.get(speaker.iso3());
      if (author.ministrySite() != null) {
        NewsSource ministry = new NewsSource(author.ministrySite(), null, null, "en", "en", "eng/statements");
        return new StoryPlan(root, "en", topic, author.iso3(), ministry, at);
      }
    }
    return new StoryPlan(root, "en", topic, null, pickSource(rng, "en", null), at);
  }

  /** A news site publishing in {@code language}, other than {@code not} when given. */
  NewsSource pickSource(SplittableRandom rng, String language, NewsSource not) {
    List<NewsSource> candidates = new ArrayList<>();
    for (NewsSource s : vocabulary.sources) {
      if (s.language().equals(language) && (not == null || !s.site().equals(not.site()))) candidates.add(s);
    }
    if (candidates.isEmpty()) return not;
    return RandomStreams.pick(rng, candidates);
  }
}
