package org.countrystance.sample;

import java.util.SplittableRandom;

/**
 * Which earlier row a row is a syndicated copy of, decided from (seed, index) alone: about
 * {@code copyRate} of rows copy a row up to {@link #MAX_LOOKBACK} positions back. Official statements
 * are never syndicated (their first-person voice belongs to the ministry's own site).
 */
final class Syndication {
  static final int MAX_LOOKBACK = 40;

  private final GeneratorSettings settings;
  private final StoryPlanner planner;

  Syndication(GeneratorSettings settings, StoryPlanner planner) {
    this.settings = settings;
    this.planner = planner;
  }

  /** The row this one would copy, or -1 when it starts its own story. */
  long candidateOriginal(long index) {
    if (index <= 0) return -1;
    SplittableRandom rng = RandomStreams.of(settings.seed(), index, RandomStreams.SYNDICATION);
    if (!RandomStreams.chance(rng, settings.copyRate())) return -1;
    return index - 1 - rng.nextInt((int) Math.min(index, MAX_LOOKBACK));
  }

  /** The index of the original story this row tells (itself when it is not a copy). */
  long storyRoot(long index) {
    long original = candidateOriginal(index);
    if (original < 0) return index;
    long root = storyRoot(original);
    return planner.plan(root).official() ? index : root;
  }
}
