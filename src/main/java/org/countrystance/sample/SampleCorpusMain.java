package org.countrystance.sample;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;

/**
 * Stand-alone entry point that writes a sample corpus with a local Spark session (for benchmarks and
 * laptops): {@code SampleCorpusMain <output-dir> [articles] [seed] [rows-per-file] [from] [to]}.
 */
public final class SampleCorpusMain {
  private SampleCorpusMain() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: SampleCorpusMain <output-dir> [articles] [seed] [rows-per-file] [from] [to]");
      System.exit(2);
    }
    GeneratorSettings settings = GeneratorSettings.defaults();
    if (args.length > 1) settings = settings.withArticles(Long.parseLong(args[1]));
    if (args.length > 2) settings = settings.withSeed(Long.parseLong(args[2]));
    int rowsPerFile = args.length > 3 ? Integer.parseInt(args[3]) : SampleCorpusWriter.DEFAULT_ROWS_PER_FILE;
    if (args.length > 5) settings = settings.withDays(LocalDate.parse(args[4]), LocalDate.parse(args[5]));
    SparkSession spark = SparkSession.builder()
        .master(System.getProperty("spark.master", "local[*]"))
        .appName("country-stance-sample-corpus")
        .config("spark.ui.enabled", "false")
        .getOrCreate();
    try {
      long started = System.nanoTime();
      SampleCorpusWriter.write(spark, settings, args[0], rowsPerFile);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("wrote %d articles to %s in %.1f s (%.0f articles/s)%n", settings.articles(), args[0],
          seconds, settings.articles() / seconds);
    } finally {
      spark.stop();
    }
  }
}
