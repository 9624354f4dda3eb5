package org.countrystance.sample;

import java.time.Instant;

/**
 * The cheap, story-level facts of one original story: language, topic (null = general news), the author
 * country of an official statement (null = a news site), where and when it first appeared.
 */
record StoryPlan(long root, String language, String topic, String authorCountry, NewsSource source,
    Instant publishedAt) {

  boolean official() {
    return authorCountry != null;
  }

  boolean english() {
    return "en".equals(language);
  }
}
