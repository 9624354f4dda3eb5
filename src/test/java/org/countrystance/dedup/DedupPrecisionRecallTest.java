package org.countrystance.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.countrystance.tables.ArticlesTable;
import org.countrystance.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * Pairwise precision and recall of the de-duplication on generated syndication: stories of Zipf-drawn
 * words that share stock sentences, copied by other sites with small edits (words changed, a byline
 * added, a closing line added or dropped, case and punctuation changed), plus "follow-up" stories
 * that reuse half of an earlier story's sentences and must stay separate.
 */
class DedupPrecisionRecallTest {
  private static final int STORIES = 300;
  private final Random random = new Random(20240601L);
  private final String[] vocabulary = vocabulary(6000);
  private final List<String> stock = new ArrayList<>();

  private String[] vocabulary(int n) {
    String[] syllables = {"ka", "lo", "mi", "ra", "te", "su", "no", "vi", "da", "pe", "an", "or", "el", "is", "ub"};
    String[] v = new String[n];
    Random r = new Random(11);
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      for (int s = 0; s < 1 + r.nextInt(3); s++) b.append(syllables[r.nextInt(syllables.length)]);
      v[i] = b.append(i % 97).toString();
    }
    return v;
  }

  /** Zipf-like: small indexes (function words) are far more frequent. */
  private String word() {
    return vocabulary[(int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(random.nextDouble(), 3) * vocabulary.length))];
  }

  private String sentence() {
    int n = 8 + random.nextInt(18);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(word());
    return b.append('.').toString();
  }

  private List<String> story() {
    List<String> s = new ArrayList<>();
    int n = 15 + random.nextInt(15);
    for (int i = 0; i < n; i++) s.add(random.nextDouble() < 0.2 ? stock.get(random.nextInt(stock.size())) : sentence());
    return s;
  }

  private String copyOf(List<String> sentences) {
    List<String> s = new ArrayList<>(sentences);
    if (random.nextBoolean()) s.add(0, "By " + word() + " " + word() + ", staff writer.");
    if (random.nextBoolean()) s.add("Read more stories like this on " + word() + ".");
    else if (random.nextInt(4) == 0) s.remove(s.size() - 1);
    String text = String.join(" ", s);
    String[] words = text.split(" ");
    int edits = random.nextInt(4);
    for (int e = 0; e < edits; e++) words[random.nextInt(words.length)] = word();
    text = String.join(" ", words);
    return random.nextInt(3) == 0 ? text.toUpperCase().replace(".", " .") : text;
  }

  @Test
  void findsSyndicatedCopiesWithHighPairwisePrecisionAndRecall() {
    for (int i = 0; i < 200; i++) stock.add(sentence());
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> truth = new HashMap<>();
    LocalDateTime t0 = LocalDateTime.of(2024, 1, 1, 0, 0);
    List<List<String>> stories = new ArrayList<>();
    for (int s = 0; s < STORIES; s++) {
      List<String> story = story();
      if (s > 0 && random.nextInt(10) == 0) {
        List<String> earlier = stories.get(random.nextInt(stories.size()));
        for (int k = 0; k < earlier.size() / 2 && k < story.size(); k++) story.set(k, earlier.get(k));
      }
      stories.add(story);
      int copies = random.nextInt(10) < 4 ? 0 : 1 + random.nextInt(5);
      for (int c = 0; c <= copies; c++) {
        String id = "s" + s + "-c" + c;
        String text = c == 0 ? String.join(" ", story) : copyOf(story);
        LocalDateTime at = t0.plusHours(s).plusMinutes(random.nextInt(600));
        rows.add(RowFactory.create(id, null, "site" + c, "t", text, Timestamp.valueOf(at),
            Date.valueOf(at.toLocalDate()), null, null, null, "run"));
        truth.put(id, s);
      }
    }
    List<Row> out = DedupStage.apply(SparkTestSession.get().createDataFrame(rows, ArticlesTable.INGESTED),
        DedupSettings.defaults()).select(ArticlesTable.ARTICLE_ID, ArticlesTable.STORY_ID).collectAsList();
    assertEquals(rows.size(), out.size());
    Map<String, String> predicted = new HashMap<>();
    for (Row r : out) predicted.put(r.getString(0), r.getString(1));
    assertEquals(rows.size(), predicted.size(), "every article exactly once");

    long truePairs = 0, predictedPairs = 0, both = 0;
    List<String> ids = new ArrayList<>(truth.keySet());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        boolean t = truth.get(ids.get(i)).equals(truth.get(ids.get(j)));
        boolean p = predicted.get(ids.get(i)).equals(predicted.get(ids.get(j)));
        if (t) truePairs++;
        if (p) predictedPairs++;
        if (t && p) both++;
      }
    }
    double precision = both / (double) predictedPairs;
    double recall = both / (double) truePairs;
    Set<String> storiesFound = new HashSet<>(predicted.values());
    System.out.printf("dedup on generated syndication: %d articles, %d true stories, %d predicted stories, "
            + "%d true copy pairs, %d predicted; pairwise precision %.3f, recall %.3f%n",
        rows.size(), STORIES, storiesFound.size(), truePairs, predictedPairs, precision, recall);
    assertTrue(precision >= 0.95, "precision " + precision);
    assertTrue(recall >= 0.9, "recall " + recall);
  }
}
