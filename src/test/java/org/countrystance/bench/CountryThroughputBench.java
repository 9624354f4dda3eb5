package org.countrystance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.countrystance.country.CountryAnnotator;

/**
 * Single-thread throughput of the plain-Java country step (sentences, mentions, roles) on real pages cut
 * into 400-word articles. Not a test: run it by hand.
 * Usage: {@code CountryThroughputBench <whitehouse.parquet> [articles]}.
 */
public final class CountryThroughputBench {
  private CountryThroughputBench() {}

  public static void main(String[] args) throws Exception {
    int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    List<String> articles = articles(args[0], wanted);
    long t0 = System.nanoTime();
    CountryAnnotator annotator = CountryAnnotator.loadDefault();
    System.out.printf("load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    LocalDate date = LocalDate.of(2022, 6, 1);
    run(annotator, articles, date); // warm-up
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long s = System.nanoTime();
      long c = cpu.getCurrentThreadCpuTime();
      long[] counts = run(annotator, articles, date);
      double sec = (System.nanoTime() - s) / 1e9;
      double cpuSec = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
      // CPU time of this thread is what one core delivers; wall time also counts waiting for a shared CPU
      System.out.printf("round %d: %d articles, %d sentences with a country, %d mentions; wall %.2f s = %.0f articles/s;"
          + " thread CPU %.2f s = %.0f articles/s%n", round, articles.size(), counts[0], counts[1], sec,
          articles.size() / sec, cpuSec, articles.size() / cpuSec);
    }
  }

  private static long[] run(CountryAnnotator annotator, List<String> articles, LocalDate date) {
    long sentences = 0;
    long mentions = 0;
    for (String a : articles) {
      for (CountryAnnotator.SentenceMentions s : annotator.annotate(a, date)) {
        sentences++;
        mentions += s.mentions().size();
      }
    }
    return new long[] {sentences, mentions};
  }

  /** Page texts with hard wraps joined, cut into articles of 400 words. */
  private static List<String> articles(String parquet, int wanted) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT text FROM read_parquet('" + parquet.replace("'", "''") + "')")) {
      while (rs.next() && out.size() < wanted) {
        String[] words = rs.getString(1).replaceAll("(?<!\n)\n(?!\n)", " ").split(" ");
        for (int i = 0; i + 400 <= words.length && out.size() < wanted; i += 400) {
          out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + 400)));
        }
      }
    }
    return out;
  }
}
