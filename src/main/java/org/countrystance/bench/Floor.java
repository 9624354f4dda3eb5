package org.countrystance.bench;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.countrystance.tables.ArticlesTable;

/**
 * The cost floor of any job over a corpus: read the text column from Parquet and count its
 * whitespace-separated words, touching every character of every article once.
 */
public final class Floor {
  /** Rows read (articles, null texts included) and words counted. */
  public record Result(long articles, long words) {}

  private Floor() {}

  /** Reads {@code parquetPath}'s text column and counts articles and words in one pass. */
  public static Result run(SparkSession spark, String parquetPath) {
    List<long[]> perPartition = spark.read().parquet(parquetPath).select(ArticlesTable.TEXT)
        .as(Encoders.STRING())
        .mapPartitions(new CountWords(), Encoders.javaSerialization(long[].class))
        .collectAsList();
    long articles = 0;
    long words = 0;
    for (long[] c : perPartition) {
      articles += c[0];
      words += c[1];
    }
    return new Result(articles, words);
  }

  /**
   * Words of a text: maximal runs of non-whitespace characters, as {@code text.trim().split("\\s+")}
   * would give, counted without allocating the pieces (the floor must stay the cheapest honest pass).
   */
  public static long words(String text) {
    if (text == null) return 0;
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }

  /** One {articles, words} pair per partition, so only a handful of longs reach the driver. */
  private static final class CountWords implements MapPartitionsFunction<String, long[]> {
    @Override
    public Iterator<long[]> call(Iterator<String> texts) {
      long articles = 0;
      long words = 0;
      while (texts.hasNext()) {
        words += words(texts.next());
        articles++;
      }
      return List.of(new long[] {articles, words}).iterator();
    }
  }
}
