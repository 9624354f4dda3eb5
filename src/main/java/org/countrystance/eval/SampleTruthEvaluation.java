package org.countrystance.eval;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.countrystance.sample.SampleCorpusSchema;
import org.countrystance.tables.StanceDailyTable;

/**
 * The generated sample's own truth against the job's stance_daily: for every country and topic the
 * generator's {@code truth_stances} give a position, is the position with the most statements in
 * stance_daily (over the whole run) the one with the most truth entries? A truth entry is
 * {@code ISO3|topic|position}, one per article and position the article states however many of its
 * sentences state it; stance_daily counts sentences. Ties go to the alphabetically first position on
 * both sides, the same rule for both, so the result does not depend on the order rows are read in.
 */
public final class SampleTruthEvaluation {
  private SampleTruthEvaluation() {}

  /** One country-topic pair: the truth's dominant position and the job's (null when it states none). */
  public record Pair(String country, String topic, String truth, String job) {
    public boolean agrees() {
      return truth.equals(job);
    }
  }

  /** Every pair the truth states, ordered by country then topic. */
  public static List<Pair> compare(SparkSession spark, String corpus, String output) {
    Dataset<Row> truth = spark.read().parquet(corpus)
        .select(explode(col(SampleCorpusSchema.TRUTH_STANCES)).as("t"))
        .select(split(col("t"), "\\|").as("p"))
        .groupBy(col("p").getItem(0).as("country"), col("p").getItem(1).as("topic"), col("p").getItem(2).as("position"))
        .agg(count(lit(1)).as("n"));
    Dataset<Row> job = spark.read().parquet(output + "/" + StanceDailyTable.NAME)
        .groupBy(col(StanceDailyTable.COUNTRY).as("country"), col(StanceDailyTable.TOPIC).as("topic"),
            col(StanceDailyTable.POSITION).as("position"))
        .agg(sum(col(StanceDailyTable.STATEMENTS)).as("n"));
    Map<String, String> truthTop = dominant(truth);
    Map<String, String> jobTop = dominant(job);
    List<Pair> pairs = new ArrayList<>();
    truthTop.forEach((key, position) -> {
      String[] ct = key.split("\\|", 2);
      pairs.add(new Pair(ct[0], ct[1], position, jobTop.get(key)));
    });
    return pairs;
  }

  /** country|topic to the position with the most rows of n (ties: the alphabetically first). */
  private static Map<String, String> dominant(Dataset<Row> counts) {
    Map<String, String> top = new TreeMap<>();
    Map<String, Long> best = new TreeMap<>();
    for (Row r : counts.orderBy("country", "topic", "position").collectAsList()) {
      String key = r.getString(0) + "|" + r.getString(1);
      long n = ((Number) r.get(3)).longValue();
      if (!best.containsKey(key) || n > best.get(key)) {
        best.put(key, n);
        top.put(key, r.getString(2));
      }
    }
    return top;
  }
}
