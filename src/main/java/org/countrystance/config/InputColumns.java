package org.countrystance.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which input column holds each field of the input contract (so `body` can serve as `text`). */
public record InputColumns(
    String articleId, String url, String title, String text, String publishedAt,
    String source, String language, String authorCountry) {

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
