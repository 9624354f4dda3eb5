package org.countrystance.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which input column holds each field of the input contract (so `body` can serve as `text`), and
 * the author of the official statements of a source, for articles whose input names none
 * ({@code input.author-by-source}: lower-cased source to ISO3).
 */
public record InputColumns(
    String articleId, String url, String title, String text, String publishedAt,
    String source, String language, String authorCountry, Map<String, String> authorBySource) {

  public InputColumns {
    authorBySource = Map.copyOf(authorBySource);
  }

  /** Contract field name to the input's column name, in contract order. */
  public Map<String, String> byField() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("article_id", articleId);
    m.put("url", url);
    m.put("title", title);
    m.put("text", text);
    m.put("published_at", publishedAt);
    m.put("source", source);
    m.put("language", language);
    m.put("author_country", authorCountry);
    return m;
  }
}
