package org.countrystance.report;

import java.time.LocalDate;
import java.util.List;

/** What the HTML report shows, already queried and capped: stance rows with their evidence, and tone points. */
public record ReportInput(String title, String subtitle, List<StanceRow> stance, List<TonePoint> tone) {
  /** One evidence sentence of a stance row (a mention's sentence, located by article and index). */
  public record Evidence(String articleId, int sentenceIndex, String source, String sentence) {}

  /** One stance_daily row: a country's statements of one position on one topic on one day. */
  public record StanceRow(String topic, String country, LocalDate day, String position, String polarity,
      long statements, double meanConfidence, List<Evidence> evidence) {}

  /** One country_daily row: a country's mean sentence tone on one day. */
  public record TonePoint(String country, LocalDate day, double toneMean, long mentions) {}

  public ReportInput {
    stance = List.copyOf(stance);
    tone = List.copyOf(tone);
  }
}
