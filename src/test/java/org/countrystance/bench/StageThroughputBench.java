package org.countrystance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.annotate.ArticleAnnotator;
import org.countrystance.clean.ArticleCleaner;
import org.countrystance.clean.CleaningRules;
import org.countrystance.dedup.DedupSettings;
import org.countrystance.dedup.MinHasher;

/**
 * Single-thread CPU throughput of the job's plain-Java steps (cleaner, MinHash signature, article
 * annotator) on the articles of a corpus, round after round, so the cold (JIT) and warm rates show.
 * Not a test: run it by hand. Usage: {@code StageThroughputBench <corpus.parquet> [articles] [rounds]}.
 */
public final class StageThroughputBench {
  private StageThroughputBench() {}

  public static void main(String[] args) {
    int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    List<String[]> articles = new ArrayList<>();
    SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    for (Row r : spark.read().parquet(args[0]).select("title", "text", "source").limit(wanted).collectAsList()) {
      if (!r.isNullAt(1)) articles.add(new String[] {r.getString(0), r.getString(1), r.getString(2)});
    }
    spark.stop();
    ArticleCleaner cleaner = new ArticleCleaner(CleaningRules.loadDefault());
    ArticleAnnotator annotator = ArticleAnnotator.load(null);
    MinHasher hasher = new MinHasher(DedupSettings.defaults());
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    LocalDate date = LocalDate.of(2022, 6, 1);
    for (int round = 0; round < rounds; round++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      List<String> cleaned = new ArrayList<>(articles.size());
      for (String[] a : articles) cleaned.add(cleaner.clean(a[0], a[1], a[2]).text());
      long c1 = cpu.getCurrentThreadCpuTime();
      long hashes = 0;
      for (String t : cleaned) hashes += hasher.signature(t).length;
      long c2 = cpu.getCurrentThreadCpuTime();
      long mentions = 0;
      for (String t : cleaned) mentions += annotator.annotate(t, date, null).size();
      long c3 = cpu.getCurrentThreadCpuTime();
      int n = cleaned.size();
      System.out.printf("round %d: %d articles; articles per CPU-second: cleaner %.0f, MinHash %.0f (%d hashes),"
          + " annotator %.0f (%d mentions)%n", round, n, n / ((c1 - c0) / 1e9), n / ((c2 - c1) / 1e9), hashes,
          n / ((c3 - c2) / 1e9), mentions);
    }
  }
}
