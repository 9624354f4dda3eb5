package org.countrystance.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One row of the sample corpus: the input columns the job reads, and the truth columns it ignores.
 * {@code rawText} holds the exact bytes when they are not valid UTF-8 (then {@code text} is a lossy
 * rendering for display); otherwise it is null and the bytes are {@code text} in UTF-8.
 */
public record GeneratedArticle(
    String articleId,
    String url,
    String title,
    String text,
    byte[] rawText,
    String publishedAt,
    String source,
    String language,
    String authorCountry,
    String truthStory,
    List<String> truthDefects,
    List<String> truthStances) {

  /** The text column's bytes exactly as they are written to Parquet (null for a missing text). */
  public byte[] textBytes() {
    if (rawText != null) return rawText;
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  public boolean hasDefect(String defect) {
    return truthDefects.contains(defect);
  }
}
