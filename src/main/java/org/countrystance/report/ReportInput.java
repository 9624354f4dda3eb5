package org.countrystance.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the HTML report shows, already queried and capped: stance rows with their evidence, tone points, labels. */
public record ReportInput(String title, String subtitle, List<StanceRow> stance, List<TonePoint> tone, Labels labels) {
  /**
   * One evidence sentence of a stance row, located by article and index; url, title and time are its
   * article's (null when unknown), {@code copies} the articles (syndicated copies) holding the sentence.
   */
  public record Evidence(String articleId, int sentenceIndex, String source, String sentence, String url,
      String title, Instant publishedAt, long copies) {
    public Evidence(String articleId, int sentenceIndex, String source, String sentence) {
      this(articleId, sentenceIndex, source, sentence, null, null, null, 1);
    }
  }

  /** One stance_daily row: a country's statements of one position on one topic on one day. */
  public record StanceRow(String topic, String country, LocalDate day, String position, String polarity,
      long statements, double meanConfidence, List<Evidence> evidence) {}

  /** One country_daily row: a country's mean sentence tone on one day. */
  public record TonePoint(String country, LocalDate day, double toneMean, long mentions) {}

  /** Human labels of country codes, topic ids and position ids (the id itself when unknown). */
  public record Labels(Map<String, String> countries, Map<String, String> topics, Map<String, String> positions) {
    public static final Labels NONE = new Labels(Map.of(), Map.of(), Map.of());

    public Labels {
      countries = Map.copyOf(countries);
      topics = Map.copyOf(topics);
      positions = Map.copyOf(positions);
    }

    public String country(String iso3) {
      return countries.getOrDefault(iso3, iso3);
    }

    public String topic(String id) {
      return topics.getOrDefault(id, id);
    }

    public String position(String topic, String id) {
      return positions.getOrDefault(topic + "/" + id, id);
    }
  }

  public ReportInput(String title, String subtitle, List<StanceRow> stance, List<TonePoint> tone) {
    this(title, subtitle, stance, tone, Labels.NONE);
  }

  public ReportInput {
    stance = List.copyOf(stance);
    tone = List.copyOf(tone);
  }
}
