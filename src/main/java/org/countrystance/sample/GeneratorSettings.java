package org.countrystance.sample;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the sample corpus generator makes: how many articles, from which seed, over which days, how long,
 * and how often it injects bad rows, syndicated copies and non-English articles.
 *
 * @param articles number of rows to write (default 5,000)
 * @param seed everything is a function of (seed, row index) (default 20230314)
 * @param from first publication day, inclusive (default 2023-01-01)
 * @param to last publication day, inclusive (default 2023-03-31); syndicated copies may appear up to two
 *     days later
 * @param wordsPerArticle approximate prose length of an article (default 400)
 * @param badRowRate share of rows that are invalid, cycling through every bad-row kind (default 0.01)
 * @param copyRate share of rows that are syndicated copies of an earlier row (default 0.15)
 * @param nonEnglishRate share of stories written in French, Spanish, German or Russian (default 0.03)
 * @param maxTextBytes the size limit the job enforces; one row per corpus of at least 1,000 rows exceeds
 *     it (default 2 MiB)
 */
public record GeneratorSettings(
    long articles,
    long seed,
    LocalDate from,
    LocalDate to,
    int wordsPerArticle,
    double badRowRate,
    double copyRate,
    double nonEnglishRate,
    int maxTextBytes) implements Serializable {

  public static final long DEFAULT_ARTICLES = 5_000;
  public static final long DEFAULT_SEED = 20230314L;
  public static final int DEFAULT_MAX_TEXT_BYTES = 2 * 1024 * 1024;
  /** Corpora smaller than this carry no oversize row (it would dominate a tiny corpus's size). */
  public static final long MIN_ARTICLES_FOR_OVERSIZE_ROW = 1_000;

  public GeneratorSettings {
    if (articles < 0) throw new IllegalArgumentException("articles must be >= 0, got " + articles);
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("expected from <= to, got " + from + " .. " + to);
    }
    if (wordsPerArticle < 20) throw new IllegalArgumentException("wordsPerArticle must be >= 20, got " + wordsPerArticle);
    requireRate("badRowRate", badRowRate);
    requireRate("copyRate", copyRate);
    requireRate("nonEnglishRate", nonEnglishRate);
    if (maxTextBytes < 1024) throw new IllegalArgumentException("maxTextBytes must be >= 1024, got " + maxTextBytes);
  }

  /** The settings with the default size limit ({@link #DEFAULT_MAX_TEXT_BYTES}). */
  public GeneratorSettings(long articles, long seed, LocalDate from, LocalDate to, int wordsPerArticle,
      double badRowRate, double copyRate, double nonEnglishRate) {
    this(articles, seed, from, to, wordsPerArticle, badRowRate, copyRate, nonEnglishRate, DEFAULT_MAX_TEXT_BYTES);
  }

  private static void requireRate(String name, double rate) {
    if (!(rate >= 0 && rate <= 0.5)) throw new IllegalArgumentException(name + " must be in [0, 0.5], got " + rate);
  }

  /** The documented defaults. */
  public static GeneratorSettings defaults() {
    return new GeneratorSettings(DEFAULT_ARTICLES, DEFAULT_SEED, LocalDate.of(2023, 1, 1),
        LocalDate.of(2023, 3, 31), 400, 0.01, 0.15, 0.03, DEFAULT_MAX_TEXT_BYTES);
  }

  public GeneratorSettings withArticles(long n) {
    return new GeneratorSettings(n, seed, from, to, wordsPerArticle, badRowRate, copyRate, nonEnglishRate, maxTextBytes);
  }

  public GeneratorSettings withSeed(long s) {
    return new GeneratorSettings(articles, s, from, to, wordsPerArticle, badRowRate, copyRate, nonEnglishRate, maxTextBytes);
  }

  public GeneratorSettings withDays(LocalDate first, LocalDate last) {
    return new GeneratorSettings(articles, seed, first, last, wordsPerArticle, badRowRate, copyRate, nonEnglishRate, maxTextBytes);
  }

  public GeneratorSettings withWordsPerArticle(int words) {
    return new GeneratorSettings(articles, seed, from, to, words, badRowRate, copyRate, nonEnglishRate, maxTextBytes);
  }

  /** Bad rows come every {@code 1 / badRowRate} rows; 0 means none. */
  long badRowPeriod() {
    return badRowRate <= 0 ? 0 : Math.max(2, Math.round(1.0 / badRowRate));
  }

  /** The one row whose text exceeds {@link #maxTextBytes}, or -1 when the corpus is too small. */
  long oversizeRowIndex() {
    return articles >= MIN_ARTICLES_FOR_OVERSIZE_ROW ? articles / 2 : -1;
  }
}
