package org.countrystance.annotate;

import java.io.Serializable;
import java.util.List;

/**
 * One row of the mentions fact table as computed for one article, before Spark adds the article's
 * own columns (id, story, day, source): where the mention is, what it is, its role, tone and stance.
 */
public record MentionFact(
    int sentenceIndex, String sentence, int mentionIndex, String country, String surface,
    String kind, int start, int end, String role, List<String> counterparts, List<String> dyadTargets,
    double tone, double mentionTone, List<String> topics, String topic, String position,
    String polarity, Double confidence, List<String> cues) implements Serializable {}
