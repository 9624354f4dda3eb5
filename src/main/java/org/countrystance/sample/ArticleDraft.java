package org.countrystance.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The mutable fields of one row while the generator and the bad-row injector work on it. */
final class ArticleDraft {
  String articleId;
  String url;
  String title;
  String text;
  byte[] rawText;
  Instant instant;
  String publishedAt;
  String source;
  String language;
  String authorCountry;
  String story;
  final List<String> defects = new ArrayList<>(4);
  final List<String> stances = new ArrayList<>(4);

  GeneratedArticle toArticle() {
    return new GeneratedArticle(articleId, url, title, text, rawText, publishedAt, source, language,
        authorCountry, story, List.copyOf(defects), List.copyOf(stances));
  }
}
